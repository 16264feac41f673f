import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRunner } from '@/content/runner';
import { teams } from '@/lib/sites/teams';

// One small content script per messenger, so a page loads only its own adapter.
export default defineContentScript({
  matches: [...teams.matches],
  runAt: 'document_idle',
  main: (ctx) => void startRunner(ctx, teams),
});
