// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isSendKey, pauseApplies } from '@/lib/pause';
import { editableText } from '@/lib/sites/dom';

const window3 = { kind: 'window', day: 3, of: 7, daysLeft: 4 } as const;
const reconnect = { kind: 'reconnect', daysSinceWindow: 1 } as const;

describe('pauseApplies', () => {
  const clean = { findings: [], pending: false };
  const confession = { findings: [{ rule: 'confession', trigger: 'I miss you' }], pending: false } as const;
  const lateNight = { findings: [{ rule: 'late-night' }], pending: false } as const;
  const pending = { findings: [], pending: true };
  const before = { kind: 'before', startsInDays: 2 } as const;
  const byDefault = { pause: 'window', safetyMode: false } as const;

  it('by default pauses every send during the space window, whatever the draft', () => {
    for (const draft of [clean, confession, pending]) expect(pauseApplies(byDefault, window3, draft)).toBe(true);
  });
  it('by default, after the window, pauses only a draft that breaks a rule', () => {
    expect(pauseApplies(byDefault, reconnect, clean)).toBe(false);
    expect(pauseApplies(byDefault, reconnect, confession)).toBe(true);
    expect(pauseApplies(byDefault, reconnect, lateNight)).toBe(true);
  });
  it('after the window, a draft still being checked is paused (it must not slip through)', () => {
    expect(pauseApplies(byDefault, reconnect, pending)).toBe(true);
  });
  it('before the space starts, the default does not pause', () => {
    expect(pauseApplies(byDefault, before, confession)).toBe(false);
    expect(pauseApplies(byDefault, null, confession)).toBe(false);
  });
  it('follows the person’s choice: always, or never', () => {
    for (const phase of [window3, reconnect, before]) {
      expect(pauseApplies({ pause: 'always', safetyMode: false }, phase, clean)).toBe(true);
      expect(pauseApplies({ pause: 'off', safetyMode: false }, phase, confession)).toBe(false);
      expect(pauseApplies({ pause: 'off', safetyMode: false }, phase, pending)).toBe(false);
    }
  });
  it('safety mode pauses every send', () => {
    expect(pauseApplies({ pause: 'off', safetyMode: true }, { kind: 'no-contact', day: 9 }, clean)).toBe(true);
    expect(pauseApplies({ pause: 'window', safetyMode: true }, { kind: 'no-contact', day: 9 }, clean)).toBe(true);
  });
});

describe('isSendKey', () => {
  const key = (patch: object) => ({ key: 'Enter', shiftKey: false, altKey: false, isComposing: false, keyCode: 13, ...patch });
  it('Enter sends; Shift+Enter, Alt+Enter and IME composition do not', () => {
    expect(isSendKey(key({}))).toBe(true);
    expect(isSendKey(key({ shiftKey: true }))).toBe(false);
    expect(isSendKey(key({ altKey: true }))).toBe(false);
    expect(isSendKey(key({ isComposing: true }))).toBe(false);
    expect(isSendKey(key({ keyCode: 229 }))).toBe(false);
    expect(isSendKey(key({ key: 'a' }))).toBe(false);
  });
});

describe('editableText', () => {
  const html = (markup: string) => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = markup;
    document.body.append(el);
    return el;
  };
  it('reads paragraphs as lines (Lexical, ProseMirror)', () => {
    expect(editableText(html('<p>hey</p><p>how are you</p>'))).toBe('hey\nhow are you');
    expect(editableText(html('<p>a</p><p><br></p><p>b</p>'))).toBe('a\n\nb');
  });
  it('an empty editor is an empty draft', () => {
    expect(editableText(html('<p><br></p>'))).toBe('');
    expect(editableText(html('<div data-slate-node="element"><span data-slate-zero-width="n">\uFEFF<br></span></div>'))).toBe('');
  });
  it('skips placeholders and non-editable decorations', () => {
    expect(editableText(html('<span contenteditable="false">Message @Jordan</span><p>hi</p>'))).toBe('hi');
    expect(editableText(html('<span data-slate-placeholder="true">Message</span>'))).toBe('');
  });
  it('reads textareas by value', () => {
    const area = document.createElement('textarea');
    area.value = 'line 1\nline 2';
    expect(editableText(area)).toBe('line 1\nline 2');
  });
  it('reads <br> line breaks (Quill, Draft.js)', () => {
    expect(editableText(html('<div>one<br>two</div>'))).toBe('one\ntwo');
  });
});
