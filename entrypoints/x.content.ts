import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { x } from '@/lib/sites/x';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...x.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, x),
});
