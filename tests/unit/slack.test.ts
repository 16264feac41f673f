// @vitest-environment happy-dom
/**
 * Slack markup the adapter must read, in small snippets that follow the client's
 * data-qa hooks and BEM classes (see docs/adapters-chat-apps.md): the conversation
 * id and sidebar row decide the kind, the thread pane is never read, a UI in
 * another language reads the same.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { slack } from '@/lib/sites/slack';

const at = (id: string) => new URL(`https://app.slack.com/client/T04ACME0001/${id}`);
const page = (html: string, title = '') => {
  document.title = title;
  document.body.innerHTML = `<div class="p-client_container"><div class="p-client_workspace">${html}</div></div>`;
};
const row = (id: string, type: string, name: string, attrs = '') =>
  `<div data-qa="channel-sidebar-channel" data-qa-channel-sidebar-channel-id="${id}" data-qa-channel-sidebar-channel-type="${type}" ${attrs}>
     <span class="p-channel_sidebar__name" data-qa="channel_sidebar_name_${name}"><span dir="auto">${name}</span></span></div>`;
const sidebar = (...rows: string[]) =>
  `<div class="p-view_contents p-view_contents--sidebar"><div role="tree">${rows.join('')}</div></div>`;
const message = (sender: string | null, text: string, senderId = '') =>
  `<div data-qa="virtual-list-item"><div class="c-message_kit__background" data-qa="message_container">
     ${sender ? `<span data-qa="message_sender"><button class="c-message__sender_button" data-qa="message_sender_name" data-message-sender="${senderId}">${sender}</button></span>` : ''}
     <div data-qa="message-text"><div class="p-rich_text_section">${text}</div></div></div></div>`;
const composer = (label = 'Message to Jordan Avery') =>
  `<div data-qa="message_input_container"><div class="c-wysiwyg_container"><div data-qa="message_input" class="ql-container">
     <div class="ql-editor" contenteditable="true" role="textbox" aria-label="${label}"><p><br></p></div></div>
     <button data-qa="texty_send_button" aria-label="Send now"></button></div></div>`;
const primary = (title: string, messages = '', extra = '', input = composer()) =>
  `<div class="p-view_contents p-view_contents--primary"><div data-qa="view_header" class="p-view_header">
     <button data-qa="channel_name_button"><span class="p-view_header__member_name" data-qa="channel_name">${title}</span></button></div>
     ${extra}<div data-qa="message_pane">${messages}</div>${input}</div>`;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('Slack read()', () => {
  it('a D… conversation is a DM: two people, or yourself, or an app', () => {
    page(primary('Jordan Avery'));
    expect(slack.read(document, at('D05JAVERY01'))).toMatchObject({
      title: 'Jordan Avery',
      kind: 'direct',
      evidence: 'conversation id D…',
    });
  });

  it('the sidebar row’s type wins: a group DM with a new C… id is a group', () => {
    page(sidebar(row('C09MPIM0001', 'mpim', 'Jordan Avery, Sam Rivera')) + primary('Jordan Avery, Sam Rivera'));
    expect(slack.read(document, at('C09MPIM0001'))).toMatchObject({ kind: 'group', evidence: 'sidebar row type mpim' });
    page(sidebar(row('C04GENERAL1', 'private', 'jordan-avery')) + primary('jordan-avery'));
    expect(slack.read(document, at('C04GENERAL1'))?.kind).toBe('channel');
  });

  it('C… and G… ids are never a DM, even without their row', () => {
    page(primary('general'));
    expect(slack.read(document, at('C04GENERAL1'))?.kind).toBe('channel');
    expect(slack.read(document, at('G01HFKB0B6G'))?.kind).toBe('group');
  });

  it('no id in the URL: the selected row names the conversation; an unfamiliar one is unknown, not a guess', () => {
    page(sidebar(row('D05JAVERY01', 'im', 'Jordan Avery', 'data-qa-channel-sidebar-channel-is-selected="true"')) + primary('Jordan Avery'));
    expect(slack.read(document, new URL('https://app.slack.com/client/T04ACME0001/'))).toMatchObject({
      kind: 'direct',
      evidence: 'sidebar row type im',
    });
    page(
      sidebar(row('W0SHARED01', 'shared', 'Jordan Avery', 'data-qa-channel-sidebar-channel-is-selected="true"')) + primary('Jordan Avery'),
    );
    expect(slack.read(document, new URL('https://app.slack.com/client/T04ACME0001/'))).toMatchObject({ kind: 'unknown', evidence: 'none' });
  });

  it('Home, Activity and other views open no conversation', () => {
    page(sidebar(row('D05JAVERY01', 'im', 'Jordan Avery', 'data-qa-channel-sidebar-channel-is-selected="true"')) + primary('Jordan Avery'));
    expect(slack.read(document, new URL('https://app.slack.com/client/T04ACME0001/activity'))).toBeNull();
    expect(slack.read(document, new URL('https://app.slack.com/'))).toBeNull();
  });

  it('a Portuguese UI reads the same: no label is read', () => {
    page(
      sidebar(row('D05JAVERY01', 'im', 'Jordan Avery')) +
        primary(
          'Jordan Avery',
          message('Jordan Avery', 'oi'),
          '',
          composer('Mensagem para Jordan Avery').replace('Send now', 'Enviar agora'),
        ),
      'Jordan Avery (MD) - Oficina Azul - Slack',
    );
    const thread = slack.read(document, at('D05JAVERY01'));
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(thread?.composer()?.getAttribute('aria-label')).toBe('Mensagem para Jordan Avery');
    expect(thread?.sendButton()?.getAttribute('aria-label')).toBe('Enviar agora');
  });

  it('the title falls back to the sidebar row, then to the tab title', () => {
    page(sidebar(row('D05JAVERY01', 'im', 'Jordan Avery')));
    expect(slack.read(document, at('D05JAVERY01'))?.title).toBe('Jordan Avery');
    page('', 'Jordan Avery (MD) - Oficina Azul - Slack');
    expect(slack.read(document, at('D05JAVERY01'))?.title).toBe('Jordan Avery');
  });

  it('the thread pane inside the primary view is never the composer or the newest message', () => {
    const thread = `<div class="p-flexpane"><div data-qa="threads_flexpane">${message('Jordan Avery', 'in the thread')}${composer('Reply…')}</div></div>`;
    page(primary('Jordan Avery', message('Casey Lee', 'hi'), thread));
    const open = slack.read(document, at('D05JAVERY01'));
    expect(open?.composer()?.getAttribute('aria-label')).toBe('Message to Jordan Avery');
    expect(open?.sendButton()?.closest('.p-flexpane')).toBeNull();
    expect(open?.lastMessageMine()).toBe(true);
  });
});

describe('Slack whose message is newest', () => {
  const me =
    '<div class="p-tab_rail"><button data-qa="user-button"><img src="https://ca.slack-edge.com/T04ACME0001-U04CASEY001-g1a2b3c4d5e6-512"></button></div>';

  it('by the sender’s user id against the user menu avatar’s', () => {
    page(me + primary('Jordan Avery', message('Jordan Avery', 'hey', 'U04JAVERY01') + message('Casey', 'hi', 'U04CASEY001')));
    expect(slack.read(document, at('D05JAVERY01'))?.lastMessageMine()).toBe(true);
    page(me + primary('Jordan Avery', message('Casey', 'hi', 'U04CASEY001') + message('Jordan Avery', 'hey', 'U04JAVERY01')));
    expect(slack.read(document, at('D05JAVERY01'))?.lastMessageMine()).toBe(false);
  });

  it('in a DM, by name: whoever is not the person in the header is you; follow-ups carry no sender', () => {
    page(primary('Jordan Avery', message('Jordan Avery', 'hey') + message('Casey Lee', 'hi') + message(null, 'and more')));
    expect(slack.read(document, at('D05JAVERY01'))?.lastMessageMine()).toBe(true);
    page(primary('Jordan Avery', message('Casey Lee', 'hi') + message('Jordan Avery', 'hey')));
    expect(slack.read(document, at('D05JAVERY01'))?.lastMessageMine()).toBe(false);
  });

  it('your own DM ("you") is always yours; a channel without ids cannot tell', () => {
    page(
      sidebar(row('D05CASEY004', 'im', 'Casey Lee', 'data-qa-channel-sidebar-is-you="true"')) +
        primary('Casey Lee', message('Casey Lee', 'note')),
    );
    expect(slack.read(document, at('D05CASEY004'))?.lastMessageMine()).toBe(true);
    page(primary('general', message('Alex Chen', 'standup at 10')));
    expect(slack.read(document, at('C04GENERAL1'))?.lastMessageMine()).toBeNull();
  });
});

describe('Slack read() cost', () => {
  it('does no layout: no computed styles, no geometry (it runs on every busy frame)', () => {
    page(sidebar(row('D05JAVERY01', 'im', 'Jordan Avery')) + primary('Jordan Avery', message('Jordan Avery', 'hey')));
    const styles = vi.spyOn(window, 'getComputedStyle');
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const thread = slack.read(document, at('D05JAVERY01'));
    thread?.lastMessageMine();
    expect(thread?.kind).toBe('direct');
    expect(styles).not.toHaveBeenCalled();
    expect(rects).not.toHaveBeenCalled();
  });
});
