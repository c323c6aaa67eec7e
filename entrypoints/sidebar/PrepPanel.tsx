import { useMemo } from 'react';
import { PrepCard, type PrepQuestionView } from '@/components/PrepCard';
import { sendMessage, type SidebarState } from '@/lib/messaging';
import { thirtySecondIntro } from '@/lib/prep/introduction';
import { preparedQuestions } from '@/lib/prep/prepared';

/** Research and questions for the person on screen; the arrangement is kept once they are a contact. */
export function PrepPanel({ state, now }: { state: SidebarState; now: number }) {
  const profile = state.contact ?? state.page!.extraction!.profile;
  const prep = useMemo(
    () => preparedQuestions(profile, state.settings, new Date(now), state.contact?.prepQuestions, state.referrerName, state.courseQuestions),
    [profile, state.settings, now, state.contact?.prepQuestions, state.referrerName, state.courseQuestions],
  );
  const onChange = (questions: PrepQuestionView[]) => {
    if (!state.contact) return;
    void sendMessage('savePrep', {
      contactId: state.contact.id,
      questions: questions.map(({ text, area }) => ({ text, area })),
    });
  };
  return (
    <div className="stack">
      <h2>Prepare for {profile.name ?? 'this conversation'}</h2>
      {!state.contact && <p className="hint">Save the contact to keep your own arrangement of questions.</p>}
      <PrepCard
        research={prep.research}
        questions={prep.questions}
        suggested={prep.suggested}
        onChange={onChange}
        introduction={thirtySecondIntro(state.settings, profile)}
      />
    </div>
  );
}
