// @vitest-environment happy-dom
/**
 * LinkedIn messaging markup after a real saved bubble (Spanish UI, 2023) and a
 * real outline of a full-page thread (2026): the open conversation's title,
 * kind with its evidence, composer, send control and whose message is newest,
 * read from msg-* classes and profile links, never from labels.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedin } from '@/lib/sites/linkedin';

const url = new URL('https://www.linkedin.com/mynetwork/');
const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const read = (html: string) => linkedin.read(page(html), url);

/** One message event: the sender's /in/ link and name, --other on the other people's. */
const event = (profile: string, name: string, other: boolean) =>
  `<li class="msg-s-message-list__event clearfix"><span class="msg-s-event-listitem--group-a11y-heading visually-hidden">${name} ha enviado los siguientes mensajes a las 14:44</span>
     <div class="msg-s-event-listitem msg-s-event-listitem--last-in-group${other ? ' msg-s-event-listitem--other' : ''}" data-event-urn="urn:li:msg_message:x">
       <a class="ember-view msg-s-event-listitem__link" href="https://www.linkedin.com/in/${profile}"><span class="a11y-text">Ver el perfil</span></a>
       <div class="msg-s-message-group__meta"><span class="msg-s-message-group__name">${name}</span></div>
       <div class="msg-s-event-listitem__message-bubble"><p class="msg-s-event-listitem__body">hola</p></div></div></li>`;
const form = `<form class=" msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Escribe un mensaje…"><p><br></p></div>
  <footer class="msg-form__footer"><button class="msg-form__send-button artdeco-button" disabled type="submit">Enviar</button></footer></form>`;
/** A docked bubble as the 2023 capture draws it: avatar, h2 > a > span name, status line, hidden labels. */
const bubble = (head: string, events: string, classes = 'msg-overlay-conversation-bubble--is-active') =>
  `<div class="msg-convo-wrapper msg-overlay-conversation-bubble ${classes}" role="dialog" aria-label="Mensajes" tabindex="-1">
     <header class="msg-overlay-bubble-header msg-overlay-conversation-bubble-header">${head}
       <button class="msg-thread-actions__control"><span class="visually-hidden">Abre la lista de opciones en tu conversación con Casey Morgan y Jordan Avery</span></button></header>
     <div class="msg-overlay-conversation-bubble__content-wrapper"><div class="msg-s-message-list-container"><div class="msg-s-message-list">
       <ul class="msg-s-message-list-content"><li class="msg-s-message-list__top-of-list"></li>${events}<li class="msg-s-message-list__typing-indicator-container--without-seen-receipt"></li></ul></div></div>${form}</div>
   </div>`;
const oneToOne = (name: string, profile: string) =>
  `<div class="presence-entity presence-entity--size-1"><img alt="${name}"><div class="presence-indicator"><span class="visually-hidden">Estado: con conexión</span></div></div>
   <div class="pl2"><h2 class="msg-overlay-bubble-header__title"><a href="/in/${profile}/"><span class="hoverable-link-text">${name}</span></a></h2><div class="pl1 truncate">Activo ahora</div></div>`;
