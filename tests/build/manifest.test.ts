/**
 * The built manifests (Chrome MV3 and Firefox) ask for nothing beyond what the
 * product needs: storage and alarms, and the supported messengers' hosts for
 * the content scripts. `npm test` builds both before the unit tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_MATCHES } from '@/lib/sites/registry';

const BUILDS = { chrome: '.output/chrome-mv3/manifest.json', firefox: '.output/firefox-mv2/manifest.json' } as const;
const ALLOWED_PERMISSIONS = ['alarms', 'storage'];

describe.each(Object.entries(BUILDS))('%s manifest', (_browser, file) => {
  const manifest = () => {
    expect(existsSync(file), `${file} — run "npm run build && npm run build:firefox" first`).toBe(true);
    return JSON.parse(readFileSync(file, 'utf8'));
  };

  it('asks for storage and alarms only', () => {
    const { permissions = [], optional_permissions = [] } = manifest();
    expect([...permissions].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect(optional_permissions).toEqual([]);
  });

  it('has host access only for the supported messengers, never <all_urls>', () => {
    const m = manifest();
    const hosts: string[] = [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])];
    for (const host of hosts) expect(ALL_MATCHES).toContain(host);
    const scripted: string[] = (m.content_scripts ?? []).flatMap((s: { matches: string[] }) => s.matches);
    expect(new Set(scripted)).toEqual(new Set(ALL_MATCHES));
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
  });

  it('exposes no web-accessible resources and no outside messaging', () => {
    const m = manifest();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
  });

  it('loads no remote code: no custom content security policy, no update or remote URLs', () => {
    const m = manifest();
    expect(m.content_security_policy).toBeUndefined();
    expect(m.update_url).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(
      /https?:\/\/(?!(?:[\w-]+\.)*(?:whatsapp|messenger|facebook|instagram|telegram|discord|slack|google|x|twitter|linkedin|snapchat|microsoft|live|cloud)\.)/,
    );
  });

  it('stays out of private windows unless the person allows it', () => {
    expect(manifest().incognito ?? 'spanning').toBe('spanning');
  });
});

it('the Firefox build has a stable add-on id', () => {
  const m = JSON.parse(readFileSync(BUILDS.firefox, 'utf8'));
  expect(m.browser_specific_settings?.gecko?.id).toBe('breathing-room@breathing-room.app');
});
