import { useId } from 'react';
import { CONTACT_FIELDS, type ContactFieldInfo } from '@/lib/model/contact';
import { DRAFT_FIELDS, type DraftField, type DraftValues } from '@/lib/profile-draft';

export type EditableField = DraftField;

export interface ProfileFormProps {
  values: DraftValues;
  /** Fields the page did not yield: each gets a hint asking the user to type it in. */
  unread: ReadonlySet<EditableField>;
  onChange: (field: EditableField, value: string) => void;
}

/** The person as read from the page, every field editable before saving. */
export function ProfileForm({ values, unread, onChange }: ProfileFormProps) {
  const id = useId();
  return (
    <div>
      {DRAFT_FIELDS.map((field) => {
        const { label, noun, multiline }: ContactFieldInfo = CONTACT_FIELDS[field];
        const inputId = `${id}-${field}`;
        const hintId = `${inputId}-hint`;
        const showHint = unread.has(field) && values[field].trim() === '';
        const common = {
          id: inputId,
          value: values[field],
          'aria-describedby': showHint ? hintId : undefined,
          onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
        };
        return (
          <div key={field}>
            <label htmlFor={inputId}>{label}</label>
            {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
            {showHint && (
              <p id={hintId} className="hint warn">
                Couldn&apos;t read {noun} — type it in
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
