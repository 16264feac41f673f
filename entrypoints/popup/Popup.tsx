import { useEffect, useState } from 'preact/hooks';
import { ContactForm } from '@/components/ContactForm';
import { PageStatusLine } from '@/components/PageStatusLine';
import { SafetyNote } from '@/components/SafetyNote';
import { SnoozeChoices } from '@/components/SnoozeChoices';
import { localDate, toIsoDate } from '@/lib/dates';
import { phaseStatus } from '@/lib/guidance';
import { phaseOf } from '@/lib/phase';
import { emptyFields, fieldsFromContact } from '@/lib/settings/form';
import type { Contact, SetAside } from '@/lib/settings/schema';
import {
  clearSetAside,
  deleteContact,
  loadContacts,
  loadSetAside,
  loadSnooze,
  saveContact,
  saveSnooze,
  watchContacts,
  watchSetAside,
  watchSnooze,
} from '@/lib/settings/storage';
import { isSnoozed, snoozeEnd } from '@/lib/snooze';
import { browser } from 'wxt/browser';
import { usePageStatus } from './page-status';

type Mode = 'view' | 'edit' | 'confirm-delete';

export function Popup() {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [snoozeUntil, setSnoozeUntil] = useState<number | null>(null);
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [mode, setMode] = useState<Mode>('view');
  const [now, setNow] = useState(() => new Date());
  const page = usePageStatus();

  useEffect(() => {
    void loadContacts().then(setContacts);
    void loadSnooze().then((s) => setSnoozeUntil(s?.until ?? null));
    void loadSetAside().then(setSetAside);
    const unwatch = [
      watchContacts(setContacts),
      watchSnooze((s) => setSnoozeUntil(s?.until ?? null)),
      watchSetAside(setSetAside),
    ];
    const tick = setInterval(() => setNow(new Date()), 30_000);
    return () => {
      unwatch.forEach((u) => u());
      clearInterval(tick);
    };
  }, []);

  if (contacts === null) return <main class="popup" aria-busy="true" />;

  const contact = contacts[0];
  const phase = contact ? phaseOf(contact, now) : null;
  const snoozed = isSnoozed(snoozeUntil, now.getTime());
  const editing = !contact || mode === 'edit';

  return (
    <main class="popup">
      <h1>Breathing Room</h1>
      {setAside.length > 0 && (
        <div class="notice" role="alert">
          <p>Some saved settings couldn’t be read. They’ve been kept aside, and defaults are in use for now.</p>
          <button type="button" onClick={() => void clearSetAside()}>
            Got it
          </button>
        </div>
      )}

      {editing ? (
        <section aria-label={contact ? 'Edit contact' : 'Add a contact'}>
          {!contact && <p class="intro">Who do you want to give space to, and since when?</p>}
          <ContactForm
            key={contact?.id ?? 'new'}
            id={contact?.id ?? crypto.randomUUID()}
            previous={contact}
            initial={contact ? fieldsFromContact(contact) : emptyFields(toIsoDate(localDate(now)))}
            onSave={async (saved) => {
              await saveContact(saved, contact);
              setMode('view');
            }}
            onCancel={contact ? () => setMode('view') : undefined}
          />
        </section>
      ) : (
        <section class="summary" aria-label="Contact">
          <p class="who">{contact.name}</p>
          <p class="status" role="status">
            {phase ? phaseStatus(phase) : ''}
          </p>
          {mode === 'confirm-delete' ? (
            <div class="actions" role="group" aria-label="Delete this contact?">
              <span>Delete this contact?</span>
              <button type="button" onClick={() => setMode('view')}>
                Keep
              </button>
              <button
                type="button"
                class="danger"
                onClick={async () => {
                  await deleteContact(contact.id);
                  setMode('view');
                }}
              >
                Delete contact
              </button>
            </div>
          ) : (
            <div class="actions">
              <button type="button" onClick={() => setMode('edit')}>
                Edit
              </button>
              <button type="button" onClick={() => setMode('confirm-delete')}>
                Delete
              </button>
            </div>
          )}
        </section>
      )}

      {contact && (
        <section class="snooze" aria-label="Reminders">
          {snoozed ? (
            <>
              <p>
                Reminders snoozed until{' '}
                {new Date(snoozeUntil!).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.
              </p>
              <button type="button" class="primary" onClick={() => void saveSnooze(null)}>
                Resume
              </button>
            </>
          ) : (
            <>
              <p>Snooze reminders for</p>
              <div class="actions start">
                <SnoozeChoices onSnooze={(choice) => void saveSnooze({ until: snoozeEnd(choice, new Date()) })} />
              </div>
            </>
          )}
        </section>
      )}

      {contacts.length > 1 && (
        <ul class="others" aria-label="Other contacts">
          {contacts.slice(1).map((other) => {
            const otherPhase = phaseOf(other, now);
            return (
              <li key={other.id}>
                {other.name}: {otherPhase ? phaseStatus(otherPhase) : ''}
              </li>
            );
          })}
        </ul>
      )}
      <PageStatusLine status={page} />
      <div class="actions start">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings and more contacts
        </button>
      </div>
      <SafetyNote />
    </main>
  );
}
