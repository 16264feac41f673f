/**
 * Stops a send in the capture phase, before the site sees it: Enter in the
 * composer, or a press of the send button. It never sends anything itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSendKey } from '@/lib/pause';

export interface Guarded {
  composer: HTMLElement | null;
  sendButton: HTMLElement | null;
  /** Whether sends in this chat are paused now (else they are only noted). */
  pause: boolean;
}

export interface SendGuardHooks {
  /** What to guard right now: null outside the saved contact's chat. */
  guarded(): Guarded | null;
  /** Whether the draft is worth pausing (not empty). */
  hasDraft(): boolean;
  /** The person chose "Send anyway": their next send goes through. */
  allowed(): boolean;
  spendAllowance(): void;
  onPause(): void;
  /** Whether the pause is open now, and closing it as "Keep my draft". */
  pauseOpen(): boolean;
  onEscape(): void;
  /** A send went through in the contact's chat. */
  onSendPassed(afterPause: boolean): void;
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

export function installSendGuard(ctx: ContentScriptContext, hooks: SendGuardHooks): void {
  // After a paused Enter, its keypress/keyup in the composer must not reach the site either.
  let swallowEnterUntil = 0;
  let swallowIn: HTMLElement | null = null;
  // After a paused press on the send button, the rest of its pointer sequence.
  let swallowPointerUntil = 0;

  const onKey = (event: KeyboardEvent) => {
    // Escape closes the pause wherever focus is (the page may have kept it).
    if (event.key === 'Escape' && hooks.pauseOpen()) {
      if (event.type === 'keydown') hooks.onEscape();
      stop(event);
      return;
    }
    if (event.type !== 'keydown') {
      if (event.key === 'Enter' && Date.now() < swallowEnterUntil && within(swallowIn, event)) stop(event);
      return;
    }
    if (!isSendKey(event)) return;
    const guard = hooks.guarded();
    if (!guard || !within(guard.composer, event) || !hooks.hasDraft()) return;
    if (!guard.pause || hooks.allowed()) {
      if (guard.pause) hooks.spendAllowance();
      hooks.onSendPassed(guard.pause);
      return;
    }
    stop(event);
    swallowEnterUntil = Date.now() + SEQUENCE_MS;
    swallowIn = guard.composer;
    hooks.onPause();
  };

  const onPointer = (event: Event) => {
    if (Date.now() < swallowPointerUntil) {
      stop(event);
      if (event.type === 'click') swallowPointerUntil = 0;
      return;
    }
    if ((event as MouseEvent).button > 0) return;
    const guard = hooks.guarded();
    if (!guard || !within(guard.sendButton, event) || !hooks.hasDraft()) return;
    if (!guard.pause || hooks.allowed()) {
      // The whole press goes through; it counts once, at its click.
      if (event.type === 'click') {
        if (guard.pause) hooks.spendAllowance();
        hooks.onSendPassed(guard.pause);
      }
      return;
    }
    stop(event);
    swallowPointerUntil = event.type === 'click' ? 0 : Date.now() + SEQUENCE_MS;
    hooks.onPause();
  };

  const capture = { capture: true };
  for (const type of ['keydown', 'keypress', 'keyup'] as const) ctx.addEventListener(window, type, onKey, capture);
  for (const type of POINTER_SEQUENCE) ctx.addEventListener(window, type, onPointer, capture);
}
