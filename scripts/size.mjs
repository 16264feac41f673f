#!/usr/bin/env node
/**
 * `npm run size [-- --site whatsapp | --all] [-- --files] [-- --no-build]`: what
 * the content scripts are made of (the largest one, one site's, or every one;
 * by package or folder, and with --files by source file). Builds the Chrome extension once more with
 * source maps (into .output/size, so the real build is left alone), then for
 * each content script prints its gzip size (gzip -9, as the budget counts it)
 * and the bytes each package or source file brings: minified bytes as the
 * source map attributes them, and the gzip bytes the script would lose
 * without them (gzip of the whole minus gzip of the rest: what removing it
 * would save, not a share, so the column does not add up to the total).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const only = args.includes('--site') ? args[args.indexOf('--site') + 1] : null;
const perFile = args.includes('--files');
const OUT = '.output/size';
const DIR = path.join(OUT, 'chrome-mv3', 'content-scripts');

if (args.includes('--build-only')) {
  // Run as a child (below), so WXT's progress output can be kept out of the breakdown.
  const { build } = await import('wxt');
  await build({ outDir: OUT, filterEntrypoints: only ? [only] : undefined, vite: () => ({ build: { sourcemap: 'hidden' } }) });
  process.exit(0);
}
if (!args.includes('--no-build')) {
  const child = spawnSync(process.execPath, [process.argv[1], '--build-only', ...(only ? ['--site', only] : [])], { encoding: 'utf8' });
  if (child.status !== 0) {
    process.stderr.write(child.stdout + child.stderr);
    process.exit(child.status ?? 1);
  }
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Decodes a source map's mappings into, per generated line, [column, sourceIndex | -1] segments. */
function decodeMappings(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Where a source file belongs: its npm package, or its folder in this project. */
function groupOf(file) {
  const nm = file.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (file === '(unmapped)') return file;
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}

/** Byte ranges of the code per source file (the map's columns are UTF-16 units; the scripts are ASCII). */
function attribute(code, map) {
  const names = map.sources.map((s) => path.relative(process.cwd(), path.resolve(DIR, s)).replace(/^(\.\.\/)+/, ''));
  const owner = new Array(code.length).fill('(unmapped)');
  const lines = decodeMappings(map.mappings);
  let offset = 0;
  const codeLines = code.split('\n');
  codeLines.forEach((text, i) => {
    const segments = lines[i] ?? [];
    segments.forEach(([column, source], j) => {
      const end = j + 1 < segments.length ? segments[j + 1][0] : text.length;
      const name = source === -1 ? '(unmapped)' : names[source];
      for (let k = column; k < end; k++) owner[offset + k] = name;
    });
    offset += text.length + 1;
  });
  return owner;
}

function breakdown(code, owner, keyOf) {
  const total = gz(Buffer.from(code));
  const bytes = new Map();
  for (let i = 0; i < code.length; i++) {
    const key = keyOf(owner[i]);
    bytes.set(key, (bytes.get(key) ?? 0) + 1);
  }
  return [...bytes.entries()]
    .map(([key, raw]) => {
      let rest = '';
      for (let i = 0; i < code.length; i++) if (keyOf(owner[i]) !== key) rest += code[i];
      return { key, raw, saves: total - gz(Buffer.from(rest)) };
    })
    .sort((a, b) => b.saves - a.saves);
}

// KB as the budget counts them: 1,000 bytes.
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith('.js'))
  .filter((f) => !only || f === `${only}.js`)
  .map((file) => {
    const code = readFileSync(path.join(DIR, file), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    return { file, code, total: gz(Buffer.from(code)) };
  })
  .sort((a, b) => b.total - a.total);

const row = ({ saves, raw, key }) => console.log(`  ${kb(saves).padStart(21)} │ ${kb(raw).padStart(8)} │ ${key}`);
// The largest script only, unless asked for one or all: the rest share most of it.
for (const { file, code, total } of args.includes('--all') ? scripts : scripts.slice(0, 1)) {
  const owner = attribute(code, JSON.parse(readFileSync(path.join(DIR, `${file}.map`), 'utf8')));
  console.log(`\n${file}: ${kb(total)} gzip, ${kb(code.length)} minified`);
  console.log('  gzip saved if removed │ minified │ package or folder');
  breakdown(code, owner, groupOf).forEach(row);
  if (perFile) {
    console.log('  ── per file');
    breakdown(code, owner, (f) => f).forEach(row);
  }
}
console.log('\ncontent script   │ gzip -9 │ minified');
for (const { file, code, total } of scripts)
  console.log(`${file.replace(/\.js$/, '').padEnd(16)} │ ${kb(total).padStart(7)} │ ${kb(code.length).padStart(8)}`);
