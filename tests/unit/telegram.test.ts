// @vitest-environment happy-dom
/** The Telegram family's shared readers: ids, the hash, titles, subtitle words, and the order evidence is trusted in. */
import { describe, expect, it } from 'vitest';
import { hashPeerId, newestIsOwn, peerIdOf, subtitleKind, telegramKind, titleText } from '@/lib/sites/telegram';

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body.firstElementChild!;
};

describe('peer ids', () => {
  it('reads data-peer-id, negative included, and nothing else', () => {
    expect(peerIdOf(html('<span data-peer-id="-1845767513"></span>'))).toBe(-1845767513);
    expect(peerIdOf(html('<span data-peer-id=" 932667441 "></span>'))).toBe(932667441);
    expect(peerIdOf(html('<span data-peer-id="@someone"></span>'))).toBeNull();
    expect(peerIdOf(html('<span></span>'))).toBeNull();
    expect(peerIdOf(null)).toBeNull();
  });

  it('takes the id leading the hash, not a username', () => {
    expect(hashPeerId(new URL('https://web.telegram.org/k/#-3446501956'))).toBe(-3446501956);
    expect(hashPeerId(new URL('https://web.telegram.org/a/#-1001234567890_12'))).toBe(-1001234567890);
    expect(hashPeerId(new URL('https://web.telegram.org/k/#@rassvet2002'))).toBeNull();
    expect(hashPeerId(new URL('https://web.telegram.org/a/'))).toBeNull();
  });
});

describe('titleText', () => {
  it('drops icon-font badges (Private Use Area glyphs) and keeps emoji drawn as images', () => {
    expect(titleText(html('<span class="peer-title">Telegram<span class="tgico verified-icon">\uea4a</span></span>'))).toBe('Telegram');
    expect(titleText(html('<h3>Party <img class="emoji" alt="🎂"> time</h3>'))).toBe('Party 🎂 time');
  });
});

describe('subtitleKind', () => {
  it.each([
    ['7 442 members, 223 online', 'group'],
    ['1 member', 'group'],
    ['12 miembros', 'group'],
    ['12 membros', 'group'],
    ['12 membres, 3 en ligne', 'group'],
    ['12 Mitglieder', 'group'],
    ['12 membri', 'group'],
    ['12 anggota', 'group'],
    ['7 442 участника, 223 в сети', 'group'],
    ['5 учасників', 'group'],
    ['12 üye', 'group'],
    ['12 सदस्य', 'group'],
    ['١٢ عضوًا', 'group'],
    ['12 أعضاء', 'group'],
    ['1 204 subscribers', 'channel'],
    ['1204 suscriptores', 'channel'],
    ['1.204 inscritos', 'channel'],
    ['1 204 abonnés', 'channel'],
    ['1.204 Abonnenten', 'channel'],
    ['1204 iscritti', 'channel'],
    ['1.204 pelanggan', 'channel'],
    ['1 204 подписчика', 'channel'],
    ['1 204 підписники', 'channel'],
    ['1204 सब्सक्राइबर', 'channel'],
    ['1204 مشترك', 'channel'],
    ['٣٠ مشتركًا', 'channel'],
  ])('"%s" → %s', (subtitle, kind) => expect(subtitleKind(subtitle)).toBe(kind));

  it.each(['last seen recently', 'был(а) недавно', 'bot', 'бот', 'online', '1 234 monthly users', 'In SI2026 - T46B', 'remembers', ''])(
    'says nothing of "%s"',
    (subtitle) => expect(subtitleKind(subtitle)).toBeNull(),
  );
});

describe('telegramKind', () => {
  const none = { headerPeer: null, hashPeer: null, subtitle: '' };

  it('a negative peer id is a group, or a channel when the subtitle counts subscribers', () => {
    expect(telegramKind({ ...none, headerPeer: -1845767513 })).toEqual({ kind: 'group', evidence: 'header peer id < 0' });
    expect(telegramKind({ ...none, headerPeer: -1987654321, subtitle: '1 204 подписчика' }).kind).toBe('channel');
  });

  it('a positive peer id is a person, a bot or the self chat, whatever group-like flag the client also set', () => {
    expect(telegramKind({ ...none, headerPeer: 932667441, groupFlag: 'is-chat flag' })).toEqual({
      kind: 'direct',
      evidence: 'header peer id > 0',
    });
  });

  it('the header id wins over the hash; the hash speaks when the header has none', () => {
    expect(telegramKind({ ...none, headerPeer: 5550102030, hashPeer: -4012345678 }).kind).toBe('direct');
    expect(telegramKind({ ...none, hashPeer: -4012345678 })).toEqual({ kind: 'group', evidence: 'URL peer id < 0' });
  });

  it('a broadcast flag is a channel before anything else', () => {
    expect(telegramKind({ ...none, headerPeer: -1987654321, channelFlag: 'is-broadcast flag' })).toEqual({
      kind: 'channel',
      evidence: 'is-broadcast flag',
    });
  });

  it('without any id, a group mark or the subtitle words decide', () => {
    expect(telegramKind({ ...none, groupFlag: 'forum topic icon' })).toEqual({ kind: 'group', evidence: 'forum topic icon' });
    expect(telegramKind({ ...none, subtitle: '4 Mitglieder' })).toEqual({ kind: 'group', evidence: 'members subtitle' });
  });

  it('says unknown, with no evidence, when the page does not say', () => {
    expect(telegramKind({ ...none, subtitle: 'last seen recently' })).toEqual({ kind: 'unknown', evidence: 'none' });
  });
});

describe('newestIsOwn', () => {
  it('reads the last matching message, skipping whatever follows it', () => {
    const root = html('<div><p class="m out">a</p><p class="m in">b</p><p class="m out">c</p><p class="service">today</p></div>');
    expect(newestIsOwn(root, '.m', '.out')).toBe(true);
    expect(newestIsOwn(html('<div><p class="service">x</p></div>'), '.m', '.out')).toBeNull();
  });
});
