/**
 * LinkedIn messaging: the full page (/messaging/thread/<id>/) and the docked
 * overlay bubbles that open on every other LinkedIn page. Both are LinkedIn's
 * Ember client with BEM-style `msg-*` class names (semantic, not generated);
 * on the new React pages the overlay sits in the open shadow root of
 * `#interop-outlet`, so bubbles are looked up there too.
 * Hooks, most stable first: the thread URL; `data-view-name` /
 * `data-msg-overlay-conversation-bubble-is-minimized` on bubbles; the header
 * link to the other person's `/in/` profile (one-to-one only); the
 * `msg-s-event-listitem--other` modifier on their messages; the composer's
 * role="textbox" + `msg-form__contenteditable`; the form's submit button.
 *
 * Which conversation counts as open: a bubble holding the focus, else the
 * full-page thread, else the active (most recently used) expanded bubble,
 * else the last expanded one. Minimized bubbles never count.
 */
import { lastMatching, first, firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

// Full page: the detail pane's thread wrapper (bubbles reuse `msg-convo-wrapper`, so exclude them).
const FULL_THREAD = [
  '.scaffold-layout__detail .msg-convo-wrapper',
  '.msg-thread:not(.msg-overlay-conversation-bubble)',
];
const BUBBLE = '.msg-overlay-conversation-bubble, [data-view-name="message-overlay-conversation-bubble-item"]';
const THREAD_HEADER = ['.msg-title-bar', '#thread-detail-jump-target'];
const THREAD_TITLE = [
  '.msg-entity-lockup__entity-title',
  // Older builds put the jump-target id on the h2 itself.
  'h2#thread-detail-jump-target',
  '.msg-title-bar h2',
];
const BUBBLE_HEADER = ['.msg-overlay-bubble-header', 'header'];
const BUBBLE_TITLE = ['.msg-overlay-bubble-header__title a', '.msg-overlay-bubble-header__title', 'header h2'];
// Several faces or the group icon: LinkedIn's facepile only does this for group chats.
const GROUP_MARKERS = '[class*="msg-facepile-grid--group-size"], .msg-facepile-grid__group-chat-icon';
const COMPOSER = [
  '.msg-form__contenteditable[contenteditable="true"]',
  'form.msg-form [role="textbox"][contenteditable="true"]',
  'form.msg-form [contenteditable="true"]',
];
const SEND = ['button.msg-form__send-button', 'form.msg-form button[type="submit"]'];
const MESSAGES = '.msg-s-event-listitem, [data-view-name="message-list-item"]';
const FROM_OTHER = 'msg-s-event-listitem--other';
const HIDDEN_TEXT = '.visually-hidden, .a11y-text, [aria-hidden="true"]';

type Root = { el: Element; header: Element | null; bubble: boolean };

/** Where LinkedIn may have put bubbles: the page, and the interop shadow root on React pages. */
function scopes(doc: Document): ParentNode[] {
  const shadow = doc.getElementById('interop-outlet')?.shadowRoot;
  return shadow ? [doc, shadow] : [doc];
}

function isMinimized(bubble: Element): boolean {
  return (
    bubble.getAttribute('data-msg-overlay-conversation-bubble-is-minimized') === 'true' ||
    bubble.classList.contains('msg-overlay-conversation-bubble--is-minimized')
  );
}

function expandedBubbles(doc: Document): Element[] {
  const found: Element[] = [];
  for (const scope of scopes(doc)) {
    for (const el of scope.querySelectorAll(BUBBLE)) {
      // The data-view-name node and the class node can be one element or nested; keep the outer one.
      if (el.parentElement?.closest(BUBBLE) || isMinimized(el)) continue;
      found.push(el);
    }
  }
  return found;
}

function fullThread(doc: Document): Element | null {
  for (const el of doc.querySelectorAll(FULL_THREAD.join(', '))) {
    if (!el.closest('#msg-overlay, .msg-overlay-container')) return el;
  }
  return null;
}

function holdsFocus(el: Element): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !!active && el.contains(active);
}

