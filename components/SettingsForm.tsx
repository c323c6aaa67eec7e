import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { CADENCES, NOTE_LIMITS, SITUATIONS, type CadenceKey, type Cadences, type Settings } from '@/lib/model/settings';

export type SettingsValues = Omit<Settings, 'id'>;

/** The situation select's choices ("" while the user has not said). */
export function SituationOptions() {
  return (
    <>
      <option value="">Choose…</option>
      {Object.entries(SITUATIONS).map(([key, { label }]) => (
        <option key={key} value={key}>
          {label}
        </option>
      ))}
    </>
  );
}
/** Only what the user changed; cadences one by one. */
export type SettingsPatch = Partial<Omit<SettingsValues, 'cadences'>> & { cadences?: Partial<Cadences> };

export interface SettingsFormProps {
  settings: SettingsValues;
  /** Called with only the settings the user changed. */
  onSave: (patch: SettingsPatch) => Promise<void>;
  /** Asks for the notifications permission; resolves false if the user declines. */
  onEnableNotifications?: () => Promise<boolean>;
}


const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The user's own profile (for common ground in messages) and the follow-up cadences. */
export function SettingsForm({ settings, onSave, onEnableNotifications }: SettingsFormProps) {
  const id = useId();
  const { schools, employers, cadences, welcomedAt: _welcomed, situation, ...rest } = settings;
  const form = useDraft({ ...rest, ...cadences, situation: situation ?? '', schoolsText: schools.join('\n'), employersText: employers.join('\n') });
  const draft = form.values;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const text = (key: 'ownName' | 'programme' | 'year' | 'currentRole' | 'signOff' | 'city' | 'fieldOfInterest' | 'schoolsText' | 'employersText') =>
    ({ id: `${id}-${key}`, value: draft[key], onChange: (e: { target: { value: string } }) => form.set(key, e.target.value) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { schoolsText, employersText, situation: situationText, ...changed } = form.changed();
    const patch: SettingsPatch = {};
    const cadencePatch: Partial<Cadences> = {};
    for (const [key, value] of Object.entries(changed)) {
      if (key in CADENCES) cadencePatch[key as CadenceKey] = value as number;
      else (patch as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(cadencePatch).length > 0) patch.cadences = cadencePatch;
    if (situationText !== undefined) patch.situation = situationText === '' ? undefined : (situationText as SettingsValues['situation']);
    if (schoolsText !== undefined) patch.schools = lines(schoolsText);
    if (employersText !== undefined) patch.employers = lines(employersText);
    if (Object.keys(patch).length === 0) {
      setMessage({ ok: true, text: 'Nothing changed.' });
      return;
    }
    try {
      await onSave(patch);
      setMessage({ ok: true, text: 'Settings saved.' });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not save the settings.' });
    }
  };

  const toggleNotifications = async (checked: boolean) => {
    if (checked && onEnableNotifications && !(await onEnableNotifications())) {
      setMessage({ ok: false, text: 'Notifications were not allowed, so they stay off.' });
      return;
    }
    form.set('notifyOverdueThankYou', checked);
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Settings">
      <fieldset className="card">
        <legend>About you</legend>
        <p className="hint">Used on this device only: drafts say who you are and open with what you share with the people you contact.</p>
        <div className="grid">
          <div><label htmlFor={`${id}-ownName`}>Your name</label><input {...text('ownName')} autoComplete="name" /></div>
          <div>
            <label htmlFor={`${id}-situation`}>Your situation</label>
            <select id={`${id}-situation`} value={draft.situation} onChange={(e) => form.set('situation', e.target.value)}>
              <SituationOptions />
            </select>
          </div>
          <div><label htmlFor={`${id}-programme`}>Programme, degree or research area</label><input {...text('programme')} /></div>
          <div><label htmlFor={`${id}-year`}>Year of study (students)</label><input {...text('year')} placeholder="e.g. second year" /></div>
          <div><label htmlFor={`${id}-currentRole`}>Current role (career changers, researchers)</label><input {...text('currentRole')} placeholder="e.g. Senior Accountant" /></div>
          <div><label htmlFor={`${id}-city`}>City</label><input {...text('city')} /></div>
          <div><label htmlFor={`${id}-fieldOfInterest`}>Fields or career paths you are exploring</label><input {...text('fieldOfInterest')} placeholder="e.g. UX research" /></div>
          <div><label htmlFor={`${id}-signOff`}>Sign-off</label><input {...text('signOff')} placeholder="e.g. Many thanks," /></div>
          <div><label htmlFor={`${id}-schoolsText`}>Schools (one per line)</label><textarea rows={3} {...text('schoolsText')} /></div>
          <div><label htmlFor={`${id}-employersText`}>Past employers (one per line)</label><textarea rows={3} {...text('employersText')} /></div>
        </div>
        <label className="inline">
          <input type="checkbox" checked={draft.thankYouKeepInMind} onChange={(e) => form.set('thankYouKeepInMind', e.target.checked)} /> Thank-you notes end
          with “please keep me in mind if you hear of something suitable”
        </label>
      </fieldset>
      <fieldset className="card">
        <legend>LinkedIn connection note limit</legend>
        {NOTE_LIMITS.map((limit) => (
          <label key={limit} className="inline">
            <input type="radio" name={`${id}-limit`} checked={draft.noteLimit === limit} onChange={() => form.set('noteLimit', limit)} />{' '}
            {limit} characters {limit === NOTE_LIMITS[0] ? '(free account)' : '(Premium)'}
          </label>
        ))}
      </fieldset>
      <fieldset className="card">
        <legend>Follow-up cadences</legend>
        <div className="grid">
          {(Object.entries(CADENCES) as [CadenceKey, (typeof CADENCES)[CadenceKey]][]).map(([key, { label, min, max }]) => (
            <div key={key}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                type="number"
                min={min}
                max={max}
                required
                value={draft[key]}
                onChange={(e) => form.set(key, Number(e.target.value))}
              />
            </div>
          ))}
        </div>
        <label className="inline">
          <input type="checkbox" checked={draft.notifyOverdueThankYou} onChange={(e) => void toggleNotifications(e.target.checked)} /> Notify me when a
          thank-you note becomes overdue
        </label>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary">Save settings</button>
        <span role="status" className={message?.ok ? 'ok' : 'error'}>{message?.text}</span>
      </div>
    </form>
  );
}
