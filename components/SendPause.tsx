import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ruleText } from '@/lib/rule-text';
import type { Finding } from '@/lib/rules/types';

export interface SendPauseProps {
  findings: readonly Finding[];
  /** When "Send anyway" becomes available (epoch ms). */
  readyAt: number;
  onKeep: () => void;
  /** "Save to my notes": the draft is copied into the journal, the composer left as it is, and the pause closes. */
  onSaveNote: () => void;
  onSendAnyway: () => void;
}

/**
 * The pause before a send: the reasons, a short countdown, "Keep my draft",
 * "Save to my notes" and "Send anyway". It never sends: "Send anyway" only
 * lets the person's own next send through.
 */
export function SendPause({ findings, readyAt, onKeep, onSaveNote, onSendAnyway }: SendPauseProps) {
  const [now, setNow] = useState(() => Date.now());
  const keepRef = useRef<HTMLButtonElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const secondsLeft = Math.max(0, Math.ceil((readyAt - now) / 1000));

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
      const order = [keepRef.current, saveRef.current, secondsLeft === 0 ? sendRef.current : null].filter(Boolean) as HTMLElement[];
      const active = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
      const index = order.indexOf(active.activeElement as HTMLElement);
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
        aria-describedby="br-pause-reasons"
        onKeyDown={onKeyDown}
      >
        <h2 id="br-pause-title">{i18n.t('pause.title')}</h2>
        <div id="br-pause-reasons">
          {findings.length > 0 ? (
            <ul class="reasons">
              {findings.map((f) => {
                const text = ruleText(f);
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
