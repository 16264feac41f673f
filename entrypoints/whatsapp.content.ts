import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { whatsapp } from '@/lib/sites/whatsapp';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...whatsapp.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, whatsapp),
});
