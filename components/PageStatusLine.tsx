import type { PageStatus } from '@/lib/messages';

/** What the popup says about the tab it was opened over. */
export function PageStatusLine({ status }: { status: PageStatus | null | undefined }) {
  if (status === undefined) return null;
  let text: string;
  if (status === null) text = 'This page isn’t recognised yet.';
  else if (status.chat === 'contact') text = `${status.site}: their chat is open now.`;
  else if (status.chat === 'other') text = `${status.site}: their chat isn’t open.`;
  else text = `${status.site}: no conversation open.`;
  return <p class="page-status">{text}</p>;
}
