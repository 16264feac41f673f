/**
 * WhatsApp Web (web.whatsapp.com). The open conversation is `#main`, rebuilt
 * on every chat switch while the URL stays "/". Checked against real saved
 * pages of 2017–2026 builds (docs/adapters-whatsapp.md).
 * Hooks, most stable first: `data-id` on message rows ("<fromMe>_<chatId>_…":
 * the chat id's server says person, group or channel), the `#main` pane and
 * its `header`/`footer`, the name as the header's first `span[dir="auto"]`,
 * icon names (`data-icon`, or the svg's `<title>` where a build drops it),
 * the `message-in`/`message-out` bubble classes, ARIA roles. Labels only as
 * the last hook for the send control, in several languages.
 */
import { controlAround, displayText, distinctSenders, elementsFromEnd, firstShown, lastMatching } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

// `#main` is also the id of an svg <mask> in some 2025 builds, earlier in the document: find the pane by its header.
const HEADER = ['#main header', '[data-testid="conversation-header"]'];
const PANE = '#main, [data-testid="conversation-panel-wrapper"]';
/**
 * The chat's name is the first auto-direction text of the header: the status
 * line under it ("last seen…", "Message yourself", a group's members) carries
 * a `title` and comes after it, as does the "(You)" of a self chat.
 */
const TITLE = [
  // TODO [2027-06-01]: remove once no 2023 build (data-testid) is reported.
  '[data-testid="conversation-info-header-chat-title"]',
  'span[dir="auto"]',
].join(', ');
const COMPOSER = [
  'footer [contenteditable="true"][role="textbox"]',
  // TODO [2027-06-01]: remove once no build before 2023 (composer without a role) is reported.
  'footer [contenteditable="true"][data-tab]',
  // TODO [2027-06-01]: remove once no 2023 build (data-testid) is reported.
  '[data-testid="conversation-compose-box-input"]',
  'footer [contenteditable="true"]',
  // Layouts where the composer is not in a footer.
  '[contenteditable="true"][role="textbox"]',
];
// 2020–2024 "send", 2025– "wds-ic-send-filled"; "send-light" in some themes.
const SEND_ICONS = ['send', 'wds-ic-send-filled', 'send-light'];
const SEND_LABELS = ['Send', 'Enviar', 'Envoyer', 'Senden', 'Kirim', 'Отправить', 'भेजें', 'إرسال', 'Invia', 'Gönder'];
const SEND_LABELLED = [
  // TODO [2027-06-01]: remove once no 2023 build (data-testid) is reported.
  '[data-testid="compose-btn-send"]',
  ...SEND_LABELS.map((label) => `button[aria-label="${label}"], [role="button"][aria-label="${label}"]`),
];
const GROUP_ICON = /^default-(group|community)/;
const PERSON_ICON = /^default-(user|contact)/;
const BUBBLE = '.message-in, .message-out';
/** "true_<chat>@<server>_<msg>…", sometimes after a prefix ("album-false_…"). */
const ROW_ID = /(?:^|[-_])(true|false)_[^_@]*@([a-z.]+)/;
const SERVER_KIND: Record<string, ChatKind> = {
  'c.us': 'direct',
  lid: 'direct',
  's.whatsapp.net': 'direct',
  'g.us': 'group',
  newsletter: 'channel',
  broadcast: 'channel',
};
/** How many of the newest rows to read: enough to meet a message behind system notices, never the whole thread. */
const NEWEST = 12;

/** Icon names under a node: the `data-icon` attribute, or the svg's own title where a build has no attribute. */
function iconNames(root: Element): string[] {
  const names: string[] = [];
  for (const el of root.querySelectorAll('[data-icon], svg > title')) {
    names.push((el.getAttribute('data-icon') ?? el.textContent ?? '').trim());
  }
  // TODO [2027-06-01]: remove once no 2017–2019 build (avatar classes "icon-group-default") is reported.
  if (root.querySelector('.icon-group-default')) names.push('default-group');
  return names;
}

/** The sender a row's text carries: `data-pre-plain-text="[time, date] Name: "`. */
const senderOf = (el: Element) =>
  /\]\s*(.*?):\s*$/.exec(el.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '')?.[1] ?? '';

function chatKind(pane: Element, head: Element): { kind: ChatKind; evidence: string } {
  // Every row carries the chat id, so the first one is enough (a long chat has thousands).
  const row = pane.querySelector('[data-id*="@"]');
  const server = ROW_ID.exec(row?.getAttribute('data-id') ?? '')?.[2];
  if (server && SERVER_KIND[server]) return { kind: SERVER_KIND[server], evidence: `chat id @${server}` };
  const icons = iconNames(head);
  if (icons.some((n) => GROUP_ICON.test(n))) return { kind: 'group', evidence: 'group avatar icon' };
  if (icons.some((n) => PERSON_ICON.test(n))) return { kind: 'direct', evidence: 'person avatar icon' };
  // A group names each sender of incoming messages; one person is not proof either way.
  const incoming = lastMatching(pane, BUBBLE, NEWEST).filter((el) => el.classList.contains('message-in'));
  const senders = distinctSenders(incoming.map(senderOf));
  if (senders >= 2) return { kind: 'group', evidence: `${senders} other senders` };
  return { kind: 'unknown', evidence: senders ? '1 other sender' : 'none' };
}

/**
 * Whether the newest message is the person's own, read from the end of the
 * pane. Bubbles say it by class; a row's id says it too, but system notices
 * ("Messages are end-to-end encrypted") carry ids as well, so an id counts
 * only when no bubble is found among the newest rows.
 */
function lastMine(pane: Element): boolean | null {
  let rows = 0;
  let byId: boolean | null = null;
  for (const el of elementsFromEnd(pane)) {
    if (el.matches(BUBBLE)) return el.classList.contains('message-out');
    const owner = ROW_ID.exec(el.getAttribute('data-id') ?? '')?.[1];
    if (!owner) continue;
    byId ??= owner === 'true';
    if (++rows >= NEWEST) break;
  }
  return byId;
}

function sendControl(pane: Element): HTMLElement | null {
  // The footer first; the whole pane where a layout has no footer.
  for (const area of [pane.querySelector('footer'), pane]) {
    if (!area) continue;
    for (const el of area.querySelectorAll('[data-icon], svg > title')) {
      const name = (el.getAttribute('data-icon') ?? el.textContent ?? '').trim();
      if (SEND_ICONS.includes(name))
        return controlAround(el) ?? ((el.closest('[data-icon]') ?? el.closest('svg')?.parentElement) as HTMLElement | null);
    }
    const labelled = firstShown(area, SEND_LABELLED);
    if (labelled) return labelled;
  }
  return null;
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],

  read(doc): OpenThread | null {
    let head: Element | null = null;
    for (const selector of HEADER) head ??= doc.querySelector(selector);
    const pane = head?.closest(PANE) ?? head?.parentElement;
    if (!head || !pane) return null;
    // Only the first match; a titled span only where a header has no auto-direction text at all.
    const title = displayText(head.querySelector(TITLE) ?? head.querySelector('span[title]'));
    if (!title) return null;
    return {
      title,
      ...chatKind(pane, head),
      composer: () => firstShown(pane, COMPOSER),
      sendButton: () => sendControl(pane),
      lastMessageMine: () => lastMine(pane),
    };
  },

  watchRoot(doc) {
    return doc.querySelector('div#app') ?? doc.body;
  },
};
