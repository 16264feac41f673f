// @vitest-environment happy-dom
/**
 * Google Messages markup as public tools record it on the live page (2020 and
 * 2026 layouts, English and other UI languages): the adapter reads title,
 * kind, composer, send control and whose message is newest from structure.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { googleMessages } from '@/lib/sites/google-messages';
import { firstMatchText } from '@/lib/sites/dom';

const at = (path = '/web/conversations/4107') => new URL(`https://messages.google.com${path}`);
const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const read = (html: string, path?: string) => googleMessages.read(page(html), at(path));

/** One message as the 2026 page draws it: wrapper > core (outgoing flag) > text part with its label. */
const message = (out: boolean, label: string, extra = '') =>
  `<mws-message-wrapper msg-id="m${Math.random().toString(36).slice(2, 7)}" data-e2e-message-wrapper>
     <div data-e2e-message-wrapper-core data-e2e-message-outgoing="${out}" data-e2e-message-rcs="true">${extra}
       <mws-text-message-part aria-label="${label}"><div data-e2e-text-message-content><div class="text-msg">hi</div></div></mws-text-message-part>
     </div></mws-message-wrapper>`;
const pane = (title: string, messages: string) =>
  `<mw-conversation-container data-e2e-conversation-container>
     <div class="title-container" data-e2e-header-title><div class="title"><h2>${title}</h2></div></div>
     <mws-messages-list><mws-bottom-anchored><div class="content">
       <mws-tombstone-message-wrapper><mws-relative-timestamp>Today · 2:10 PM</mws-relative-timestamp></mws-tombstone-message-wrapper>
       ${messages}
     </div></mws-bottom-anchored></mws-messages-list>
     <mws-message-compose><div data-e2e-message-input><mws-autosize-textarea><textarea data-e2e-message-input-box placeholder="Mensaje RCS"></textarea></mws-autosize-textarea></div>
       <mws-message-send-button><mw-message-send-button><button data-e2e-send-text-button aria-label="Enviar SMS">➤</button></mw-message-send-button></mws-message-send-button>
     </mws-message-compose>
   </mw-conversation-container>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Google Messages', () => {
  it('2026 layout: title from the header, newest message by the core’s outgoing flag, composer and send in the pane', () => {
    const thread = read(
      pane(
        'Jordan Avery',
        message(false, 'Jordan Avery said: hey. Received on November 23, 2026 at 2:11 PM.') +
          message(true, 'You said: hi. Sent on November 23, 2026 at 2:12 PM. Read.'),
      ),
    );
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'the only sender is the chat title' });
    expect(thread?.lastMessageMine()).toBe(true);
    expect(thread?.composer()?.tagName).toBe('TEXTAREA');
    expect(thread?.sendButton()?.hasAttribute('data-e2e-send-text-button')).toBe(true);
  });

  it('2020 layout: whose message is newest from the wrapper’s is-outgoing attribute', () => {
    const old = (out: boolean) =>
      `<mws-message-wrapper msg-id="7" is-outgoing="${out}"><mws-text-message-part><div class="text-msg">x</div></mws-text-message-part></mws-message-wrapper>`;
    expect(read(pane('Jordan Avery', old(true) + old(false)))?.lastMessageMine()).toBe(false);
    expect(read(pane('Jordan Avery', old(false) + old(true)))?.lastMessageMine()).toBe(true);
  });

  it('a Spanish UI: no English label is needed; without sender names the kind is unknown, not a guess', () => {
    const thread = read(
      pane(
        'Jordan Avery',
        message(false, 'Jordan Avery ha dicho: hola. Recibido el 23 de noviembre de 2026 a las 14:11.') +
          message(true, 'Tú has dicho: hola.'),
      ),
    );
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'unknown' });
    expect(thread?.evidence).toContain('no sender names');
    expect(thread?.lastMessageMine()).toBe(true);
    expect(thread?.composer()?.getAttribute('placeholder')).toBe('Mensaje RCS');
    expect(thread?.sendButton()?.getAttribute('aria-label')).toBe('Enviar SMS');
  });

  it('a group: sender names above others’ bubbles, in any language', () => {
    const named = (name: string) =>
      message(
        false,
        `${name} ha dicho: hola.`,
        `<div class="sender-name"><span class="participant-display-name-text">${name}</span></div>`,
      );
    expect(read(pane('Cumpleaños 🎂', named('Sam Rivera') + named('Alex Kim')))).toMatchObject({
      kind: 'group',
      evidence: 'sender names on messages',
    });
  });

  it('a group: several senders in the English labels, or one who is not the chat title', () => {
    const said = (name: string) => message(false, `${name} said: hi. Received on November 23, 2026 at 2:11 PM.`);
    expect(read(pane('Book club', said('Sam Rivera') + said('Alex Kim')))).toMatchObject({ kind: 'group', evidence: '2 other senders' });
    expect(read(pane('Jordan Avery’s Birthday', said('Sam Rivera')))?.kind).toBe('group');
    // A shorter form of the title is the same person.
    expect(read(pane('Jordan Avery', said('Jordan')))?.kind).toBe('direct');
  });

  it('a title that lists names is not by itself evidence of a group', () => {
    expect(read(pane('Avery, Jordan', ''))).toMatchObject({ title: 'Avery, Jordan', kind: 'unknown', evidence: 'no messages from others' });
  });

  it('an emoji drawn as an image counts in the title by its alt', () => {
    expect(read(pane('Jordan <img alt="🌸" src="data:,">', ''))?.title).toBe('Jordan 🌸');
  });

  it('while the header lags behind the route, the list row of the URL’s chat names it', () => {
    const doc = `<mws-conversation-list-item><a data-e2e-conversation href="/web/conversations/4107"><h3 class="name"><span data-e2e-conversation-name>Jordan Avery</span></h3></a></mws-conversation-list-item>
      <mws-conversation-list-item><a data-e2e-conversation href="/web/conversations/3750"><h3 class="name"><span data-e2e-conversation-name>Sam Rivera</span></h3></a></mws-conversation-list-item>
      <mw-conversation-container data-e2e-conversation-container><mws-messages-list></mws-messages-list></mw-conversation-container>`;
    expect(read(doc, '/web/conversations/4107')?.title).toBe('Jordan Avery');
    expect(read(doc, '/web/conversations/3750')?.title).toBe('Sam Rivera');
  });

  it('the new-conversation screen and a page without a conversation read as nothing', () => {
    expect(read(pane('Jordan Avery', ''), '/web/conversations/new')).toBeNull();
    expect(
      read(
        '<mw-conversation-container><div class="zero-state">Select a conversation</div></mw-conversation-container>',
        '/web/conversations',
      ),
    ).toBeNull();
  });

  it('a date row after the messages does not hide whose message is newest', () => {
    const thread = read(
      pane('Jordan Avery', `${message(true, 'You said: hi.')}<mws-tombstone-message-wrapper>Today</mws-tombstone-message-wrapper>`),
    );
    expect(thread?.lastMessageMine()).toBe(true);
  });
});

describe('firstMatchText (the header title reader)', () => {
  it('takes the first match of each selector in priority order, skipping empty ones, emoji by alt', () => {
    document.body.innerHTML =
      '<header><h2></h2><span class="name">Ana <img alt="🌸"></span></header><ul><li><h2>a message heading</h2></li></ul>';
    expect(firstMatchText(document, ['h2', '.name'])).toBe('Ana 🌸');
    expect(firstMatchText(document, ['.missing'])).toBe('');
    expect(firstMatchText(null, ['h2'])).toBe('');
  });
});
