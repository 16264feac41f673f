import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { attemptWording } from '@/lib/attempt';
import type { PauseForm } from '@/lib/pause-form';
import type { ReplyNote } from '@/lib/reply';
import { ruleText } from '@/lib/rule-text';
import type { Finding } from '@/lib/rules/types';

export interface SendPauseProps {
  findings: readonly Finding[];
  /** When "Send anyway" becomes available (epoch ms). */
  readyAt: number;
  /** This pause's number today in the contact's chat (1 for the first: nothing is said). */
  attempt: number;
  /** The calm form this pause takes (lib/pause-form.ts). */
  form: PauseForm;
  /** Who wrote last: the reasons' suggestions follow it. */
  reply: ReplyNote | null;
  onKeep: () => void;
  /** "Save to my notes": the draft is copied into the journal, the composer left as it is, and the pause closes. */
  onSaveNote: () => void;
  onSendAnyway: () => void;
}

/** "Second time today you've reached for them.", or nothing the first time. */
function attemptLine(attempt: number): string | null {
  const wording = attemptWording(attempt);
  if (!wording) return null;
  if ('count' in wording) return i18n.t('pause.attemptMany', [String(wording.count)]);
  return i18n.t(`pause.attempt${wording.ordinal}`);
}

/** The part of the pause that changes from one pause to the next; everything else stays put. */
function FormPiece({ form, secondsLeft }: { form: PauseForm; secondsLeft: number }) {
  switch (form) {
    case 'breathe':
      return (
        <div class="form form-breathe" data-form={form}>
          {/* The countdown line below says the seconds to screen readers; the circle is for the eyes. */}
          <div class="breath" aria-hidden="true">
            <span>{secondsLeft > 0 ? secondsLeft : ''}</span>
          </div>
          <p id="br-pause-form" class="form-text">
            {i18n.t('pause.breathe')}
          </p>
        </div>
      );
    case 'question':
    case 'reread':
      // The two prompts that hand the choice back: a line and its hint.
      return (
        <div class={`form form-${form}`} data-form={form}>
          <p id="br-pause-form" class="form-text question">
            {i18n.t(`pause.${form}`)} <span class="hint">{i18n.t(`pause.${form}Hint`)}</span>
          </p>
        </div>
      );
  }
}

/**
/**
 * The pause before a send: today's attempt, one of a few calm forms, the
 * reasons, a short countdown, then the actions: "Keep my draft", "Save to my
 * notes" and "Send anyway". It never sends: "Send anyway" only lets the
 * person's own next send through. The actions row is one block, last, in
 * every form, so its buttons never move.
 */
export function SendPause({ findings, readyAt, attempt, form, reply, onKeep, onSaveNote, onSendAnyway }: SendPauseProps) {
  const [now, setNow] = useState(() => Date.now());
  const keepRef = useRef<HTMLButtonElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const secondsLeft = Math.max(0, Math.ceil((readyAt - now) / 1000));
  const attemptText = attemptLine(attempt);

  // Focus moves into the pause as soon as it is drawn, before the next key.
  useLayoutEffect(() => {
    keepRef.current?.focus();
  }, []);
  useEffect(() => {
    if (secondsLeft === 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, readyAt - Date.now() + 20));
    return () => clearTimeout(timer);
  }, [now, readyAt, secondsLeft]);

  // Escape is the send guard's (content/send-guard.ts): it closes the pause wherever focus is.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      // Keep focus inside the pause while it is open.
      const order = [keepRef.current, saveRef.current, secondsLeft === 0 ? sendRef.current : null].filter(
        (el): el is HTMLButtonElement => el !== null,
      );
      const active = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
      const index = order.indexOf(active.activeElement as HTMLButtonElement);
      event.preventDefault();
      order[(index + (event.shiftKey ? order.length - 1 : 1)) % order.length]?.focus();
    }
  };

  return (
    <div class="pause-backdrop">
      <div
        class="pause"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="br-pause-title"
        aria-describedby={`${attemptText ? 'br-pause-attempt ' : ''}br-pause-form br-pause-reasons`}
        onKeyDown={onKeyDown}
      >
        <h2 id="br-pause-title">{i18n.t('pause.title')}</h2>
        {attemptText && (
          <p id="br-pause-attempt" class="attempt">
            {attemptText}
          </p>
        )}
        <FormPiece form={form} secondsLeft={secondsLeft} />
        <div id="br-pause-reasons">
          {findings.length > 0 ? (
            <ul class="reasons">
              {findings.map((f) => {
                const text = ruleText(f, reply);
                return (
                  <li key={f.rule} data-rule={f.rule}>
                    <strong>{text.message}</strong> {text.quote && `${text.quote} `}
                    {text.suggestion}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{i18n.t('pause.clean')}</p>
          )}
          <p class="countdown" aria-live="off">
            {secondsLeft > 0 ? i18n.t('pause.countdown', [String(secondsLeft)]) : i18n.t('pause.safe')}
          </p>
        </div>
        <div class="actions">
          <button type="button" ref={sendRef} onClick={onSendAnyway} disabled={secondsLeft > 0}>
            {i18n.t('pause.sendAnyway')}
          </button>
          <button type="button" ref={saveRef} onClick={onSaveNote}>
            {i18n.t('notes.save')}
          </button>
          <button type="button" class="primary" ref={keepRef} onClick={onKeep}>
            {i18n.t('pause.keep')}
          </button>
        </div>
      </div>
    </div>
  );
}
