/**
 * The shared browser-test flows' view of a Firefox tab (tests/browser-flows),
 * over puppeteer-core and WebDriver BiDi.
 *
 * Roles and names come from Firefox's own accessibility tree (the BiDi
 * accessibility locator of `browsingContext.locateNodes`, which puppeteer's
 * `::-p-aria(...)` uses), and those queries do not pierce shadow roots: the
 * extension's in-page UI is found by starting the query at the open shadow
 * root of each `breathing-room` element (the only place, by DESIGN.md's
 * contract, where that UI lives). Names match exactly, where playwright's
 * match a substring. "Visible" is playwright's definition: a non-empty box and
 * no `visibility: hidden`.
 *
 * Speed: `page.$$(…)` and `$$('::-p-aria(…)')` move every result between
 * JavaScript realms (~0.15 s a query here), and awaiting a handle's disposal
 * costs a round trip; so elements are found with `evaluateHandle`, roles with
 * the handle method behind `::-p-aria` (`queryAXTree`, internal to puppeteer,
 * which is pinned at an exact version), and handles are released without
 * waiting.
 */
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import type { InPagePart, Tab, Target } from '../browser-flows/driver';

type Handles = () => Promise<ElementHandle[]>;

const release = (handles: JSHandle[]) => {
  for (const h of handles) void h.dispose().catch(() => undefined);
};

/** Nodes under `start` with this role and exact accessible name, from Firefox's accessibility tree. */
async function axQuery(start: ElementHandle<Node>, role?: string, name?: string): Promise<ElementHandle[]> {
  const found: ElementHandle[] = [];
  const query = (start as unknown as { queryAXTree(name?: string, role?: string): AsyncIterable<ElementHandle> }).queryAXTree;
  for await (const node of query.call(start, name, role)) found.push(node);
  return found;
}

const describeQuery = (role?: string, name?: string) =>
  `[role=${role ?? '*'}]${name === undefined ? '' : `[name=${JSON.stringify(name)}]`}`;

/** Runs `use` on the current matches, then lets them go. */
async function withHandles<R>(find: Handles, use: (handles: ElementHandle[]) => Promise<R>): Promise<R> {
  const handles = await find();
  try {
    return await use(handles);
  } finally {
    release(handles);
  }
}

/** Playwright's strictness: a question about one element with several matches is a mistake in the test. */
function single(handles: ElementHandle[], what: string): ElementHandle {
  if (handles.length > 1) throw new Error(`${handles.length} elements match ${what}`);
  if (handles.length === 0) throw new Error(`Nothing matches ${what}`);
  return handles[0]!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `ready` holds (playwright's auto-waiting, which puppeteer's handles lack). */
async function until(ready: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await ready().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

const isVisible = (h: ElementHandle) =>
  h.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  });

