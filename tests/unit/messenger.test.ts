// @vitest-environment happy-dom
/**
 * Messenger (messenger.com) and Messenger in facebook.com/messages: small pages written like the
 * real ones (docs/adapters-meta.md lists the captures each follows), one per layout and per
 * cause fixed: a one-to-one thread read as a group because the English labels were missing (the
 * 2024 header is an h1 inside the profile link), the classic 2016–2020 layouts not read at all.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { facebook } from '@/lib/sites/facebook';
import { messenger } from '@/lib/sites/messenger';
import type { SiteAdapter } from '@/lib/sites/types';

const IMG = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const thread = new URL('https://www.messenger.com/t/100009812345601/');
const read = (html: string, site: SiteAdapter = messenger, url = thread) => {
  document.body.innerHTML = html;
  return site.read(document, url);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A Comet (2023–24) row: the sender heading, the sender's photo for others, the bubble. */
const cometRow = (sender: string, text: string, photo = '') => `
  <div role="row"><div data-scope="messages_table" role="gridcell" tabindex="0">
    <div role="none"><h4 dir="auto"><span>${sender}</span></h4></div>
    <div role="none">${photo ? `<div aria-hidden="true"><span><img alt="${photo}" src="${IMG}"></span></div>` : ''}
      <div role="presentation"><span dir="auto"><div dir="auto">${text}</div></span></div></div>
  </div></div>`;
const seenHead = (alt: string, src = IMG) =>
  `<div role="row"><div data-scope="messages_table" role="gridcell"><span><img alt="${alt}" height="14px" width="14px" src="${src}"></span></div></div>`;

/** A Comet (2023–24) pane: `label` on the pane, a header, the list, the composer bar. */
const cometPane = ({ label = '', header, rows, bar = '' }: { label?: string; header: string; rows: string; bar?: string }) => `
  <div id="mount_0_0_Ab"><div role="navigation"><div role="grid"><div role="row"><a href="https://www.messenger.com/t/1/" role="link"><span dir="auto"><span>Sam Rivera</span></span></a></div></div></div>
  <div data-pagelet="MWInboxDetail"><div role="main" aria-label="${label}">
    <div>${header}<div role="button" aria-label="x"></div></div>
    <div tabindex="-1"><div role="grid" aria-label="${label}">${rows}</div></div>
    ${bar}
  </div></div></div>`;

const personHeader = (name: string, status = 'សកម្ម 2 ម៉ោង មុន', label = name) => `
  <a aria-label="${label}" href="https://www.facebook.com/100009812345601/" role="link">
    <div data-visualcompletion="ignore-dynamic"><div role="img"><img alt="" src="${IMG}"></div></div>
    <div><h1 dir="auto"><span dir="auto"><span><span>${name}</span></span></span></h1>
      <span dir="auto"><span>${status}</span></span></div></a>`;

