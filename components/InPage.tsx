import { DraftNudge } from '@/components/DraftNudge';
import { ReminderCard } from '@/components/ReminderCard';
import { SendPause, type SendPauseProps } from '@/components/SendPause';
import type { Phase } from '@/lib/phase';
import type { Finding } from '@/lib/rules/types';
import type { SnoozeChoice } from '@/lib/snooze';

export interface Placement {
  top: number;
  right: number;
  maxHeight: number;
}

/** Where the nudge sits: just above the composer, right-aligned with it. */
export interface NudgePlacement {
  bottom: number;
  right: number;
}

export interface InPageProps {
  dark: boolean;
  placement: Placement;
  card: { phase: Phase } | null;
  onDismiss: () => void;
  onSnooze: (choice: SnoozeChoice) => void;
  nudge: { findings: readonly Finding[]; opener: string | null; placement: NudgePlacement } | null;
  pause: SendPauseProps | null;
}

/** Everything Breathing Room draws inside the page, in one shadow root. */
export function InPage({ dark, placement, card, onDismiss, onSnooze, nudge, pause }: InPageProps) {
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
      {nudge && nudge.findings.length > 0 && (
        <div class="nudge-slot" style={{ bottom: `${nudge.placement.bottom}px`, right: `${nudge.placement.right}px` }}>
          <DraftNudge findings={nudge.findings} opener={nudge.opener} />
        </div>
      )}
      {pause && <SendPause {...pause} />}
    </div>
  );
}
