// @vitest-environment happy-dom
/**
 * Teams markup the adapter must read, in snippets that follow the live-captured
 * header and conversation structure (Aptul9/teamsrelay fixtures, see
 * docs/adapters-chat-apps.md): what says one-to-one, what says group, a UI in
 * another language, and what says nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { teams } from '@/lib/sites/teams';

const url = new URL('https://teams.microsoft.com/v2/');
const read = () => teams.read(document, url);
const page = (html: string) => {
  document.body.innerHTML = `<div data-tid="app-layout-area--main" role="main"><div data-tid="message-pane-layout">${html}</div></div>`;
};

const person = (n: number, name: string) =>
  `<li role="listitem" aria-labelledby="chat-topic-person-x${n} presence-pill-x${n}" data-tid="chat-topic-menu-list-item" class="fui-ListItem">
     <div data-mention-type="person"><span data-tid="participant-x${n}"><span id="chat-topic-person-x${n}" class="fui-StyledText">${name}</span></span></div></li>`;
const topic = (...names: string[]) =>
  `<ul role="list" aria-label="Chat participants" data-tid="chat-topic-menu" class="fui-List">${names.map((n, i) => person(i + 1, n)).join('')}</ul>`;
const count = (label: string, text = '') =>
  `<button role="button" aria-label="${label}" data-tid="chat-header-participant-count" class="fui-Button"><span class="fui-Button__icon"></span>${text}</button>`;
/** The entity header as captured: emblem, title area with the h2, toolbar. */
const header = (title: string, { emblem = '', beside = '', toolbar = '' } = {}) =>
  `<div data-tid="entity-header" class="fui-Flex"><div class="fui-Flex">${emblem}</div>
     <div id="entity-header-title-area-flex-container" class="fui-Flex"><div id="entity-header-title-area-prim" class="fui-Primitive">
       <h2 data-tid="chat-title" class="fui-Primitive"><div>${title}</div></h2></div>${beside}</div>
     <div role="toolbar" data-tid="entity-header-toolbar" class="fui-Toolbar">${toolbar}</div></div>`;
const oneOnOneToolbar = (label = 'Audio call', countLabel = 'View and add participants, 0 participants') =>
  `<div data-tid="chat-calling-meeting-buttons"><button aria-label="${label}" data-tid="default-chat-call-audio-button" class="fui-Button"></button></div>${count(countLabel)}`;
const message = (mine: boolean, text: string, id: string) => {
  const cls = mine ? 'fui-ChatMyMessage' : 'fui-ChatMessage';
  return `<div class="fui-Flex"><div data-tid="chat-pane-item" class="fui-unstable-ChatItem"><div data-testid="message-wrapper">
    <div class="${cls}"><div class="${cls}__author"><span data-tid="message-author-name">x</span></div>
    <div role="group" id="message-body-${id}" data-tid="chat-pane-message" data-mid="${id}" class="${cls}__body"><div id="content-${id}"><p>${text}</p></div></div></div></div></div></div>`;
};
const runway = (...items: string[]) =>
  `<div id="chat-pane-list" data-tid="message-pane-list-runway" class="fui-Chat">${items.join('')}</div>`;
