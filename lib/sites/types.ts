/**
 * What every messenger adapter provides. Adapters are mostly selectors; the
 * shared runner owns observation, matching, settings and UI. Adapter
 * functions may return null freely; the runner also guards every call, so a
 * selector that breaks leaves the extension idle, never throwing into the page.
 */

export type ChatKind = 'direct' | 'group' | 'channel';

export interface OpenChat {
  /** The conversation's display title as the site shows it. */
  title: string;
  kind: ChatKind;
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
  /** The open conversation, or null when none is open or it can't be read. */
  openChat(doc: Document, url: URL): OpenChat | null;
  /** The real, visible editable element of the open chat's composer. */
  composer(doc: Document): HTMLElement | null;
  /** The site's send control for the open chat. */
  sendButton(doc: Document): HTMLElement | null;
  /** Whether the newest message in the open chat is the person's own. */
  lastMessageMine(doc: Document): boolean | null;
  /** The narrowest node whose changes can mean "another chat is open". */
  watchRoot(doc: Document): Node | null;
}