describe('Messenger, Comet layout (2020–2024), any language', () => {
  it('a one-to-one thread with Khmer labels: the h1 in the profile link is the title, the status line is not, and it is direct', () => {
    const chat = read(
      cometPane({
        label: 'ការសន្ទនាជាមួយ Jordan Avery',
        header: personHeader('Jordan Avery'),
        rows: cometRow('Jordan', 'hey', 'Jordan Avery') + cometRow('អ្នកបានផ្ញើ', 'hi'),
      }),
    );
    expect(chat).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'header links to a profile' });
  });

  it('the 2021 header: the name is a profile link inside an h2', () => {
    const header = `<div><div role="img"><img alt="Jordan Avery" src="${IMG}"></div><h2 dir="auto"><span dir="auto"><span><a href="https://www.facebook.com/100009812345601/" role="link">Jordan Avery</a></span></span></h2>
      <span dir="auto"><span>Hoạt động 2 giờ trước</span></span></div>`;
    expect(
      read(cometPane({ label: 'Cuộc trò chuyện với Jordan Avery ', header, rows: cometRow('Jordan', 'hey', 'Jordan Avery') })),
    ).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
  });

  it('an emoji in the name is read by its alt, and does not count as a second photo', () => {
    const header = personHeader('Jordan <img alt="✨" height="16" width="16" src="x.png">', 'Active now', 'Jordan ✨');
    expect(read(cometPane({ header, rows: cometRow('Jordan', 'hey', 'Jordan ✨') }))).toMatchObject({ title: 'Jordan ✨', kind: 'direct' });
  });

  it('a group without a photo of its own: two members’ photos by the title', () => {
    const header = `<div aria-label="x" role="button" tabindex="0"><div><img alt="" src="${IMG}"><img alt="" src="${IMG}"></div>
      <h1 dir="auto"><span dir="auto"><span>Louise, Neil</span></span></h1></div>`;
    expect(read(cometPane({ header, rows: cometRow('អ្នកបានផ្ញើ', 'hi') }))).toMatchObject({
      title: 'Louise, Neil',
      kind: 'group',
      evidence: 'several photos by the title',
    });
  });

  it('a named group: two other people write (photo and heading agree), whatever the language', () => {
    const header = `<div role="button"><img alt="" src="${IMG}"><h1 dir="auto"><span>Book club</span></h1></div>`;
    const rows = cometRow('Sam', 'hi', 'Sam Rivera') + cometRow('Alex', 'hello', 'Alex Kim') + cometRow('អ្នកបានផ្ញើ', 'yo');
    expect(read(cometPane({ header, rows }))).toMatchObject({ kind: 'group', evidence: '2 other senders' });
  });

  it('a group whose photos carry no names (2020): several “seen by” heads', () => {
    const header = `<div><img alt="Book club" src="${IMG}"></div><div><span dir="auto"><span>Book club</span></span></div>`;
    const rows =
      cometRow('You sent', 'yo') + seenHead('Seen by April', 'april.jpg') + seenHead('Seen by Princess at 6:05 AM', 'princess.jpg');
    expect(read(cometPane({ header, rows }))).toMatchObject({ title: 'Book club', kind: 'group', evidence: 'seen by 2 people' });
  });

  it('a one-to-one thread stays direct with photos, stickers and its one reader’s heads (one photo, or two wordings)', () => {
    const rows = (heads: string) =>
      cometRow('Jordan', '<a href="/photo"><img alt="Open photo" src="x"></a><img alt="Thumbs up sticker" src="x">', 'Jordan Avery') +
      cometRow('You sent', 'ok') +
      heads;
    const header = personHeader('Jordan Avery');
    expect(
      read(cometPane({ header, rows: rows(seenHead('Seen by Jordan', 'j.jpg') + seenHead('Seen by Jordan Avery at 6:01 PM', 'j.jpg')) }))
        ?.kind,
    ).toBe('direct');
    expect(
      read(cometPane({ header, rows: rows(seenHead('Seen by Jordan Avery', '') + seenHead('Seen by Jordan Avery at 6:01 PM', '')) }))?.kind,
    ).toBe('direct');
  });

  it('says unknown, never a guess, when the page does not say', () => {
    // No profile link (a Messenger-only account) and one writer: nothing tells.
    const header = `<div><img alt="" src="${IMG}"><h1 dir="auto"><span>Jordan Avery</span></h1></div>`;
    expect(read(cometPane({ header, rows: cometRow('Jordan', 'hey', 'Jordan Avery') }))).toMatchObject({
      kind: 'unknown',
      evidence: 'none',
    });
    // "Conversation with <one name>" is also a group down to one other member.
    expect(read(cometPane({ label: 'Conversation with Jordan Avery', header, rows: '' }))).toMatchObject({
      kind: 'unknown',
      evidence: 'pane label names one person',
    });
  });

  it('English labels still count: "titled" and a member list mean a group', () => {
    const header = `<div><h1>Book club</h1></div>`;
    expect(read(cometPane({ label: 'Conversation titled Book club', header, rows: '' }))?.kind).toBe('group');
    expect(read(cometPane({ label: 'Conversation with Louise and Neil', header: '<h1>Louise, Neil</h1>', rows: '' }))?.kind).toBe('group');
  });

  it('whose message is newest, from the sender headings in any language', () => {
    const page = (rows: string) => read(cometPane({ header: personHeader('Bình Sota'), rows }))?.lastMessageMine();
    expect(page(cometRow('Bạn đã gửi', 'a') + cometRow('Bình', 'b', 'Bình Sota'))).toBe(false);
    expect(page(cometRow('Bình', 'b', 'Bình Sota') + cometRow('Bạn đã gửi', 'a'))).toBe(true);
    // Replies: "Bình replied to you" is theirs, "You replied to Bình" the person's own.
    expect(page(cometRow('Bạn đã gửi', 'a') + cometRow('Bình đã trả lời bạn', 'b'))).toBe(false);
    expect(page(cometRow('Bình', 'b') + cometRow('Bạn đã trả lời Bình', 'a'))).toBe(true);
    // 2024 rows after a block's first open with a plain span instead of an h4.
    const spanRow = `<div role="row"><div data-scope="messages_table" role="gridcell"><span>អ្នកបានផ្ញើ</span><div dir="auto">c</div></div></div>`;
    expect(page(cometRow('Bình', 'b', 'Bình Sota') + spanRow)).toBe(true);
    expect(page(seenHead('x'))).toBeNull();
  });

  it('the composer and the send control without English names: the composer bar’s last button', () => {
    const bar = `<div><span><div aria-label="បើក​ជម្រើស​ច្រើនទៀត" role="button"></div></span>
      <div><div><div aria-label="សារ" contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div>
      <span><div aria-label="ជ្រើសរើសសញ្ញាអារម្មណ៍មួយ" role="button"></div></span></div>
      <span><div aria-label="ផ្ញើ​ការពេញចិត្ត" role="button" id="like"></div></span></div>`;
    const chat = read(cometPane({ header: personHeader('Jordan Avery'), rows: cometRow('Jordan', 'hey'), bar }));
    expect(chat?.composer()?.getAttribute('aria-label')).toBe('សារ');
    expect(chat?.sendButton()?.id).toBe('like');
  });

  it('the 2020 pane with an empty label is found by its message list', () => {
    const html = `<div role="main" aria-label=""><div><span dir="auto"><span>Jordan Avery</span></span></div><div role="grid">${cometRow('Jordan', 'hey')}</div></div>`;
    expect(read(html)?.title).toBe('Jordan Avery');
    expect(read('<div role="main"><div>Select a chat</div></div>')).toBeNull();
  });
});

