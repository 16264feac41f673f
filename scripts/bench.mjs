#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --record]`: builds the extension, measures the
 * performance budget on every messenger's fixture in Debian's Chromium
 * (bench/performance.measure.ts), prints a table per site (figure, budget,
 * pass/fail, change since the last recorded entry) and
 * writes it as JSON to bench-results/latest.json. --record appends the figures
 * to docs/performance-history.json and rewrites the generated tables in
 * docs/performance.md (--tables does only that, from the last entry). Timings never fail this command; only a
 * measurement that cannot run does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const quick = process.argv.includes('--quick');
const recordIt = process.argv.includes('--record');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// Entries before issue 16 measured WhatsApp only and carry no site.
const siteOf = (f) => f.site ?? 'whatsapp';
const historyFile = 'docs/performance-history.json';

// --tables: only rewrite the doc's generated tables from the last recorded entry.
if (process.argv.includes('--tables')) {
  const history = JSON.parse(readFileSync(historyFile, 'utf8'));
  writeDocTables(history.at(-1), history.length);
  process.exit(0);
}

// The machine may be shared: its load before and after is kept with the figures, to read their noise by.
const loadBefore = os.loadavg()[0];
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
const status = run('npx', ['vitest', 'run', '-c', 'vitest.bench.config.ts', '--reporter=dot'], { BENCH_QUICK: quick ? '1' : '0' });
if (status !== 0 || !existsSync('bench-results/latest.json')) {
  console.error('The benchmark could not run.');
  process.exit(1);
}

const latest = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
const history = existsSync(historyFile) ? JSON.parse(readFileSync(historyFile, 'utf8')) : [];
const previous = history.at(-1);
const machine = `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`;

const sites = [...new Set(latest.figures.map(siteOf))];
const header = ['figure', 'measured', 'budget', 'result', 'since last entry'];
console.log(`\nBreathing Room performance${quick ? ' (quick: fewer switches, rounds and keystrokes)' : ''} on ${machine}`);
for (const site of sites) {
  const figures = latest.figures.filter((f) => siteOf(f) === site);
  const rows = figures.map((f) => {
    const before = previous?.figures.find((p) => p.id === f.id && siteOf(p) === site);
    const change = before ? `${f.value - before.value >= 0 ? '+' : ''}${+(f.value - before.value).toFixed(3)}` : '—';
    return [f.label, `${f.value} ${f.unit}`, `≤ ${f.budget} ${f.unit}`, f.pass ? 'pass' : 'FAIL', change];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' │ ');
  console.log(`\n${site}`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of rows) console.log(line(r));
  for (const f of figures) if (f.detail) console.log(`  ${f.id}: ${f.detail}`);
}
const misses = latest.figures.filter((f) => !f.pass);
console.log(
  `\n${latest.figures.length - misses.length} of ${latest.figures.length} figures within budget${misses.length ? `; over: ${misses.map((f) => `${siteOf(f)} ${f.id}`).join(', ')}` : ''}.`,
);

const load = { before: +loadBefore.toFixed(1), after: +os.loadavg()[0].toFixed(1), cores: os.cpus().length };
console.log(`Load average (1 min) ${load.before} before, ${load.after} after, on ${load.cores} cores.`);
const result = { ...latest, machine, load };
writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));
if (recordIt) {
  history.push(result);
  writeFileSync(historyFile, `${JSON.stringify(history, null, 2)}\n`);
  console.log(`Recorded in ${historyFile}.`);
  writeDocTables(result, history.length);
}

/** Rewrites the generated tables in docs/performance.md (between the bench:latest markers). */
function writeDocTables(result, entry) {
  const docFile = 'docs/performance.md';
  if (!existsSync(docFile)) return;
  const doc = readFileSync(docFile, 'utf8');
  const start = '<!-- bench:latest (written by npm run bench -- --record) -->';
  const end = '<!-- /bench:latest -->';
  if (!doc.includes(start) || !doc.includes(end)) return;
  const mark = (f) => (f.pass ? 'met' : '**not met**');
  const cell = (f) => (f ? `${f.value}${f.pass ? '' : ' ✗'}` : '—');
  const ids = [
    'content-script-kb',
    'detection-p95-ms',
    'script-share-percent',
    'page-overhead-ratio',
    'typing-extension-cpu-ms',
    'typing-overhead-ms',
    'heap-growth-mb',
    'dom-nodes-kept',
  ];
  const heads = ['KB gz', 'detection p95 ms', 'share %', 'A/B ×', 'ms/key (profiled)', 'ms/key (A/B)', 'heap MB', 'nodes kept'];
  const budgets = ['≤ 30', '≤ 16', '≤ 3', '≤ 1.03', '≤ 1', '≤ 1', '≤ 1', '0'];
  const sitesHere = [...new Set(result.figures.map(siteOf))].filter((s) => s !== 'all');
  const out = [
    start,
    `Entry ${entry} of docs/performance-history.json, ${result.quick ? 'quick' : 'full'} run on ${result.at.slice(0, 10)}: ${result.machine}; load average ${result.load.before} before, ${result.load.after} after (${result.load.cores} cores).${result.partial ? ` Partial: ${result.partial}.` : ''} ✗ marks a figure over its budget.`,
    '',
    `| site | ${heads.join(' | ')} |`,
    `| --- | ${heads.map(() => '---').join(' | ')} |`,
    `| budget | ${budgets.join(' | ')} |`,
    ...sitesHere.map(
      (site) => `| ${site} | ${ids.map((id) => cell(result.figures.find((f) => siteOf(f) === site && f.id === id))).join(' | ')} |`,
    ),
    '',
    ...result.figures
      .filter((f) => siteOf(f) === 'all')
      .map((f) => `${f.label}: ${f.value} ${f.unit} (${f.detail ?? ''}), budget ≤ ${f.budget} ${f.unit}: ${mark(f)}.`),
    '',
  ];
  for (const site of sitesHere) {
    out.push(`### ${site}`, '', '| figure | measured | budget | result | detail |', '| --- | --- | --- | --- | --- |');
    for (const f of result.figures.filter((x) => siteOf(x) === site)) {
      out.push(`| ${f.label} | ${f.value} ${f.unit} | ≤ ${f.budget} ${f.unit} | ${mark(f)} | ${(f.detail ?? '').replaceAll('|', '\\|')} |`);
    }
    out.push('');
  }
  out.push(end);
  writeFileSync(docFile, doc.slice(0, doc.indexOf(start)) + out.join('\n') + doc.slice(doc.indexOf(end) + end.length));
  console.log(`Tables written in ${docFile}.`);
}
