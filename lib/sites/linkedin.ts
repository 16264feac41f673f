/**
 * LinkedIn messaging: the full page (/messaging/thread/<id>/) and the docked
 * overlay bubbles that open on every other LinkedIn page. Both are LinkedIn's
 * Ember client with BEM-style `msg-*` class names (semantic, not generated);
 * on the new React pages the overlay sits in the open shadow root of
 * `#interop-outlet`, so bubbles are looked up there too.
 * Hooks, most stable first: the `#msg-overlay` container, `data-view-name` and
 * the minimized flag on bubbles; `msg-*` classes of header, title, messages
 * (`--other` on the other people's), composer and send button; the header's
 * `/in/` profile link (one-to-one) or facepile (groups). No UI label is read.
 *
 * Which conversation counts as open: a bubble holding the focus, else the
 * full-page thread, else the active (most recently used) expanded bubble,
 * else the last expanded one. Minimized bubbles never count.
 */
import { displayText, first, firstShown, lastMatching, senderKey } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

// Full page: the detail pane's thread wrapper (bubbles reuse `msg-convo-wrapper`: never searched there).
const FULL_THREAD_IN_DETAIL = '.msg-convo-wrapper, .msg-thread';
const OLDER_THREAD = '.msg-thread:not(.msg-overlay-conversation-bubble)';
const BUBBLE = '.msg-overlay-conversation-bubble, [data-view-name="message-overlay-conversation-bubble-item"]';
const THREAD_HEADER = ['.msg-title-bar', '#thread-detail-jump-target'];
// TODO [2027-06-01]: remove h2#thread-detail-jump-target once no pre-2024 thread header (id on the h2) is reported.
const THREAD_TITLE = ['.msg-entity-lockup__entity-title', 'h2#thread-detail-jump-target', '.msg-title-bar h2'];
const BUBBLE_HEADER = ['.msg-overlay-bubble-header', 'header'];
const BUBBLE_TITLE = ['.msg-overlay-bubble-header__title a', '.msg-overlay-bubble-header__title', 'header h2'];
// LinkedIn's facepile template draws these only for group chats (several faces, or the group icon).
const GROUP_MARKERS = '[class*="msg-facepile-grid--group-size"], .msg-facepile-grid__group-chat-icon';
// The card LinkedIn shows at the top of a one-to-one thread.
const ONE_TO_ONE_CARD = '.msg-s-profile-card-one-to-one';
const COMPOSER = [
  '.msg-form__contenteditable[contenteditable="true"]',
  'form.msg-form [role="textbox"][contenteditable="true"]',
  'form.msg-form [contenteditable="true"]',
];
const SEND = ['button.msg-form__send-button', 'form.msg-form button[type="submit"]'];
const MESSAGE = '.msg-s-event-listitem';
const FROM_OTHER = 'msg-s-event-listitem--other';
const HIDDEN_TEXT = '.visually-hidden, .a11y-text, [aria-hidden="true"]';
const RECENT_MESSAGES = 40;

type Root = { el: Element; header: Element | null; bubble: boolean };

/** Bubbles among the first levels under a scope (never inside a bubble, so a long thread is not searched). */
function bubblesIn(scope: ParentNode | null | undefined, depth = 3): Element[] {
  const out: Element[] = [];
  for (const child of scope?.children ?? []) {
    if (child.matches(BUBBLE)) out.push(child);
    else if (depth > 1) out.push(...bubblesIn(child, depth - 1));
  }
  return out;
}

const overlayOf = (doc: Document) => doc.getElementById('msg-overlay') ?? doc.querySelector('.msg-overlay-container');
const minimized = (el: Element) =>
  el.getAttribute('data-msg-overlay-conversation-bubble-is-minimized') === 'true' ||
  el.classList.contains('msg-overlay-conversation-bubble--is-minimized');

/** Open bubbles: in the overlay container and in the interop shadow root of React pages. */
const expandedBubbles = (doc: Document): Element[] =>
  [...bubblesIn(overlayOf(doc)), ...bubblesIn(doc.getElementById('interop-outlet')?.shadowRoot)].filter((el) => !minimized(el));

/** The full-page thread, which only /messaging/ shows: in the detail pane, else (older layouts) any thread outside the overlay. */
function fullThread(doc: Document, url: URL): Element | null {
  if (!url.pathname.startsWith('/messaging')) return null;
  const inDetail = doc.querySelector('.scaffold-layout__detail')?.querySelector(FULL_THREAD_IN_DETAIL);
  // TODO [2027-06-01]: remove the fallback once no /messaging/ layout without the scaffold detail pane is reported.
  return inDetail ?? [...doc.querySelectorAll(OLDER_THREAD)].find((el) => !el.closest('#msg-overlay, .msg-overlay-container')) ?? null;
}

