// @vitest-environment happy-dom
/**
 * Telegram Web K: snippets following the real captures' structure (../shared/real-pages/telegram-k-*.html,
 * 2023–2026), one per layout and per cause the adapter reads, then the fixture's extra chats (bot, self
 * chat, channel) and its Russian variant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { telegramK } from '@/lib/sites/telegram-k';
import { openFixtureChat } from './telegram-fixture';

const url = (hash = '') => new URL(`https://web.telegram.org/k/${hash}`);
const page = (pane: string, hash = '') => {
  document.body.innerHTML = `<div id="column-center" class="tabs-tab main-column"><div class="chats-container tabs-container">${pane}</div></div>`;
  return telegramK.read(document, url(hash));
};

/** A 2025–2026 pane: `.chat.tabs-tab.active` > topbar > chat-info > person > avatar + content (top title, bottom info). */
const pane = ({
  title,
  peer,
  info = '',
  inner = '',
  bubbles = '',
  cls = 'active',
  avatar,
}: {
  title: string;
  peer?: string;
  info?: string;
  inner?: string;
  bubbles?: string;
  cls?: string;
  avatar?: string;
}) => `<div class="chat tabs-tab ${cls} can-click-date" data-type="chat">
  <div class="sidebar-header topbar has-avatar" data-floating="0"><div class="chat-info-container">
    <button class="btn-icon sidebar-close-button"><span class="tgico button-icon">\ue954</span></button>
    <div class="chat-info"><div class="person">
      ${avatar ?? `<div class="avatar avatar-like avatar-42 avatar-gradient person-avatar"${peer ? ` data-peer-id="${peer}"` : ''}></div>`}
      <div class="content"><div class="top"><div class="user-title">${title}</div></div>
      <div class="bottom"><div class="info">${info}</div></div></div>
    </div></div>
    <div class="chat-utils"><div class="pinned-message pinned-container"><div class="pinned-message-title"><span class="i18n">Pinned Message</span></div></div></div>
  </div></div>
  <div class="bubbles has-groups"><div class="bubbles-remover-container"><div class="bubbles-remover bubbles-inner ${inner}"></div></div>
    <div class="scrollable scrollable-y"><div class="bubbles-inner has-rights ${inner}"><section class="bubbles-date-group">
      <div class="bubble service is-date is-sticky"><div class="bubble-content"><div class="service-msg">Today</div></div></div>${bubbles}
    </section></div></div></div>
  <div class="chat-input chat-input-main"><div class="chat-input-container"><div class="rows-wrapper-wrapper"><div class="rows-wrapper chat-input-wrapper">
    <div class="new-message-wrapper rows-wrapper-row"><div class="input-message-container">
      <div class="input-message-input is-empty" contenteditable="true" dir="auto" tabindex="-1"></div>
      <span class="input-field-placeholder i18n">Message</span>
      <div contenteditable="true" tabindex="-1" class="input-message-input is-empty input-field-input-fake"></div>
    </div></div></div></div>
    <div class="btn-send-container"><button class="btn-icon rp btn-circle btn-send animated-button-icon record" tabindex="-1"></button></div>
  </div></div>
</div>`;
const peerTitle = (name: string, peer?: string, extra = '') =>
  `<span class="peer-title" dir="auto"${peer ? ` data-peer-id="${peer}"` : ''} data-dialog="1" data-with-icons="1" data-thread-id="0" data-me-as-notes="0"${extra}>${name}</span>`;
