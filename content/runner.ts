/**
 * The shared runner, one per messenger page: wiring only. The page reader
 * reads the adapter, the visit model (lib/visit.ts) decides what shows, the
 * send guard owns sends and the pause, the settings mirror keeps settings
 * current, and the page UI draws.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pausesToday } from '@/lib/attempt';
import { nextLocalMidnight } from '@/lib/dates';
import { openersFor } from '@/lib/guidance';
import { noteText } from '@/lib/notes';
import { pauseApplies } from '@/lib/pause';
import { nextPauseForm } from '@/lib/pause-form';
import { contactForChat, remindersActive } from '@/lib/reminder';
import type { DraftContext, RuleId } from '@/lib/rules/types';
import { recheckDelay, snoozeEnd, type SnoozeChoice } from '@/lib/snooze';
import { editableText } from '@/lib/sites/dom';
import { pauseFormItem } from '@/lib/settings/items';
import { addToDay, saveSnooze } from '@/lib/settings/storage';
import type { SiteAdapter } from '@/lib/sites/types';
import { NO_VISIT, nextVisit, sameView, viewOf, type VisitEvent } from '@/lib/visit';
import { createChatWatcher } from '@/lib/watch';
import { caretRestorer } from './caret';
import { createDraftChecker } from './draft-check';
import { createPageReader } from './page-reader';
import { nudgePlacement, pageIsDark, pagePlacement } from './page-look';
import { createPageUi } from './page-ui';
import { recordInBackground } from './record';
import { saveNoteInBackground } from './save-note';
import { installSendGuard } from './send-guard';
import { mirrorSettings, NO_SETTINGS, type Settings } from './settings-mirror';
import { answerStatusRequests } from './status-reply';

// While typing, the draft is re-checked at most this often (and once more after the last key).
const DRAFT_CHECK_MS = 60;
// How long the line after "Save to my notes" stays: long enough to read twice.
const NOTICE_MS = 6000;

export async function startRunner(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const reader = createPageReader(adapter, document);
  const ui = createPageUi(ctx);
  let settings: Settings = { ...NO_SETTINGS };
  let visit = NO_VISIT;
  let shown = viewOf(NO_VISIT);
  // The composer seen at dismissal: when the site rebuilds the pane (a quick switch away and back), it is gone: a new visit.
  let dismissedComposer: Element | null = null;
  let dark: boolean | undefined; // the page's theme, read once per visit (it samples the page under the card)
  let restoreCaret: () => void = () => {};
  let draftTimer = 0;
  let wakeTimer = 0;
  let noticeTimer = 0;

  const currentDraft = () => editableText(reader.composer());
  const draftContext = (): DraftContext => ({
    now: new Date(),
    phase: visit.reminder?.phase ?? null,
    lastMessageMine: reader.lastMessageMine(),
    lastSentAt: visit.reminder ? (settings.activity[visit.reminder.contact.id]?.lastSentAt ?? null) : null,
    quietHours: settings.preferences.quietHours,
    limits: settings.preferences.limits,
    disabled: settings.preferences.disabledRules as RuleId[],
  });
  // The measured rules here, the text rules from the background worker (the classifier stays out of the page).
  const checker = createDraftChecker();

  const paint = () => {
    const view = viewOf(visit);
    shown = view;
    const reminder = visit.reminder;
    if (!reminder || (!view.card && !view.nudge && !view.pause && !view.notice)) return ui.hide();
    const composer = reader.composer();
    dark ??= pageIsDark(document, ui.host);
    const phase = reminder.phase;
    ui.show({
      dark,
      placement: pagePlacement(window, composer),
      card: view.card ? { phase } : null,
      reply: view.reply,
      onDismiss: () => {
        dismissedComposer = composer;
        dispatch({ type: 'dismissed' });
      },
      onSnooze: (choice: SnoozeChoice) => void saveSnooze({ until: snoozeEnd(choice, new Date()) }),
      nudge: view.nudge
        ? { findings: view.nudge, opener: openersFor(phase)[0] ?? null, placement: nudgePlacement(window, composer) }
        : null,
      pause: view.pause ? { ...view.pause, onKeep: guard.keep, onSaveNote: saveToNotes, onSendAnyway: guard.sendAnyway } : null,
      notice: view.notice ? { kind: view.notice, placement: nudgePlacement(window, composer) } : null,
    });
  };

  function dispatch(event: VisitEvent) {
    const before = visit;
    visit = nextVisit(visit, event);
    if (visit.n !== before.n) {
      reader.newVisit();
      guard.newVisit();
      dark = undefined;
      dismissedComposer = null;
    }
    const view = viewOf(visit);
    if (sameView(view, shown)) return;
    paint();
    if (visit.reminder && visit.reminder !== before.reminder) scheduleDraftCheck();
  }

  const checkDraftNow = () => {
    draftTimer = 0;
    if (!ctx.isValid || !visit.reminder) return;
    // The worker answers in a few milliseconds; an answer for an older draft comes back null and is dropped.
    void checker.check(currentDraft(), draftContext()).then((findings) => {
      if (findings && ctx.isValid && visit.reminder) dispatch({ type: 'drafted', findings });
    });
  };
  const scheduleDraftCheck = () => {
    // A plain timer: ctx.setTimeout adds an invalidation listener per call, one per keystroke burst.
    if (!draftTimer) draftTimer = window.setTimeout(checkDraftNow, DRAFT_CHECK_MS);
  };

  const guard = installSendGuard(ctx, {
    settle: () => watcher.flush(),
    target: () => {
      const reminder = visit.reminder;
      if (!reminder || !reader.inView()) return null;
      return {
        composer: reader.composer(),
        sendButton: reader.sendButton(),
        // Decided now, on keydown: with the latest answer, and a draft not answered yet counts as breaking a rule.
        pause: () => pauseApplies(reminder.contact, reminder.phase, checker.current(currentDraft(), draftContext())),
        hasDraft: () => currentDraft().trim().length > 0,
      };
    },
    onPauseChange: (change) => {
      if (change === 'opened') {
        restoreCaret = caretRestorer(reader.composer());
        const contact = visit.reminder?.contact;
        const now = new Date();
        const readyAt = now.getTime() + (contact?.countdownSeconds ?? 0) * 1000;
        const attempt = contact ? pausesToday(settings.stats, contact.id, now) + 1 : 1;
        const form = nextPauseForm(settings.lastPauseForm, Math.random());
        if (contact) {
          // Counted here at once too, so a quick second pause knows of this one before storage answers.
          settings.stats = addToDay(settings.stats, {}, now, contact.id);
          recordInBackground({ type: 'breathing-room:paused', contactId: contact.id });
        }
        settings.lastPauseForm = form;
        void pauseFormItem.set({ last: form }).catch(() => undefined);
        const text = currentDraft();
        dispatch({ type: 'paused', held: { findings: checker.current(text, draftContext()).findings, readyAt, attempt, form } });
        // A check still under way fills in the pause's reasons when it answers.
        const held = visit.pause;
        void checker.check(text, draftContext()).then((findings) => {
          if (findings && held && visit.pause === held) dispatch({ type: 'reread', findings });
        });
        return;
      }
      if (change === 'kept') recordInBackground({ type: 'breathing-room:kept' });
      dispatch({ type: change });
      restoreCaret();
    },
    onSent: (afterPause) => {
      const contact = visit.reminder?.contact;
      if (contact) recordInBackground({ type: 'breathing-room:sent', contactId: contact.id, afterPause });
      dispatch({ type: 'sent' });
      window.setTimeout(checkDraftNow, 250);
    },
  });

  /**
   * "Save to my notes": a copy of the draft goes to the background worker and
   * the pause closes exactly as "Keep my draft" does (counted as a kept draft,
   * the composer untouched, focus back in it); then one line says whether it
   * was saved.
   */
  const saveToNotes = () => {
    const contact = visit.reminder?.contact;
    if (!contact || !guard.pauseOpen) return;
    const text = noteText(currentDraft());
    const n = visit.n;
    guard.keep();
    void saveNoteInBackground({ type: 'breathing-room:save-note', text, contactId: contact.id, contactName: contact.name }).then(
      (saved) => {
        if (!ctx.isValid || visit.n !== n) return;
        dispatch({ type: 'noted', saved });
        clearTimeout(noticeTimer);
        noticeTimer = window.setTimeout(() => dispatch({ type: 'noticeDone' }), NOTICE_MS);
      },
    );
  };

  const look = () => {
    const rebuilt = dismissedComposer !== null && !dismissedComposer.isConnected;
    const chat = reader.look();
    // Whose message is newest, read once per look and only in a saved contact's chat: a new message re-draws the card.
    const lastMessageMine = contactForChat(chat, settings.contacts) ? reader.lastMessageMine() : null;
    dispatch({ type: 'looked', chat, contacts: settings.contacts, now: new Date(), rebuilt, lastMessageMine });
  };
  const watcher = createChatWatcher({
    doc: document,
    root: () => reader.watchRoot(),
    onChange: look,
    // Typing changes only the composer and its bar (the send control swaps as the draft fills):
    // that is the draft's business, not a chat switch or a new message, and a look reads the thread.
    ignore: (node) => reader.typingArea()?.contains(node) ?? false,
    signal: ctx.signal,
  });

  /** Watch only while a reminder could show; wake when a snooze ends or the day (and so the phase) changes. */
  const sync = () => {
    const now = new Date();
    const on = remindersActive({ ...settings, disabledSites: settings.preferences.disabledSites }, adapter.id, now.getTime());
    if (on) {
      watcher.start();
      look();
      if (visit.reminder) scheduleDraftCheck();
    } else {
      watcher.stop();
      dispatch({ type: 'inactive' });
    }
    clearTimeout(wakeTimer);
    wakeTimer = window.setTimeout(sync, recheckDelay(settings.snoozeUntil, now, nextLocalMidnight(now)));
  };

  answerStatusRequests(ctx, reader, () => settings.contacts);
  // Typing in the contact's composer: re-check the draft, at most every DRAFT_CHECK_MS.
  ctx.addEventListener(
    document,
    'input',
    (event: Event) => {
      if (!visit.reminder) watcher.flush();
      const target = event.composedPath()[0];
      if (!visit.reminder || !(target instanceof Node) || !reader.composer()?.contains(target)) return;
      reader.draftChanged();
      scheduleDraftCheck();
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'resize', () => visit.reminder && paint());
  ctx.addEventListener(document, 'visibilitychange', () => document.hidden && dispatch({ type: 'hidden' }));

  // Counts and the pause's last form are read when a pause opens; they change nothing on screen.
  const mirror = await mirrorSettings((which) => which !== 'activity' && which !== 'stats' && which !== 'lastPauseForm' && sync());
  settings = mirror.now;
  ctx.onInvalidated(() => {
    clearTimeout(draftTimer);
    clearTimeout(wakeTimer);
    clearTimeout(noticeTimer);
    mirror.stop();
    watcher.stop();
    ui.hide();
  });
  sync();
}
