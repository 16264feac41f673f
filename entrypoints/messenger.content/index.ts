import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALL_MATCHES } from '@/lib/sites/registry';
import { startRunner } from './runner';

// One content script for every supported messenger; the registry picks the adapter.
export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startRunner(ctx);
  },
});
