import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { ContactForm } from '@/components/ContactForm';
import { PageStatusLine } from '@/components/PageStatusLine';
import { SafetyNote } from '@/components/SafetyNote';
import { SetAsideNotice } from '@/components/SetAsideNotice';
import { SnoozeChoices } from '@/components/SnoozeChoices';
import { localDate, toIsoDate } from '@/lib/dates';
import { phaseStatus } from '@/lib/guidance';
import { phaseOf } from '@/lib/phase';
import { emptyFields, fieldsFromContact } from '@/lib/settings/form';
import { contactsItem, snoozeItem } from '@/lib/settings/items';
import { deleteContact, saveContact, saveSnooze } from '@/lib/settings/storage';
import { useStored } from '@/components/use-stored';
import { isSnoozed, snoozeEnd } from '@/lib/snooze';
import { browser } from 'wxt/browser';
import { usePageStatus } from './page-status';

type Mode = 'view' | 'edit' | 'confirm-delete';

export function Popup() {
  const contacts = useStored(contactsItem);
  const snoozeUntil = useStored(snoozeItem)?.until ?? null;
  const [mode, setMode] = useState<Mode>('view');
  const [now, setNow] = useState(() => new Date());
  const page = usePageStatus();

  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(tick);
  }, []);

  if (contacts === undefined) return <main class="popup" aria-busy="true" />;

  const contact = contacts[0];
  const phase = contact ? phaseOf(contact, now) : null;
  const snoozed = isSnoozed(snoozeUntil, now.getTime());
  const editing = !contact || mode === 'edit';

  return (
    <main class="popup">
      <h1>{i18n.t('extName')}</h1>
      <SetAsideNotice />

      {editing ? (
        <section aria-label={contact ? i18n.t('popup.editContact') : i18n.t('popup.addContact')}>
          {!contact && <p class="intro">{i18n.t('popup.intro')}</p>}
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
        <section class="summary" aria-label={i18n.t('popup.contact')}>
          <p class="who">{contact.name}</p>
          <p class="status" role="status">
            {phase ? phaseStatus(phase) : ''}
          </p>
          {mode === 'confirm-delete' ? (
            <div class="actions" role="group" aria-label={i18n.t('popup.deleteConfirm')}>
              <span>{i18n.t('popup.deleteConfirm')}</span>
              <button type="button" onClick={() => setMode('view')}>
                {i18n.t('popup.keep')}
              </button>
              <button
                type="button"
                class="danger"
                onClick={async () => {
                  await deleteContact(contact.id);
                  setMode('view');
                }}
              >
                {i18n.t('popup.deleteContact')}
              </button>
            </div>
          ) : (
            <div class="actions">
              <button type="button" onClick={() => setMode('edit')}>
                {i18n.t('popup.edit')}
              </button>
              <button type="button" onClick={() => setMode('confirm-delete')}>
                {i18n.t('popup.delete')}
              </button>
            </div>
          )}
        </section>
      )}

      {contact && (
        <section class="snooze" aria-label={i18n.t('popup.reminders')}>
          {snoozed ? (
            <>
              <p>
                {i18n.t('popup.snoozedUntil', [
                  new Date(snoozeUntil ?? 0).toLocaleTimeString(undefined, {
                    hour: '2-digit',
                    minute: '2-digit',
                  }),
                ])}
              </p>
              <button type="button" class="primary" onClick={() => void saveSnooze(null)}>
                {i18n.t('popup.resume')}
              </button>
            </>
          ) : (
            <>
              <p>{i18n.t('popup.snoozeFor')}</p>
              <div class="actions start">
                <SnoozeChoices onSnooze={(choice) => void saveSnooze({ until: snoozeEnd(choice, new Date()) })} />
              </div>
            </>
          )}
        </section>
      )}

      {contacts.length > 1 && (
        <ul class="others" aria-label={i18n.t('popup.otherContacts')}>
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
          {i18n.t('popup.settings')}
        </button>
      </div>
      <SafetyNote />
    </main>
  );
}
