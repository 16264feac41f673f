import { useEffect, useRef, useState } from 'preact/hooks';
import { ContactForm, SAFETY_MODE_EXPLAINED } from '@/components/ContactForm';
import { ProgressChart } from '@/components/ProgressChart';
import { SafetyNote } from '@/components/SafetyNote';
import { localDate, toIsoDate } from '@/lib/dates';
import { phaseStatus } from '@/lib/guidance';
import { phaseOf } from '@/lib/phase';
import { progressSentence, recentDays, spaceDays, totals } from '@/lib/progress';
import { RULE_IDS, type RuleId } from '@/lib/rules';
import { backupFileName, readBackup } from '@/lib/settings/backup';
import { emptyFields, fieldsFromContact } from '@/lib/settings/form';
import type { Contact, Preferences, SetAside, Stats } from '@/lib/settings/schema';
import {
  clearSetAside,
  deleteContact,
  deleteEverything,
  exportAll,
  importAll,
  loadContacts,
  loadPreferences,
  loadSetAside,
  loadStats,
  saveContact,
  savePreferences,
  watchContacts,
  watchPreferences,
  watchSetAside,
} from '@/lib/settings/storage';
import { ADAPTERS } from '@/lib/sites/registry';

export const RULE_LABELS: Record<RuleId, string> = {
  'too-long': 'Long messages',
  confession: 'Confessions of feelings',
  autopsy: 'Going back over the breakup',
  pleading: 'Pleading for another chance',
  labels: 'Pushing for a label',
  'late-night': 'Writing late at night',
  'double-text': 'Writing twice in a row',
  'too-soon': 'Writing again within two days',
  'space-window': 'Any message in the space window',
};

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
      <h2 id="contacts-heading">Contacts</h2>
      {deleted && (
        <div class="toast" role="status">
          <span>{deleted.name} was deleted.</span>
          <button
            type="button"
            onClick={async () => {
              await saveContact(deleted);
              setDeleted(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      {contacts.length === 0 && editing !== 'new' && <p class="intro">No contact saved yet.</p>}
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
                {contact.safetyMode ? ' · no contact at all' : ''}
              </p>
            </div>
            <div class="actions">
              <button type="button" onClick={() => setEditing(contact.id)} aria-label={`Edit ${contact.name}`}>
                Edit
              </button>
              <button type="button" onClick={() => void remove(contact)} aria-label={`Delete ${contact.name}`}>
                Delete
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
            Add a contact
          </button>
        </div>
      )}
      <p class="hint">No contact at all: {SAFETY_MODE_EXPLAINED}</p>
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
      <h2 id="reminders-heading">Reminders and nudges</h2>
      <fieldset>
        <legend>Quiet hours (no messages at night)</legend>
        <div class="row">
          <div class="field">
            <label for="quiet-start">From</label>
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
            <label for="quiet-end">Until</label>
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
        <p class="hint">The same hour twice means no quiet hours.</p>
      </fieldset>
      <fieldset>
        <legend>When is a message long?</legend>
        <div class="row">
          <div class="field">
            <label for="max-words">More words than</label>
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
            <label for="max-chars">More characters than</label>
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
        <legend>Nudge me about</legend>
        <div class="checks">
          {RULE_IDS.map((rule) => {
            const on = !preferences.disabledRules.includes(rule);
            return (
              <label key={rule}>
                <input type="checkbox" checked={on} onChange={() => save({ disabledRules: toggle(preferences.disabledRules, rule, on) })} />{' '}
                {RULE_LABELS[rule]}
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>Sites</legend>
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
      <h2 id="progress-heading">Progress</h2>
      {contacts.map((contact) => {
        const { passed, kept } = spaceDays(contact, stats, now);
        return passed > 0 ? (
          <p key={contact.id}>
            {contact.name}: {kept} of {passed} {passed === 1 ? 'day' : 'days'} of space kept.
          </p>
        ) : null;
      })}
      <p>
        Drafts kept after a pause: {sum.kept}. Sent after a pause: {sum.sentAfterPause}.
      </p>
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
    setMessage({ text: 'Your settings were saved to a file.', bad: false });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = readBackup(await file.text());
    if (!result.ok) return setMessage({ text: result.message, bad: true });
    await importAll(result.backup);
    setMessage({ text: `Imported ${result.backup.contacts.length} contact(s) and your preferences.`, bad: false });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="hint">Everything stays in this browser. A backup file holds your contacts, preferences and counts.</p>
      <div class="actions start">
        <button type="button" onClick={() => void exportFile()}>
          Export settings
        </button>
        <label class="file-label">
          Import settings{' '}
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
            <span>Delete every contact, setting and count?</span>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep everything
            </button>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await deleteEverything();
                setConfirming(false);
                setMessage({ text: 'Everything was deleted.', bad: false });
              }}
            >
              Yes, delete everything
            </button>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete everything
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
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [now] = useState(() => new Date());

  useEffect(() => {
    void loadContacts().then(setContacts);
    void loadPreferences().then(setPreferences);
    void loadStats().then(setStats);
    void loadSetAside().then(setSetAside);
    const unwatch = [watchContacts(setContacts), watchPreferences(setPreferences), watchSetAside(setSetAside)];
    return () => unwatch.forEach((u) => u());
  }, []);

  if (!contacts || !preferences) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>Breathing Room</h1>
      {setAside.length > 0 && (
        <div class="notice" role="alert">
          <p>Some saved settings couldn’t be read. They’ve been kept aside, and defaults are in use for now.</p>
          <button type="button" onClick={() => void clearSetAside()}>
            Got it
          </button>
        </div>
      )}
      <ContactsSection contacts={contacts} now={now} />
      <PreferencesSection preferences={preferences} />
      <ProgressSection contacts={contacts} stats={stats} now={now} />
      <DataSection />
      <SafetyNote />
    </main>
  );
}
