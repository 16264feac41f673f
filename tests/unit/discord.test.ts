// @vitest-environment happy-dom
/**
 * Discord markup the adapter must read, in small snippets that follow real structure
 * (see docs/adapters-chat-apps.md): the 2023+ and the 2021–2022 layouts, a UI in
 * another language, what says "group" and what says nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discord } from '@/lib/sites/discord';

const DM = 'https://discord.com/channels/@me/1187340563298463744';
const read = (url = DM) => discord.read(document, new URL(url));
const page = (html: string, title = '') => {
  document.title = title;
  document.body.innerHTML = `<div id="app-mount">${html}</div>`;
};

const STATUS = 'svg-mask-avatar-status-round-32';
const row = (id: string, name: string, mask: string, label: string) =>
  `<a href="/channels/@me/${id}" data-list-item-id="private-channels-uid_36___${id}" aria-label="${label}">
     <div class="wrapper__44b0c" role="img"><svg><foreignObject mask="url(#${mask})"><img src="data:,"></foreignObject></svg></div>
     <div class="name__20a53">${name}</div></a>`;
const userArea = (name: string, avatar = 'data:,') =>
  `<section class="panels_c48ade" aria-label="User area"><div class="avatarWrapper"><img src="${avatar}"></div>
     <div class="nameTag__37e49"><div class="panelTitleContainer__37e49">${name}</div></div><button role="switch" aria-checked="false"></button></section>`;
const message = (channel: string, id: string, author: string | null, text: string, avatar = 'data:,') =>
  `<li id="chat-messages-${channel}-${id}" class="messageListItem__5126c"><div role="article" data-list-item-id="chat-messages___chat-messages-${channel}-${id}">
     ${author ? `<img class="avatar_c19a55" src="${avatar}"><h3 class="header_c19a55"><span id="message-username-${id}" class="username_c19a55"><span data-text="${author}">${author}</span></span></h3>` : ''}
     <div id="message-content-${id}">${text}</div></div></li>`;
/** A chat view: header section with its heading, the message list, the composer form, an optional side panel. */
const chat = (heading: string, messages: string, side = '', label = 'Channel header') =>
  `<div class="chat_f75fb0"><section class="title_f75fb0" aria-label="${label}"><div class="children__9293f"><h1 class="title__9293f">${heading}</h1></div></section>
     <div class="content_f75fb0"><main class="chatContent_f75fb0"><ol data-list-id="chat-messages" role="list">${messages}</ol>
       <form><div role="textbox" data-slate-editor="true" contenteditable="true"></div><button type="button" class="button__74017 sendButton__74017"></button></form></main>${side}</div></div>`;

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
  vi.restoreAllMocks();
});

