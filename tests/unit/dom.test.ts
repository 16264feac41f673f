// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { elementsFromEnd, isShown, lastMatching } from '@/lib/sites/dom';

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
    document.body.innerHTML = '<div id="a" contenteditable="true"></div><div hidden><div id="b" contenteditable="true"></div></div><div id="c" aria-hidden="true" contenteditable="true"></div><div id="d" style="display:none" contenteditable="true"></div>';
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
