import { useState } from 'preact/hooks';
import { WINDOW_DAYS, type Contact } from '@/lib/settings/schema';
import { contactFromFields, type ContactFields } from '@/lib/settings/form';

export interface ContactFormProps {
  initial: ContactFields;
  id: string;
  previous?: Contact;
  onSave: (contact: Contact) => Promise<void>;
  onCancel?: () => void;
}

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

/** The contact form: labelled fields, inline errors straight from the zod schema. */
export function ContactForm({ initial, id, previous, onSave, onCancel }: ContactFormProps) {
  const [fields, setFields] = useState<ContactFields>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const input = (key: keyof ContactFields, type: string, describedBy: string | undefined, extra = {}) => (
    <input
      id={`field-${key}`}
      name={key}
      type={type}
      value={fields[key]}
      aria-invalid={errors[key] ? 'true' : undefined}
      aria-describedby={describedBy}
      onInput={(e) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value })}
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
      <Field id="name" label="Contact name" hint="As their chat shows it." error={errors.name}>
        {(d) => input('name', 'text', d, { autoComplete: 'off', required: true })}
      </Field>
      <Field id="otherNames" label="Other names" hint="Nicknames or other spellings, separated by commas." error={errors.otherNames}>
        {(d) => input('otherNames', 'text', d, { autoComplete: 'off' })}
      </Field>
      <Field id="handle" label="Phone or handle (optional)" error={errors.handle}>
        {(d) => input('handle', 'text', d, { autoComplete: 'off' })}
      </Field>
      <div class="row">
        <Field id="startDate" label="Start date" error={errors.startDate}>
          {(d) => input('startDate', 'date', d, { required: true })}
        </Field>
        <Field id="windowDays" label="Space (days)" error={errors.windowDays}>
          {(d) => input('windowDays', 'number', d, { min: WINDOW_DAYS.min, max: WINDOW_DAYS.max, step: 1, required: true })}
        </Field>
      </div>
      <div class="actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" class="primary" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
