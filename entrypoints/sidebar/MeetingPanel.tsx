import { MeetingForm, type MeetingFormValue } from '@/components/MeetingForm';
import { sendMessage, type SidebarState } from '@/lib/messaging';
import { preparedQuestions } from '@/lib/prep/prepared';

/** Completes the latest meeting (logged in one click on the Person tab), and reopens it later. */
export function MeetingPanel({ state, now }: { state: SidebarState; now: number }) {
  const { contact, meetings } = state;
  if (!contact) return <p className="hint">Save the contact, then log a meeting on the Person tab.</p>;
  const meeting = meetings[0];
  if (!meeting || meeting.heldAt === undefined) {
    return <p className="hint">No meeting logged yet. Use “Log meeting” on the Person tab when you have talked.</p>;
  }
  const prepared = preparedQuestions(contact, state.settings, new Date(now), contact.prepQuestions).questions.map((q) => q.text);
  const value: MeetingFormValue = {
    heldAt: meeting.heldAt,
    mode: meeting.mode,
    durationMin: meeting.durationMin,
    questions: meeting.questions,
    takeaways: meeting.takeaways,
    leads: meeting.leads,
  };
  return (
    <div className="stack">
      <h2>Meeting with {contact.name}</h2>
      {meetings.length > 1 && <p className="hint">Your latest of {meetings.length} meetings; earlier ones are in the contact book.</p>}
      <MeetingForm
        key={meeting.id}
        meeting={value}
        prepared={prepared}
        onSave={async (details) => {
          await sendMessage('updateMeeting', { meetingId: meeting.id, details });
        }}
      />
    </div>
  );
}
