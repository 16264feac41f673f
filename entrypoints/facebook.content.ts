import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { facebook } from '@/lib/sites/facebook';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...facebook.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, facebook),
});