const footer = (label = 'Type a message', send = 'Send') =>
  `<div data-tid="chat-pane-compose-message-footer"><div data-tid="ckeditor" id="new-message-1" role="textbox" aria-label="${label}" contenteditable="true" class="ck ck-content ck-editor__editable"></div>
     <button type="button" data-tid="sendMessageCommands-send" aria-label="${send}" data-track-thread-id="19:a_b@unq.gbl.spaces"></button></div>`;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('Teams read()', () => {
  it('a 1:1 as captured: one person in the chat topic', () => {
    page(header(topic('Jordan Avery'), { toolbar: oneOnOneToolbar() }) + runway(message(false, 'hey', '1')) + footer());
    expect(read()).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'one person in the chat topic' });
  });

  it('a chat with yourself as captured: one person, "(You)", no call button and no count', () => {
    page(header(topic('Alex Morgan (You)')));
    expect(read()).toMatchObject({ title: 'Alex Morgan (You)', kind: 'direct' });
  });

  it('a Spanish UI reads the same: no label is read', () => {
    page(
      header(topic('Jordan Avery'), { toolbar: oneOnOneToolbar('Llamada de audio', 'Ver y agregar participantes, 0 participantes') }) +
        runway(message(false, 'hola', '1')) +
        footer('Escribe un mensaje', 'Enviar'),
    );
    const thread = read();
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(thread?.composer()?.getAttribute('aria-label')).toBe('Escribe un mensaje');
    expect(thread?.sendButton()?.getAttribute('aria-label')).toBe('Enviar');
  });

  it('an unnamed group as captured: two people, the trust badge, group-only controls, a count of 3', () => {
    const emblem =
      '<button aria-label="Change the group profile picture" data-tid="tfw-group-chat-avatar-button" class="fui-Button"></button>';
    const beside = '<button aria-label="Name group chat" data-tid="chat-title-name-group-chat" class="fui-Button"></button>';
    const badge = '<div aria-label="1 external participant" data-testid="group-trust-indicator" class="fui-Badge">External</div>';
    page(
      header(topic('Jordan Avery', 'Sam Rivera') + badge, {
        emblem,
        beside,
        toolbar: count('View and add participants, 3 participants', '3'),
      }),
    );
    expect(read()).toMatchObject({ title: 'Jordan Avery, Sam Rivera', kind: 'group', evidence: 'group-chat header controls' });
  });

  it('each group sign alone is enough: two topic people, "+N", a count over two, a meeting id', () => {
    page(header(topic('Jordan Avery', 'Sam Rivera')));
    expect(read()).toMatchObject({ kind: 'group', evidence: '2 people in the chat topic' });
    page(header('<span>Jordan Avery +2</span>'));
    expect(read()?.kind).toBe('group');
    page(header('<span title="Jordan Avery">Jordan Avery</span>', { toolbar: count('Ver y agregar participantes, 4 participantes', '4') }));
    expect(read()).toMatchObject({ kind: 'group', evidence: '4 participants' });
    page(header(topic('Jordan Avery')) + footer().replace('19:a_b@unq.gbl.spaces', '19:meeting_NzQ1@thread.v2'));
    expect(read()?.kind).toBe('group');
  });

  it('unknown, not a guess, when the header names a chat and says nothing else', () => {
    page(header('<span title="Jordan Avery">Jordan Avery</span>'));
    expect(read()).toMatchObject({ title: 'Jordan Avery', kind: 'unknown', evidence: 'none' });
  });

  it('a 1:1 call button alone says one-to-one', () => {
    page(header('<span title="Jordan Avery">Jordan Avery</span>', { toolbar: oneOnOneToolbar() }));
    expect(read()).toMatchObject({ kind: 'direct', evidence: '1:1 call button' });
  });

  it('channels: by their header, their posts, or the thread id', () => {
    page('<h2 data-tid="channelTitle-text">jordan-avery-fans</h2>');
    expect(read()).toMatchObject({ title: 'jordan-avery-fans', kind: 'channel' });
    page(header(topic('Jordan Avery')) + footer().replace('19:a_b@unq.gbl.spaces', '19:2b8d@thread.tacv2'));
    expect(read()?.kind).toBe('channel');
  });

  it('the badges and icons beside a name are not part of it; a hidden stale header is skipped', () => {
    page(
      `<div aria-hidden="true">${header(topic('Sam Rivera'))}</div>${header('<span>Jordan Avery</span><div class="fui-Badge">External</div>')}`,
    );
    expect(read()?.title).toBe('Jordan Avery');
  });

  it('no conversation: the landing page', () => {
    page('<div data-tid="chat-landing-page"><p>Select a chat</p></div>');
    expect(read()).toBeNull();
  });
});

describe('Teams whose message is newest', () => {
  it('by the Fluent message classes of the newest message', () => {
    page(header(topic('Jordan Avery')) + runway(message(false, 'hey', '1'), message(true, 'hi', '2')));
    expect(read()?.lastMessageMine()).toBe(true);
    page(header(topic('Jordan Avery')) + runway(message(true, 'hi', '1'), message(false, 'hey', '2')));
    expect(read()?.lastMessageMine()).toBe(false);
    page(header(topic('Jordan Avery')) + runway());
    expect(read()?.lastMessageMine()).toBeNull();
  });

  it('older builds: only hashed class names that contain ChatMyMessage', () => {
    page(
      `${header(topic('Jordan Avery'))}<div class="ui-chat__item__message ChatMyMessage-x1y2"><div data-tid="chat-pane-message">hi</div></div>`,
    );
    expect(read()?.lastMessageMine()).toBe(true);
  });
});

describe('Teams read() cost', () => {
  it('does no layout: no computed styles, no geometry (it runs on every busy frame)', () => {
    page(header(topic('Jordan Avery'), { toolbar: oneOnOneToolbar() }) + runway(message(false, 'hey', '1')) + footer());
    const styles = vi.spyOn(window, 'getComputedStyle');
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const thread = read();
    thread?.lastMessageMine();
    expect(thread?.kind).toBe('direct');
    expect(styles).not.toHaveBeenCalled();
    expect(rects).not.toHaveBeenCalled();
  });
});
