/**
 * Real-Firefox harness: Debian's firefox-esr driven headless by puppeteer-core
 * over WebDriver BiDi, the built add-on (.output/firefox-mv2) installed as a
 * temporary add-on, each messenger's real URL answered with its saved fixture,
 * and a refusing proxy behind everything else. Never a downloaded browser.
 *
 * What it takes to drive Firefox (learned by hand, kept here):
 * - `moz-extension://` pages open only with the launch flag
 *   `--remote-allow-system-access`, and `page.goto` to them never resolves (no
 *   navigation-started event): send BiDi `browsingContext.navigate` with wait
 *   "complete" and poll `location.href`.
 * - The add-on's UUID (the host of its pages) is random per profile unless the
 *   pref `extensions.webextensions.uuids` (a JSON map from the gecko id to a
 *   UUID) is set before install; set, the popup's URL is known.
 * - `HTTPRequest.resourceType()` throws under BiDi: use `isNavigationRequest()`.
 *   `data:` URLs show up in interception and are not network requests.
 * - BiDi interception sees only a tab's own requests: to prove "no request
 *   leaves the add-on", Firefox's proxy prefs point at a local proxy that
 *   records and refuses everything; content-script and background requests go
 *   there too.
 * - Firefox's own settings traffic stops with the environment variable
 *   `MOZ_REMOTE_SETTINGS_DEVTOOLS=1`; site icons are turned off by pref
 *   (`browser.chrome.site_icons`), so no tab asks for /favicon.ico either.
 * - Content-script errors reach puppeteer as `console`/`pageerror` events on
 *   the tab; errors in the add-on's own pages and background do not (BiDi sends
 *   no log events for moz-extension contexts), but Firefox's stderr carries a
 *   `JavaScript error: moz-extension://…` line for every uncaught one.
 * - Bring the messenger tab to the front before checking the card: the
 *   content script's watcher runs on animation frames, which a background tab
 *   does not get.
 * - puppeteer-core 25 asks for Node ≥ 22.12 in its engines field but runs on
 *   Node 20 (npm only warns).
 * - puppeteer's `::-p-aria` role queries do not pierce shadow roots; see tab.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Fixture } from '../fixtures/fixtures';
import type { Driver } from '../browser-flows/driver';
import { contactItems, preferenceItems } from '../browser-flows/seed';
import { startRefusingProxy } from './refusing-proxy';
import { firefoxTab } from './tab';

export const FIREFOX_EXTENSION_DIR = resolve(process.cwd(), '.output/firefox-mv2');
/** Any fixed UUID: the add-on's pages are then at moz-extension://<this>/. */
const ADDON_UUID = '5b1e8d0c-7a43-4f2e-9c61-b2e0a4d7f913';

/** Debian's firefox-esr (`apt-get install -y firefox-esr`), or FIREFOX_PATH. */
export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  return execFileSync('sh', ['-c', 'command -v firefox-esr'], { encoding: 'utf8' }).trim();
}

export interface FirefoxDriver extends Driver {
  /** Closes every tab the driver opened (the add-on page it keeps for storage stays). */
  closeTabs(): Promise<void>;
  /** Opens one of the add-on's own pages ("popup.html", "options.html") in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
}

export interface FirefoxSession {
  browser: Browser;
  /** What `firefox-esr --version` says, e.g. "Mozilla Firefox 153.8.0esr". */
  version: string;
  driver: FirefoxDriver;
  /** Every request that reached the refusing proxy (each one was refused). */
  proxied: string[];
  /** Every tab request to another site than the tab's own (each one was aborted). */
  blocked: string[];
  /**
   * Tab requests to the tab's own site beyond the fixture page (a fixture's script drawing emoji as
   * images, say): the page's own business, aborted too, kept apart for a reader.
   */
  ownSite: string[];
  /** Errors from tabs (console errors, uncaught exceptions) and from the add-on (stderr). */
  errors: string[];
  close(): Promise<void>;
}

function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
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

export async function launchFirefox(fixtures: Fixture[]): Promise<FirefoxSession> {
  const manifestFile = resolve(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  const geckoId: string = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const executablePath = firefoxPath();
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();

  const proxy = await startRefusingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }),
      // Everything that would go out goes to the refusing proxy, localhost included, never around it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.failover_direct': false,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'browser.chrome.site_icons': false,
    },
  });

  const errors: string[] = [];
  const blocked: string[] = [];
  const ownSite: string[] = [];
  // Firefox writes uncaught errors of every context to stderr, one "JavaScript error: <url>, line N: …" line each.
  let partial = '';
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('JavaScript error: moz-extension://')) errors.push(`stderr: ${line}`);
  });

  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }

  const pages = new Map(fixtures.map((f) => [pageKey(f.url), f]));
  const opened = new Set<Page>();

  function watchErrors(page: Page) {
    page.on('pageerror', (e) => errors.push(`pageerror ${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console ${m.location()?.url ?? page.url()}: ${m.text()}`);
    });
  }

  async function serve(request: HTTPRequest, site: string) {
    const url = request.url();
    const fixture = pages.get(pageKey(url));
    try {
      if (fixture && request.isNavigationRequest()) {
        await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture.html });
      } else if (url.startsWith('data:') || url.startsWith('moz-extension://')) {
        await request.continue(); // inline data and the add-on's own files: not network requests
      } else {
        (origin(url) === site ? ownSite : blocked).push(url);
        await request.abort('blockedbyclient');
      }
    } catch {
      // The tab closed while the request was paused.
    }
  }

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    opened.add(page);
    watchErrors(page);
    const url = `moz-extension://${ADDON_UUID}/${path}`;
    // page.goto never resolves for moz-extension:// (see the header): navigate over BiDi, then poll.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> } };
    await frame.browsingContext.navigate(url, 'complete');
    const end = Date.now() + 10_000;
    while ((await page.evaluate(() => location.href).catch(() => '')) !== url) {
      if (Date.now() > end) throw new Error(`${url} did not open`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return page;
  }

  // One add-on page stays open for the whole session: browser.storage.local is reachable from it.
  const storagePage = await openExtensionPage('popup.html');
  opened.delete(storagePage);
  const setInStorage = (items: Record<string, unknown>) =>
    storagePage.evaluate((i) => (globalThis as any).browser.storage.local.set(i), items);

  const driver: FirefoxDriver = {
    async openMessenger(fixture) {
      const page = await browser.newPage();
      opened.add(page);
      watchErrors(page);
      await page.setRequestInterception(true);
      page.on('request', (request) => void serve(request, origin(fixture.url)));
      await page.goto(fixture.url);
      await page.bringToFront();
      return firefoxTab(page);
    },
    openPopup: async () => firefoxTab(await openExtensionPage('popup.html')),
    openOptions: async () => firefoxTab(await openExtensionPage('options.html')),
    openExtensionPage,
    resetStorage: () => storagePage.evaluate(() => (globalThis as any).browser.storage.local.clear()),
    seedContact: (entry) => setInStorage(contactItems(entry)),
    seedPreferences: (preferences) => setInStorage(preferenceItems(preferences)),
    async closeTabs() {
      for (const page of opened) await page.close().catch(() => undefined);
      opened.clear();
    },
  };

  return {
    browser,
    version,
    driver,
    proxied: proxy.requests,
    blocked,
    ownSite,
    errors,
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
