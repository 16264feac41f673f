import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { slack } from '@/lib/sites/slack';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...slack.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, slack),
});
