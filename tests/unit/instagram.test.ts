// @vitest-environment happy-dom
/**
 * Instagram Direct: small pages written like tests/fixtures/instagram (from descriptions of the
 * live DOM; no saved Instagram thread was found, see docs/adapters-meta.md). The adapter must read
 * them with and without the English labels.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { instagram } from '@/lib/sites/instagram';

const url = new URL('https://www.instagram.com/direct/t/340282366841710300949128171234567890/');
const read = (html: string) => {
  document.body.innerHTML = html;
  return instagram.read(document, url);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Instagram's page: the inbox beside a thread column with a header, the messages and the composer bar. */
const page = ({
  header,
  rows = '',
  list = '',
  scroll = '',
  bar,
}: {
  header: string;
  rows?: string;
  list?: string;
  scroll?: string;
  bar?: string;
}) => `
  <div id="mount_0_0_Ig"><main role="main">
    <div><h1>Messages</h1><div role="list"><div role="listitem"><div role="button"><span dir="auto" title="Sam Rivera">Sam Rivera</span></div></div></div></div>
    <div class="column">
      <div class="thread-head">${header}<div role="button"><svg aria-label="Audio call"></svg></div></div>
      <div ${scroll}><div ${list}>${rows}</div></div>
      ${
        bar ??
        `<div class="bar"><div role="button"><svg aria-label="Choose an emoji"></svg></div>
        <div contenteditable="true" role="textbox" aria-label="Message" data-lexical-editor="true"><p><br></p></div>
        <div><div role="button" id="voice"></div><div role="button" id="like"><svg aria-label="Like"></svg></div></div></div>`
      }
    </div>
  </main></div>`;
const person = (label = 'Open the profile page of jordan.avery') =>
  `<a href="/jordan.avery/" role="link" aria-label="${label}"><span><img alt="" src="x"></span><div><h2 dir="auto"><span>Jordan Avery</span></h2><span>jordan.avery</span></div></a>`;
const group = `<div role="button" tabindex="0"><span><img alt="" src="x"><img alt="" src="x"></span><div><h2 dir="auto"><span>Book club</span></h2><span>Sam, Alex</span></div></div>`;
const row = (sender: string, text: string, them = '') =>
  `<div><h5><span>${sender}</span></h5>${them ? `<a href="/${them}/" role="link"><img alt="${them}" src="x"></a>` : ''}<div role="none"><div role="presentation"><div dir="auto">${text}</div></div></div></div>`;

describe('Instagram Direct', () => {
  it('a one-to-one thread: the h2 in the link to the person’s profile, with the English labels', () => {
    const chat = read(
      page({
        header: person(),
        scroll: 'aria-label="Conversation with Jordan Avery"',
        list: 'aria-label="Messages in conversation with Jordan Avery"',
        rows: row('Jordan Avery', 'hey', 'jordan.avery'),
      }),
    );
    expect(chat).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'header links to a profile' });
  });

  it('without any English label: the column around the composer, the header link still says one-to-one', () => {
    const chat = read(
      page({
        header: person('Abrir la página de perfil de jordan.avery'),
        rows: row('Jordan Avery', 'hola', 'jordan.avery') + row('Enviaste', 'hey'),
      }),
    );
    expect(chat).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(chat?.lastMessageMine()).toBe(true);
  });

  it('a group: two members’ photos around the title, with or without the English label', () => {
    expect(read(page({ header: group }))).toMatchObject({ title: 'Book club', kind: 'group', evidence: 'several photos by the title' });
    const labelled = group.replace('role="button"', 'role="button" aria-label="Open the details pane of the chat"');
    expect(read(page({ header: labelled }))?.kind).toBe('group');
  });

  it('the send control: the "Send" text button once there is a draft, else the composer bar’s last control (the heart)', () => {
    expect(read(page({ header: person() }))?.sendButton()?.id).toBe('like');
    const bar = `<div class="bar"><div contenteditable="true" role="textbox"><p>hi</p></div><div><div role="button" id="send">Send</div></div></div>`;
    expect(read(page({ header: person(), bar }))?.sendButton()?.id).toBe('send');
    expect(read(page({ header: person(), bar: bar.replace('>Send<', '>Enviar<') }))?.sendButton()?.id).toBe('send');
  });

  it('whose message is newest: a heading naming the other person is theirs', () => {
    expect(
      read(page({ header: person(), rows: row('Enviaste', 'hey') + row('Jordan Avery', 'hola', 'jordan.avery') }))?.lastMessageMine(),
    ).toBe(false);
  });

  it('is only the messenger under /direct, and finds nothing without a thread open', () => {
    expect(instagram.isMessengerUrl!(new URL('https://www.instagram.com/p/abc/'))).toBe(false);
    expect(instagram.isMessengerUrl!(new URL('https://www.instagram.com/direct/inbox/'))).toBe(true);
    expect(read('<main role="main"><div><h2>Your messages</h2><div role="button">Send message</div></div></main>')).toBeNull();
  });
});
