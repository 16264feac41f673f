// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChatWatcher } from '@/lib/watch';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let stop: (() => void) | undefined;
/** A clock that moves only when told, so a look's cost does not depend on how busy the machine is. */
function virtualClock() {
  const t = 1000;
  vi.spyOn(window.performance, 'now').mockImplementation(() => t);
}
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

describe('chat watcher', () => {
  it('looks at once after a quiet spell, then at most once a frame while changes keep coming', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let looks = 0;
    const watcher = createChatWatcher({ doc: document, root: () => root, onChange: () => looks++ });
    stop = () => watcher.stop();
    watcher.start();
    await frame();
    await sleep(20);
    looks = 0;
    root.append(document.createElement('p'));
    await Promise.resolve();
    expect(looks).toBe(1); // leading edge, same task
    for (let i = 0; i < 20; i++) root.append(document.createElement('p'));
    await Promise.resolve();
    expect(looks).toBe(1); // batched
    await frame();
    await frame();
    expect(looks).toBe(2); // one trailing look for the batch
  });

  it('spaces looks out when a look is expensive', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let looks = 0;
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const watcher = createChatWatcher({
      doc: document,
      root: () => root,
      onChange: () => {
        looks++;
        busy(4);
      },
    });
    stop = () => watcher.stop();
    watcher.start(); // first look: learns it costs at least 4 ms, so the next waits at least 200 ms (at most 500)
    looks = 0;
    const started = performance.now();
    while (performance.now() - started < 150) {
      root.append(document.createElement('p'));
      await frame();
    }
    expect(looks).toBe(0);
    // The trailing look still comes, once, within the 500 ms cap (how soon is the benchmark's business;
    // a busy machine makes the measured cost, and so the wait, longer).
    const deadline = performance.now() + 2000;
    while (looks === 0 && performance.now() < deadline) await sleep(20);
    await frame();
    await frame();
    expect(looks).toBe(1);
  });

  it('looks at a focus move once the page has rendered the chat it moved to', async () => {
    virtualClock();
    const root = document.createElement('div');
    const input = document.createElement('input');
    root.append(input);
    document.body.append(root);
    const seen: boolean[] = [];
    const watcher = createChatWatcher({ doc: document, root: () => root, onChange: () => seen.push(!!root.querySelector('h2')) });
    stop = () => watcher.stop();
    watcher.start();
    await frame();
    await frame();
    seen.length = 0;
    input.focus(); // the site focuses the composer first...
    root.append(document.createElement('h2')); // ...then renders the title, in the same task
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([true]);
  });

  it('flush looks at once when a change is still waiting, and does nothing otherwise', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let looks = 0;
    const busy = () => {
      const end = performance.now() + 4;
      while (performance.now() < end);
    };
    const watcher = createChatWatcher({
      doc: document,
      root: () => root,
      onChange: () => {
        looks++;
        busy();
      },
    });
    stop = () => watcher.stop();
    watcher.start();
    looks = 0;
    watcher.flush();
    expect(looks).toBe(0);
    root.append(document.createElement('p'));
    await Promise.resolve();
    expect(looks).toBe(0); // spaced out after an expensive look
    watcher.flush();
    expect(looks).toBe(1);
  });

  it('ignores changes only inside ignored nodes (typing in the composer)', async () => {
    const root = document.createElement('div');
    const composer = document.createElement('div');
    root.append(composer);
    document.body.append(root);
    let looks = 0;
    const watcher = createChatWatcher({ doc: document, root: () => root, onChange: () => looks++, ignore: (n) => composer.contains(n) });
    stop = () => watcher.stop();
    watcher.start();
    await frame();
    await sleep(20);
    looks = 0;
    composer.append('typed');
    await frame();
    expect(looks).toBe(0);
  });

  it('stops observing while the tab is hidden and looks again when it comes back', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let looks = 0;
    const watcher = createChatWatcher({ doc: document, root: () => root, onChange: () => looks++ });
    stop = () => watcher.stop();
    watcher.start();
    await frame();
    await sleep(20);
    looks = 0;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    root.append(document.createElement('p'));
    await frame();
    expect(looks).toBe(0);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
    await frame();
    expect(looks).toBe(1);
  });
});
