import { i18n } from '#i18n';
import type { PageStatus } from '@/lib/messages';

/** What the popup says about the tab it was opened over. */
export function PageStatusLine({ status }: { status: PageStatus | null | undefined }) {
  if (status === undefined) return null;
  let text: string;
  if (status === null) text = i18n.t('page.unknown');
  else if (status.chat === 'contact') text = i18n.t('page.contactOpen', [status.site]);
  else if (status.chat === 'other') text = i18n.t('page.otherOpen', [status.site]);
  else text = i18n.t('page.noChat', [status.site]);
  return <p class="page-status">{text}</p>;
}
