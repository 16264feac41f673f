/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, the built
 * extension loaded unpacked, each messenger's real URL answered with its saved
 * fixture and every other request aborted (and recorded).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { fixtureFor, type Fixture } from '../fixtures/fixtures';
import type { Driver, InPagePart, Tab, Target } from '../browser-flows/driver';
import * as hooks from '../browser-flows/hooks';
import * as popupFlow from '../browser-flows/popup';
import { contactItems, preferenceItems, type ContactEntry } from '../browser-flows/seed';

export { localIsoDate, type ContactEntry } from '../browser-flows/seed';

export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request that was not a fixture page: each one was aborted. */
  blocked: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default). Benchmarks also launch a browser without it, to compare. */
  extension?: boolean;
  /** The browser's interface language (what chrome.i18n reads), e.g. 'es'. */
  lang?: string;
}

export async function launch(fixtures: Fixture[] = [], { extension = true, lang }: LaunchOptions = {}): Promise<Session> {
  if (extension && !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_ES.UTF-8` } } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
  const blocked: string[] = [];
  const pages = new Map(fixtures.map((f) => [pageKey(f.url), f]));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages and scripts are local files, not network requests.
    if (url.startsWith(`chrome-extension://`)) return route.continue();
    const fixture = pages.get(pageKey(url));
    if (fixture && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture.html });
    } else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const worker = extension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : (undefined as unknown as Worker);
  const extensionId = extension ? new URL(worker.url()).host : '';
  return {
    context,
    worker,
    extensionId,
    blocked,
    close: () => context.close(),
  };
}

/** Fixture pages are keyed by origin and path; the query string is the page's own business. */
function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

export function loadFixture(id: string): Fixture {
  const fixture = fixtureFor(id);
  if (!fixture) throw new Error(`No fixture for ${id}`);
  return fixture;
}

/** Clears everything the extension stored, from its own service worker. */
/** Before each test of a file that shares one browser: empty storage, then `preferences` if given, and no page left from the last test. */
export async function freshStart(session: Session, preferences?: Record<string, unknown>): Promise<void> {
  await resetStorage(session);
  if (preferences) await seedPreferences(session, preferences);
  for (const page of session.context.pages()) await page.close();
}

export async function resetStorage(session: Session): Promise<void> {
  await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.clear());
}

export async function openPopup(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

/** Saves a contact the way a person does: through the popup's labelled fields. */
export async function saveContactInPopup(session: Session, entry: ContactEntry): Promise<void> {
  await popupFlow.saveContactInPopup(chromiumDriver(session), entry);
}

/** Stores a contact directly (for tests about pages, not the popup). */
export async function seedContact(session: Session, entry: ContactEntry): Promise<void> {
  await setInStorage(session, contactItems(entry));
}

/** Writes storage.local items from the extension's own service worker. */
async function setInStorage(session: Session, items: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate((i) => (globalThis as any).chrome.storage.local.set(i), items);
}

export async function openMessenger(session: Session, fixture: Fixture): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  return page;
}

/** Opens a chat the way the site does (the fixture's own switching). */
export async function openChat(page: Page, name: string): Promise<void> {
  await hooks.openChat(chromiumTab(page), name);
}

export const card = (page: Page) => page.getByRole('dialog', { name: /Breathing Room/ });

/** Stores preferences directly (quiet hours etc.), validated like the extension does. */
export async function seedPreferences(session: Session, preferences: Record<string, unknown>): Promise<void> {
  await setInStorage(session, preferenceItems(preferences));
}

/** What the fixture page has "sent" so far. */
export async function sentMessages(page: Page): Promise<{ chat: string; text: string }[]> {
  return hooks.sentMessages(chromiumTab(page));
}

/** The composer's exact content: its DOM and its text (or value), to compare byte for byte. */
export async function composerSnapshot(page: Page, selector: string): Promise<string> {
  return visible(page, selector).evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? `value:${el.value}` : `html:${el.innerHTML}`,
  );
}

export const nudge = (page: Page) => page.getByRole('status').filter({ has: page.locator('.nudge-main') });
export const pauseDialog = (page: Page) => page.getByRole('alertdialog');
/** The line after "Save to my notes". */
export const notedLine = (page: Page) => page.getByRole('status').filter({ has: page.locator('.note-saved-text') });

/** The first visible element for a selector (fixtures keep hidden decoy editors too). */
export const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first();

/** The shared browser-test flows' view of a Chromium page (tests/browser-flows). */
export function chromiumTab(page: Page): Tab {
  const parts: Record<InPagePart, () => Locator> = {
    card: () => card(page),
    nudge: () => nudge(page),
    pause: () => pauseDialog(page),
    noted: () => notedLine(page),
  };
  return {
    ui: (part) => locatorTarget(parts[part]()),
    byRole: (role, name) => locatorTarget(page.getByRole(role as AriaRole, name === undefined ? undefined : { name, exact: true })),
    fill: (label, value) => page.getByLabel(label).fill(value),
    click: (selector) => visible(page, selector).click(),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => any, arg as unknown),
    snapshot: (selector) => composerSnapshot(page, selector),
    hasFocus: (selector) =>
      visible(page, selector).evaluate((el) => {
        // Focus inside an open shadow root (X's chat) shows on the document as its host: follow it down.
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return el === active || el.contains(active);
      }),
    close: () => page.close(),
  };
}

/** The shared browser-test flows' view of a Chromium session. */
export function chromiumDriver(session: Session): Driver {
  return {
    openMessenger: async (fixture) => chromiumTab(await openMessenger(session, fixture)),
    openPopup: async () => chromiumTab(await openPopup(session)),
    openOptions: async () => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      return chromiumTab(page);
    },
    resetStorage: () => resetStorage(session),
    seedContact: (entry) => seedContact(session, entry),
    seedPreferences: (preferences) => seedPreferences(session, preferences),
  };
}

type AriaRole = Parameters<Page['getByRole']>[0];

function locatorTarget(locator: Locator): Target {
  return {
    count: () => locator.count(),
    isVisible: () => locator.isVisible(),
    text: () => locator.textContent(),
    isEnabled: () => locator.isEnabled(),
    isDisabled: () => locator.isDisabled(),
    click: () => locator.click(),
    waitFor: () => locator.waitFor(),
    // Exact names, as in Firefox (tests/firefox/tab.ts): "Delete" is not "Delete all notes".
    byRole: (role, name) => locatorTarget(locator.getByRole(role as AriaRole, { name, exact: true })),
  };
}
