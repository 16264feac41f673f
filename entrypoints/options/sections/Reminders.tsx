/** Options: quiet hours, when a message is long, which rules nudge and which sites are on. */
import { i18n } from '#i18n';
import { RULE_IDS } from '@/lib/rules';
import { ruleLabel } from '@/lib/rule-text';
import { MAX_CHARS, MAX_WORDS } from '@/lib/settings/bounds';
import type { Preferences } from '@/lib/settings/schema';
import { savePreferences } from '@/lib/settings/storage';
import { SITE_NAMES } from '@/lib/sites/names';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function PreferencesSection({ preferences }: { preferences: Preferences }) {
  const save = (patch: Partial<Preferences>) => void savePreferences({ ...preferences, ...patch }, preferences);
  /** Switching an item off adds it to the list of disabled ones; switching it on removes it. */
  const toggle = (disabled: readonly string[], id: string, wasOn: boolean) =>
    wasOn ? [...disabled, id] : disabled.filter((x) => x !== id);
  const number = (text: string, fallback: number) => (Number.isFinite(Number(text)) && text.trim() ? Math.round(Number(text)) : fallback);
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{i18n.t('options.reminders')}</h2>
      <fieldset>
        <legend>{i18n.t('options.quiet')}</legend>
        <div class="row">
          <div class="field">
            <label for="quiet-start">{i18n.t('options.from')}</label>
            <select
              id="quiet-start"
              value={preferences.quietHours.start}
              onChange={(e) =>
                save({ quietHours: { ...preferences.quietHours, start: Number((e.currentTarget as HTMLSelectElement).value) } })
              }
            >
              {HOURS.map((h) => (
                <option value={h}>{hourLabel(h)}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="quiet-end">{i18n.t('options.until')}</label>
            <select
              id="quiet-end"
              value={preferences.quietHours.end}
              onChange={(e) =>
                save({ quietHours: { ...preferences.quietHours, end: Number((e.currentTarget as HTMLSelectElement).value) } })
              }
            >
              {HOURS.map((h) => (
                <option value={h}>{hourLabel(h)}</option>
              ))}
            </select>
          </div>
        </div>
        <p class="hint">{i18n.t('options.quietHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.long')}</legend>
        <div class="row">
          <div class="field">
            <label for="max-words">{i18n.t('options.moreWords')}</label>
            <input
              id="max-words"
              type="number"
              min={MAX_WORDS.min}
              max={MAX_WORDS.max}
              value={preferences.limits.maxWords}
              onChange={(e) =>
                save({
                  limits: {
                    ...preferences.limits,
                    maxWords: number((e.currentTarget as HTMLInputElement).value, preferences.limits.maxWords),
                  },
                })
              }
            />
          </div>
          <div class="field">
            <label for="max-chars">{i18n.t('options.moreChars')}</label>
            <input
              id="max-chars"
              type="number"
              min={MAX_CHARS.min}
              max={MAX_CHARS.max}
              value={preferences.limits.maxChars}
              onChange={(e) =>
                save({
                  limits: {
                    ...preferences.limits,
                    maxChars: number((e.currentTarget as HTMLInputElement).value, preferences.limits.maxChars),
                  },
                })
              }
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.nudgeAbout')}</legend>
        <div class="checks">
          {RULE_IDS.map((rule) => {
            const on = !preferences.disabledRules.includes(rule);
            return (
              <label key={rule}>
                <input type="checkbox" checked={on} onChange={() => save({ disabledRules: toggle(preferences.disabledRules, rule, on) })} />{' '}
                {ruleLabel(rule)}
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.sites')}</legend>
        <div class="checks">
          {SITE_NAMES.map((site) => {
            const on = !preferences.disabledSites.includes(site.id);
            return (
              <label key={site.id}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => save({ disabledSites: toggle(preferences.disabledSites, site.id, on) })}
                />{' '}
                {site.name}
              </label>
            );
          })}
        </div>
      </fieldset>
    </section>
  );
}
