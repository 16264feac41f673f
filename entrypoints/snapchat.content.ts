import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { snapchat } from '@/lib/sites/snapchat';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...snapchat.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, snapchat),
});
