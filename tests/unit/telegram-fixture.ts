/** Opens a chat on a Telegram fixture page (scripts run, in happy-dom) and reads it with the adapter. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../fixtures/fixtures';
import { openFixtureWindow } from './fixture-window';
import type { OpenThread, SiteAdapter } from '@/lib/sites/types';

export async function openFixtureChat(
  adapter: SiteAdapter,
  url: string,
  name: string,
  inspect?: (doc: Document) => void,
): Promise<OpenThread | null> {
  const win = await openFixtureWindow(url, readFileSync(join(FIXTURES_DIR, adapter.id, 'chat.2026-11.html'), 'utf8'));
  try {
    win.__openChat(name);
    const doc = win.document as unknown as Document;
    inspect?.(doc);
    return adapter.read(doc, new URL(win.location.href));
  } finally {
    await win.happyDOM.close();
  }
}
