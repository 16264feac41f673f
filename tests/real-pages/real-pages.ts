/**
 * The real saved messenger pages in ../shared/real-pages (see its README):
 * pages people saved from their own sessions, never copied into this repo.
 * Both the adapter-level suite (tests/unit/real-pages.test.ts) and the
 * real-Chromium suite (tests/e2e/real-pages.test.ts) read them from here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { titleMatchesContact } from '@/lib/match';

export const REAL_PAGES_DIR = resolve(process.cwd(), '../shared/real-pages');

const EntrySchema = z.object({
  file: z.string(),
  site: z.string(),
  url: z.string(),
  title: z.string(),
  kind: z.enum(['direct', 'group']),
  header: z.optional(z.string()),
  captured: z.optional(z.string()),
  source: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type RealPage = z.infer<typeof EntrySchema> & { html: () => string };

/** Every real page, or null when the folder is absent (a clone without ../shared). */
export function realPages(): RealPage[] | null {
  const index = join(REAL_PAGES_DIR, 'INDEX.json');
  if (!existsSync(index)) return null;
  return z
    .array(EntrySchema)
    .parse(JSON.parse(readFileSync(index, 'utf8')))
    .map((entry) => ({ ...entry, html: () => readFileSync(join(REAL_PAGES_DIR, entry.file), 'utf8') }));
}

/** One line for a run without the folder: the suite says so and the rest runs. */
export const ABSENT = `../shared/real-pages is absent (${REAL_PAGES_DIR}): the real-page checks have nothing to read`;

/**
 * Where each site lists its conversations: rows, and the name inside a row.
 * Test-side knowledge only (the product never reads the chat list); several
 * layouts per site, most recent first.
 */
const CHAT_LISTS: Record<string, { rows: string; name: string }[]> = {
  whatsapp: [{ rows: '#pane-side [role="row"], #pane-side [role="listitem"]', name: 'span[title]' }],
  // The dialog's own title (2022–2026 rows list the last sender's `.peer-title` first, in the subtitle row).
  'telegram-k': [{ rows: '.chatlist-chat', name: '.user-title .peer-title' }],
  'telegram-a': [{ rows: '#LeftColumn .ListItem.Chat', name: '.fullName' }],
  // Meta: Comet (2020–) rows link to /t/<id> with the name in a dir=auto span; the classic
  // client (2016–2020) draws rows as li[role="row"] whose link keeps its target in data-href.
  messenger: [
    { rows: '[role="navigation"] [role="row"], [role="navigation"] li', name: 'a[href*="/t/"] span[dir="auto"]' },
    { rows: 'li[role="row"]', name: 'a[data-href*="/t/"] span' },
  ],
  facebook: [
    { rows: '[role="navigation"] [role="row"], [role="navigation"] li', name: 'a[href*="/t/"] span[dir="auto"]' },
    { rows: 'li[role="row"]', name: 'a[data-href*="/t/"] span' },
  ],
};

/** The names in the page's chat list that are not the open chat's, in list order. */
export function otherChatNames(doc: Document, page: Pick<RealPage, 'site' | 'title'>): string[] {
  const out: string[] = [];
  for (const { rows, name } of CHAT_LISTS[page.site] ?? []) {
    for (const row of doc.querySelectorAll(rows)) {
      const el = row.querySelector(name);
      const text = (el?.getAttribute('title') || el?.textContent || '').replace(/\s+/g, ' ').trim();
      if (text && !titleMatchesContact(page.title, { name: text }) && !out.includes(text)) out.push(text);
    }
  }
  return out;
}
