// @vitest-environment happy-dom
/** WhatsApp markup seen in other builds than the fixture's: the adapter reads them all. */
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsapp } from '@/lib/sites/whatsapp';

const url = new URL('https://web.whatsapp.com/');
const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('WhatsApp Web variants', () => {
  it('title only as text in a dir=auto span (no title attribute)', () => {
    const doc = page('<div id="main"><header><div><span dir="auto">Jordan Avery</span></div><div><span>online</span></div></header></div>');
    expect(whatsapp.read(doc, url)).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
  });

  it('older builds: data-testid title, compose box and send button', () => {
    const doc = page(`<div id="main"><header data-testid="conversation-header"><span data-testid="conversation-info-header-chat-title">Jordan Avery</span></header>
      <footer><div contenteditable="true" data-testid="conversation-compose-box-input"></div><button data-testid="compose-btn-send"><span data-icon="send"></span></button></footer></div>`);
    expect(whatsapp.read(doc, url)?.title).toBe('Jordan Avery');
    expect(whatsapp.read(doc, url)?.composer()?.getAttribute('data-testid')).toBe('conversation-compose-box-input');
    expect(whatsapp.read(doc, url)?.sendButton()?.tagName).toBe('BUTTON');
  });

  it('a layout without a footer still finds the composer and the send control', () => {
    const doc = page(`<div id="main"><header><span title="Jordan Avery">Jordan Avery</span></header>
      <div class="compose"><div contenteditable="true" role="textbox" aria-label="Type a message"></div>
      <div role="button" aria-label="Send"><span data-icon="wds-ic-send-filled"></span></div></div></div>`);
    expect(whatsapp.read(doc, url)?.composer()?.getAttribute('aria-label')).toBe('Type a message');
    expect(whatsapp.read(doc, url)?.sendButton()?.getAttribute('aria-label')).toBe('Send');
  });

  it('groups by chat id, by default group avatar; channels by newsletter id', () => {
    const rows = (id: string) => `<div role="application"><div role="row"><div data-id="false_${id}_ABC"><div class="message-in">hi</div></div></div></div>`;
    expect(whatsapp.read(page(`<div id="main"><header><span title="Family">Family</span></header>${rows('1203@g.us')}</div>`), url)?.kind).toBe('group');
    expect(whatsapp.read(page(`<div id="main"><header><span data-icon="default-group"></span><span title="Family">Family</span></header></div>`), url)?.kind).toBe('group');
    expect(whatsapp.read(page(`<div id="main"><header><span title="News">News</span></header>${rows('1203@newsletter')}</div>`), url)?.kind).toBe('channel');
  });

  it('whose message is newest, even behind a trailing non-message row', () => {
    const doc = page(`<div id="main"><header><span title="Jordan Avery">Jordan Avery</span></header><div role="application">
      <div role="row"><div data-id="false_1@c.us_A"><div class="message-in">hi</div></div></div>
      <div role="row"><div data-id="true_1@c.us_B"><div class="message-out">hey</div></div></div>
      <div role="row"><span>typing…</span></div></div></div>`);
    expect(whatsapp.read(doc, url)?.lastMessageMine()).toBe(true);
  });
});
