#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --record]`: builds the extension, measures the
 * performance budget in Debian's Chromium (bench/performance.measure.ts), prints
 * a table (figure, budget, pass/fail, change since the last recorded entry) and
 * writes it as JSON to bench-results/latest.json. --record appends the figures
 * to docs/performance-history.json. Timings never fail this command; only a
 * measurement that cannot run does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const quick = process.argv.includes('--quick');
const recordIt = process.argv.includes('--record');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
const status = run('npx', ['vitest', 'run', '-c', 'vitest.bench.config.ts', '--reporter=dot'], { BENCH_QUICK: quick ? '1' : '0' });
if (status !== 0 || !existsSync('bench-results/latest.json')) {
  console.error('The benchmark could not run.');
  process.exit(1);
}

const latest = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
const historyFile = 'docs/performance-history.json';
const history = existsSync(historyFile) ? JSON.parse(readFileSync(historyFile, 'utf8')) : [];
const previous = history.at(-1);
const machine = `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`;

const rows = latest.figures.map((f) => {
  const before = previous?.figures.find((p) => p.id === f.id);
  const change = before ? `${f.value - before.value >= 0 ? '+' : ''}${+(f.value - before.value).toFixed(3)}` : '—';
  return [f.label, `${f.value} ${f.unit}`, `≤ ${f.budget} ${f.unit}`, f.pass ? 'pass' : 'FAIL', change];
});
const header = ['figure', 'measured', 'budget', 'result', 'since last entry'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' │ ');
console.log(`\nBreathing Room performance${quick ? ' (quick)' : ''} on ${machine}`);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of rows) console.log(line(r));
for (const f of latest.figures) if (f.detail) console.log(`  ${f.id}: ${f.detail}`);

const result = { ...latest, machine };
writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));
if (recordIt) {
  history.push(result);
  writeFileSync(historyFile, `${JSON.stringify(history, null, 2)}\n`);
  console.log(`Recorded in ${historyFile}.`);
}
