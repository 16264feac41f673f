// @vitest-environment happy-dom
/**
 * The page reader's typing area: the part of the page whose changes the runner takes for typing
 * (no look). Too wide and a new message or another chat goes unseen; so it is the adapter's
 * composer bar only while that still holds the composer, else the composer, and nothing before
 * the composer was looked up or after a new visit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageReader } from '@/content/page-reader';
import type { OpenThread, SiteAdapter } from '@/lib/sites/types';

beforeEach(() => {
  document.body.innerHTML = `<main><div class="list"><p>hi</p></div>
    <div class="bar"><div class="box" contenteditable="true"></div><span class="slot"><button>Send</button></span></div></main>`;
});

const q = (s: string) => document.querySelector(s) as HTMLElement;

function adapterWith(composerBar?: OpenThread['composerBar']): SiteAdapter {
  return {
    id: 'test',
    name: 'Test',
    matches: ['https://example.com/*'],
    read: () => ({
      title: 'Jordan Avery',
      kind: 'direct',
      evidence: 'test',
      composer: () => q('.box'),
      sendButton: () => q('button'),
      lastMessageMine: () => null,
      composerBar,
    }),
    watchRoot: (doc) => doc.body,
  };
}

describe('typingArea', () => {
  it('is nothing until the composer is looked up, then the bar the adapter names', () => {
    const reader = createPageReader(
      adapterWith((box) => box.closest('.bar')),
      document,
    );
    reader.look();
    expect(reader.typingArea()).toBeNull();
    reader.composer();
    expect(reader.typingArea()).toBe(q('.bar'));
    expect(reader.typingArea()?.contains(q('.slot'))).toBe(true);
    expect(reader.typingArea()?.contains(q('.list'))).toBe(false);
  });

  it('is the composer alone when the adapter names no bar', () => {
    const reader = createPageReader(adapterWith(), document);
    reader.look();
    reader.composer();
    expect(reader.typingArea()).toBe(q('.box'));
  });

  it('falls back to the composer when the bar no longer holds it, and is forgotten on a new visit', () => {
    const reader = createPageReader(
      adapterWith((box) => box.closest('.bar')),
      document,
    );
    reader.look();
    reader.composer();
    const box = q('.box');
    q('main').append(box);
    expect(reader.typingArea()).toBe(box);
    reader.newVisit();
    expect(reader.typingArea()).toBeNull();
  });

  it('a composer bar that throws leaves only the composer', () => {
    const reader = createPageReader(
      adapterWith(() => {
        throw new Error('selector broke');
      }),
      document,
    );
    reader.look();
    expect(reader.composer()).toBe(q('.box'));
    expect(reader.typingArea()).toBe(q('.box'));
  });
});
