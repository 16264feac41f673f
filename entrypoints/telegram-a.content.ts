import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { telegramA } from '@/lib/sites/telegram-a';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...telegramA.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, telegramA),
});