const bubble = (dir: 'in' | 'out', mid: number, extra = '') =>
  `<div class="bubbles-group"><div data-mid="${mid}" data-peer-id="1" class="bubble ${extra} is-${dir} can-have-tail"><div class="bubble-content-wrapper"><div class="bubble-content"><div class="message spoilers-container">m${mid}</div></div></div></div></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Telegram Web K, real layouts', () => {
  it('a supergroup (2025): negative peer id on the title, the subtitle counting members', () => {
    const thread = page(
      pane({
        title: peerTitle('Chess Club | Tuesdays', '-1845767513'),
        peer: '-1845767513',
        inner: 'is-chat',
        info: '<span><span class="i18n">7 442 members</span><span class="i18n">, 223 online</span></span>',
      }),
    );
    expect(thread).toMatchObject({ title: 'Chess Club | Tuesdays', kind: 'group', evidence: 'header peer id < 0' });
  });

  it('a one-to-one chat (2023 build: avatar-element, no thread attributes), whatever the UI language', () => {
    const avatar = '<avatar-element class="avatar-42 person-avatar" data-peer-id="932667441" dir="auto" data-color=""></avatar-element>';
    const thread = page(
      pane({
        title: '<span class="peer-title" dir="auto" data-peer-id="932667441" data-dialog="1" data-with-icons="1">Светлана</span>',
        avatar,
        info: '<span class="i18n">был(а) недавно</span>',
      }),
      '#@sveta',
    );
    expect(thread).toMatchObject({ title: 'Светлана', kind: 'direct', evidence: 'header peer id > 0' });
  });

  it('a forum topic (2026): the title is the topic, not the group named in the subtitle', () => {
    const info = `<span class="i18n">In ${peerTitle('Security 2026', '-3446501956')}</span>`;
    const avatar =
      '<div class="avatar avatar-like avatar-42 avatar-gradient person-avatar is-topic" data-peer-id="-3446501956" data-thread-id="4294967598"></div>';
    const thread = page(
      pane({ title: peerTitle('Week 2 – Reading', '-3446501956', ' data-thread-id="4294967598"'), avatar, info, inner: 'is-chat' }),
      '#-3446501956',
    );
    expect(thread).toMatchObject({ title: 'Week 2 – Reading', kind: 'group' });
    // Even when the group's name in the subtitle carries badges (its own `.peer-title-inner`) and the topic's does not.
    const badged = `<span class="i18n">In ${peerTitle('<span class="peer-title-inner">Security 2026</span><span class="tgico verified-icon">\ue9f6</span>', '-3446501956')}</span>`;
    expect(page(pane({ title: peerTitle('Week 2 – Reading', '-3446501956'), avatar, info: badged }))?.title).toBe('Week 2 – Reading');
  });

  it('a chat with a bot is one-to-one', () => {
    const thread = page(
      pane({ title: peerTitle('Green Future', '7770083925'), peer: '7770083925', info: '<span class="i18n">bot</span>' }),
      '#@greenfuture_bot',
    );
    expect(thread).toMatchObject({ title: 'Green Future', kind: 'direct' });
  });

  it('the self chat is one-to-one even though tweb marks its bubbles `is-chat` (avatars shown)', () => {
    const thread = page(pane({ title: peerTitle('Saved Messages', '5550100001'), peer: '5550100001', inner: 'is-chat' }), '#5550100001');
    expect(thread).toMatchObject({ kind: 'direct', evidence: 'header peer id > 0' });
  });

  it('a broadcast channel by its flag, in any language', () => {
    const thread = page(
      pane({ title: peerTitle('Trail Notes', '-1987654321'), inner: 'is-broadcast', info: '<span class="i18n">2 310 abonnés</span>' }),
    );
    expect(thread).toMatchObject({ kind: 'channel', evidence: 'is-broadcast flag' });
  });

  it('a title with badges: the name alone from `.peer-title-inner`, no icon glyphs', () => {
    const title = peerTitle(
      '<span class="peer-title-inner" dir="auto">Jordan Avery</span><span class="tgico premium-icon">\uea4a</span>',
      '5550102030',
    );
    expect(page(pane({ title }))?.title).toBe('Jordan Avery');
    expect(page(pane({ title: peerTitle('Jordan Avery<span class="tgico verified-icon">\ue9f6</span>', '5550102030') }))?.title).toBe(
      'Jordan Avery',
    );
  });

  it('an emoji drawn as an image counts by its alt', () => {
    const title = peerTitle('Liza <img src="./Telegram Web_files/1f49c.png" class="emoji" alt="💜">', '361314656');
    expect(page(pane({ title }))?.title).toBe('Liza 💜');
  });

  it('without any peer id: the hash, the group flag or the subtitle words speak; else unknown', () => {
    expect(page(pane({ title: peerTitle('Book Club') }), '#-4012345678')).toMatchObject({ kind: 'group', evidence: 'URL peer id < 0' });
    expect(page(pane({ title: peerTitle('Book Club'), inner: 'is-chat' }), '#@bookclub')).toMatchObject({
      kind: 'group',
      evidence: 'is-chat flag',
    });
    expect(page(pane({ title: peerTitle('Book Club'), info: '<span class="i18n">4 участника</span>' }), '#@bookclub')?.kind).toBe('group');
    expect(
      page(pane({ title: peerTitle('Jordan Avery'), info: '<span class="i18n">last seen recently</span>' }), '#@jordan'),
    ).toMatchObject({ kind: 'unknown', evidence: 'none' });
  });

  it('reads the pane sliding in, not the one sliding out', () => {
    const out = pane({ title: peerTitle('Sam Rivera', '5550104040'), cls: 'active from' });
    const into = pane({ title: peerTitle('Jordan Avery', '5550102030'), cls: 'active to' });
    expect(page(out + into)?.title).toBe('Jordan Avery');
  });

  it('reads nothing while no chat is open (top bar hidden, the old title left inside) or on the login page', () => {
    expect(page(pane({ title: peerTitle('Jordan Avery', '5550102030') }).replace('topbar has-avatar', 'topbar hide'))).toBeNull();
    document.body.innerHTML = '<div id="auth-pages"><div class="input-wrapper"><input type="tel"></div></div>';
    expect(telegramK.read(document, url())).toBeNull();
  });

  it('the composer is the editable, never its height twin; the send control is the round button', () => {
    const thread = page(pane({ title: peerTitle('Jordan Avery', '5550102030') }));
    expect(thread?.composer()?.classList.contains('input-field-input-fake')).toBe(false);
    expect(thread?.composer()?.isContentEditable).toBe(true);
    expect(thread?.sendButton()?.classList.contains('btn-send')).toBe(true);
  });

  it('whose message is newest: the last real bubble, after service lines, never one being deleted', () => {
    const mine = page(
      pane({
        title: peerTitle('Jordan Avery', '5550102030'),
        bubbles: `${bubble('in', 1) + bubble('out', 2)}<div class="bubble service"><div class="service-msg">Jordan joined</div></div>`,
      }),
    );
    expect(mine?.lastMessageMine()).toBe(true);
    const html = pane({ title: peerTitle('Jordan Avery', '5550102030'), bubbles: bubble('out', 1) + bubble('in', 2) }).replace(
      '<div class="bubbles-remover bubbles-inner ">',
      `<div class="bubbles-remover bubbles-inner ">${bubble('out', 3)}`,
    );
    expect(page(html)?.lastMessageMine()).toBe(false);
    expect(page(pane({ title: peerTitle('Jordan Avery', '5550102030') }))?.lastMessageMine()).toBeNull();
  });
});

describe('Telegram Web K fixture, chats beyond the contract', () => {
  it.each([
    ['', 'Weather Bot', 'direct'],
    ['', 'Saved Messages', 'direct'],
    ['', 'Trail Notes', 'channel'],
    ['?hl=ru&theme=dark&emoji=img', 'Избранное', 'direct'],
    ['?hl=ru&theme=dark&emoji=img', 'Trail Notes', 'channel'],
    ['?group=topic', "Jordan Avery's Birthday 🎂", 'group'],
  ])('%s "%s" reads as %s', async (query, name, kind) => {
    const thread = await openFixtureChat(telegramK, `https://web.telegram.org/k/${query}`, name);
    expect(thread).toMatchObject({ title: name, kind });
  });

  it('the Russian variant draws emoji as images, and the title still reads with them', async () => {
    const thread = await openFixtureChat(
      telegramK,
      'https://web.telegram.org/k/?hl=ru&theme=dark&emoji=img',
      "Jordan Avery's Birthday 🎂",
      (doc) => {
        expect(doc.querySelector('#column-center .peer-title img.emoji')?.getAttribute('alt')).toBe('🎂');
      },
    );
    expect(thread).toMatchObject({ title: "Jordan Avery's Birthday 🎂", kind: 'group' });
  });
});
