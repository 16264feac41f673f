import { ReminderCard } from '@/components/ReminderCard';
import type { Phase } from '@/lib/phase';
import type { SnoozeChoice } from '@/lib/snooze';

export interface Placement {
  top: number;
  right: number;
  maxHeight: number;
}

export interface InPageProps {
  dark: boolean;
  placement: Placement;
  card: { phase: Phase } | null;
  onDismiss: () => void;
  onSnooze: (choice: SnoozeChoice) => void;
}

/** Everything Breathing Room draws inside the page, in one shadow root. */
export function InPage({ dark, placement, card, onDismiss, onSnooze }: InPageProps) {
  return (
    <div class={dark ? 'root dark' : 'root'}>
      {card && (
        <div
          class="card-slot"
          style={{ top: `${placement.top}px`, right: `${placement.right}px`, maxHeight: `${placement.maxHeight}px` }}
        >
          <ReminderCard phase={card.phase} onDismiss={onDismiss} onSnooze={onSnooze} />
        </div>
      )}
    </div>
  );
}
