/** The two hooks every fixture page exposes (see tests/fixtures/fixtures.ts), for any browser. */
import type { Tab } from './driver';

export interface SentMessage {
  chat: string;
  text: string;
}

/** Opens a chat the way the site does (the fixture's own switching). */
export async function openChat(tab: Tab, name: string): Promise<void> {
  await tab.evaluate((n) => (window as unknown as { __openChat(n: string): void }).__openChat(n), name);
}

/** What the fixture page has "sent" so far. */
export async function sentMessages(tab: Tab): Promise<SentMessage[]> {
  return tab.evaluate(() => (window as unknown as { __sent: SentMessage[] }).__sent.slice(), undefined);
}
