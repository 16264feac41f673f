import { DraftNudge } from '@/components/DraftNudge';
import { NoteSavedLine } from '@/components/NoteSavedLine';
import { ReminderCard } from '@/components/ReminderCard';
import { SendPause, type SendPauseProps } from '@/components/SendPause';
import type { Phase } from '@/lib/phase';
import type { ReplyNote } from '@/lib/reply';
import type { Finding } from '@/lib/rules/types';
import type { SnoozeChoice } from '@/lib/snooze';
import type { NoteNotice } from '@/lib/visit';

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
  /** Who wrote last in the chat (card, nudge and pause follow it). */
  reply: ReplyNote | null;
  onDismiss: () => void;
  onSnooze: (choice: SnoozeChoice) => void;
  nudge: { findings: readonly Finding[]; opener: string | null; placement: NudgePlacement } | null;
  pause: Omit<SendPauseProps, 'reply'> | null;
  /** The line after "Save to my notes", where the nudge sits (above it when both show). */
  notice: { kind: NoteNotice; placement: NudgePlacement } | null;
}

/** Everything Breathing Room draws inside the page, in one shadow root. */
export function InPage({ dark, placement, card, reply, onDismiss, onSnooze, nudge, pause, notice }: InPageProps) {
  const nudged = nudge && nudge.findings.length > 0 ? nudge : null;
  const below = notice?.placement ?? nudged?.placement;
  return (
    <div class={dark ? 'root dark' : 'root'}>
      {card && (
        <div class="card-slot" style={{ top: `${placement.top}px`, right: `${placement.right}px`, maxHeight: `${placement.maxHeight}px` }}>
          <ReminderCard phase={card.phase} reply={reply} onDismiss={onDismiss} onSnooze={onSnooze} />
        </div>
      )}
      {below && (
        <div class="nudge-slot" style={{ bottom: `${below.bottom}px`, right: `${below.right}px` }}>
          {notice && <NoteSavedLine notice={notice.kind} />}
          {nudged && <DraftNudge findings={nudged.findings} opener={nudged.opener} reply={reply} />}
        </div>
      )}
      {pause && <SendPause {...pause} reply={reply} />}
    </div>
  );
}
