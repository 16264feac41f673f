/** Options: the saved contacts, each editable, deletable with undo; and adding one. */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { ContactForm, safetyModeExplained } from '@/components/ContactForm';
import { localDate, toIsoDate } from '@/lib/dates';
import { phaseStatus } from '@/lib/guidance';
import { phaseOf } from '@/lib/phase';
import { emptyFields, fieldsFromContact } from '@/lib/settings/form';
import type { Contact } from '@/lib/settings/schema';
import { deleteContact, saveContact } from '@/lib/settings/storage';

export function ContactsSection({ contacts, now }: { contacts: Contact[]; now: Date }) {
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
