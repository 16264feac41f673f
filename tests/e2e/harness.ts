/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, the built
 * extension loaded unpacked, each messenger's real URL answered with its saved
 * fixture and every other request aborted (and recorded).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixtureFor, type Fixture } from '../fixtures/fixtures';
import { localDate, toIsoDate } from '@/lib/dates';
import { ContactSchema, PreferencesSchema } from '@/lib/settings/schema';
import { CONTACTS_VERSION, KEYS } from '@/lib/settings/storage';

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
export async function resetStorage(session: Session): Promise<void> {
  await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.clear());
}

export async function openPopup(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

/** "YYYY-MM-DD" for the local date `daysAgo` days before today. */
export function localIsoDate(daysAgo: number): string {
  const now = new Date();
  return toIsoDate(localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo)));
}

export interface ContactEntry {
  name: string;
  otherNames?: string;
  startDate: string;
  windowDays?: number;
  /** Other contact settings (pause, countdown, safety mode) for seeded contacts. */
  extra?: Record<string, unknown>;
}

/** Saves a contact the way a person does: through the popup's labelled fields. */
export async function saveContactInPopup(session: Session, entry: ContactEntry): Promise<void> {
  const popup = await openPopup(session);
  await popup.getByLabel('Contact name').fill(entry.name);
  if (entry.otherNames) await popup.getByLabel('Other names').fill(entry.otherNames);
  await popup.getByLabel('Start date').fill(entry.startDate);
  await popup.getByLabel('Space (days)').fill(String(entry.windowDays ?? 7));
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.getByRole('button', { name: 'Edit' }).waitFor();
  await popup.close();
}

/** Stores a contact directly (for tests about pages, not the popup). */
export async function seedContact(session: Session, entry: ContactEntry): Promise<void> {
  const contact = ContactSchema.parse({
    id: `seed-${entry.name}`,
    name: entry.name,
    otherNames: entry.otherNames ? entry.otherNames.split(',').map((s) => s.trim()) : [],
    startDate: entry.startDate,
    windowDays: entry.windowDays ?? 7,
    ...entry.extra,
  });
  const key = KEYS.contacts.replace(/^local:/, '');
  await session.worker.evaluate(
    ([k, c, v]) => (globalThis as any).chrome.storage.local.set({ [k as string]: [c], [`${k}$`]: { v } }),
    [key, contact, CONTACTS_VERSION] as const,
  );
}

export async function openMessenger(session: Session, fixture: Fixture): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  return page;
}

/** Opens a chat the way the site does (the fixture's own switching). */
export async function openChat(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => (window as unknown as { __openChat(n: string): void }).__openChat(n), name);
}

export const card = (page: Page) => page.getByRole('dialog', { name: /Breathing Room/ });

/** Stores preferences directly (quiet hours etc.), validated like the extension does. */
export async function seedPreferences(session: Session, preferences: Record<string, unknown>): Promise<void> {
  const value = PreferencesSchema.parse(preferences);
  const key = KEYS.preferences.replace(/^local:/, '');
  await session.worker.evaluate(([k, v]) => (globalThis as any).chrome.storage.local.set({ [k as string]: v }), [key, value] as const);
}

/** What the fixture page has "sent" so far. */
export async function sentMessages(page: Page): Promise<{ chat: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __sent: { chat: string; text: string }[] }).__sent.slice());
}

/** The composer's exact content: its DOM and its text (or value), to compare byte for byte. */
export async function composerSnapshot(page: Page, selector: string): Promise<string> {
  return visible(page, selector).evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? `value:${el.value}` : `html:${el.innerHTML}`,
  );
}

export const nudge = (page: Page) => page.getByRole('status').filter({ has: page.locator('.nudge-main') });
export const pauseDialog = (page: Page) => page.getByRole('alertdialog');

/** The first visible element for a selector (fixtures keep hidden decoy editors too). */
export const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first();
