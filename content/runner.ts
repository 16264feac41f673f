/**
 * The shared runner: one per messenger page. Owns observation, matching,
 * settings and UI; the site adapter only answers questions about the DOM.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InPageProps } from '@/components/InPage';
import { nextLocalMidnight } from '@/lib/dates';
import { openersFor } from '@/lib/guidance';
import { PageStatusSchema, StatusRequestSchema, type PageStatus } from '@/lib/messages';
import { pauseApplies } from '@/lib/pause';
import { chatKey, reminderFor, type Reminder } from '@/lib/reminder';
import { checkDraft, type DraftContext, type Finding, type RuleId } from '@/lib/rules';
import { DEFAULT_PREFERENCES, type Activity, type Contact, type Preferences } from '@/lib/settings/schema';
import {
  countToday,
  loadActivity,
  loadContacts,
  loadPreferences,
  loadSnooze,
  recordSentTo,
  saveSnooze,
  watchActivity,
  watchContacts,
  watchPreferences,
  watchSnooze,
} from '@/lib/settings/storage';
import { isSnoozed, snoozeEnd, type SnoozeChoice } from '@/lib/snooze';
import { editableText } from '@/lib/sites/dom';
import type { SiteAdapter } from '@/lib/sites/types';
import { createChatWatcher } from '@/lib/watch';
import { nudgePlacement, pageIsDark, pagePlacement } from './page-look';
import { createPageReader } from './page-reader';
import { createPageUi } from './page-ui';
import { installSendGuard } from './send-guard';

// While typing, the draft is re-checked at most this often (and once more after the last key).
const DRAFT_CHECK_MS = 60;

interface PauseState {
  findings: Finding[];
  readyAt: number;
  /** Where the caret was, to put it back exactly. */
  restore: () => void;
}

