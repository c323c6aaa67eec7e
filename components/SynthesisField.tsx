import { useId, useState } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { PATH_LIMITS } from '@/lib/model/career-path';
import { AREA_LABELS, type Area } from '@/lib/model/prep';

export interface SynthesisFieldProps {
  area: Area;
  /** The stored synthesis of this area. */
  text: string;
  onSave: (text: string) => Promise<void>;
}

/**
 * The user's own synthesis of one area, saved when they leave the box or press "Save". Until they
 * type, it follows the stored text live; a save writes this area only, so another area written
 * meanwhile (another tab) stays.
 */
export function SynthesisField({ area, text, onSave }: SynthesisFieldProps) {
  const id = useId();
  const form = useDraft({ text });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const label = `Your synthesis: ${AREA_LABELS[area]}`;

  const save = async () => {
    const changed = form.changed().text;
    if (changed === undefined) return;
    try {
      await onSave(changed);
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not save. Nothing was changed.' });
    }
  };

  return (
    // An area the user wrote nothing for prints nothing.
    <div className={form.values.text.trim() === '' ? 'synthesis no-print' : 'synthesis'}>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        className="no-print"
        value={form.values.text}
        maxLength={PATH_LIMITS.synthesis}
        onChange={(e) => form.set('text', e.target.value)}
        onBlur={() => void save()}
        aria-describedby={`${id}-hint`}
      />
      <p className="print-only quote">{form.values.text}</p>
      <div className="row no-print">
        <button type="button" onClick={() => void save()} aria-label={`Save ${label}`}>
          Save
        </button>
        <span id={`${id}-hint`} className="hint">
          What the conversations taught you about this, in your words. Saved when you leave the box.
        </span>
        <span role="status" className={message?.ok === false ? 'error' : 'ok'}>
          {form.dirty ? '' : message?.text}
        </span>
      </div>
    </div>
  );
}
