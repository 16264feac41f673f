import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { instagram } from '@/lib/sites/instagram';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...instagram.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, instagram),
});