/** The classic React client (2016–2020): a pane labelled by its title heading. */
const classicPane = ({
  title,
  info,
  blocks,
  status = 'Active 4m ago',
}: {
  title: string;
  info: string;
  blocks: string;
  status?: string;
}) => `
  <div aria-labelledby="js_2 js_5" role="main">
    <div class="hidden_elem" id="js_2">Conversation with</div>
    <span><div><div><h2 id="js_5"><span>${title}</span></h2><div>${status}</div></div></div></span>
    <div><div data-testid="info_panel">${info}</div>
      <div role="presentation"><div aria-label="Messages" role="region"><h3>Messages</h3><h4><time>Today 6:00pm</time></h4>${blocks}</div>
        <div aria-label="New message" role="region"><div aria-label="Type a message..." contenteditable="true" role="combobox"><div data-contents="true"><br></div></div>
          <ul><li><a role="button" href="#"></a></li></ul><a aria-label="Send a Like" role="button" title="Send a Like" href="#" id="like"></a></div></div></div>
  </div>`;
/** A block of one sender's messages: their photo (not the person's own), an h5 with the first name. */
const classicBlock = (first: string, text: string, photo = '') => `
  <div><div class="_1t_p">${photo ? `<div class="_1t_q"><div data-tooltip-content="${photo}" role="button"><img alt="${photo}" src="${IMG}" height="32" width="32"></div></div>` : ''}
    <div class="_41ud"><h5 aria-label="${first}">${first}</h5><div><div><div aria-label="${text}" tabindex="0"><span>${text}</span></div></div></div></div></div></div>`;
