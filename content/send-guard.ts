/**
 * The send guard owns the send: it stops Enter in the composer, or a press of
 * the send button, in the capture phase before the site sees it; it owns the
 * pause's opening and closing (Escape included) and the allowance that lets
 * the person's next send through after "Send anyway". It never sends
 * anything itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSendKey } from '@/lib/pause';

/** What to guard right now, in the saved contact's chat. */
export interface SendTarget {
  composer: HTMLElement | null;
  sendButton: HTMLElement | null;
  /** Whether sends here are paused now (otherwise they are only counted); asked only for a send. */
  pause(): boolean;
  /** Whether there is a draft worth pausing (not empty). */
  hasDraft(): boolean;
}

export interface SendGuardOptions {
  /** Catches up on page changes not looked at yet, so a send never slips through on a stale look. */
  settle(): void;
  /** What to guard: null outside the saved contact's chat. A question only: no side effects. */
  target(): SendTarget | null;
  onPauseChange(change: 'opened' | 'kept' | 'sentAnyway'): void;
  /** A send went through in the contact's chat. */
  onSent(afterPause: boolean): void;
}

export interface SendGuard {
  readonly pauseOpen: boolean;
  /** "Keep my draft": the pause closes, nothing is sent. */
  keep(): void;
  /** "Send anyway": the pause closes and the person's own next send goes through. */
  sendAnyway(): void;
  /** Another conversation opened: a pause or an allowance belongs to the old one. */
  newVisit(): void;
}

const POINTER_SEQUENCE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const SEQUENCE_MS = 2000;

function within(node: Element | null, event: Event): boolean {
  if (!node) return false;
  const target = event.composedPath()[0];
  return target instanceof Node && node.contains(target);
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function installSendGuard(ctx: ContentScriptContext, options: SendGuardOptions): SendGuard {
  let pauseOpen = false;
  let allowNext = false;
  // After a paused Enter, its keypress/keyup in the composer must not reach the site either.
  let swallowEnterUntil = 0;
  let swallowIn: HTMLElement | null = null;
  // After a paused press on the send button, the rest of its pointer sequence.
  let swallowPointerUntil = 0;

  const close = (change: 'kept' | 'sentAnyway') => {
    if (!pauseOpen) return;
    pauseOpen = false;
    if (change === 'sentAnyway') allowNext = true;
    options.onPauseChange(change);
  };

  /** A send attempt in the contact's chat: true when it must be stopped. */
  const decide = (target: SendTarget, paused = target.pause()): boolean => {
    if (!paused || allowNext) {
      const afterPause = paused;
      if (afterPause) allowNext = false;
      options.onSent(afterPause);
      return false;
    }
    if (!pauseOpen) {
      pauseOpen = true;
      options.onPauseChange('opened');
    }
    return true;
  };

  const guardedTarget = (): SendTarget | null => {
    options.settle();
    return options.target();
  };

  const onKey = (event: KeyboardEvent) => {
    // Escape closes the pause wherever focus is (the page may have kept it).
    if (event.key === 'Escape' && pauseOpen) {
      if (event.type === 'keydown') close('kept');
      stop(event);
      return;
    }
    if (event.type !== 'keydown') {
      if (event.key === 'Enter' && Date.now() < swallowEnterUntil && within(swallowIn, event)) stop(event);
      return;
    }
    if (!isSendKey(event)) return;
    const target = guardedTarget();
    if (!target || !within(target.composer, event) || !target.hasDraft()) return;
    if (!decide(target)) return;
    stop(event);
    swallowEnterUntil = Date.now() + SEQUENCE_MS;
    swallowIn = target.composer;
  };

  const onPointer = (event: Event) => {
    if (Date.now() < swallowPointerUntil) {
      stop(event);
      if (event.type === 'click') swallowPointerUntil = 0;
      return;
    }
    if ((event as MouseEvent).button > 0) return;
    const target = guardedTarget();
    if (!target || !within(target.sendButton, event) || !target.hasDraft()) return;
    // A press that goes through goes through whole, and counts once, at its click.
    const paused = target.pause();
    if (!paused || allowNext) {
      if (event.type === 'click') decide(target, paused);
      return;
    }
    decide(target, paused);
    stop(event);
    swallowPointerUntil = event.type === 'click' ? 0 : Date.now() + SEQUENCE_MS;
  };

  const capture = { capture: true };
  for (const type of ['keydown', 'keypress', 'keyup'] as const) ctx.addEventListener(window, type, onKey, capture);
  for (const type of POINTER_SEQUENCE) ctx.addEventListener(window, type, onPointer, capture);

  return {
    get pauseOpen() {
      return pauseOpen;
    },
    keep: () => close('kept'),
    sendAnyway: () => close('sentAnyway'),
    newVisit() {
      pauseOpen = false;
      allowNext = false;
    },
  };
}
