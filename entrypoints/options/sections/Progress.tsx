/** Options: progress as counts only, with the 30-day chart. */
import { i18n } from '#i18n';
import { ProgressChart } from '@/components/ProgressChart';
import { progressSentence, recentDays, spaceDays, totals } from '@/lib/progress';
import type { Contact, Stats } from '@/lib/settings/schema';

export function ProgressSection({ contacts, stats, now }: { contacts: Contact[]; stats: Stats; now: Date }) {
  const bars = recentDays(stats, now, 30);
  const sum = totals(bars);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{i18n.t('options.progress')}</h2>
      {contacts.map((contact) => {
        const { passed, kept } = spaceDays(contact, stats, now);
        return passed > 0 ? <p key={contact.id}>{i18n.t('options.daysKept', [contact.name, String(kept), String(passed)])}</p> : null;
      })}
      <p>{i18n.t('options.counts', [String(sum.kept), String(sum.sentAfterPause)])}</p>
      <ProgressChart bars={bars} />
      <p class="intro">{progressSentence(sum)}</p>
    </section>
  );
}
