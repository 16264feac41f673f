import { i18n } from '#i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SafetyNote } from '@/components/SafetyNote';
import { SnoozeChoices } from '@/components/SnoozeChoices';
import { openersFor, phaseStatus, replyLines, rulesFor } from '@/lib/guidance';
import type { Phase } from '@/lib/phase';
import type { ReplyNote } from '@/lib/reply';
import type { SnoozeChoice } from '@/lib/snooze';

export interface ReminderCardProps {
  phase: Phase;
  /** Who wrote last in the chat, and what that changes; null when the page can't tell. */
  reply: ReplyNote | null;
  onDismiss: () => void;
  onSnooze: (choice: SnoozeChoice) => void;
}

/**
 * The reminder shown over the saved contact's conversation. It names no one:
 * the page can read the UI, and the chat already says who it is.
 */
export function ReminderCard({ phase, reply, onDismiss, onSnooze }: ReminderCardProps) {
  const [snoozing, setSnoozing] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  // Keyboard users keep their place: into the choices when they open, back to Snooze when they close.
  useLayoutEffect(() => {
    if (!opened.current && !snoozing) return;
    opened.current = true;
    actions.current?.querySelector('button')?.focus();
  }, [snoozing]);
  const openers = openersFor(phase);
  const replyText = reply && replyLines(reply);
  return (
    <section class="card" role="dialog" aria-labelledby="br-card-title" aria-describedby="br-card-status">
      <h2 id="br-card-title" class="card-title">
        {i18n.t('extName')}
      </h2>
      <p id="br-card-status" class="status">
        {phaseStatus(phase)}
      </p>
      {replyText && (
        <p class="reply" data-last-word={reply.lastWord}>
          <strong>{replyText.headline}</strong> {replyText.advice}
        </p>
      )}
      <ul class="rules">
        {rulesFor(phase).map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {openers.length > 0 && <p class="openers">{i18n.t('guide.openers', [openers.join(', ')])}</p>}
      <SafetyNote />
      {snoozing ? (
        <div class="actions" role="group" aria-label={i18n.t('card.snoozeFor')} ref={actions}>
          <SnoozeChoices onSnooze={onSnooze} />
          <button type="button" class="quiet" onClick={() => setSnoozing(false)}>
            {i18n.t('card.cancel')}
          </button>
        </div>
      ) : (
        <div class="actions" ref={actions}>
          <button type="button" onClick={() => setSnoozing(true)}>
            {i18n.t('card.snooze')}
          </button>
          <button type="button" class="primary" onClick={onDismiss}>
            {i18n.t('card.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