describe('Discord read()', () => {
  it('a DM whose list row draws a status dot is direct, titled by the header', () => {
    page(`<nav>${row('1187340563298463744', 'Jordan Avery', STATUS, 'Jordan Avery (direct message)')}</nav>${userArea('Casey Morgan')}
      ${chat('Jordan Avery', message('1187340563298463744', '1', 'Jordan Avery', 'hey'))}`);
    expect(read()).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'DM row shows a status dot' });
  });

  it('reads a German UI the same way: no label is read', () => {
    page(
      `<nav>${row('1187340563298463744', 'Jordan Avery', STATUS, 'Jordan Avery (Direktnachricht)')}</nav>${userArea('Casey Morgan')}
      ${chat('Jordan Avery', message('1187340563298463744', '1', 'Jordan Avery', 'hallo'), '', 'Kanal-Header')}`,
      'Discord | @Jordan Avery',
    );
    const thread = read();
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(thread?.composer()?.getAttribute('data-slate-editor')).toBe('true');
    expect(thread?.sendButton()?.className).toContain('sendButton');
  });

  it('a group DM: its row has no status dot, and a members list or two other authors say group', () => {
    const id = '1187340563298463902';
    const members = `<aside><div role="list" data-list-id="members-${id}"></div></aside>`;
    page(
      `<nav>${row(id, 'Book club', 'svg-mask-avatar-default', 'Book club (group message)')}</nav>${userArea('Casey Morgan')}${chat('Book club', '', members)}`,
    );
    expect(read(`https://discord.com/channels/@me/${id}`)).toMatchObject({ kind: 'group', evidence: 'members list' });

    const talk =
      message(id, '1', 'Sam Rivera', 'cake?') + message(id, '2', 'Alex Chen', 'not me') + message(id, '3', 'Casey Morgan', 'I can');
    page(
      `<nav>${row(id, 'Book club', 'svg-mask-avatar-default', 'Book club (group message)')}</nav>${userArea('Casey Morgan')}${chat('Book club', talk)}`,
    );
    expect(read(`https://discord.com/channels/@me/${id}`)).toMatchObject({
      kind: 'group',
      evidence: '2 other authors among the newest messages',
    });
  });

  it('a DM where both people talk is not a group, even when the user area cannot be read', () => {
    const id = '1187340563298463744';
    const talk = message(id, '1', 'Jordan Avery', 'hey') + message(id, '2', 'Casey Morgan', 'hi');
    page(chat('Jordan Avery', talk));
    expect(read()?.kind).toBe('unknown');
  });

  it('unknown, not a guess, when nothing on the page tells', () => {
    page(chat('Jordan Avery', ''));
    expect(read()).toMatchObject({ title: 'Jordan Avery', kind: 'unknown', evidence: 'none' });
  });

  it('the tab title says DM ("@name") or group, but only when it names the chat on screen', () => {
    page(chat('Jordan Avery', ''), 'Discord | @Jordan Avery');
    expect(read()).toMatchObject({ kind: 'direct', evidence: 'tab title "@name"' });
    page(chat('Book club', ''), '(2) Discord | Book club');
    expect(read()?.kind).toBe('group');
    // Lagging behind a switch: it still names the previous chat.
    page(chat('Jordan Avery', ''), 'Discord | Book club');
    expect(read()?.kind).toBe('unknown');
  });

  it('a server channel is a channel; Friends and other pages are no conversation', () => {
    page(chat('general', ''));
    expect(read('https://discord.com/channels/1098765432101234567/1098765432101234999')).toMatchObject({
      title: 'general',
      kind: 'channel',
    });
    expect(read('https://discord.com/channels/@me')).toBeNull();
  });

  it('an emoji drawn as an image counts by its alt', () => {
    page(chat('Jordan <img alt="🌻" src="data:,"> Avery', ''));
    expect(read()?.title).toBe('Jordan 🌻 Avery');
  });

  it('the 2021–2022 layout: h3 title, div[role=listitem] items with h2 > span.username', () => {
    const old = `<div class="chat-3bRxxu"><section class="title-3qD0b-" aria-label="Channel header"><div class="children-19S4PO"><h3 role="button" class="title-29uC1r">Jordan Avery</h3></div></section>
      <div class="content-yTz4x3"><main class="chatContent-a9vAAp"><div data-list-id="chat-messages" role="log">
        <div id="chat-messages-844329116529459260" class="container-3RCQyg"><h3>Welcome!</h3></div>
        <div class="message-2qnXI6" role="listitem" id="chat-messages-844329219386376222"><h2 class="header-23xsNx"><span class="username-1A8OIy">Casey Morgan</span></h2><div>hi</div></div>
        <div class="message-2qnXI6" role="listitem" id="chat-messages-844329219386376223"><h2 class="header-23xsNx"><span class="username-1A8OIy">Jordan Avery</span></h2><div>hey</div></div>
      </div><form><div role="textbox" data-slate-editor="true" contenteditable="true"></div></form></main></div></div>`;
    page(`${old}${userArea('Casey Morgan')}`, 'Discord | @Jordan Avery');
    const thread = read();
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(thread?.lastMessageMine()).toBe(false);
  });
});

describe('Discord whose message is newest', () => {
  const id = '1187340563298463744';
  const me = 'https://cdn.discordapp.com/avatars/111111111111111111/abc.webp';
  const them = 'https://cdn.discordapp.com/avatars/222222222222222222/def.webp';

  it('by the author avatar’s user id, whatever the names say', () => {
    page(
      `${userArea('Casey', me)}${chat('Jordan Avery', message(id, '1', 'Jordan Avery', 'hey', them) + message(id, '2', 'Casey M.', 'hi', me))}`,
    );
    expect(read()?.lastMessageMine()).toBe(true);
    page(
      `${userArea('Casey', me)}${chat('Jordan Avery', message(id, '1', 'Casey M.', 'hi', me) + message(id, '2', 'Jordan Avery', 'hey', them))}`,
    );
    expect(read()?.lastMessageMine()).toBe(false);
  });

  it('follow-up messages carry no author: the newest one that does decides', () => {
    page(`${userArea('Casey Morgan')}${chat('Jordan Avery', message(id, '1', 'Casey Morgan', 'hi') + message(id, '2', null, 'still me'))}`);
    expect(read()?.lastMessageMine()).toBe(true);
  });

  it('by name when there are no avatar ids; null when nothing tells', () => {
    page(`${userArea('Casey Morgan')}${chat('Jordan Avery', message(id, '1', 'Jordan Avery', 'hey'))}`);
    expect(read()?.lastMessageMine()).toBe(false);
    page(chat('Jordan Avery', message(id, '1', 'Someone', 'hey')));
    expect(read()?.lastMessageMine()).toBeNull();
    page(chat('Jordan Avery', ''));
    expect(read()?.lastMessageMine()).toBeNull();
  });
});

describe('Discord read() cost', () => {
  it('does no layout: no computed styles, no geometry (it runs on every busy frame)', () => {
    const id = '1187340563298463744';
    page(
      `<nav>${row(id, 'Jordan Avery', STATUS, 'x')}</nav>${userArea('Casey Morgan')}${chat('Jordan Avery', message(id, '1', 'Jordan Avery', 'hey'))}`,
    );
    const styles = vi.spyOn(window, 'getComputedStyle');
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const thread = read();
    thread?.lastMessageMine();
    expect(thread?.kind).toBe('direct');
    expect(styles).not.toHaveBeenCalled();
    expect(rects).not.toHaveBeenCalled();
  });
});
