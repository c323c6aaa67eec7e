import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '@/hooks/use-draft';
import { SITUATIONS, type Settings, type Situation } from '@/lib/model/settings';

export type AboutYou = Pick<Settings, 'ownName' | 'situation' | 'programme' | 'year' | 'currentRole' | 'schools' | 'employers' | 'city' | 'fieldOfInterest' | 'signOff'>;

export interface WelcomeFormProps {
  /**
   * What is stored, live (the page can be opened again from the settings, beside a settings tab):
   * fields the user has not touched follow it.
   */
  stored: AboutYou;
  /** Only the fields the user changed, so a save never writes back what another tab changed meanwhile. */
  onSave: (about: Partial<AboutYou>) => Promise<void>;
  /** "Skip for now": drafts and the coach keep reminding until a name is set. */
  onSkip: () => void;
}

/** The loop the extension follows, as careers centres teach it. */
export const LOOP = [
  ['Find', 'someone whose work interests you — on LinkedIn, or someone you already know.'],
  ['Ask', 'with a short, polite note for 15–30 minutes of their time.'],
  ['Prepare', 'a few questions the internet can’t answer.'],
  ['Meet', 'and note what you learned and whom they suggest.'],
  ['Thank', 'them within a day, naming what stuck with you.'],
  ['Follow the lead', 'to the next person they suggested.'],
  ['Keep in touch', 'with an update now and then.'],
] as const;

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The stored settings as the form's inputs show them. */
const formOf = (about: AboutYou) => ({
  ownName: about.ownName,
  situation: about.situation ?? '',
  programme: about.programme,
  year: about.year,
  currentRole: about.currentRole,
  schools: about.schools.join('\n'),
  employers: about.employers.join('\n'),
  city: about.city,
  fieldOfInterest: about.fieldOfInterest,
  signOff: about.signOff,
});
type FormValues = ReturnType<typeof formOf>;

/** The fields the user changed, as settings: text trimmed, one school or employer per line. */
function aboutOf(changed: Partial<FormValues>): Partial<AboutYou> {
  const about: Partial<AboutYou> = {};
  for (const [key, value] of Object.entries(changed) as [keyof FormValues, string][]) {
    if (key === 'situation') about.situation = (value as Situation | '') || undefined;
    else if (key === 'schools' || key === 'employers') about[key] = lines(value);
    else about[key] = value.trim();
  }
  return about;
}

/** The first-run page's form: who the user is, so every draft can say it. */
export function WelcomeForm({ stored, onSave, onSkip }: WelcomeFormProps) {
  const id = useId();
  const draft = useDraft(formOf(stored));
  const v = draft.values;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [nameError, setNameError] = useState(false);
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => draft.set(key, e.target.value);
  const field = (key: keyof typeof v) => ({ id: `${id}-${key}`, value: v[key], onChange: set(key) });
  const situation = v.situation as Situation | '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!v.ownName.trim()) {
      setNameError(true);
      setStatus({ ok: false, text: 'Add your name: drafts are signed with it.' });
      document.getElementById(`${id}-ownName`)?.focus();
      return;
    }
    setNameError(false);
    try {
      await onSave(aboutOf(draft.changed()));
      setStatus({ ok: true, text: 'Saved. You can change any of this later in Settings.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : 'Could not save. Try again.' });
    }
  };

  const detail = situation ? SITUATIONS[situation] : undefined;
  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-about`} noValidate>
      <h2 id={`${id}-about`}>Who are you?</h2>
      <p className="hint">Stored in this browser only. Drafts use it to say who you are and to find what you share with the people you contact.</p>
      <div className="grid">
        <div>
          <label htmlFor={`${id}-ownName`}>Your name *</label>
          <input {...field('ownName')} autoComplete="name" required aria-invalid={nameError || undefined} aria-describedby={nameError ? `${id}-name-error` : undefined} />
          {nameError && (
            <p id={`${id}-name-error`} className="hint error">
              Your name is needed to sign your messages.
            </p>
          )}
        </div>
        <fieldset className="situation">
          <legend>Your situation</legend>
          {Object.entries(SITUATIONS).map(([key, { label }]) => (
            <label key={key} className="inline">
              <input type="radio" name={`${id}-situation`} value={key} checked={situation === key} onChange={set('situation')} /> {label}
            </label>
          ))}
        </fieldset>
        {detail && (
          <div>
            <label htmlFor={`${id}-${detail.detailKey}`}>{detail.detail}</label>
            <input {...field(detail.detailKey)} />
          </div>
        )}
        {situation === 'student' && (
          <div>
            <label htmlFor={`${id}-year`}>Year of study</label>
            <input {...field('year')} placeholder="e.g. second year" />
          </div>
        )}
        {situation === 'researcher' && (
          <div>
            <label htmlFor={`${id}-currentRole`}>Your position (e.g. Postdoctoral Researcher)</label>
            <input {...field('currentRole')} />
          </div>
        )}
        <div>
          <label htmlFor={`${id}-schools`}>Schools and universities (one per line)</label>
          <textarea rows={2} {...field('schools')} />
        </div>
        <div>
          <label htmlFor={`${id}-employers`}>Past employers (one per line)</label>
          <textarea rows={2} {...field('employers')} />
        </div>
        <div>
          <label htmlFor={`${id}-city`}>City</label>
          <input {...field('city')} autoComplete="address-level2" />
        </div>
        <div>
          <label htmlFor={`${id}-fieldOfInterest`}>Fields or career paths you are exploring</label>
          <input {...field('fieldOfInterest')} placeholder="e.g. UX research, product design" />
        </div>
        <div>
          <label htmlFor={`${id}-signOff`}>How you sign off</label>
          <input {...field('signOff')} placeholder="e.g. Best, or Many thanks," />
        </div>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save and start
        </button>
        <button type="button" onClick={onSkip}>
          Skip for now
        </button>
      </div>
      <p role="status" className={status?.ok ? 'ok' : 'error'}>
        {status?.text}
      </p>
    </form>
  );
}
