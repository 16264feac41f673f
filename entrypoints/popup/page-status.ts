import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageStatusSchema, STATUS_REQUEST, type PageStatus } from '@/lib/messages';

/** undefined while asking; null when the active tab has no recognised messenger. */
export function usePageStatus(): PageStatus | null | undefined {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id === undefined) throw new Error('no tab');
        const reply = PageStatusSchema.safeParse(await browser.tabs.sendMessage(tab.id, STATUS_REQUEST));
        if (live) setStatus(reply.success ? reply.data : null);
      } catch {
        // No content script answered: not a supported page, or not recognised.
        if (live) setStatus(null);
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return status;
}