function handlesTarget(find: Handles, what: string): Target {
  const one = <R>(use: (h: ElementHandle) => Promise<R>) => withHandles(find, (hs) => use(single(hs, what)));
  const target: Target = {
    count: () => withHandles(find, async (hs) => hs.length),
    isVisible: () => withHandles(find, async (hs) => (hs.length === 0 ? false : isVisible(single(hs, what)))),
    text: () => withHandles(find, async (hs) => (hs.length === 0 ? null : single(hs, what).evaluate((el) => el.textContent))),
    isDisabled: () => one((h) => h.evaluate((el) => el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true')),
    isEnabled: async () => !(await target.isDisabled()),
    async click() {
      await until(() => target.isVisible(), `${what} to be visible`);
      // The locator waits for a stable box and an enabled element, then clicks its centre with the mouse.
      await one((h) => h.asLocator().click());
    },
    waitFor: () => until(() => target.isVisible(), `${what} to be visible`),
    byRole: (role, name) =>
      handlesTarget(
        () => withHandles(find, async (parents) => (await Promise.all(parents.map((p) => axQuery(p, role, name)))).flat()),
        `${describeQuery(role, name)} in ${what}`,
      ),
  };
  return target;
}

/** Nodes in the page's own document by role and name. */
function inDocument(page: Page, role?: string, name?: string): Handles {
  return async () => {
    const root = (await page.evaluateHandle(() => document.documentElement)) as ElementHandle<Node>;
    try {
      return await axQuery(root, role, name);
    } finally {
      release([root]);
    }
  };
}

/** The extension's in-page UI: role queries started at each `breathing-room` shadow root; `has` filters like playwright's. */
function inPage(page: Page, role: string, name?: string, has?: string): Handles {
  return async () => {
    const hosts = await page.evaluate(() => document.querySelectorAll('breathing-room').length);
    const found: ElementHandle[] = [];
    for (let i = 0; i < hosts; i++) {
      const root = await page.evaluateHandle((n) => document.querySelectorAll('breathing-room')[n]?.shadowRoot ?? null, i);
      const element = root.asElement() as ElementHandle<Node> | null;
      try {
        if (!element) continue;
        for (const match of await axQuery(element, role, name)) {
          if (!has || (await match.evaluate((el, sel) => el.querySelector(sel) !== null, has))) found.push(match);
          else release([match]);
        }
      } finally {
        release([root]);
      }
    }
    return found;
  };
}

const IN_PAGE: Record<InPagePart, (page: Page) => Handles> = {
  card: (page) => inPage(page, 'dialog', 'Breathing Room'),
  // Only our nudge: the same filter as the Chromium tests' locator.
  nudge: (page) => inPage(page, 'status', undefined, '.nudge-main'),
  pause: (page) => inPage(page, 'alertdialog'),
  noted: (page) => inPage(page, 'status', undefined, '.note-saved-text'),
};

/** Waits for the first visible element for a selector (fixtures keep hidden decoy editors too), uses it, lets it go. */
async function onFirstVisible<R>(page: Page, selector: string, use: (h: ElementHandle) => Promise<R>): Promise<R> {
  let found: ElementHandle | null = null;
  await until(async () => {
    const handle = await page.evaluateHandle(
      (sel) =>
        [...document.querySelectorAll(sel)].find((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        }) ?? null,
      selector,
    );
    found = handle.asElement() as ElementHandle | null;
    if (!found) release([handle]);
    return found !== null;
  }, `a visible ${selector}`);
  try {
    return await use(found!);
  } finally {
    release([found!]);
  }
}

/** Playwright's key notation for puppeteer: "Shift+Enter", "ControlOrMeta+A". */
async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+').map((k) => (k === 'ControlOrMeta' ? (process.platform === 'darwin' ? 'Meta' : 'Control') : k));
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier as never);
  await page.keyboard.press(key as never);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
}

export function firefoxTab(page: Page): Tab {
  return {
    ui: (part) => handlesTarget(IN_PAGE[part](page), `the ${part}`),
    byRole: (role, name) => handlesTarget(inDocument(page, role, name), describeQuery(role, name)),
    async fill(label, value) {
      // The name query also finds the <label> itself; the control is the labelled form element.
      const controls: Handles = async () => {
        const keep: ElementHandle[] = [];
        for (const m of await inDocument(page, undefined, label)()) {
          const control = await m.evaluate(
            (el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement,
          );
          if (control) keep.push(m);
          else release([m]);
        }
        return keep;
      };
      await until(async () => (await withHandles(controls, async (hs) => hs.length)) === 1, `one control labelled "${label}"`);
      // puppeteer's locator fill types into text fields and sets (with input events) dates and the like.
      await withHandles(controls, (hs) => single(hs, label).asLocator().fill(value));
    },
    click: (selector) => onFirstVisible(page, selector, (h) => h.click()),
    type: (text) => page.keyboard.type(text),
    press: (key) => press(page, key),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
    snapshot: (selector) =>
      onFirstVisible(page, selector, (h) =>
        h.evaluate((el) =>
          el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? `value:${el.value}` : `html:${el.innerHTML}`,
        ),
      ),
    hasFocus: (selector) =>
      onFirstVisible(page, selector, (h) => h.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))),
    close: () => page.close(),
  };
}
