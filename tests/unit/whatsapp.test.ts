// @vitest-environment happy-dom
/**
 * WhatsApp Web as real saved pages draw it (../shared/real-pages and the captures listed in
 * docs/adapters-whatsapp.md), in small snippets with our own names: one per layout and per cause of
 * a miss found on real pages, then the fixture pages themselves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fixturePages } from '../fixtures/fixtures';
import { whatsapp } from '@/lib/sites/whatsapp';

const url = new URL('https://web.whatsapp.com/');
const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const read = (html: string) => whatsapp.read(page(html), url);

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A 2024–2026 header: avatar button, then the info button with the name row and the status line. */
const header = (name: string, status?: string, avatar = '<img alt="" draggable="false">') => `
  <header class="_amid"><div title="Profile details" role="button"><div>${avatar}</div></div>
    <div class="_amie" role="button"><div class="_amif"><div class="_amig"><div class="xuxw1ft">${name}</div></div></div>
      ${status ? `<div class="x78zum5"><span title="${status}" class="x1iyjqo2 selectable-text copyable-text">${status}</span></div>` : ''}
    </div>
    <div class="_ami8"><div role="button" aria-label="Search"><span aria-hidden="true" data-icon="search-alt"></span></div></div>
  </header>`;
const name = (text: string) => `<span dir="auto" class="x1iyjqo2 _ao3e">${text}</span>`;
/** A message row: `<fromMe>_<chat id>_<message id>[_<sender id>]`, the bubble class and the text's sender line. */
const row = (mine: boolean, chat: string, sender: string, text = 'hi', suffix = '') => `
  <div role="row"><div tabindex="-1" data-id="${mine}_${chat}_3EB0${Math.random().toString(16).slice(2, 12).toUpperCase()}${suffix}">
    <div class="message-${mine ? 'out' : 'in'} focusable-list-item"><span aria-label="${mine ? 'You' : sender}:"></span>
      <div class="copyable-text" data-pre-plain-text="[6:20 PM, 3/9/2026] ${sender}: "><span dir="ltr" class="selectable-text copyable-text"><span>${text}</span></span></div>
    </div></div></div>`;
const pane = (head: string, rows = '', footer = '') =>
  `<div id="main"><div></div>${head}<div class="copyable-area"><div tabindex="0" data-tab="8">${rows}</div></div>${footer}</div>`;

describe('the chat title', () => {
  it('is the name, not the status line with a title under it (2024–2026 builds)', () => {
    for (const status of [
      'last seen today at 6:26 PM',
      'visto por último hoje às 18:26',
      'últ. vez hoy a las 18:26',
      'online',
      'typing…',
    ]) {
      expect(read(pane(header(name('Jordan Avery'), status)))?.title).toBe('Jordan Avery');
    }
  });

  it('is the group name, not its member list', () => {
    const thread = read(
      pane(
        header(name('Book Club'), 'Alex Kim, Jordan Avery, Sam Rivera, You'),
        row(false, '120363025550102030@g.us', 'Alex Kim', 'hi', '_15550106060@c.us'),
      ),
    );
    expect(thread).toMatchObject({ title: 'Book Club', kind: 'group', evidence: 'chat id @g.us' });
  });

  it('of a self chat is the name without "(You)" and without "Message yourself", in any language', () => {
    for (const [you, status] of [
      ['(You)', 'Message yourself'],
      ['(Anda)', 'Kirim pesan ke diri sendiri'],
      ['(Tú)', 'Envía mensajes a este mismo número.'],
    ]) {
      const head = header(`${name('Riley Morgan')}<span dir="auto" class="xjuopq5 _ao3e">${you}</span>`, status);
      const thread = read(pane(head, row(true, '100000000000042@lid', 'Riley Morgan', 'note to self', '_out')));
      expect(thread).toMatchObject({ title: 'Riley Morgan', kind: 'direct', evidence: 'chat id @lid' });
    }
  });

  it('keeps emoji drawn as images, by their alt', () => {
    const emoji =
      '<img crossorigin="anonymous" alt="✨" draggable="false" class="b7 emoji wa _ao3e" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    expect(read(pane(header(name(`Study Squad ${emoji}`), '+1 555 0100, You')))?.title).toBe('Study Squad ✨');
    expect(read(pane(header(name(`Jordan Avery ${emoji}`))))?.title).toBe('Jordan Avery ✨');
  });

  it('2023 builds: the title test id, with the subtitle test id under it', () => {
    const head = `<header data-testid="conversation-header"><div class="_24-Ff" role="button" data-testid="conversation-info-header">
      <div class="_2rlF7"><div class="_21nHd"><span data-testid="conversation-info-header-chat-title" dir="auto" aria-label="">Jordan Avery</span></div></div>
      <div data-testid="chat-subtitle"><span title="online" class="selectable-text copyable-text">online</span></div></div></header>`;
    expect(read(`<div id="main" data-testid="conversation-panel-wrapper">${head}</div>`)?.title).toBe('Jordan Avery');
  });

  it('2017–2022 builds: the name span carries its own title too', () => {
    const head = `<header class="pane-header pane-chat-header"><div class="chat-avatar"><div class="avatar icon-group-default"><img class="avatar-image"></div></div>
      <div class="chat-body"><div class="chat-main"><h2 class="chat-title" dir="auto"><span class="emojitext ellipsify" dir="auto" title="Reading Notes">Reading Notes</span></h2></div>
      <div class="group-subtitle chat-secondary"><span class="emojitext ellipsify" title="You">You</span></div></div></header>`;
    expect(read(pane(head))).toMatchObject({ title: 'Reading Notes', kind: 'group', evidence: 'group avatar icon' });
  });

  it('a header with titled spans only: the first one, the name', () => {
    expect(read(pane('<header><span title="Jordan Avery">Jordan Avery</span><span title="online">online</span></header>'))?.title).toBe(
      'Jordan Avery',
    );
  });
});

