import { i18n } from '#i18n';
import type { Finding } from '@/lib/rules';

export interface DraftNudgeProps {
  findings: readonly Finding[];
  /** One gentle alternative, when reaching out is right at all. */
  opener: string | null;
}

/** The compact note next to the composer while the draft breaks a rule. */
export function DraftNudge({ findings, opener }: DraftNudgeProps) {
  const [main, ...more] = findings;
  if (!main) return null;
  return (
    <div class="nudge" role="status" data-rules={findings.map((f) => f.rule).join(' ')}>
      <p class="nudge-main">
        <strong>{main.message}</strong> {main.suggestion}
      </p>
      {more.length > 0 && <p class="nudge-more">{i18n.t('nudge.also', [more.map((f) => f.message).join(' ')])}</p>}
      {opener && <p class="nudge-opener">{i18n.t('nudge.tryInstead', [opener])}</p>}
    </div>
  );
}
