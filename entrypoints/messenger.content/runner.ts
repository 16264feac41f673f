/**
 * The shared runner: one per messenger page. Owns observation, matching,
 * settings and UI; the site adapter only answers questions about the DOM.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { nextLocalMidnight } from '@/lib/dates';
import { PageStatusSchema, StatusRequestSchema, type PageStatus } from '@/lib/messages';
import { chatKey, reminderFor, type Reminder } from '@/lib/reminder';
import type { Contact } from '@/lib/settings/schema';
import { loadContacts, loadSnooze, saveSnooze, watchContacts, watchSnooze } from '@/lib/settings/storage';
import { isSnoozed, snoozeEnd, type SnoozeChoice } from '@/lib/snooze';
import { adapterFor, adapterForHost } from '@/lib/sites/registry';
import type { OpenChat, SiteAdapter } from '@/lib/sites/types';
import { createChatWatcher } from '@/lib/watch';
import { pagePlacement, pageIsDark } from './page-look';
import { createPageUi } from './page-ui';

/** Runs an adapter call; a selector that breaks means "nothing found", never an error in the page. */
function guarded<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export async function startRunner(ctx: ContentScriptContext): Promise<void> {
  // The page's host picks the adapter; single-page apps move in and out of the
  // messenger view (and between views on one host) without reloading.
  let adapter = adapterForHost(location.href);
  let adapterHref = location.href;
  const currentAdapter = (): SiteAdapter | null => {
    if (location.href !== adapterHref) {
      adapterHref = location.href;
      adapter = adapterFor(adapterHref) ?? adapter;
    }
    return adapter && (!adapter.isMessengerUrl || guarded(() => adapter!.isMessengerUrl!(new URL(adapterHref)), false))
      ? adapter
      : null;
  };
  let contacts: Contact[] = [];
  let snoozeUntil: number | null = null;
  let chat: OpenChat | null = null;
  let reminder: Reminder | null = null;
  let visitKey = '';
  let dismissedVisit: string | null = null;
  // The composer seen at dismissal: when the site rebuilds the pane (a quick
  // switch away and back), it is gone, and that is a new visit.
  let dismissedComposer: Element | null = null;
  let wakeTimer = 0;

  const readChat = (): OpenChat | null => {
    const site = currentAdapter();
    return site ? guarded(() => site.openChat(document, new URL(location.href)), null) : null;
  };

  // The popup asks whether this page is recognised and whether the contact's chat is open.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!StatusRequestSchema.safeParse(message).success || !ctx.isValid) return undefined;
    const site = currentAdapter();
    if (!site) return Promise.resolve(null);
    const current = readChat();
    const status: PageStatus = {
      site: site.name,
      chat: reminderFor(current, contacts, new Date()) ? 'contact' : current ? 'other' : 'none',
    };
    return Promise.resolve(PageStatusSchema.parse(status));
  });
  if (!adapter) return;
  const host = adapter;

  const ui = createPageUi(ctx);

  const render = () => {
    if (!reminder || dismissedVisit === visitKey) return ui.hide();
    const site = currentAdapter();
    const composer = site ? guarded(() => site.composer(document), null) : null;
    ui.show({
      dark: pageIsDark(document, ui.host),
      placement: pagePlacement(window, composer),
      card: { phase: reminder.phase },
      onDismiss: () => {
        dismissedVisit = visitKey;
        dismissedComposer = composer;
        render();
      },
      onSnooze: (choice: SnoozeChoice) => void saveSnooze({ until: snoozeEnd(choice, new Date()) }),
    });
  };

  const evaluate = () => {
    chat = readChat();
    const key = chatKey(chat);
    const rebuilt = dismissedComposer !== null && !dismissedComposer.isConnected;
    const switched = key !== visitKey || rebuilt;
    if (switched) {
      visitKey = key;
      dismissedVisit = null;
      dismissedComposer = null;
    }
    const next = reminderFor(chat, contacts, new Date());
    const changed = switched || next?.contact.id !== reminder?.contact.id || next?.phase.kind !== reminder?.phase.kind;
    reminder = next;
    if (changed) render();
  };

  const watcher = createChatWatcher({
    doc: document,
    root: () => guarded(() => (currentAdapter() ?? host).watchRoot(document), null),
    onChange: evaluate,
    signal: ctx.signal,
  });

  /** Watch only while a reminder could show: a contact saved and not snoozed. */
  const sync = () => {
    const active = contacts.length > 0 && !isSnoozed(snoozeUntil, Date.now());
    if (active) {
      watcher.start();
      evaluate();
      render();
    } else {
      watcher.stop();
      reminder = null;
      ui.hide();
    }
    scheduleWake();
  };

  /** Re-check when a snooze ends or the day (and so the phase) changes. */
  const scheduleWake = () => {
    if (wakeTimer) clearTimeout(wakeTimer);
    const now = Date.now();
    const snoozeLeft = isSnoozed(snoozeUntil, now) ? snoozeUntil! - now : Infinity;
    const delay = Math.min(snoozeLeft, nextLocalMidnight(new Date(now)) - now) + 50;
    wakeTimer = ctx.setTimeout(sync, Math.min(delay, 2 ** 31 - 1));
  };

  ctx.addEventListener(window, 'resize', () => reminder && render());

  [contacts, snoozeUntil] = await Promise.all([
    loadContacts(),
    loadSnooze().then((s) => s?.until ?? null),
  ]);
  const unwatchContacts = watchContacts((list) => {
    contacts = list;
    sync();
  });
  const unwatchSnooze = watchSnooze((snooze) => {
    snoozeUntil = snooze?.until ?? null;
    sync();
  });
  ctx.onInvalidated(() => {
    unwatchContacts();
    unwatchSnooze();
    watcher.stop();
    ui.hide();
  });
  sync();
}
