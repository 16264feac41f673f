import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { discord } from '@/lib/sites/discord';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...discord.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, discord),
});