const holdsFocus = (el: Element): boolean => el.contains((el.getRootNode() as Document | ShadowRoot).activeElement);

/** The open conversation's root, by the preference in the file header. */
function openRoot(doc: Document, url: URL): Root | null {
  const bubbles = expandedBubbles(doc);
  const asBubble = (el: Element): Root => ({ el, header: first(el, BUBBLE_HEADER), bubble: true });
  const focused = bubbles.find(holdsFocus);
  if (focused) return asBubble(focused);
  const thread = fullThread(doc, url);
  if (thread) return { el: thread, header: first(thread, THREAD_HEADER), bubble: false };
  const active = bubbles.find((b) => b.classList.contains('msg-overlay-conversation-bubble--is-active')) ?? bubbles.at(-1);
  return active ? asBubble(active) : null;
}

/** Text without screen-reader-only additions ("Status is online", "Estado: con conexión"…). */
function shownText(el: Element | null): string {
  if (!el?.querySelector(HIDDEN_TEXT)) return displayText(el);
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(HIDDEN_TEXT)) hidden.remove();
  return displayText(copy);
}

/** The title, from the header only (a long thread below it is never searched). */
function titleOf(root: Root): string {
  for (const selector of root.bubble ? BUBBLE_TITLE : THREAD_TITLE) {
    const text = shownText((root.header ?? root.el).querySelector(selector));
    if (text) return text;
  }
  return '';
}

/** Profile id of a link, or '' (absolute and relative hrefs compare alike). */
const profileOf = (a: Element | null): string => /\/in\/([^/?#]+)/.exec(a?.getAttribute('href') ?? '')?.[1]?.toLowerCase() ?? '';

function kindOf(doc: Document, root: Root): { kind: ChatKind; evidence: string } {
  const head = root.header ?? root.el;
  // The selected row of the full-page list shows the same facepile.
  const row = root.bubble ? null : doc.querySelector('.msg-conversations-container__convo-item-link--active');
  if (head.querySelector(GROUP_MARKERS) || row?.querySelector(GROUP_MARKERS)) return { kind: 'group', evidence: 'group facepile' };
  const people = new Set([...head.querySelectorAll('a[href*="/in/"]')].map(profileOf).filter(Boolean));
  if (people.size > 1) return { kind: 'group', evidence: `header links ${people.size} profiles` };
  // More than one other person writing in the newest messages is a group whatever the header says.
  const senders = new Set(
    lastMatching(root.el, MESSAGE, RECENT_MESSAGES)
      .filter((item) => item.classList.contains(FROM_OTHER))
      .map(
        (item) =>
          profileOf(item.querySelector('a[href*="/in/"]')) || senderKey(displayText(item.querySelector('.msg-s-message-group__name'))),
      )
      .filter(Boolean),
  );
  if (senders.size > 1) return { kind: 'group', evidence: `${senders.size} other senders` };
  if (people.size === 1) return { kind: 'direct', evidence: 'header links one profile' };
  // InMail and page messages link a company or school instead of a person.
  if (head.querySelector('a[href*="/company/"], a[href*="/school/"]')) return { kind: 'direct', evidence: 'header links a company page' };
  if (root.el.querySelector(ONE_TO_ONE_CARD)) return { kind: 'direct', evidence: 'one-to-one profile card' };
  return { kind: 'unknown', evidence: senders.size ? 'one other sender' : 'none' };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn Messaging',
  matches: ['https://www.linkedin.com/*'],

  // Overlay bubbles open on any signed-in page, so every page counts except sign-in and help flows.
  isMessengerUrl(url) {
    return url.hostname === 'www.linkedin.com' && !/^\/(login|checkpoint|uas|authwall|signup|help|legal)(\/|$)/.test(url.pathname);
  },

  read(doc, url): OpenThread | null {
    const root = openRoot(doc, url);
    // A "New message" draft picks recipients in a combobox: no conversation yet.
    if (!root || (root.header ?? root.el).querySelector('input[role="combobox"]')) return null;
    const title = titleOf(root);
    if (!title) return null;
    return {
      title,
      ...kindOf(doc, root),
      composer: () => firstShown(root.el, COMPOSER),
      sendButton: () => firstShown(root.el, SEND),
      lastMessageMine: () => {
        const [newest] = lastMatching(root.el, MESSAGE, 1);
        return newest ? !newest.classList.contains(FROM_OTHER) : null;
      },
    };
  },

  watchRoot(doc) {
    const thread = fullThread(doc, new URL(doc.location?.href ?? 'about:blank'));
    if (thread) return thread.closest('.scaffold-layout__detail, main') ?? doc.body;
    return overlayOf(doc) ?? doc.getElementById('interop-outlet')?.shadowRoot ?? doc.body;
  },
};
