/**
 * Where the draft classifier is built: into the background worker only, so no
 * content script carries its weights (size, and the page never holds it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MODEL } from '@/lib/rules/model-weights';

it('the classifier is built into the background worker, never into a content script', () => {
  const dir = '.output/chrome-mv3';
  expect(existsSync(`${dir}/background.js`), 'run "npm run build" first').toBe(true);
  const marker = MODEL.weights.slice(0, 64);
  expect(readFileSync(`${dir}/background.js`, 'utf8')).toContain(marker);
  const scripts = readdirSync(`${dir}/content-scripts`).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) expect(readFileSync(`${dir}/content-scripts/${file}`, 'utf8'), file).not.toContain(marker);
});
