import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { COUNTDOWN_SECONDS, WINDOW_DAYS, type Contact } from '@/lib/settings/schema';
import { contactFromFields, type ContactFields } from '@/lib/settings/form';

export interface ContactFormProps {
  initial: ContactFields;
  id: string;
  previous?: Contact;
  onSave: (contact: Contact) => Promise<void>;
  onCancel?: () => void;
  /** The options page also shows the pause settings and safety mode. */
  advanced?: boolean;
}

type TextField = Exclude<keyof ContactFields, 'safetyMode'>;

interface FieldProps {
  id: keyof ContactFields;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => preact.ComponentChildren;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={`field-${id}`}>{label}</label>
      {children(describedBy)}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export const safetyModeExplained = () => i18n.t('form.safetyModeHint');

/** The contact form: labelled fields, inline errors straight from the zod schema. */
export function ContactForm({ initial, id, previous, onSave, onCancel, advanced = false }: ContactFormProps) {
  const [fields, setFields] = useState<ContactFields>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = (patch: Partial<ContactFields>) => setFields({ ...fields, ...patch });
  const aria = (key: keyof ContactFields, describedBy: string | undefined) => ({
    id: `field-${key}`,
    name: key,
    'aria-invalid': errors[key] ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  });
  const input = (key: TextField, type: string, describedBy: string | undefined, extra = {}) => (
    <input
      {...aria(key, describedBy)}
      type={type}
      value={fields[key]}
      onInput={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).value })}
      {...extra}
    />
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = contactFromFields(fields, id, previous);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(result.contact);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="contact-form" onSubmit={submit} noValidate>
      <Field id="name" label={i18n.t('form.name')} hint={i18n.t('form.nameHint')} error={errors.name}>
        {(d) => input('name', 'text', d, { autoComplete: 'off', required: true })}
      </Field>
      <Field id="otherNames" label={i18n.t('form.otherNames')} hint={i18n.t('form.otherNamesHint')} error={errors.otherNames}>
        {(d) => input('otherNames', 'text', d, { autoComplete: 'off' })}
      </Field>
      <Field id="handle" label={i18n.t('form.handle')} error={errors.handle}>
        {(d) => input('handle', 'text', d, { autoComplete: 'off' })}
      </Field>
      <div class="row">
        <Field id="startDate" label={i18n.t('form.startDate')} error={errors.startDate}>
          {(d) => input('startDate', 'date', d, { required: true })}
        </Field>
        <Field id="windowDays" label={i18n.t('form.windowDays')} error={errors.windowDays}>
          {(d) => input('windowDays', 'number', d, { min: WINDOW_DAYS.min, max: WINDOW_DAYS.max, step: 1, required: true })}
        </Field>
      </div>
      {advanced && (
        <>
          <div class="row">
            <Field id="pause" label={i18n.t('form.pause')} hint={i18n.t('draftCheck.pauseWindowHint')} error={errors.pause}>
              {(d) => (
                <select
                  {...aria('pause', d)}
                  value={fields.pause}
                  onChange={(e) => set({ pause: (e.currentTarget as HTMLSelectElement).value })}
                >
                  <option value="window">{i18n.t('draftCheck.pauseWindow')}</option>
                  <option value="always">{i18n.t('form.pauseAlways')}</option>
                  <option value="off">{i18n.t('form.pauseOff')}</option>
                </select>
              )}
            </Field>
            <Field id="countdownSeconds" label={i18n.t('form.countdown')} error={errors.countdownSeconds}>
              {(d) => input('countdownSeconds', 'number', d, { min: COUNTDOWN_SECONDS.min, max: COUNTDOWN_SECONDS.max, step: 1 })}
            </Field>
          </div>
          <div class="field checkbox">
            <label>
              <input
                type="checkbox"
                name="safetyMode"
                checked={fields.safetyMode}
                aria-describedby="safetyMode-hint"
                onChange={(e) => set({ safetyMode: (e.currentTarget as HTMLInputElement).checked })}
              />{' '}
              {i18n.t('form.safetyMode')}
            </label>
            <p class="hint" id="safetyMode-hint">
              {safetyModeExplained()}
            </p>
          </div>
        </>
      )}
      <div class="actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {i18n.t('form.cancel')}
          </button>
        )}
        <button type="submit" class="primary" disabled={saving}>
          {i18n.t('form.save')}
        </button>
      </div>
    </form>
  );
}
