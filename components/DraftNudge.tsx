import { i18n } from '#i18n';
import type { ReplyNote } from '@/lib/reply';
import { ruleText } from '@/lib/rule-text';
import type { Finding } from '@/lib/rules/types';

export interface DraftNudgeProps {
  findings: readonly Finding[];
  /** One gentle alternative, when reaching out is right at all. */
  opener: string | null;
  /** Who wrote last: the suggestions follow it. */
  reply: ReplyNote | null;
}

/** The compact note next to the composer while the draft breaks a rule. */
export function DraftNudge({ findings, opener, reply }: DraftNudgeProps) {
  const [main, ...more] = findings;
  if (!main) return null;
  const text = ruleText(main, reply);
  return (
    <div class="nudge" role="status" data-rules={findings.map((f) => f.rule).join(' ')}>
      <p class="nudge-main">
        <strong>{text.message}</strong> {text.quote && <span class="nudge-quote">{text.quote} </span>}
        {text.suggestion}
      </p>
      {more.length > 0 && <p class="nudge-more">{i18n.t('nudge.also', [more.map((f) => ruleText(f).message).join(' ')])}</p>}
      {opener && <p class="nudge-opener">{i18n.t('nudge.tryInstead', [opener])}</p>}
    </div>
  );
}