describe('the pane', () => {
  it('is found by its header even when an svg mask with the id "main" comes first (2025 builds)', () => {
    const mask = '<svg><mask id="main"><rect width="20" height="20"></rect></mask></svg>';
    const footer = '<footer><div contenteditable="true" role="textbox" data-tab="10" aria-label="Type a message"></div></footer>';
    const thread = read(
      mask + pane(header(name('Jordan Avery'), 'last seen today at 6:26 PM'), row(false, '15550102030@c.us', 'Jordan Avery'), footer),
    );
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'chat id @c.us' });
    expect(thread?.lastMessageMine()).toBe(false);
    expect(thread?.composer()?.getAttribute('data-tab')).toBe('10');
  });

  it('finds nothing without a conversation header', () => {
    expect(read('<div id="app"><div id="side"><span dir="auto" title="Jordan Avery">Jordan Avery</span></div></div>')).toBeNull();
  });
});

describe('the chat kind', () => {
  it('reads the chat id of the rows: person, group, channel, broadcast list', () => {
    const kind = (chat: string) => read(pane(header(name('X')), row(false, chat, 'X')))?.kind;
    expect(kind('15550102030@c.us')).toBe('direct');
    expect(kind('100000000000042@lid')).toBe('direct');
    expect(kind('120363025550102030@g.us')).toBe('group');
    expect(kind('15550100000-1681234567@g.us')).toBe('group');
    expect(kind('120363025550109999@newsletter')).toBe('channel');
    expect(kind('1681234567@broadcast')).toBe('channel');
  });

  it('a group whose only member is the person (subtitle "You", only their own messages) is a group', () => {
    const rows = row(true, '120363029564818066@g.us', 'Riley Morgan', 'list: cake, candles', '_15550100000@c.us');
    expect(read(pane(header(name('Just Me'), 'You'), rows))).toMatchObject({ kind: 'group', evidence: 'chat id @g.us' });
    // Before any message: the default group avatar says it.
    expect(read(pane(header(name('Just Me'), 'Você', '<span aria-hidden="true" data-icon="default-group"></span>')))).toMatchObject({
      kind: 'group',
      evidence: 'group avatar icon',
    });
  });

  it('reads avatar icons by data-icon or by the svg title 2026 builds draw them with', () => {
    const svg = (title: string) => `<span aria-hidden="true"><svg viewBox="0 0 24 24"><title>${title}</title></svg></span>`;
    expect(read(pane(header(name('Family'), undefined, svg('default-group-refreshed'))))?.kind).toBe('group');
    expect(read(pane(header(name('Neighbours'), undefined, '<span data-icon="default-community-refreshed"></span>')))?.kind).toBe('group');
    expect(read(pane(header(name('Jordan Avery'), undefined, '<span data-icon="default-user"></span>')))).toMatchObject({
      kind: 'direct',
      evidence: 'person avatar icon',
    });
  });

  it('several other senders mean a group when nothing else says', () => {
    const rows = ['Alex Kim', 'Sam Rivera'].map((sender) => row(false, '', sender).replace(/data-id="[^"]*"/, '')).join('');
    expect(read(pane(header(name('Book Club')), rows))).toMatchObject({ kind: 'group', evidence: '2 other senders' });
  });

  it('is unknown when the page does not say: no rows, no avatar icon, at most one other sender', () => {
    expect(read(pane(header(name('Jordan Avery'))))).toMatchObject({ title: 'Jordan Avery', kind: 'unknown', evidence: 'none' });
    const one = row(false, '', 'Jordan Avery').replace(/data-id="[^"]*"/, '');
    expect(read(pane(header(name('Jordan Avery')), one + one))).toMatchObject({ kind: 'unknown', evidence: '1 other sender' });
    expect(
      read('<div id="main"><header><div><span dir="auto">Jordan Avery</span></div><div><span>online</span></div></header></div>'),
    ).toMatchObject({ title: 'Jordan Avery', kind: 'unknown' });
  });
});

describe('whose message is newest', () => {
  it('by the newest bubble, even behind a notice row that carries an id of its own', () => {
    const notice =
      '<div role="row"><div data-id="true_120363029564818066@g.us_2784530214_15550100000@c.us"><div><span>You changed this group\'s icon</span></div></div></div>';
    const thread = read(
      pane(
        header(name('Book Club')),
        row(true, '120363029564818066@g.us', 'Riley') + row(false, '120363029564818066@g.us', 'Alex') + notice,
      ),
    );
    expect(thread?.lastMessageMine()).toBe(false);
  });

  it('behind a trailing non-message row, and in both directions', () => {
    const typing = '<div role="row"><span>typing…</span></div>';
    expect(read(pane(header(name('J')), row(false, '1@c.us', 'J') + row(true, '1@c.us', 'J') + typing))?.lastMessageMine()).toBe(true);
    expect(read(pane(header(name('J')), row(true, '1@c.us', 'J') + row(false, '1@c.us', 'J')))?.lastMessageMine()).toBe(false);
  });

  it('by the row id where a build has no bubble classes (album ids carry a prefix)', () => {
    const rows =
      '<div role="row"><div data-id="true_1@c.us_A"><div>hi</div></div></div><div role="row"><div data-id="album-false_1@c.us_B-false_1@c.us_C"><div>photos</div></div></div>';
    expect(read(pane(header(name('J')), rows))?.lastMessageMine()).toBe(false);
  });

  it('cannot tell in an empty chat', () => {
    expect(read(pane(header(name('J'))))?.lastMessageMine()).toBeNull();
  });
});

describe('the composer and the send control', () => {
  const footer = (send: string) => `<footer class="_ak1i"><div class="copyable-area"><div class="lexical-rich-text-input">
    <div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true" aria-label="Digite uma mensagem"><p><br></p></div></div>${send}</div></footer>`;
  const side = '<div id="side"><div contenteditable="true" role="textbox" data-tab="3" aria-label="Search input textbox"></div></div>';

  it('are the pane’s own, never the chat list search box', () => {
    const thread = read(
      side +
        pane(
          header(name('J')),
          '',
          footer('<button data-tab="11" aria-label="Enviar"><span aria-hidden="true" data-icon="send"></span></button>'),
        ),
    );
    expect(thread?.composer()?.getAttribute('data-tab')).toBe('10');
    expect(thread?.sendButton()?.getAttribute('aria-label')).toBe('Enviar');
  });

  it('the send control by its icon, whatever the language, also when only the svg names it', () => {
    const svgOnly =
      '<button data-tab="11" aria-label="Отправить"><span aria-hidden="true"><svg><title>wds-ic-send-filled</title></svg></span></button>';
    expect(read(pane(header(name('J')), '', footer(svgOnly)))?.sendButton()?.tagName).toBe('BUTTON');
  });

  it('the send control by its label where no icon names it, in other languages', () => {
    for (const label of ['Send', 'Enviar', 'Envoyer', 'Senden', 'Kirim', 'Отправить', 'भेजें', 'إرسال']) {
      expect(
        read(pane(header(name('J')), '', footer(`<button aria-label="${label}"><svg></svg></button>`)))
          ?.sendButton()
          ?.getAttribute('aria-label'),
      ).toBe(label);
    }
  });

  it('no send control while the draft is empty (the microphone shows instead)', () => {
    const mic = '<button data-tab="11" aria-label="Voice message"><span aria-hidden="true" data-icon="mic-outlined"></span></button>';
    expect(read(pane(header(name('J')), '', footer(mic)))?.sendButton()).toBeNull();
  });

  it('2023 builds: compose box and send button test ids', () => {
    const doc =
      page(`<div id="main"><header data-testid="conversation-header"><span data-testid="conversation-info-header-chat-title">Jordan Avery</span></header>
      <footer><div contenteditable="true" data-testid="conversation-compose-box-input"></div><button data-testid="compose-btn-send"><span data-icon="send"></span></button></footer></div>`);
    expect(whatsapp.read(doc, url)?.title).toBe('Jordan Avery');
    expect(whatsapp.read(doc, url)?.composer()?.getAttribute('data-testid')).toBe('conversation-compose-box-input');
    expect(whatsapp.read(doc, url)?.sendButton()?.tagName).toBe('BUTTON');
  });

  it('a layout without a footer still finds the composer and the send control', () => {
    const thread = read(`<div id="main">${header(name('Jordan Avery'))}
      <div class="compose"><div contenteditable="true" role="textbox" aria-label="Type a message"></div>
      <div role="button" aria-label="Send"><span data-icon="wds-ic-send-filled"></span></div></div></div>`);
    expect(thread?.composer()?.getAttribute('aria-label')).toBe('Type a message');
    expect(thread?.sendButton()?.getAttribute('aria-label')).toBe('Send');
  });
});

describe('cost per look', () => {
  afterEach(() => vi.restoreAllMocks());

  it('read() forces no layout: visibility checks wait for composer() and sendButton()', () => {
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const style = vi.spyOn(window, 'getComputedStyle');
    const rows = Array.from({ length: 50 }, (_, i) => row(i % 2 === 0, '15550102030@c.us', 'Jordan Avery')).join('');
    const thread = read(pane(header(name('Jordan Avery'), 'online'), rows));
    thread?.lastMessageMine();
    expect(thread?.title).toBe('Jordan Avery');
    expect(rect).not.toHaveBeenCalled();
    expect(style).not.toHaveBeenCalled();
  });
});

describe('the fixture pages', () => {
  const windows: Window[] = [];
  afterEach(async () => {
    await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  });
  async function open(variant: string | null, chat: string) {
    const fixture = fixturePages('whatsapp').find((f) => (variant ? f.name.includes(variant) : f.name === 'whatsapp'))!;
    const win = new Window({
      url: fixture.url,
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
    });
    windows.push(win);
    win.document.write(fixture.html);
    await win.happyDOM.waitUntilComplete();
    (win as unknown as { __openChat(n: string): void }).__openChat(chat);
    return whatsapp.read(win.document as unknown as Document, new URL(fixture.url));
  }

  it('2026: the contact under a status line, the emoji group title, a self chat', async () => {
    expect(await open(null, 'Jordan Avery')).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'chat id @c.us' });
    expect(await open(null, "Jordan Avery's Birthday 🎂")).toMatchObject({ title: "Jordan Avery's Birthday 🎂", kind: 'group' });
    const self = await open(null, 'Riley Morgan');
    expect(self).toMatchObject({ title: 'Riley Morgan', kind: 'direct', evidence: 'chat id @lid' });
    expect(self?.lastMessageMine()).toBe(true);
  });

  it('2024, Portuguese UI: the contact under "visto por último", the group whose only member is the person', async () => {
    expect(await open('Portuguese', 'Jordan Avery')).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    const alone = await open('Portuguese', "Jordan Avery's Birthday 🎂");
    expect(alone).toMatchObject({ kind: 'group', evidence: 'chat id @g.us' });
    expect(alone?.lastMessageMine()).toBe(true);
    expect(alone?.sendButton()?.getAttribute('aria-label')).toBe('Enviar');
  });

  it('2023 build: the title test id, the default group avatar', async () => {
    expect(await open('2023', 'Jordan Avery')).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(await open('2023', 'Sam Rivera')).toMatchObject({ title: 'Sam Rivera', kind: 'direct' });
    expect((await open('2023', "Jordan Avery's Birthday 🎂"))?.kind).toBe('group');
  });
});
