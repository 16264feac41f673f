/**
 * `web-ext lint` on the Firefox build: no errors, no notices. The only
 * warnings allowed are Mozilla's generic "unsafe assignment to innerHTML",
 * raised by Preact's support for dangerouslySetInnerHTML, which we never use
 * (the test checks the flagged code is exactly that path).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const SOURCE = '.output/firefox-mv2';

it('the Firefox build passes web-ext lint', () => {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // web-ext exits non-zero on errors but still prints its report.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out);
  expect(report.errors).toEqual([]);
  expect(report.notices).toEqual([]);
  for (const warning of report.warnings) {
    expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    const code = readFileSync(`${SOURCE}/${warning.file}`, 'utf8');
    // Every innerHTML write in the bundle is Preact's `.innerHTML = x.__html`.
    const writes = code.match(/\.innerHTML=[^,;)]+/g) ?? [];
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) expect(write).toMatch(/\.innerHTML=\w+\.__html|\.innerHTML=``/);
  }
}, 120_000);