const overlay = (...bubbles: string[]) => `<aside id="msg-overlay" class="msg-overlay-container">${bubbles.join('')}</aside>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('LinkedIn docked bubbles (structure of the 2023 Spanish capture)', () => {
  it('one-to-one: the name without the status line or hidden labels, one profile in the header, newest message by --other', () => {
    const thread = read(
      overlay(
        bubble(
          oneToOne('Jordan Avery', 'ACoAAB1xYk0'),
          event('ACoAAB1xYk0', 'Jordan Avery', true) + event('ACoAAF2kQ9s', 'Casey Morgan', false),
        ),
      ),
    );
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'header links one profile' });
    expect(thread?.lastMessageMine()).toBe(true);
    expect(thread?.composer()?.getAttribute('aria-label')).toBe('Escribe un mensaje…');
    expect(thread?.sendButton()?.textContent).toBe('Enviar');
  });

  it('a group: the facepile, two profiles in the header, or two other senders', () => {
    const facepile =
      '<div class="msg-facepile-grid msg-facepile-grid--group-size-2"><img alt=""><img alt=""></div><h2 class="msg-overlay-bubble-header__title"><span>Cumpleaños 🎂</span></h2>';
    expect(read(overlay(bubble(facepile, '')))).toMatchObject({ title: 'Cumpleaños 🎂', kind: 'group', evidence: 'group facepile' });
    // A group whose only member left is the person: LinkedIn's template draws the group icon instead of faces.
    const alone =
      '<div class="msg-facepile-grid msg-facepile-grid--no-facepile"><div class="msg-facepile-grid__img msg-facepile-grid__group-chat-icon"></div></div><h2 class="msg-overlay-bubble-header__title"><span>Solo yo</span></h2>';
    expect(read(overlay(bubble(alone, '')))).toMatchObject({ title: 'Solo yo', kind: 'group' });
    const twoLinks = '<h2 class="msg-overlay-bubble-header__title"><a href="/in/a/">Ana</a>, <a href="/in/b/">Bea</a></h2>';
    expect(read(overlay(bubble(twoLinks, '')))?.kind).toBe('group');
    const plain = '<h2 class="msg-overlay-bubble-header__title"><span>Ana, Bea</span></h2>';
    expect(read(overlay(bubble(plain, event('a', 'Ana', true) + event('b', 'Bea', true))))).toMatchObject({
      kind: 'group',
      evidence: '2 other senders',
    });
  });

  it('a header without any profile or facepile is unknown, not guessed a group; the one-to-one card says direct', () => {
    const plain = '<h2 class="msg-overlay-bubble-header__title"><span>Jordan Avery</span></h2>';
    expect(read(overlay(bubble(plain, event('a', 'Jordan Avery', true))))).toMatchObject({ kind: 'unknown', evidence: 'one other sender' });
    const card =
      '<li><div class="msg-s-profile-card msg-s-profile-card-one-to-one"><a href="https://www.linkedin.com/in/a">Jordan Avery</a></div></li>';
    expect(read(overlay(bubble(plain, card)))).toMatchObject({ kind: 'direct', evidence: 'one-to-one profile card' });
  });

  it('InMail from a page links the company: direct', () => {
    const company = '<h2 class="msg-overlay-bubble-header__title"><a href="/company/northwind/">Northwind</a></h2>';
    expect(read(overlay(bubble(company, '')))).toMatchObject({ title: 'Northwind', kind: 'direct' });
  });

  it('which bubble is open: the focused one, else the active one; minimized ones never', () => {
    const jordan = bubble(oneToOne('Jordan Avery', 'j'), '', 'msg-overlay-conversation-bubble--default-inactive');
    const sam = bubble(oneToOne('Sam Rivera', 's'), '', 'msg-overlay-conversation-bubble--is-active');
    const doc = page(overlay(jordan, sam));
    expect(linkedin.read(doc, url)?.title).toBe('Sam Rivera');
    doc.querySelectorAll<HTMLElement>('.msg-form__contenteditable')[0]!.focus();
    expect(linkedin.read(doc, url)?.title).toBe('Jordan Avery');
    const minimized = bubble(
      oneToOne('Sam Rivera', 's'),
      '',
      'msg-overlay-conversation-bubble--is-active msg-overlay-conversation-bubble--is-minimized',
    );
    expect(read(overlay(minimized))).toBeNull();
  });

  it('a new-message bubble picking recipients is no conversation yet', () => {
    expect(
      read(
        overlay(
          bubble(
            '<input role="combobox" aria-label="Escribe un nombre"><h2 class="msg-overlay-bubble-header__title">Nuevo mensaje</h2>',
            '',
          ),
        ),
      ),
    ).toBeNull();
  });

  it('bubbles inside the interop shadow root of React pages are read too', () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = overlay(bubble(oneToOne('Jordan Avery', 'j'), event('j', 'Jordan Avery', true)));
    expect(linkedin.read(document, url)).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
  });
});

describe('LinkedIn full-page thread (structure of the 2026 outline)', () => {
  const thread = (titleBar: string, events: string) =>
    `<main id="main" class="scaffold-layout__list-detail msg__list-detail"><div class="scaffold-layout__detail msg__detail">
       <div class="msg-convo-wrapper msg-thread msg-thread--pillar"><div>
         <div id="thread-detail-jump-target" class="msg-title-bar global-title-container shared-title-bar">${titleBar}</div>
         <div class="msg-s-message-list-container"><div class="msg-s-message-list"><ul class="msg-s-message-list-content">${events}</ul></div></div>${form}</div></div>
     </div></main>`;
  const lockup = (name: string) =>
    `<div class="msg-entity-lockup"><dl><dt class="msg-entity-lockup__entity-title-wrapper"><h2 class="msg-entity-lockup__entity-title">${name}</h2></dt>
       <dd class="msg-entity-lockup__entity-info"><span class="visually-hidden">Status is reachable</span>Product Designer</dd></dl></div>`;

  it('one-to-one: the entity title, the header’s link to the profile', () => {
    const doc = thread(
      `<a class="msg-thread__link-to-profile" href="https://www.linkedin.com/in/jordan-avery-4b2a1c">${lockup('Jordan Avery')}</a>`,
      event('jordan-avery-4b2a1c', 'Jordan Avery', true),
    );
    const read1 = linkedin.read(page(doc), new URL('https://www.linkedin.com/messaging/thread/2-abc/'));
    expect(read1).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(read1?.lastMessageMine()).toBe(false);
  });

  it('a group thread shows a facepile in the header or in the selected list row', () => {
    const row =
      '<div class="msg-conversations-container__convo-item-link msg-conversations-container__convo-item-link--active"><div class="msg-facepile-grid msg-facepile-grid--group-size-2"></div></div>';
    const doc = row + thread(lockup('Book club'), event('a', 'Ana', true));
    expect(linkedin.read(page(doc), new URL('https://www.linkedin.com/messaging/thread/2-abc/'))).toMatchObject({
      title: 'Book club',
      kind: 'group',
    });
  });
});