const profileInfo = (name: string, user: string) =>
  `<div><span><span><a href="https://www.facebook.com/${user}">${name}</a></span></span></div>`;

describe('Messenger, classic layout (2016–2020)', () => {
  it('reads the title from the heading the pane is labelled by, and a one-to-one thread from the profile link in the info panel', () => {
    const chat = read(
      classicPane({
        title: 'Jordan Avery',
        info: profileInfo('Jordan Avery', 'jordan.avery.77'),
        blocks: classicBlock('Jordan', 'hey', 'Jordan Avery') + classicBlock('Riley', 'hi'),
      }),
    );
    expect(chat).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'header links to a profile' });
    expect(chat?.lastMessageMine()).toBe(true);
    expect(chat?.composer()?.getAttribute('role')).toBe('combobox');
    expect(chat?.sendButton()?.id).toBe('like');
  });

  it('a group: two other people’s photos and names', () => {
    const blocks = classicBlock('Sam', 'hi', 'Sam Rivera') + classicBlock('Alex', 'yo', 'Alex Kim');
    const chat = read(classicPane({ title: 'Sam Rivera, Alex Kim', info: '<ul><li><a href="#">Sam Rivera</a></li></ul>', blocks }));
    expect(chat).toMatchObject({ kind: 'group', evidence: '2 other senders' });
  });

  it('facebook.com 2017: the thread pane inside the page’s own role=main, a "Facebook Profile" link', () => {
    const html = `<div id="content" role="main"><div role="navigation"><ul role="grid"><li role="row"><a data-href="https://www.facebook.com/messages/t/sam.rivera.52"><span>Sam Rivera</span></a></li></ul></div>
      ${classicPane({ title: 'Jordan Avery', info: '<h4>Facebook Profile</h4><a href="https://www.facebook.com/jordan.avery.77">https://facebook.com/jordan.avery.77</a>', blocks: classicBlock('Jordan', 'hey', 'Jordan Avery') })}</div>`;
    const url = new URL('https://www.facebook.com/messages/t/jordan.avery.77');
    expect(facebook.isMessengerUrl!(url)).toBe(true);
    const chat = read(html, facebook, url);
    expect(chat).toMatchObject({ title: 'Jordan Avery', kind: 'direct' });
    expect(chat?.lastMessageMine()).toBe(false);
  });
});

describe('Messenger on facebook.com', () => {
  it('skips a minimised chat tab’s hidden pane and reads the page’s thread', () => {
    const html = `<div aria-label="Chat tabs"><div hidden><div role="main" aria-label="Conversation with Sam Rivera"><h1>Sam Rivera</h1><div contenteditable="true" role="textbox"></div></div></div></div>
      ${cometPane({ header: personHeader('Jordan Avery'), rows: cometRow('Jordan', 'hey') })}`;
    expect(read(html, facebook, new URL('https://www.facebook.com/messages/t/1/'))?.title).toBe('Jordan Avery');
  });

  it('is only the messenger under /messages', () => {
    expect(facebook.isMessengerUrl!(new URL('https://www.facebook.com/'))).toBe(false);
    expect(facebook.isMessengerUrl!(new URL('https://www.facebook.com/messagesfan'))).toBe(false);
    expect(facebook.isMessengerUrl!(new URL('https://www.facebook.com/messages/e2ee/t/1/'))).toBe(true);
  });
});
