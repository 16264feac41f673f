/**
 * What an open chat's kind means for the reminder, decided once for every
 * site. A group or a channel is never the contact's chat. When the page does
 * not say ('unknown'), a title that names the contact exactly counts: missing
 * the ex's chat defeats the product, while a card in a group named exactly
 * like them is rare and harmless.
 */
import type { ChatKind } from '@/lib/sites/types';

export function kindMayBeContactChat(kind: ChatKind): boolean {
  return kind === 'direct' || kind === 'unknown';
}