export async function startRunner(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const reader = createPageReader(adapter, document);

  let contacts: Contact[] = [];
  let activity: Activity = {};
  let preferences: Preferences = DEFAULT_PREFERENCES;
  let snoozeUntil: number | null = null;
  let reminder: Reminder | null = null;

  // The popup asks whether this page is recognised and whether the contact's chat is open.
  // Outside this adapter's view, stay silent: another site's script on the same host may answer.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!StatusRequestSchema.safeParse(message).success || !ctx.isValid) return undefined;
    if (!reader.inView()) return undefined;
    const current = reader.look();
    const status: PageStatus = {
      site: adapter.name,
      chat: reminderFor(current, contacts, new Date()) ? 'contact' : current ? 'other' : 'none',
    };
    return Promise.resolve(PageStatusSchema.parse(status));
  });

  const ui = createPageUi(ctx);
  let visitKey = '';
  let dismissedVisit: string | null = null;
  // The composer seen at dismissal: when the site rebuilds the pane (a quick
  // switch away and back), it is gone, and that is a new visit.
  let dismissedComposer: Element | null = null;
  let findings: Finding[] = [];
  /** The page's theme, read once per visit (it samples the page under the card). */
  let dark: boolean | undefined;
  let pause: PauseState | null = null;
  let allowNext = false;
  let draftTimer = 0;
  let wakeTimer = 0;

  const draftContext = (): DraftContext => {
    return {
      now: new Date(),
      phase: reminder?.phase ?? null,
      lastMessageMine: reader.lastMessageMine(),
      lastSentAt: reminder ? (activity[reminder.contact.id]?.lastSentAt ?? null) : null,
      quietHours: preferences.quietHours,
      limits: preferences.limits,
      disabled: preferences.disabledRules as RuleId[],
    };
  };
  const currentDraft = () => editableText(reader.composer());

  const paint = () => {
    const showCard = reminder !== null && dismissedVisit !== visitKey;
    const composer = reminder ? reader.composer() : null;
    const props: InPageProps = {
      dark: false,
      placement: pagePlacement(window, composer),
      card: showCard ? { phase: reminder!.phase } : null,
      onDismiss: () => {
        dismissedVisit = visitKey;
        dismissedComposer = composer;
        paint();
      },
      onSnooze: (choice: SnoozeChoice) => void saveSnooze({ until: snoozeEnd(choice, new Date()) }),
      nudge:
        reminder && findings.length > 0
          ? { findings, opener: openersFor(reminder.phase)[0] ?? null, placement: nudgePlacement(window, composer) }
          : null,
      pause: pause
        ? { findings: pause.findings, readyAt: pause.readyAt, onKeep: keepDraft, onSendAnyway: sendAnyway }
        : null,
    };
    if (!props.card && !props.nudge && !props.pause) return ui.hide();
    dark ??= pageIsDark(document, ui.host);
    props.dark = dark;
    ui.show(props);
  };

  const checkDraftNow = () => {
    draftTimer = 0;
    if (!ctx.isValid) return;
    const next = reminder ? checkDraft(currentDraft(), draftContext()) : [];
    const same = next.length === findings.length && next.every((f, i) => f.rule === findings[i]?.rule);
    findings = next;
    if (!same) paint();
  };
  const scheduleDraftCheck = () => {
    if (draftTimer) return;
    // A plain timer: ctx.setTimeout adds an invalidation listener per call, one per keystroke burst.
    draftTimer = window.setTimeout(checkDraftNow, DRAFT_CHECK_MS);
  };

  const closePause = (restoreCaret: boolean) => {
    const closing = pause;
    pause = null;
    paint();
    if (restoreCaret) closing?.restore();
  };
  function keepDraft() {
    void countToday('kept').catch(() => undefined);
    closePause(true);
  }
  function sendAnyway() {
    allowNext = true;
    closePause(true);
  }

  const openPause = () => {
    if (!reminder || pause) return;
    const composer = reader.composer();
    pause = {
      findings: checkDraft(currentDraft(), draftContext()),
      readyAt: Date.now() + reminder.contact.countdownSeconds * 1000,
      restore: caretRestorer(composer),
    };
    paint();
  };

  const evaluate = () => {
    const chat = reader.look();
    const key = chatKey(chat);
    const rebuilt = dismissedComposer !== null && !dismissedComposer.isConnected;
    const switched = key !== visitKey || rebuilt;
    if (switched) {
      visitKey = key;
      reader.newVisit();
      dark = undefined;
      dismissedVisit = null;
      dismissedComposer = null;
      allowNext = false;
      if (pause) pause = null;
    }
    const next = reminderFor(chat, contacts, new Date());
    const changed = switched || next?.contact.id !== reminder?.contact.id || next?.phase.kind !== reminder?.phase.kind;
    reminder = next;
    if (!reminder) findings = [];
    if (changed) {
      paint();
      if (reminder) scheduleDraftCheck();
    }
  };

  const watcher = createChatWatcher({
    doc: document,
    root: () => reader.watchRoot(),
    onChange: evaluate,
    // Typing changes only the composer: that is the draft's business, not a chat switch.
    ignore: (node) => reader.knownComposer()?.contains(node) ?? false,
    signal: ctx.signal,
  });

  /** Watch only while a reminder could show: a contact saved and not snoozed. */
  const sync = () => {
    const active =
      contacts.length > 0 && !isSnoozed(snoozeUntil, Date.now()) && !preferences.disabledSites.includes(adapter.id);
    if (active) {
      watcher.start();
      evaluate();
      paint();
    } else {
      watcher.stop();
      reminder = null;
      findings = [];
      pause = null;
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
    wakeTimer = window.setTimeout(sync, Math.min(delay, 2 ** 31 - 1));
  };

  // Typing in the contact's composer: re-check the draft, at most every DRAFT_CHECK_MS.
  ctx.addEventListener(
    document,
    'input',
    (event: Event) => {
      if (!reminder) watcher.flush();
      if (!reminder) return;
      const composer = reader.composer();
      const target = event.composedPath()[0];
      if (composer && target instanceof Node && composer.contains(target)) {
        reader.draftChanged();
        scheduleDraftCheck();
      }
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'resize', () => reminder && paint());

  installSendGuard(ctx, {
    guarded: () => {
      // A send must never slip through on a stale look: catch up first if a change is pending.
      watcher.flush();
      if (!reminder || !reader.inView()) return null;
      // Asked on every key and pointer event: the per-visit lookups, not a fresh search each time.
      return { composer: reader.composer(), sendButton: reader.sendButton(), pause: pauseApplies(reminder.contact, reminder.phase) };
    },
    hasDraft: () => currentDraft().trim().length > 0,
    allowed: () => allowNext,
    spendAllowance: () => {
      allowNext = false;
    },
    onPause: openPause,
    pauseOpen: () => pause !== null,
    onEscape: keepDraft,
    onSendPassed: (afterPause) => {
      const contact = reminder?.contact;
      if (contact) void recordSentTo(contact.id).catch(() => undefined);
      if (contact) void countToday('sent').catch(() => undefined);
      if (afterPause) void countToday('sentAfterPause').catch(() => undefined);
      findings = [];
      window.setTimeout(checkDraftNow, 250);
    },
  });

  [contacts, snoozeUntil, activity, preferences] = await Promise.all([
    loadContacts(),
    loadSnooze().then((s) => s?.until ?? null),
    loadActivity(),
    loadPreferences(),
  ]);
  const unwatch = [
    watchContacts((list) => {
      contacts = list;
      sync();
    }),
    watchSnooze((snooze) => {
      snoozeUntil = snooze?.until ?? null;
      sync();
    }),
    watchActivity((next) => {
      activity = next;
    }),
    watchPreferences((next) => {
      preferences = next;
      sync();
    }),
  ];
  ctx.onInvalidated(() => {
    clearTimeout(draftTimer);
    clearTimeout(wakeTimer);
    unwatch.forEach((u) => u());
    watcher.stop();
    ui.hide();
  });
  sync();
}

/** Remembers the caret in the composer so focus can return to exactly where it was. */
function caretRestorer(composer: HTMLElement | null): () => void {
  if (!composer) return () => undefined;
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd } = composer;
    return () => {
      if (!composer.isConnected) return;
      composer.focus({ preventScroll: true });
      if (selectionStart !== null && selectionEnd !== null) composer.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const selection = document.getSelection();
  const range =
    selection && selection.rangeCount > 0 && composer.contains(selection.getRangeAt(0).startContainer)
      ? selection.getRangeAt(0).cloneRange()
      : null;
  return () => {
    if (!composer.isConnected) return;
    composer.focus({ preventScroll: true });
    const current = document.getSelection();
    if (range && current) {
      current.removeAllRanges();
      current.addRange(range);
    }
  };
}
