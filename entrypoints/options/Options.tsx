/** The options page: one section per file under sections/. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { SafetyNote } from '@/components/SafetyNote';
import { SetAsideNotice } from '@/components/SetAsideNotice';
import { useStored } from '@/components/use-stored';
import { contactsItem, preferencesItem, statsItem } from '@/lib/settings/items';
import { ContactsSection } from './sections/Contacts';
import { DataSection } from './sections/Data';
import { NotesSection } from './sections/Notes';
import { ProgressSection } from './sections/Progress';
import { PreferencesSection } from './sections/Reminders';

export function Options() {
  const contacts = useStored(contactsItem);
  const preferences = useStored(preferencesItem);
  const stats = useStored(statsItem) ?? {};
  const [now] = useState(() => new Date());

  if (!contacts || !preferences) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{i18n.t('extName')}</h1>
      <SetAsideNotice />
      <ContactsSection contacts={contacts} now={now} />
      <PreferencesSection preferences={preferences} />
      <ProgressSection contacts={contacts} stats={stats} now={now} />
      <NotesSection />
      <DataSection />
      <SafetyNote />
    </main>
  );
}
