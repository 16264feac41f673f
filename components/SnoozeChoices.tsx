import type { SnoozeChoice } from '@/lib/snooze';

export const SNOOZE_LABELS: Record<SnoozeChoice, string> = {
  '15m': '15 minutes',
  '1h': '1 hour',
  tomorrow: 'Until tomorrow',
};

/** The three snooze buttons, shared by the popup and the reminder card. */
export function SnoozeChoices({ onSnooze }: { onSnooze: (choice: SnoozeChoice) => void }) {
  return (
    <>
      {(Object.keys(SNOOZE_LABELS) as SnoozeChoice[]).map((choice) => (
        <button key={choice} type="button" onClick={() => onSnooze(choice)}>
          {SNOOZE_LABELS[choice]}
        </button>
      ))}
    </>
  );
}
