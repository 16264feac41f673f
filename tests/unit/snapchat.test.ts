// @vitest-environment happy-dom
/**
 * Snapchat for web markup as public tools that drive the live page record it:
 * the conversation id in the URL names the list row (#title-<id>) and the
 * message list (#cv-<id>); sender blocks carry a <header> with the name; the
 * person's own messages are drawn in Snapchat red. Name tags are translated,
 * so the adapter tells the person's own messages by colour, never by "Me".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { snapchat } from '@/lib/sites/snapchat';

const ID = '3f1c9a2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b';
const OTHER = 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a';
const RED = 'rgb(242, 60, 87)';
const BLUE = 'rgb(14, 173, 255)';
const url = (id = ID, host = 'https://www.snapchat.com/web/') => new URL(`${host}${id}`);

/** A sender block: header with the name tag and a time, then the bubble with its inline border colour. */
const block = (name: string, colour: string, text = 'hi') =>
  `<li class="T1yt2"><ul><li><header class="R1ne3" style="color: ${colour};"><span class="nonIntl">${name}</span><time>14:08</time></header>
     <div class="cUdSa"><div class="KB4Aq" style="border-color: ${colour};"><span class="ogn1z">${text}</span></div></div></li></ul></li>`;
const conversation = (id: string, blocks: string, hidden = false) =>
  `<div class="NvRM8"${hidden ? ' style="display: none"' : ''}>
     <div class="jHOuY" id="cv-${id}"><ul><li class="T1yt2"><time><span>Today</span></time></li>${blocks}</ul></div>
     <form><div role="textbox" contenteditable="true" data-conversation="${id}"></div><button type="submit">➤</button></form>
   </div>`;
const row = (id: string, name: string) =>
  `<div role="listitem"><div role="button"><span id="title-${id}"><span class="FiLwP nonIntl">${name}</span></span></div></div>`;
const page = (html: string) => {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Snapchat for web', () => {
  it('one-to-one: the title from the URL’s list row, the only other sender is that person', () => {
    const doc = page(row(ID, 'Jordan Avery') + conversation(ID, block('Jordan Avery', BLUE) + block('Me', RED)));
    const thread = snapchat.read(doc, url());
    expect(thread).toMatchObject({ title: 'Jordan Avery', kind: 'direct', evidence: 'the only other sender is the chat title' });
    expect(thread?.lastMessageMine()).toBe(true);
    expect(thread?.composer()?.getAttribute('data-conversation')).toBe(ID);
    expect(thread?.sendButton()?.tagName).toBe('BUTTON');
  });

  it('a French UI: the person’s own tag "Moi" is told by its colour', () => {
    const doc = page(row(ID, 'Jordan Avery') + conversation(ID, block('Moi', RED) + block('Jordan Avery', BLUE)));
    const thread = snapchat.read(doc, url());
    expect(thread?.kind).toBe('direct');
    expect(thread?.lastMessageMine()).toBe(false);
  });

  it('a group: several senders other than the chat title, or one once the person’s own messages are told apart', () => {
    const three = block('Sam Rivera', BLUE) + block('Alex Kim', 'rgb(46, 177, 87)') + block('Me', RED);
    expect(snapchat.read(page(row(ID, 'Cake crew') + conversation(ID, three)), url())).toMatchObject({
      kind: 'group',
      evidence: '2 senders other than the chat title',
    });
    expect(snapchat.read(page(row(ID, 'Cake crew') + conversation(ID, block('Sam Rivera', BLUE) + block('我', RED))), url())?.kind).toBe(
      'group',
    );
  });

  it('unsure stays unknown: one other name while the own messages are not told apart, or only own messages', () => {
    const uncoloured = (name: string) => block(name, 'inherit');
    expect(
      snapchat.read(page(row(ID, 'Jordan Avery') + conversation(ID, uncoloured('Jordan Avery') + uncoloured('Moi'))), url()),
    ).toMatchObject({
      kind: 'unknown',
      evidence: 'one other sender, own messages not told apart',
    });
    expect(snapchat.read(page(row(ID, 'Jordan Avery') + conversation(ID, block('Me', RED))), url())).toMatchObject({
      kind: 'unknown',
      evidence: 'no messages from others',
    });
  });

  it('whose message is newest falls back to the computed colour when it is not inline', () => {
    const doc = page(`<style>.mine { border-left: 2px solid rgb(242, 60, 87); }</style>${row(ID, 'Jordan Avery')}
      ${conversation(ID, `<li class="T1yt2"><ul><li><header><span class="nonIntl">Ich</span></header><div class="KB4Aq mine"><span>x</span></div></li></ul></li>`)}`);
    expect(snapchat.read(doc, url())?.lastMessageMine()).toBe(true);
  });

  it('earlier conversations stay mounted but hidden: composer and messages come from the URL’s conversation only', () => {
    const doc = page(
      row(ID, 'Jordan Avery') +
        row(OTHER, 'Sam Rivera') +
        conversation(OTHER, block('Sam Rivera', BLUE), true) +
        conversation(ID, block('Jordan Avery', BLUE)),
    );
    const thread = snapchat.read(doc, url(ID));
    expect(thread?.title).toBe('Jordan Avery');
    expect(thread?.composer()?.getAttribute('data-conversation')).toBe(ID);
    expect(thread?.lastMessageMine()).toBe(false);
  });

  it('the older web.snapchat.com/<id> address reads the same; no id in the URL reads nothing', () => {
    const doc = page(row(ID, 'Jordan Avery') + conversation(ID, block('Jordan Avery', BLUE)));
    expect(snapchat.read(doc, url(ID, 'https://web.snapchat.com/'))?.title).toBe('Jordan Avery');
    expect(snapchat.read(doc, new URL('https://www.snapchat.com/web'))).toBeNull();
    expect(snapchat.read(doc, url(OTHER))).toBeNull();
  });

  it('an emoji in the list row counts by its alt when drawn as an image', () => {
    const doc = page(
      `<div role="listitem"><span id="title-${ID}"><span class="nonIntl">Jordan <img alt="✨" src="data:,"></span></span></div>${conversation(ID, '')}`,
    );
    expect(snapchat.read(doc, url())?.title).toBe('Jordan ✨');
  });
});
