/**
 * The few things a browser-test flow asks of a browser, so that one flow runs
 * in Chromium (playwright-core, tests/e2e/harness.ts) and in Firefox
 * (puppeteer-core over WebDriver BiDi, tests/firefox/harness.ts) alike.
 * Roles and accessible names come from each browser's own accessibility tree.
 */
import type { Fixture } from '../fixtures/fixtures';
import type { ContactEntry } from './seed';

/** Something on screen, found afresh on every call (never a stale handle). */
export interface Target {
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  /** Its text content; null when it is not there. */
  text(): Promise<string | null>;
  isEnabled(): Promise<boolean>;
  isDisabled(): Promise<boolean>;
  /** A real mouse click on it (exactly one must match). */
  click(): Promise<void>;
  /** Waits until it is visible. */
  waitFor(): Promise<void>;
  /** A descendant by role and accessible name. */
  byRole(role: string, name: string): Target;
}

/** The extension's in-page UI, as DESIGN.md's contract names it. */
export type InPagePart = 'card' | 'nudge' | 'pause' | 'noted';

export interface Tab {
  /** The extension's own UI in this page: the reminder card, the draft nudge, the send pause, the line after "Save to my notes". */
  ui(part: InPagePart): Target;
  /** An element of the page itself (the popup, say) by role and accessible name. */
  byRole(role: string, name?: string): Target;
  /** Fills the form control that has this visible label. */
  fill(label: string, value: string): Promise<void>;
  /** Clicks the first visible element matching `selector` (fixtures keep hidden decoy editors too). */
  click(selector: string): Promise<void>;
  /** Types on the keyboard, into whatever has focus. */
  type(text: string): Promise<void>;
  /** Presses a key or chord, in playwright's notation: 'Enter', 'Shift+Enter', 'ControlOrMeta+A'. */
  press(key: string): Promise<void>;
  /** Runs `fn` in the page with a serialisable argument. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The first visible match's exact content (its DOM, or its value), to compare byte for byte. */
  snapshot(selector: string): Promise<string>;
  /** Whether focus is on, or inside, the first visible match. */
  hasFocus(selector: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface Driver {
  /** Opens a messenger's real URL (its fixture is served there) in a new tab, in front. */
  openMessenger(fixture: Fixture): Promise<Tab>;
  /** Opens the toolbar popup's page in a new tab. */
  openPopup(): Promise<Tab>;
  /** Opens the options page in a new tab. */
  openOptions(): Promise<Tab>;
  /** Clears everything the extension stored. */
  resetStorage(): Promise<void>;
  /** Stores a contact directly (for tests about pages, not the popup). */
  seedContact(entry: ContactEntry): Promise<void>;
  seedPreferences(preferences: Record<string, unknown>): Promise<void>;
}
