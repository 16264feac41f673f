/**
 * Counts from the messenger page go to the background worker, the one writer
 * of counts (a page's own storage lock is per site, so two tabs would race).
 * If the worker cannot be reached, the count is written here rather than lost.
 */
import { browser } from 'wxt/browser';
import type { RecordRequest } from '@/lib/messages';
import { record } from '@/lib/settings/record';

export function recordInBackground(request: RecordRequest): void {
  void browser.runtime
    .sendMessage(request)
    .catch(() => record(request))
    .catch(() => undefined);
}
