// @vitest-environment happy-dom
/**
 * X direct messages as public tools record them: XChat at /i/chat/<id> (in the
 * page, or since 2026 inside the open shadow root of xchatEmbedRoute) and the
 * older /messages/<id>. The kind comes from the conversation id, whose message
 * is newest from the row's layout class; no UI label is read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { x } from '@/lib/sites/x';

const PAIR = '1234567890123456789-1590000000000000001';
const at = (path: string) => new URL(`https://x.com${path}`);
const row = (own: boolean, text = 'hi', id = Math.random().toString(16).slice(2, 10)) =>
  `<li><div data-testid="message-${id}" data-dm-message-row class="group grid ${own ? 'justify-end' : 'justify-start'} w-full">
     <div style="grid-area: content" class="flex"><div data-dm-message-focus-target><div data-testid="message-text-${id}"><span dir="auto">${text}</span></div></div></div></div></li>`;
const panel = (name: string, rows: string, lang = 'es') =>
  `<section data-testid="dm-conversation-panel">
     <div data-testid="dm-conversation-header"><a href="/jordan"><div data-testid="dm-conversation-username">${name}</div></a>
       <button data-testid="dm-conversation-more-button" aria-label="${lang === 'es' ? 'Más' : 'More'}"></button></div>
     <div data-testid="dm-message-list"><div data-testid="dm-message-scroller"><ul>${rows}</ul></div></div>
     <form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea" aria-label="${lang === 'es' ? 'Mensaje sin cifrar' : 'Unencrypted message'}"></textarea>
       <button data-testid="dm-composer-voice-button" aria-label="${lang === 'es' ? 'Mensaje de voz' : 'Voice message'}"></button></form>
   </section>`;
const page = (html: string) => {
  document.body.innerHTML = `<main role="main">${html}</main>`;
  return document;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('X chat (XChat)', () => {
  it('one-to-one by its id of two people; newest message by its layout; composer and send slot in any language', () => {
    const thread = x.read(page(panel('Jordan Avery', row(false) + row(true))), at(`/i/chat/${PAIR}`));
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'conversation id of two people' });
    expect(thread?.lastMessageMine()).toBe(true);
    expect(thread?.composer()?.getAttribute('aria-label')).toBe('Mensaje sin cifrar');
    // While the draft is empty the send slot holds the voice button.
    expect(thread?.sendButton()?.getAttribute('data-testid')).toBe('dm-composer-voice-button');
  });

  it('a group by its "g" id, or by sender avatars inside the messages whatever the id says', () => {
    expect(x.read(page(panel('Cumpleaños 🎂', row(false))), at('/i/chat/g1987654321098765432'))).toMatchObject({
      kind: 'group',
      evidence: 'group conversation id',
    });
    const avatars = `<li><div data-testid="message-ab12" class="grid justify-start"><div style="grid-area: avatar"><a href="https://x.com/sam"><img alt=""></a></div></div></li>`;
    expect(x.read(page(panel('Cumpleaños 🎂', avatars)), at(`/i/chat/${PAIR}`))?.kind).toBe('group');
  });

  it('an id of another shape is not guessed: the kind is unknown', () => {
    expect(x.read(page(panel('Jordan Avery', row(false))), at('/i/chat/abc_def'))).toMatchObject({ kind: 'unknown', evidence: 'none' });
  });

  it('inside the xchatEmbedRoute shadow root: read there, and watched there', () => {
    document.body.innerHTML = '<main role="main"><div data-testid="xchatEmbedRoute"></div></main>';
    const host = document.querySelector('[data-testid="xchatEmbedRoute"]')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = panel('Jordan Avery', row(true) + row(false));
    expect(document.querySelector('[data-testid="dm-conversation-panel"]')).toBeNull();
    const thread = x.read(document, at(`/i/chat/${PAIR}`));
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(thread?.lastMessageMine()).toBe(false);
    expect(thread?.composer()?.getRootNode()).toBe(shadow);
    expect(x.watchRoot(document)).toBe(shadow);
  });

  it('message rows are told from their text and reaction parts (message-text-…, message-reaction-button-…)', () => {
    const rows = `${row(true)}<li><div data-testid="message-reaction-button-ff00" class="justify-start"></div></li>`;
    expect(x.read(page(panel('Jordan Avery', rows)), at(`/i/chat/${PAIR}`))?.lastMessageMine()).toBe(true);
  });

  it('screens that are not a conversation read nothing', () => {
    for (const path of ['/i/chat', '/i/chat/requests', '/i/chat/new', '/messages/compose', '/home']) {
      expect(x.read(page(panel('Jordan Avery', row(true))), at(path))).toBeNull();
    }
  });
});

describe('X direct messages (older /messages UI)', () => {
  const legacy = (heading: string, cells: [boolean, number][]) =>
    `<div role="tablist"><div data-testid="conversation"><span data-testid="DMGroupConversationTitle">Some group</span></div></div>
     <section role="region" aria-labelledby="detail-header">
       <div><h2 id="detail-header" role="heading">${heading}</h2></div>
       <div data-testid="DmActivityContainer"><div data-testid="DmScrollerContainer">${cells
         .map(
           ([own, y]) =>
             `<div data-testid="cellInnerDiv" style="transform: translateY(${y}px)"><div data-testid="messageEntry" class="${own ? 'own' : 'theirs'}"><span>m</span></div></div>`,
         )
         .join('')}</div></div>
       <aside><div data-testid="dmComposerTextInput" contenteditable="true" role="textbox" aria-label="Escribe un mensaje"></div><button data-testid="dmComposerSendButton">➤</button></aside>
     </section>
     <style>.own { display: flex; flex-direction: column; align-items: flex-end; } .theirs { display: flex; flex-direction: column; align-items: flex-start; }</style>`;

  it('the heading’s name without its @handle; a group title in the chat list does not make this chat a group', () => {
    const thread = x.read(
      page(legacy('<span><span>Jordan Avery</span></span><span>@jordan_avery</span>', [[false, 0]])),
      at(`/messages/${PAIR}`),
    );
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(thread?.composer()?.getAttribute('data-testid')).toBe('dmComposerTextInput');
    expect(thread?.sendButton()?.getAttribute('data-testid')).toBe('dmComposerSendButton');
  });

  it('a group by its single-number id or its heading’s group title', () => {
    expect(x.read(page(legacy('<span>Book club</span>', [])), at('/messages/1700000000000000042'))?.kind).toBe('group');
    const titled = legacy('<span data-testid="DMGroupConversationTitle"><span>Book club</span></span>', []);
    expect(x.read(page(titled), at(`/messages/${PAIR}`))).toMatchObject({ title: 'Book club', kind: 'group' });
  });

  it('the newest message is the lowest virtualised cell, whatever the DOM order', () => {
    const thread = x.read(
      page(
        legacy('<span>Jordan Avery</span>', [
          [true, 120],
          [false, 0],
          [false, 60],
        ]),
      ),
      at(`/messages/${PAIR}`),
    );
    expect(thread?.lastMessageMine()).toBe(true);
  });
});
