/** Options: export and import of everything as one file, and "Delete everything". */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { backupFileName, readBackup } from '@/lib/settings/backup';
import { deleteEverything, exportAll, importAll } from '@/lib/settings/storage';

export function DataSection() {
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Off by default: a backup file is easy to share, and the notes are the one place words are kept.
  const [includeNotes, setIncludeNotes] = useState(false);

  const exportFile = async () => {
    const blob = new Blob([JSON.stringify(await exportAll(new Date(), { includeNotes }), null, 2)], { type: 'application/json' });
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
    const contacts = String(result.backup.contacts.length);
    const notes = result.backup.notes;
    setMessage({
      text: notes ? i18n.t('options.importedNotes', [contacts, String(notes.length)]) : i18n.t('options.imported', [contacts]),
      bad: false,
    });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{i18n.t('options.data')}</h2>
      <p class="hint">{i18n.t('options.dataHint')}</p>
      <div class="actions start">
        <label class="checkbox">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {i18n.t('notes.include')}
        </label>
        <button type="button" onClick={() => void exportFile()}>
          {i18n.t('options.export')}
        </button>
        <label class="file-label">
          {i18n.t('options.import')}{' '}
          <input
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
