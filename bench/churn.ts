/**
 * One churn driver for every messenger fixture, run inside the page. It knows
 * a site only by the fixture's `bench.message` selector (one message of the
 * open conversation) and the names of the fixture's chats; from those it finds
 * the message list, the chat list and a place for a typing indicator, and then
 * behaves as a busy conversation does: a long history, rows appended at the
 * end and removed at the top as virtualised lists do, a typing indicator
 * coming and going, unread counts and presence changing on every chat row.
 *
 * Everything here runs through `page.evaluate`, so each function is
 * self-contained (no imports, no closures over module scope).
 */

export interface ChurnSetup {
  /** The fixture's selector of one message in the open conversation. */
  message: string;
  /** Names shown in the chat list (the fixture's other chats), to find it by. */
  names: string[];
}

/** What the driver found, for the report: a wrong guess shows here, not as a quiet figure. */
export interface ChurnFound {
  rows: number;
  templates: number;
  chatRows: number;
  list: string;
}

interface BenchHooks {
  fill(n: number): number;
  burst(i: number): void;
  found: ChurnFound;
}

/** Installs `window.__bench` ({ fill, burst }) on the page's open conversation. */
export function installChurn(setup: ChurnSetup): ChurnFound {
  const w = window as unknown as { __bench?: BenchHooks };
  const inPage = (sel: string): Element[] => [...document.querySelectorAll(sel)];
  const messages = inPage(setup.message);
  const last = messages.at(-1);
  if (!last) throw new Error(`no message matches ${setup.message}`);
  // The list: the lowest ancestor of the newest message that holds another message too.
  let list: Element | null = last.parentElement;
  while (list && list.querySelectorAll(setup.message).length < 2) list = list.parentElement;
  if (!list) throw new Error(`one message only for ${setup.message}`);
  const listEl = list;
  const unitOf = (el: Element): Element => {
    let unit = el;
    while (unit.parentElement && unit.parentElement !== listEl) unit = unit.parentElement;
    return unit;
  };
  const templates = [...new Set(messages.filter((m) => listEl.contains(m)).map(unitOf))];

  let serial = 0;
  /** A copy of a real message row, with its own ids and a text of its own. */
  const copy = (i: number, text: string): Element => {
    const row = templates[i % templates.length]!.cloneNode(true) as Element;
    serial++;
    for (const el of [row, ...row.querySelectorAll('[id]')]) if (el.id) el.id = `${el.id}-b${serial}`;
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    let longest: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.data.trim() && (!longest || n.data.length > longest.data.length)) longest = n;
    }
    if (longest) longest.data = text;
    return row;
  };

  // The chat list: the lowest common ancestor of two chat names, outside the open conversation.
  const named = (name: string) =>
    inPage('body *').find((el) => !listEl.contains(el) && el.children.length === 0 && el.textContent?.trim() === name) ?? null;
  const [a, b] = setup.names.map(named);
  let chatList: Element | null = a ?? null;
  while (chatList && b && !chatList.contains(b)) chatList = chatList.parentElement;
  const chatRows = chatList && b && a !== b ? [...chatList.children] : [];

  // A typing indicator where sites put it: right after the message list.
  const typing = document.createElement('div');
  typing.setAttribute('aria-live', 'polite');
  typing.textContent = 'typing…';

  const found: ChurnFound = {
    rows: listEl.children.length,
    templates: templates.length,
    chatRows: chatRows.length,
    list: `${listEl.tagName.toLowerCase()}${listEl.getAttribute('role') ? `[role=${listEl.getAttribute('role')}]` : ''}${listEl.className && typeof listEl.className === 'string' ? `.${listEl.className.split(/\s+/)[0]}` : ''}`,
  };
  w.__bench = {
    found,
    /** Puts n older messages above the open conversation's own. */
    fill(n) {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < n; i++) frag.append(copy(i, `message number ${i} with a little text`));
      listEl.prepend(frag);
      return listEl.children.length;
    },
    /** One burst: ten rows in at the end, ten out at the top, typing toggled, unread counts and presence on every chat row. */
    burst(i) {
      for (let k = 0; k < 10; k++) {
        listEl.append(copy(i + k, `burst ${i} line ${k}`));
        listEl.firstElementChild?.remove();
      }
      if (i % 2) listEl.after(typing);
      else typing.remove();
      for (const [r, row] of chatRows.entries()) {
        (row as HTMLElement).style.outline = (i + r) % 2 ? '2px solid #25d366' : '';
        let badge = row.querySelector(':scope > [data-bench-unread]');
        if (!badge) {
          badge = document.createElement('span');
          badge.setAttribute('data-bench-unread', '');
          row.append(badge);
        }
        badge.textContent = String((i * 7 + r) % 50);
      }
    },
  };
  return found;
}
