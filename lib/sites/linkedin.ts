/**
 * LinkedIn messaging: the full page (/messaging/thread/<id>/) and the docked
 * overlay bubbles that open on every other LinkedIn page. Both are LinkedIn's
 * Ember client with BEM-style `msg-*` class names (semantic, not generated);
 * on the new React pages the overlay sits in the open shadow root of
 * `#interop-outlet`, so bubbles are looked up there too.
 * Hooks, most stable first: `data-view-name` / `data-msg-overlay-…-is-minimized`
 * on bubbles; the `msg-*` classes of the thread header, title, messages
 * (`msg-s-event-listitem--other` on the other people's), composer and send
 * button; the header link to the other person's `/in/` profile (one-to-one
 * only) and the facepile (groups). No UI label is read, so every interface
 * language reads alike.
 *
 * Which conversation counts as open: a bubble holding the focus, else the
 * full-page thread, else the active (most recently used) expanded bubble,
 * else the last expanded one. Minimized bubbles never count.
 */
import { displayText, first, firstShown, lastMatching, senderKey } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

// Full page: the detail pane's thread wrapper (bubbles reuse `msg-convo-wrapper`, so they are excluded).
const FULL_THREAD = '.scaffold-layout__detail .msg-convo-wrapper, .msg-thread:not(.msg-overlay-conversation-bubble)';
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
const COMPOSER = ['.msg-form__contenteditable[contenteditable="true"]', 'form.msg-form [role="textbox"][contenteditable="true"]', 'form.msg-form [contenteditable="true"]'];
const SEND = ['button.msg-form__send-button', 'form.msg-form button[type="submit"]'];
const MESSAGE = '.msg-s-event-listitem';
const FROM_OTHER = 'msg-s-event-listitem--other';
const HIDDEN_TEXT = '.visually-hidden, .a11y-text, [aria-hidden="true"]';
const RECENT_MESSAGES = 40;

type Root = { el: Element; header: Element | null; bubble: boolean };

/** Bubbles that are open: in the page and in the interop shadow root of React pages. */
function expandedBubbles(doc: Document): Element[] {
  const shadow = doc.getElementById('interop-outlet')?.shadowRoot;
  return [doc, ...(shadow ? [shadow] : [])].flatMap((scope) =>
    [...scope.querySelectorAll(BUBBLE)].filter(
      // The data-view-name node and the class node can be one element or nested: keep the outer one.
      (el) =>
        !el.parentElement?.closest(BUBBLE) &&
        el.getAttribute('data-msg-overlay-conversation-bubble-is-minimized') !== 'true' &&
        !el.classList.contains('msg-overlay-conversation-bubble--is-minimized'),
    ),
  );
}

const fullThread = (doc: Document): Element | null =>
  [...doc.querySelectorAll(FULL_THREAD)].find((el) => !el.closest('#msg-overlay, .msg-overlay-container')) ?? null;

const holdsFocus = (el: Element): boolean => {
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  return !!active && el.contains(active);
};

/** The open conversation's root, by the preference in the file header. */
function openRoot(doc: Document): Root | null {
  const bubbles = expandedBubbles(doc);
  const asBubble = (el: Element): Root => ({ el, header: first(el, BUBBLE_HEADER), bubble: true });
  const focused = bubbles.find(holdsFocus);
  if (focused) return asBubble(focused);
  const thread = fullThread(doc);
  if (thread) return { el: thread, header: first(thread, THREAD_HEADER), bubble: false };
  const last = bubbles.find((b) => b.classList.contains('msg-overlay-conversation-bubble--is-active')) ?? bubbles.at(-1);
  return last ? asBubble(last) : null;
}

/** Text without screen-reader-only additions ("Status is online", "Estado: con conexión"…). */
function shownText(el: Element | null): string {
  if (!el?.querySelector(HIDDEN_TEXT)) return displayText(el);
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(HIDDEN_TEXT)) hidden.remove();
  return displayText(copy);
}

function titleOf(root: Root): string {
  for (const selector of root.bubble ? BUBBLE_TITLE : THREAD_TITLE) {
    const text = shownText((root.header ?? root.el).querySelector(selector) ?? root.el.querySelector(selector));
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
  // More than one other person writing is a group whatever the header says (the newest messages are enough).
  const senders = new Set(
    lastMatching(root.el, `.${FROM_OTHER}`, RECENT_MESSAGES)
      .map((item) => profileOf(item.querySelector('a[href*="/in/"]')) || senderKey(displayText(item.querySelector('.msg-s-message-group__name'))))
      .filter(Boolean),
  );
  if (senders.size > 1) return { kind: 'group', evidence: `${senders.size} other senders` };
  if (people.size === 1) return { kind: 'direct', evidence: 'header links one profile' };
  if (root.el.querySelector(ONE_TO_ONE_CARD)) return { kind: 'direct', evidence: 'one-to-one profile card' };
  // InMail and page messages link a company or school instead of a person.
  if (head.querySelector('a[href*="/company/"], a[href*="/school/"]')) return { kind: 'direct', evidence: 'header links a company page' };
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

  read(doc): OpenThread | null {
    const root = openRoot(doc);
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
    const thread = fullThread(doc);
    if (thread) return thread.closest('.scaffold-layout__detail, main') ?? doc.body;
    return doc.getElementById('msg-overlay') ?? doc.querySelector('.msg-overlay-container') ?? doc.getElementById('interop-outlet')?.shadowRoot ?? doc.body;
  },
};
