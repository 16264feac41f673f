/**
 * What every messenger adapter provides. Adapters are mostly selectors; the
 * shared runner owns observation, matching, settings and UI. An adapter
 * resolves the open conversation once per look (`read`) and answers the
 * rest from the pane it found. The runner guards every call, so a selector
 * that breaks leaves the extension idle, never throwing into the page.
 */

/**
 * What the open conversation is. 'unknown' when the page does not say:
 * what that means (does it count as the contact's chat?) is decided once,
 * for every site, in lib/kind-policy.ts, never by an adapter's fallback.
 */
export type ChatKind = 'direct' | 'group' | 'channel' | 'unknown';

export interface OpenThread {
  /** The conversation's display title as the site shows it. */
  title: string;
  kind: ChatKind;
  /** What the kind was read from (e.g. "chat id @g.us", "2 other senders", "none"): for tests and docs. */
  evidence: string;
  /** The real, visible editable element of this conversation's composer. */
  composer(): HTMLElement | null;
  /** The site's send control for this conversation. */
  sendButton(): HTMLElement | null;
  /** Whether the newest message is the person's own; null when the page can't tell. */
  lastMessageMine(): boolean | null;
  /**
   * The bar around the composer (send control, attachments), holding no message and not the
   * title: its changes are typing, not a new message or another chat. Optional; without it only
   * the composer's own changes count as typing.
   */
  composerBar?(composer: HTMLElement): Element | null;
}

export interface SiteAdapter {
  /** Stable id, also the fixture folder name under tests/fixtures/. */
  id: string;
  /** Human name shown in the popup. */
  name: string;
  /** Match patterns of the pages this adapter runs on. */
  matches: readonly string[];
  /** Narrower than `matches` where a host serves more than the messenger. */
  isMessengerUrl?(url: URL): boolean;
  /** The open conversation, resolved once, or null when none is open or it can't be read. */
  read(doc: Document, url: URL): OpenThread | null;
  /** The narrowest node whose changes can mean "another chat is open". */
  watchRoot(doc: Document): Node | null;
}
