/**
 * Telegram Web A (web.telegram.org/a/, the telegram-tt client). The open chat
 * is `#MiddleColumn .messages-layout` (absent when none is open); a switch
 * re-renders the header's `.ChatInfo` and the `.MessageList` inside sliding
 * `.Transition_slide`s (the current one `-active`) and pushes `#<chatId>`
 * (negative for groups, `-100…` for supergroups and channels, `_<thread>` for
 * a forum topic).
 * Hooks, most stable first: `data-peer-id` on the header's `.Avatar` (negative
 * = group or channel, positive = a person, a bot or the self chat), the URL
 * hash, the structure only group headers have (`.group-status`, a forum
 * topic's icon instead of an avatar), the fixed `#editable-message-text`
 * composer id, the composer's `.main-button`, `.Message.own` for outgoing
 * messages; the subtitle's words ("N members", "N subscribers", many
 * languages) last. No real capture found yet (see docs/adapters-telegram.md):
 * the hooks follow telegram-tt's source.
 */
import { displayText, first, firstShown } from '@/lib/sites/dom';
import { hashPeerId, newestIsOwn, peerIdOf, telegramKind, titleText } from '@/lib/sites/telegram';
import type { SiteAdapter } from '@/lib/sites/types';

const MIDDLE = 'MiddleColumn';
const LAYOUT = '.messages-layout';
// The header slides between chats; the active slide holds the current one.
const CHAT_INFO = ['.MiddleHeader .Transition_slide-active .ChatInfo', '.MiddleHeader .ChatInfo'];
// `h3.fullName` (emoji as `<img alt>`); badges (verified, fake, emoji status) are its siblings.
const TITLE = ['.fullName', '.title h3', '.title'];
const AVATAR = '.Avatar[data-peer-id]';
const SUBTITLE = '.status';
// Only GroupChatInfo renders these: the members line of groups and channels, and a topic's icon.
const GROUP_MARKS: [string, string][] = [
  ['.group-status', 'group-status subtitle'],
  ['.topic-header-icon', 'forum topic icon'],
  ['.Avatar.forum', 'forum avatar'],
];
const COMPOSER = [
  // The client's own lookup: the editable in the active message-list slide (old slides may linger during animation).
  '.Transition_slide-active #editable-message-text[contenteditable="true"]',
  '#editable-message-text[contenteditable="true"]',
  // Without the id: the composer's textbox, never its non-editable `.clone` height mirror.
  '.middle-column-footer .Composer [contenteditable="true"][role="textbox"]:not(.clone)',
];
// One round button that is send, record, edit or schedule by class; its aria-label is localized.
const SEND = ['.middle-column-footer .Composer button.main-button', '.Composer button.send'];
const FOOTER = '.middle-column-footer';
const MESSAGE_LIST = ['.Transition_slide-active .MessageList', '.MessageList'];
// Service lines are `.ActionMessage`; real messages are `.Message`, outgoing ones also `.own`.
const MESSAGE = '.Message.message-list-item:not(.ActionMessage)';

export const telegramA: SiteAdapter = {
  id: 'telegram-a',
  name: 'Telegram Web A',
  matches: ['https://web.telegram.org/a/*'],

  isMessengerUrl(url) {
    return url.pathname === '/a' || url.pathname.startsWith('/a/');
  },

  read(doc, url) {
    const layout = doc.getElementById(MIDDLE)?.querySelector(LAYOUT);
    const info = first(layout, CHAT_INFO);
    const title = titleText(first(info, TITLE));
    if (!layout || !info || !title) return null;
    const mark = GROUP_MARKS.find(([selector]) => info.querySelector(selector));
    const { kind, evidence } = telegramKind({
      headerPeer: peerIdOf(info.querySelector(AVATAR)),
      hashPeer: hashPeerId(url),
      groupFlag: mark?.[1] ?? null,
      subtitle: displayText(info.querySelector(SUBTITLE)),
    });
    return {
      title,
      kind,
      evidence,
      composer: () => firstShown(layout, COMPOSER),
      sendButton: () => firstShown(layout, SEND),
      lastMessageMine: () => newestIsOwn(first(layout, MESSAGE_LIST), MESSAGE, '.own'),
      // The footer holds the composer, its height mirror and the send button, never a message.
      composerBar: (box) => box.closest(`#${MIDDLE} ${FOOTER}`),
    };
  },

  watchRoot(doc) {
    return doc.getElementById(MIDDLE) ?? doc.body;
  },
};
