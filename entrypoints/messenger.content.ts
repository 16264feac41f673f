import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { messenger } from '@/lib/sites/messenger';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...messenger.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, messenger),
});
