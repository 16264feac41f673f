import { describe, expect, it } from 'vitest';
import { normalizeName, phoneDigits, titleMatchesContact, type ContactNames } from '@/lib/match';

const jordan: ContactNames = { name: 'Jordan Avery', otherNames: ['Jo', 'Jordy 🐻'], handle: '+1 (555) 010-2030' };
const jose: ContactNames = { name: 'José Ñúñez' };
const arabic: ContactNames = { name: 'ليلى حسن' };
const hebrew: ContactNames = { name: 'נועה כהן' };
const handleOnly: ContactNames = { name: 'Sam Rivera', handle: '@sam.rivera' };
const uk: ContactNames = { name: 'Alex', handle: '07700 900123' };
const hindi: ContactNames = { name: 'किरण' };

const matches: [string, ContactNames, string][] = [
  ['exact name', jordan, 'Jordan Avery'],
  ['lower case', jordan, 'jordan avery'],
  ['upper case', jordan, 'JORDAN AVERY'],
  ['extra inner spaces', jordan, 'Jordan   Avery'],
  ['leading and trailing spaces', jordan, '  Jordan Avery  '],
  ['non-breaking space', jordan, 'Jordan\u00A0Avery'],
  ['trailing heart emoji', jordan, 'Jordan Avery ❤️'],
  ['leading emoji', jordan, '🌙 Jordan Avery'],
  ['emoji with skin tone', jordan, 'Jordan Avery 👋🏽'],
  ['flag emoji', jordan, 'Jordan Avery 🇨🇦'],
  ['ZWJ family emoji', jordan, 'Jordan Avery 👨‍👩‍👧'],
  ['other name', jordan, 'Jo'],
  ['other name saved with an emoji', jordan, 'Jordy'],
  ['other name shown with a different emoji', jordan, 'Jordy 💛'],
  ['phone number, same format', jordan, '+1 (555) 010-2030'],
  ['phone number, dashes', jordan, '+1 555-010-2030'],
  ['phone number, no country code', jordan, '(555) 010 2030'],
  ['phone number, dots', jordan, '555.010.2030'],
  ['phone with 00 prefix', jordan, '001 555 010 2030'],
  ['UK number, international form', uk, '+44 7700 900123'],
  ['UK number, 0044 form', uk, '0044 7700 900123'],
  ['accents ignored', jose, 'Jose Nunez'],
  ['accents as typed', jose, 'José Ñúñez'],
  ['decomposed accents', jose, 'Jose\u0301 N\u0303u\u0301n\u0303ez'],
  ['fullwidth letters', { name: 'Jo' }, 'Ｊｏ'],
  ['Arabic name', arabic, 'ليلى حسن'],
  ['Arabic name with RTL mark', arabic, '\u200Fليلى حسن\u200F'],
  ['Hebrew name with bidi isolate', hebrew, '\u2067נועה כהן\u2069'],
  ['Devanagari name', hindi, 'किरण'],
  ['zero-width space inside', jordan, 'Jordan\u200B Avery'],
  ['handle with @', handleOnly, '@sam.rivera'],
  ['handle without @', handleOnly, 'sam.rivera'],
  ['handle in other case', handleOnly, 'Sam.Rivera'],
  ['curly apostrophe equals straight', { name: "D'Arcy" }, 'D’Arcy'],
  ['German sharp s case', { name: 'STRAUSS' }, 'strauss'],
];

const misses: [string, ContactNames, string][] = [
  ['first name only of a full-name contact', jordan, 'Jordan'],
  ['surname only', jordan, 'Avery'],
  ['name as a prefix of a longer name', jordan, 'Jordan Avery-Smith'],
  ['longer look-alike', jordan, 'Jordan Averyl'],
  ['group title containing the name', jordan, "Jordan Avery's Birthday"],
  ['group title with the name inside', jordan, 'Family & Jordan Avery'],
  ['list of members', jordan, 'Jordan Avery, Sam, You'],
  ['different person, same first name', jordan, 'Jordan Lee'],
  ['other name as a prefix', jordan, 'Joanna'],
  ['one letter off', jordan, 'Jordan Averi'],
  ['empty title', jordan, ''],
  ['only emoji', jordan, '❤️❤️'],
  ['only spaces', jordan, '   '],
  ['different phone number', jordan, '+1 (555) 010-2031'],
  ['phone number that only shares a suffix too short', jordan, '2030'],
  ['phone number with a different area code', jordan, '+1 (556) 010-2030'],
  ['a long number that merely ends the same', jordan, '+49 151 1555 010 2030'],
  ['handle of someone else', handleOnly, '@sam.riveras'],
  ['handle as a prefix', handleOnly, '@sam'],
  ['Arabic look-alike', arabic, 'ليلى'],
  ['Devanagari marks are letters, not accents', hindi, 'करण'],
  ['name inside brackets', jordan, '(Jordan Avery)'],
];

describe('titleMatchesContact', () => {
  it.each(matches)('matches: %s', (_name, contact, title) => {
    expect(titleMatchesContact(title, contact)).toBe(true);
  });
  it.each(misses)('does not match: %s', (_name, contact, title) => {
    expect(titleMatchesContact(title, contact)).toBe(false);
  });
  it('has at least 40 cases', () => {
    expect(matches.length + misses.length).toBeGreaterThanOrEqual(40);
  });
  it('an empty saved name matches nothing', () => {
    expect(titleMatchesContact('', { name: '' })).toBe(false);
    expect(titleMatchesContact('Anyone', { name: '  ', otherNames: [''] })).toBe(false);
  });
});

describe('normalizeName', () => {
  it('folds case, accents, emoji and spacing', () => {
    expect(normalizeName('  JOSÉ   ❤️ Ñ ')).toBe('jose n');
  });
  it('keeps scripts intact', () => {
    expect(normalizeName('ليلى')).toBe('ليلى');
  });
});

describe('phoneDigits', () => {
  it.each([
    ['+1 (555) 010-2030', '15550102030'],
    ['0044 7700 900123', '447700900123'],
    ['07700 900123', '7700900123'],
    ['Jordan', null],
    ['12345', null],
    ['+1 555 010 2030 ext', null],
  ])('%s -> %s', (text, digits) => {
    expect(phoneDigits(text)).toBe(digits);
  });
});
