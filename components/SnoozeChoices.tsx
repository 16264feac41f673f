import { i18n } from '#i18n';
import { SNOOZE_CHOICES, type SnoozeChoice } from '@/lib/snooze';

const LABEL_KEYS = { '15m': 'snooze.m15', '1h': 'snooze.h1', tomorrow: 'snooze.tomorrow' } as const satisfies Record<SnoozeChoice, string>;

/** The three snooze buttons, shared by the popup and the reminder card. */
export function SnoozeChoices({ onSnooze }: { onSnooze: (choice: SnoozeChoice) => void }) {
  return (
    <>
      {SNOOZE_CHOICES.map((choice) => (
        <button key={choice} type="button" onClick={() => onSnooze(choice)}>
          {i18n.t(LABEL_KEYS[choice])}
        </button>
      ))}
    </>
  );
}