/** The open conversation's root, by the preference in the file header. */
function openRoot(doc: Document): Root | null {
  const bubbles = expandedBubbles(doc);
  const asBubble = (el: Element): Root => ({ el, header: first(el, BUBBLE_HEADER), bubble: true });
  const focused = bubbles.find(holdsFocus);
  if (focused) return asBubble(focused);
  const thread = fullThread(doc);
  if (thread) return { el: thread, header: first(thread, THREAD_HEADER), bubble: false };
  const active = bubbles.find((b) => b.classList.contains('msg-overlay-conversation-bubble--is-active'));
  const last = active ?? bubbles[bubbles.length - 1];
  return last ? asBubble(last) : null;
}

/** Text without screen-reader-only additions ("Status is online", "Open options…"). */
function shownText(el: Element | null): string {
  if (!el) return '';
  if (!el.querySelector(HIDDEN_TEXT)) return textOf(el);
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(HIDDEN_TEXT)) hidden.remove();
  return textOf(copy);
}

function titleOf(root: Root): string {
  for (const selector of root.bubble ? BUBBLE_TITLE : THREAD_TITLE) {
    const text = shownText((root.header ?? root.el).querySelector(selector) ?? root.el.querySelector(selector));
    if (text) return text;
  }
  return '';
}

/** Profile path of a link, or '' (absolute and relative hrefs compare alike). */
function profilePath(a: Element): string {
  const href = a.getAttribute('href') ?? '';
  return /\/in\/([^/?#]+)/.exec(href)?.[1]?.toLowerCase() ?? '';
}

const RECENT_MESSAGES = 60;

function kindOf(doc: Document, root: Root): ChatKind {
  const head = root.header ?? root.el;
  if (head.querySelector(GROUP_MARKERS)) return 'group';
  // The selected row of the full-page list shows the same facepile.
  if (!root.bubble && doc.querySelector('.msg-conversations-container__convo-item-link--active')?.querySelector(GROUP_MARKERS)) {
    return 'group';
  }
  const headerPeople = new Set([...head.querySelectorAll('a[href*="/in/"]')].map(profilePath).filter(Boolean));
  // A one-to-one header links to exactly one member (or a company page for InMail/ads); a group names no one person.
  if (headerPeople.size > 1) return 'group';
  if (headerPeople.size === 0 && !head.querySelector('a[href*="/company/"], a[href*="/school/"]')) return 'group';
  // More than one other person writing is a group whatever the header says.
  const senders = new Set<string>();
  // The newest messages are enough; a long thread is not read whole on every look.
  for (const item of lastMatching(root.el, `.${FROM_OTHER}`, RECENT_MESSAGES)) {
    const link = item.querySelector('a[href*="/in/"]');
    const key = (link && profilePath(link)) || textOf(item.querySelector('.msg-s-message-group__name')).toLowerCase();
    if (key) senders.add(key);
  }
  return senders.size > 1 ? 'group' : 'direct';
}

export const linkedin: SiteAdapter = fromParts({
  id: 'linkedin',
  name: 'LinkedIn Messaging',
  matches: ['https://www.linkedin.com/*'],

  // Overlay bubbles open on any signed-in page, so every page counts except sign-in and help flows.
  isMessengerUrl(url) {
    return url.hostname === 'www.linkedin.com' && !/^\/(login|checkpoint|uas|authwall|signup|help|legal)(\/|$)/.test(url.pathname);
  },

  openChat(doc): OpenChat | null {
    const root = openRoot(doc);
    if (!root) return null;
    // A "New message" draft picks recipients in a combobox: no conversation yet.
    if ((root.header ?? root.el).querySelector('input[role="combobox"]')) return null;
    const title = titleOf(root);
    return title ? { title, kind: kindOf(doc, root) } : null;
  },

  composer(doc) {
    return firstShown(openRoot(doc)?.el, COMPOSER);
  },

  sendButton(doc) {
    return firstShown(openRoot(doc)?.el, SEND);
  },

  lastMessageMine(doc) {
    const items = openRoot(doc)?.el.querySelectorAll(MESSAGES);
    const last = items?.[items.length - 1];
    if (!last) return null;
    const item = last.matches('.msg-s-event-listitem') ? last : (last.querySelector('.msg-s-event-listitem') ?? last);
    return !item.classList.contains(FROM_OTHER);
  },

  watchRoot(doc) {
    const thread = fullThread(doc);
    if (thread) return thread.closest('.scaffold-layout__detail, main') ?? doc.body;
    return (
      doc.getElementById('msg-overlay') ??
      doc.querySelector('.msg-overlay-container') ??
      doc.getElementById('interop-outlet')?.shadowRoot ??
      doc.body
    );
  },
});
