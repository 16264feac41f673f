import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ContactForm, safetyModeExplained } from '@/components/ContactForm';
import { ProgressChart } from '@/components/ProgressChart';
import { SafetyNote } from '@/components/SafetyNote';
import { SetAsideNotice } from '@/components/SetAsideNotice';
import { localDate, toIsoDate } from '@/lib/dates';
import { phaseStatus } from '@/lib/guidance';
import { phaseOf } from '@/lib/phase';
import { progressSentence, recentDays, spaceDays, totals } from '@/lib/progress';
import { RULE_IDS } from '@/lib/rules';
import { ruleLabel } from '@/lib/rules/messages';
import { backupFileName, readBackup } from '@/lib/settings/backup';
import { emptyFields, fieldsFromContact } from '@/lib/settings/form';
import type { Contact, Preferences, Stats } from '@/lib/settings/schema';
import {
  deleteContact,
  deleteEverything,
  exportAll,
  importAll,
  loadContacts,
  loadPreferences,
  loadStats,
  saveContact,
  savePreferences,
  watchContacts,
  watchPreferences,
} from '@/lib/settings/storage';
import { ADAPTERS } from '@/lib/sites/registry';


const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

function ContactsSection({ contacts, now }: { contacts: Contact[]; now: Date }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Contact | null>(null);
  const undoTimer = useRef(0);

  const remove = async (contact: Contact) => {
    await deleteContact(contact.id);
    setDeleted(contact);
    clearTimeout(undoTimer.current);
    undoTimer.current = window.setTimeout(() => setDeleted(null), 15_000);
  };

  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{i18n.t('options.contacts')}</h2>
      {deleted && (
        <div class="toast" role="status">
          <span>{i18n.t('options.deleted', [deleted.name])}</span>
          <button
            type="button"
            onClick={async () => {
              await saveContact(deleted);
              setDeleted(null);
            }}
          >
            {i18n.t('options.undo')}
          </button>
        </div>
      )}
      {contacts.length === 0 && editing !== 'new' && <p class="intro">{i18n.t('options.none')}</p>}
      {contacts.map((contact) => {
        const phase = phaseOf(contact, now);
        return editing === contact.id ? (
          <ContactForm
            key={contact.id}
            advanced
            id={contact.id}
            previous={contact}
            initial={fieldsFromContact(contact)}
            onSave={async (saved) => {
              await saveContact(saved, contact);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div class="contact-row" key={contact.id}>
            <div>
              <p class="who">{contact.name}</p>
              <p class="status">
                {phase ? phaseStatus(phase) : ''}
                {contact.safetyMode ? i18n.t('options.noContactSuffix') : ''}
              </p>
            </div>
            <div class="actions">
              <button type="button" onClick={() => setEditing(contact.id)} aria-label={i18n.t('options.editNamed', [contact.name])}>
                {i18n.t('popup.edit')}
              </button>
              <button type="button" onClick={() => void remove(contact)} aria-label={i18n.t('options.deleteNamed', [contact.name])}>
                {i18n.t('popup.delete')}
              </button>
            </div>
          </div>
        );
      })}
      {editing === 'new' ? (
        <ContactForm
          advanced
          id={crypto.randomUUID()}
          initial={emptyFields(toIsoDate(localDate(now)))}
          onSave={async (saved) => {
            await saveContact(saved);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class="actions start">
          <button type="button" onClick={() => setEditing('new')}>
            {i18n.t('options.add')}
          </button>
        </div>
      )}
      <p class="hint">{i18n.t('options.safetyExplained', [safetyModeExplained()])}</p>
    </section>
  );
}

function PreferencesSection({ preferences }: { preferences: Preferences }) {
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
              onChange={(e) => save({ quietHours: { ...preferences.quietHours, start: Number((e.currentTarget as HTMLSelectElement).value) } })}
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
              onChange={(e) => save({ quietHours: { ...preferences.quietHours, end: Number((e.currentTarget as HTMLSelectElement).value) } })}
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
              min={5}
              max={500}
              value={preferences.limits.maxWords}
              onChange={(e) => save({ limits: { ...preferences.limits, maxWords: number((e.currentTarget as HTMLInputElement).value, preferences.limits.maxWords) } })}
            />
          </div>
          <div class="field">
            <label for="max-chars">{i18n.t('options.moreChars')}</label>
            <input
              id="max-chars"
              type="number"
              min={20}
              max={5000}
              value={preferences.limits.maxChars}
              onChange={(e) => save({ limits: { ...preferences.limits, maxChars: number((e.currentTarget as HTMLInputElement).value, preferences.limits.maxChars) } })}
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
          {ADAPTERS.map((site) => {
            const on = !preferences.disabledSites.includes(site.id);
            return (
              <label key={site.id}>
                <input type="checkbox" checked={on} onChange={() => save({ disabledSites: toggle(preferences.disabledSites, site.id, on) })} />{' '}
                {site.name}
              </label>
            );
          })}
        </div>
      </fieldset>
    </section>
  );
}

function ProgressSection({ contacts, stats, now }: { contacts: Contact[]; stats: Stats; now: Date }) {
  const bars = recentDays(stats, now, 30);
  const sum = totals(bars);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{i18n.t('options.progress')}</h2>
      {contacts.map((contact) => {
        const { passed, kept } = spaceDays(contact, stats, now);
        return passed > 0 ? (
          <p key={contact.id}>{i18n.t('options.daysKept', [contact.name, String(kept), String(passed)])}</p>
        ) : null;
      })}
      <p>{i18n.t('options.counts', [String(sum.kept), String(sum.sentAfterPause)])}</p>
      <ProgressChart bars={bars} />
      <p class="intro">{progressSentence(sum)}</p>
    </section>
  );
}

function DataSection() {
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = async () => {
    const blob = new Blob([JSON.stringify(await exportAll(), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: backupFileName() });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ text: i18n.t('options.exported'), bad: false });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = readBackup(await file.text());
    if (!result.ok) return setMessage({ text: result.message, bad: true });
    await importAll(result.backup);
    setMessage({ text: i18n.t('options.imported', [String(result.backup.contacts.length)]), bad: false });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{i18n.t('options.data')}</h2>
      <p class="hint">{i18n.t('options.dataHint')}</p>
      <div class="actions start">
        <button type="button" onClick={() => void exportFile()}>
          {i18n.t('options.export')}
        </button>
        <label class="file-label">
          {i18n.t('options.import')}{' '}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        {confirming ? (
          <>
            <span>{i18n.t('options.deleteAllConfirm')}</span>
            <button type="button" onClick={() => setConfirming(false)}>
              {i18n.t('options.keepAll')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await deleteEverything();
                setConfirming(false);
                setMessage({ text: i18n.t('options.deletedAll'), bad: false });
              }}
            >
              {i18n.t('options.deleteAllYes')}
            </button>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {i18n.t('options.deleteAll')}
          </button>
        )}
      </div>
      {message && (
        <p class={message.bad ? 'message bad' : 'message'} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

export function Options() {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [stats, setStats] = useState<Stats>({});
  const [now] = useState(() => new Date());

  useEffect(() => {
    void loadContacts().then(setContacts);
    void loadPreferences().then(setPreferences);
    void loadStats().then(setStats);
    const unwatch = [watchContacts(setContacts), watchPreferences(setPreferences)];
    return () => unwatch.forEach((u) => u());
  }, []);

  if (!contacts || !preferences) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{i18n.t('extName')}</h1>
      <SetAsideNotice />
      <ContactsSection contacts={contacts} now={now} />
      <PreferencesSection preferences={preferences} />
      <ProgressSection contacts={contacts} stats={stats} now={now} />
      <DataSection />
      <SafetyNote />
    </main>
  );
}
