// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { alignedToEnd, displayText, distinctSenders, elementsFromEnd, firstText, isShown, lastMatching } from '@/lib/sites/dom';

describe('dom helpers', () => {
  it('elementsFromEnd visits every element in reverse document order', () => {
    const root = document.createElement('div');
    root.innerHTML = '<a id="1"><b id="2"></b><c id="3"><d id="4"></d></c></a><e id="5"></e>';
    const forward = [...root.querySelectorAll('*')].map((e) => e.id);
    expect([...elementsFromEnd(root)].map((e) => e.id)).toEqual(forward.reverse());
  });

  it('elementsFromEnd on an empty element yields nothing', () => {
    expect([...elementsFromEnd(document.createElement('div'))]).toEqual([]);
  });

  it('isShown rejects hidden and aria-hidden editables', () => {
    document.body.innerHTML =
      '<div id="a" contenteditable="true"></div><div hidden><div id="b" contenteditable="true"></div></div><div id="c" aria-hidden="true" contenteditable="true"></div><div id="d" style="display:none" contenteditable="true"></div>';
    expect(['a', 'b', 'c', 'd'].map((id) => isShown(document.getElementById(id)))).toEqual([true, false, false, false]);
  });
});

describe('lastMatching', () => {
  it('returns the newest matches first, at most n, from an element or a document', () => {
    document.body.innerHTML = '<ul><li class="m" id="1"></li><li id="x"></li><li class="m" id="2"><span class="m" id="3"></span></li></ul>';
    expect(lastMatching(document.body, '.m', 2).map((e) => e.id)).toEqual(['3', '2']);
    expect(lastMatching(document, '.m', 5).map((e) => e.id)).toEqual(['3', '2', '1']);
    expect(lastMatching(null, '.m', 5)).toEqual([]);
  });
});

describe('displayText and firstText', () => {
  it('reads emoji drawn as images by their alt, skips aria-hidden text, collapses spaces', () => {
    document.body.innerHTML =
      '<span id="t">Mind Hack  Zombies <img class="emoji" alt="✨" src="x.png"><span aria-hidden="true">(icon)</span></span>';
    expect(displayText(document.getElementById('t'))).toBe('Mind Hack Zombies ✨');
    expect(displayText(null)).toBe('');
  });
  it('firstText takes the first non-empty match in selector order', () => {
    document.body.innerHTML = '<h2 class="a"></h2><h2 class="a"> Sam </h2><span class="b">Jo</span>';
    expect(firstText(document, ['.a', '.b'])).toBe('Sam');
    expect(firstText(document, ['.b', '.a'])).toBe('Jo');
    expect(firstText(document, ['.none'])).toBe('');
  });
});

describe('distinctSenders', () => {
  it('counts people by name, folding case and spacing, ignoring empty names', () => {
    expect(distinctSenders(['Sam', ' sam ', 'SAM', '', 'Jo'])).toBe(2);
    expect(distinctSenders([])).toBe(0);
  });
});

describe('alignedToEnd', () => {
  it('reads the flex alignment that pushes a bubble to the end or the start', () => {
    document.body.innerHTML = `<div id="list">
      <div style="display:flex;justify-content:flex-end"><div><p id="mine">hi</p></div></div>
      <div style="display:flex;flex-direction:column;align-items:flex-start"><p id="theirs">hey</p></div>
      <div><p id="unsure">?</p></div></div>`;
    const list = document.getElementById('list')!;
    expect(alignedToEnd(document.getElementById('mine')!, list)).toBe(true);
    expect(alignedToEnd(document.getElementById('theirs')!, list)).toBe(false);
    expect(alignedToEnd(document.getElementById('unsure')!, list)).toBeNull();
  });
});
