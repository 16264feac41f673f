import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { telegramK } from '@/lib/sites/telegram-k';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...telegramK.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, telegramK),
});
