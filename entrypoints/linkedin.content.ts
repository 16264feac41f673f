import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { linkedin } from '@/lib/sites/linkedin';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...linkedin.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, linkedin),
});
