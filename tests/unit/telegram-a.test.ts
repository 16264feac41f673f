// @vitest-environment happy-dom
/**
 * Telegram Web A: snippets following telegram-tt's header, message list and composer structure (no real
 * capture exists yet; see docs/adapters-telegram.md), one per layout and per cause the adapter reads, then
 * the fixture's extra chats (bot, self chat, channel) and its Spanish variant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { telegramA } from '@/lib/sites/telegram-a';
import { openFixtureChat } from './telegram-fixture';

const url = (hash = '') => new URL(`https://web.telegram.org/a/${hash}`);
const page = (info: string, hash = '', rest = '') => {
  document.body.innerHTML = `<div id="Main"><div id="MiddleColumn"><div class="messages-layout">
    <div class="MiddleHeader"><div class="Transition">${info}</div><div class="header-tools"></div></div>
    ${rest}</div></div></div>`;
  return telegramA.read(document, url(hash));
};
const slide = (inner: string, active = true) =>
  `<div class="Transition_slide${active ? ' Transition_slide-active' : ''}"><div class="chat-info-wrapper">${inner}</div></div>`;
const avatar = (peer?: string, cls = '') =>
  `<div class="Avatar size-medium peer-color-2 ${cls}"${peer ? ` data-peer-id="${peer}"` : ''}><div class="inner">J</div></div>`;
const title = (name: string) =>
  `<div class="title _root_1w5kq"><h3 dir="auto" role="button" class="fullName _fullName_2hx8c">${name}</h3></div>`;
const privateInfo = (name: string, peer?: string, status = 'last seen recently', cls = '') =>
  `<div class="ChatInfo">${avatar(peer, cls)}<div class="info">${title(name)}${status ? `<span class="status"><span class="user-status" dir="auto">${status}</span></span>` : ''}</div></div>`;
const groupInfo = (name: string, peer: string | undefined, status: string) =>
  `<div class="ChatInfo">${avatar(peer)}<div class="info">${title(name)}<span class="status"><span class="group-status">${status}</span></span></div></div>`;
const list = (messages: string) => `<div class="Transition"><div class="Transition_slide Transition_slide-active">
  <div class="MessageList custom-scroll"><div class="messages-container"><div class="message-date-group">
    <div class="sticky-date"><span>Today</span></div><div class="sender-group-container">${messages}</div></div></div></div>
  <div class="middle-column-footer"><div class="Composer shown mounted"><div class="composer-wrapper"><div id="message-input-text">
    <div class="custom-scroll input-scroller"><div class="input-scroller-content"><div id="editable-message-text" class="form-control allow-selection" contenteditable="true" role="textbox" dir="auto" aria-label="Mensaje"></div></div></div>
    <div class="custom-scroll input-scroller clone"><div class="input-scroller-content"><div class="form-control allow-selection clone" dir="auto"></div></div></div>
  </div></div><button type="button" class="Button send main-button default secondary round" aria-label="Enviar mensaje"></button></div></div>
</div></div>`;
const message = (n: number, own: boolean) =>
  `<div id="message-${n}" class="Message message-list-item${own ? ' own' : ''}" data-message-id="${n}"><div class="text-content">m${n}</div></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Telegram Web A, layouts', () => {
  it('a one-to-one chat by the avatar’s positive peer id', () => {
    expect(page(slide(privateInfo('Jordan Avery', '5550102030')), '#5550102030')).toMatchObject({
      title: 'Jordan Avery',
      kind: 'direct',
      evidence: 'header peer id > 0',
    });
  });

  it('a group by its negative id, a channel by its subscribers line, in Spanish', () => {
    expect(page(slide(groupInfo('Book Club', '-1001987654321', '4 miembros')))).toMatchObject({
      kind: 'group',
      evidence: 'header peer id < 0',
    });
    expect(page(slide(groupInfo('Trail Notes', '-1001122334455', '1204 suscriptores')))?.kind).toBe('channel');
  });

  it('a forum topic: no avatar (a topic icon), the group’s name as status; the hash or the icon says group', () => {
    const topic =
      '<div class="ChatInfo"><div class="topic-icon topic-header-icon"></div><div class="info"><h3 dir="auto" class="fullName">Week 2</h3><span class="status" dir="auto">Friends</span></div></div>';
    expect(page(slide(topic), '#-1003344556677_12')).toMatchObject({ title: 'Week 2', kind: 'group', evidence: 'URL peer id < 0' });
    expect(page(slide(topic))).toMatchObject({ kind: 'group', evidence: 'forum topic icon' });
  });

  it('older builds without data-peer-id on the avatar: the hash, then the group-status line', () => {
    expect(page(slide(privateInfo('Jordan Avery')), '#5550102030')).toMatchObject({ kind: 'direct', evidence: 'URL peer id > 0' });
    expect(page(slide(groupInfo('Book Club', undefined, '4 membres')))).toMatchObject({ kind: 'group', evidence: 'group-status subtitle' });
  });

  it('unknown when nothing on the page says', () => {
    expect(page(slide(privateInfo('Jordan Avery')))).toMatchObject({ kind: 'unknown', evidence: 'none' });
  });

  it('the self chat (avatar `saved-messages`, no status line) and a bot are one-to-one', () => {
    expect(page(slide(privateInfo('Saved Messages', '5550100001', '', 'saved-messages')))).toMatchObject({
      title: 'Saved Messages',
      kind: 'direct',
    });
    expect(page(slide(privateInfo('Weather Bot', '5550107777', 'bot')))?.kind).toBe('direct');
  });

  it('the title as shown: emoji images by alt, badges beside the name left out', () => {
    const info = `<div class="ChatInfo">${avatar('5550102030')}<div class="info"><div class="title"><h3 class="fullName">Jordan <img class="emoji emoji-small" alt="🌻"></h3><i class="icon icon-verified"></i><span class="FakeIcon">FAKE</span></div></div></div>`;
    expect(page(slide(info))?.title).toBe('Jordan 🌻');
  });

  it('reads the active header slide while the old one slides out', () => {
    expect(page(slide(privateInfo('Sam Rivera', '5550104040'), false) + slide(privateInfo('Jordan Avery', '5550102030')))?.title).toBe(
      'Jordan Avery',
    );
  });

  it('reads nothing without an open chat, or a header without a chat (a "3 pinned messages" list)', () => {
    document.body.innerHTML = '<div id="MiddleColumn"><div class="_background_e3h1r"></div></div>';
    expect(telegramA.read(document, url())).toBeNull();
    expect(
      page('<div class="Transition_slide Transition_slide-active"><div class="back-button"></div><h3>3 pinned messages</h3></div>'),
    ).toBeNull();
  });

  it('composer and send control by structure, not the localized labels; never the clone or the modal caption editor', () => {
    const thread = page(slide(privateInfo('Jordan Avery', '5550102030')), '', list(message(1, false)));
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="portals"><div class="Modal closing" aria-hidden="true"><div id="editable-message-text-modal" contenteditable="true"></div></div></div>',
    );
    expect(thread?.composer()?.id).toBe('editable-message-text');
    expect(thread?.sendButton()?.classList.contains('main-button')).toBe(true);
  });

  it('whose message is newest, read from the end of the list', () => {
    expect(page(slide(privateInfo('Jordan Avery', '5550102030')), '', list(message(1, false) + message(2, true)))?.lastMessageMine()).toBe(
      true,
    );
    const withService = list(`${message(1, true) + message(2, false)}<div class="ActionMessage message-list-item">Jordan joined</div>`);
    expect(page(slide(privateInfo('Jordan Avery', '5550102030')), '', withService)?.lastMessageMine()).toBe(false);
  });
});

describe('Telegram Web A fixture, chats beyond the contract', () => {
  it.each([
    ['', 'Weather Bot', 'direct'],
    ['', 'Saved Messages', 'direct'],
    ['', 'Trail Notes', 'channel'],
    ['?hl=es&theme=dark&emoji=img', 'Mensajes guardados', 'direct'],
    ['?hl=es&theme=dark&emoji=img', 'Trail Notes', 'channel'],
    ['?group=topic', "Jordan Avery's Birthday 🎂", 'group'],
  ])('%s "%s" reads as %s', async (query, name, kind) => {
    expect(await openFixtureChat(telegramA, `https://web.telegram.org/a/${query}`, name)).toMatchObject({ title: name, kind });
  });

  // Changes under the bar are taken for typing (no look): it must hold the composer and send button and never a message or the title.
  it('the composer bar holds the composer and send button, no message, not the header', async () => {
    let checked = false;
    await openFixtureChat(telegramA, 'https://web.telegram.org/a/', 'Jordan Avery', (doc) => {
      const thread = telegramA.read(doc, new URL('https://web.telegram.org/a/'));
      const box = thread?.composer();
      if (!thread || !box) throw new Error('no thread or composer');
      const bar = thread.composerBar?.(box);
      if (!bar) throw new Error('no composer bar');
      const send = thread.sendButton();
      expect(send && bar.contains(send)).toBe(true);
      expect(doc.querySelectorAll('.Message').length).toBeGreaterThan(0);
      expect([...doc.querySelectorAll('.Message, .MessageList, .MiddleHeader')].some((el) => bar.contains(el) || el.contains(bar))).toBe(
        false,
      );
      checked = true;
    });
    expect(checked).toBe(true);
  });

  it('the Spanish variant draws emoji as images, and the title still reads with them', async () => {
    const thread = await openFixtureChat(
      telegramA,
      'https://web.telegram.org/a/?hl=es&theme=dark&emoji=img',
      "Jordan Avery's Birthday 🎂",
      (doc) => {
        expect(doc.querySelector('.MiddleHeader .fullName img.emoji')?.getAttribute('alt')).toBe('🎂');
      },
    );
    expect(thread).toMatchObject({ title: "Jordan Avery's Birthday 🎂", kind: 'group' });
  });
});
