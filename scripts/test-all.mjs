#!/usr/bin/env node
/**
 * `npm test`: the linter and formatter check (counted as one: zero errors, zero warnings, every file formatted),
 * the unit tests, then both builds (Chrome and Firefox), the tests of the
 * built files, and the real-browser tests: the Chrome build in Debian's
 * Chromium, the Firefox build in Debian's firefox-esr. Ends with one plain
 * line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const counts = { passed: 0, failed: 0 };
const outDir = 'test-results';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function suite(name, config) {
  const json = `${outDir}/${name}.json`;
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`];
  if (config) args.push('-c', config);
  const status = run('npx', args);
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  } catch {
    counts.failed += 1; // the suite did not even report: count it as a failure
  }
}

if (run('npx', ['biome', 'check', '--error-on-warnings', '.']) === 0) counts.passed += 1;
else counts.failed += 1;
suite('unit');
const built = run('npx', ['wxt', 'build']);
const builtFirefox = run('npx', ['wxt', 'build', '-b', 'firefox']);
if (built === 0 && builtFirefox === 0) suite('build', 'vitest.build.config.ts');
else counts.failed += 1;
if (built === 0) suite('browser', 'vitest.e2e.config.ts');
else counts.failed += 1;
if (builtFirefox === 0) suite('firefox', 'vitest.firefox.config.ts');
else counts.failed += 1;

console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
