import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { googleMessages } from '@/lib/sites/google-messages';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...googleMessages.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, googleMessages),
});
