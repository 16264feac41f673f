/** Opens a chat on a Telegram fixture page (scripts run, in happy-dom) and reads it with the adapter. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { FIXTURES_DIR } from '../fixtures/fixtures';
import type { OpenThread, SiteAdapter } from '@/lib/sites/types';

export async function openFixtureChat(
  adapter: SiteAdapter,
  url: string,
  name: string,
  inspect?: (doc: Document) => void,
): Promise<OpenThread | null> {
  const win = new Window({
    url,
    width: 1280,
    height: 800,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  try {
    win.document.write(readFileSync(join(FIXTURES_DIR, adapter.id, 'chat.2026-11.html'), 'utf8'));
    await win.happyDOM.waitUntilComplete();
    (win as unknown as { __openChat(n: string): void }).__openChat(name);
    const doc = win.document as unknown as Document;
    inspect?.(doc);
    return adapter.read(doc, new URL(win.location.href));
  } finally {
    await win.happyDOM.close();
  }
}
