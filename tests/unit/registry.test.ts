// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { fixtureFor } from '../fixtures/fixtures';
import { SITE_NAMES } from '@/lib/sites/names';
import { ADAPTERS, ALL_MATCHES } from '@/lib/sites/registry';
import type { SiteAdapter } from '@/lib/sites/types';

/** Which adapter runs on a page, as the browser decides (match patterns) and then the adapter itself. */
function adapterFor(href: string): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return (
    ADAPTERS.find(
      (adapter) =>
        adapter.matches.some((p) => new MatchPattern(p).includes(url)) && (!adapter.isMessengerUrl || adapter.isMessengerUrl(url)),
    ) ?? null
  );
}

describe('site registry', () => {
  it('has unique adapter ids', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has valid https match patterns', (_id, adapter) => {
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const pattern of adapter.matches) {
      expect(() => new MatchPattern(pattern)).not.toThrow();
      expect(pattern).toMatch(/^https:\/\/[^*/]+\//);
    }
  });

  it.each(ADAPTERS.map((a) => [a.id] as const))('%s has a fixture served at a URL it claims', (id) => {
    const fixture = fixtureFor(id);
    expect(fixture, `tests/fixtures/${id}/fixture.json`).not.toBeNull();
    expect(fixture!.page).toMatch(/\.\d{4}-\d{2}\.html$/);
    expect(fixture!.composer, 'composer selector for browser tests').toBeTruthy();
    expect(fixture!.send, 'send selector for browser tests').toBeTruthy();
    expect(adapterFor(fixture!.url)?.id).toBe(id);
  });

  it.each(ADAPTERS.map((a) => [a.id] as const))('%s has its own thin content script wired to the shared runner', (id) => {
    const file = `entrypoints/${id}.content.ts`;
    expect(existsSync(file), file).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(source).toContain(`from '@/lib/sites/${id}'`);
    expect(source).toMatch(/startRunner\(ctx, \w+\)/);
    expect(source).toMatch(/matches: \[\.\.\.\w+\.matches\]/);
  });

  it('the options page’s list of site names is exactly the registry’s, in order', () => {
    expect(SITE_NAMES).toEqual(ADAPTERS.map(({ id, name }) => ({ id, name })));
  });

  it('ALL_MATCHES is the union of the adapters’ patterns', () => {
    expect([...ALL_MATCHES].sort()).toEqual([...new Set(ADAPTERS.flatMap((a) => a.matches))].sort());
  });

  it('claims no page outside the messengers', () => {
    for (const url of ['https://example.com/', 'https://www.whatsapp.com/', 'http://web.whatsapp.com/', 'not a url']) {
      expect(adapterFor(url), url).toBeNull();
    }
  });
});
