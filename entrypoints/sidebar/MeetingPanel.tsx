import { addDays, setHours, startOfDay } from 'date-fns';
import { download } from '@/components/download';
import { MeetingForm, type MeetingFormValue } from '@/components/MeetingForm';
import { ScheduleForm } from '@/components/ScheduleForm';
import { calendarFileName, meetingCalendarFile } from '@/lib/followups/calendar';
import { sendMessage, type SidebarState } from '@/lib/messaging';
import { preparedQuestions } from '@/lib/prep/prepared';
import { openPathsPage, PATHS_HREF } from './ContactPaths';

/** Statuses in which the next conversation is still to be agreed. */
const BEFORE_MEETING = new Set(['saved', 'requested', 'replied', 'scheduled']);

/**
 * Schedules the conversation (after a reply), then completes the latest meeting (logged in
 * one click on the Person tab, or from the scheduled one) with its debrief, and reopens it later.
 */
export function MeetingPanel({ state, now }: { state: SidebarState; now: number }) {
  const { contact, meetings, scheduled } = state;
  if (!contact) return <p className="hint">Save the contact, then schedule or log a meeting here.</p>;
  const meeting = meetings[0];
  const showSchedule = scheduled !== null || BEFORE_MEETING.has(contact.status);
  const prepared = preparedQuestions(contact, state.settings, new Date(now), contact.prepQuestions, undefined, state.courseQuestions).questions;

  const downloadCalendar = () => {
    if (!scheduled) return;
    const file = meetingCalendarFile({ meeting: scheduled, contact, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    if (file.ok) download(calendarFileName(contact.name, scheduled.scheduledAt!), file.text, 'text/calendar');
  };

  return (
    <div className="stack">
      {showSchedule && (
        <section className="stack" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">{scheduled ? `Conversation with ${contact.name}` : `Schedule a conversation with ${contact.name}`}</h2>
          {!scheduled && contact.status !== 'replied' && (
            <p className="hint">Once {contact.name} agrees to talk, record the time here: you'll be reminded to prepare and to log it.</p>
          )}
          <ScheduleForm
            key={contact.id}
            person={contact.name}
            scheduled={scheduled?.scheduledAt !== undefined ? { at: scheduled.scheduledAt, mode: scheduled.mode, durationMin: scheduled.durationMin, place: scheduled.place } : null}
            suggestion={{ at: setHours(startOfDay(addDays(now, 1)), 10).getTime(), mode: 'video', durationMin: 20 }}
            onSave={async (change) => {
              await sendMessage('scheduleMeeting', { contactId: contact.id, ...change });
            }}
            onCancelMeeting={async () => {
              await sendMessage('cancelSchedule', { contactId: contact.id });
            }}
            onDownloadCalendar={downloadCalendar}
          />
        </section>
      )}
      {!meeting || meeting.heldAt === undefined ? (
        <p className="hint">No meeting logged yet. Use “Log meeting” on the Person tab when you have talked.</p>
      ) : (
        <section className="stack" aria-labelledby="meeting-heading">
          <h2 id="meeting-heading">Meeting with {contact.name}</h2>
          {meetings.length > 1 && <p className="hint">Your latest of {meetings.length} meetings; earlier ones are in the contact book.</p>}
          <MeetingForm
            key={meeting.id}
            meeting={toFormValue(meeting as typeof meeting & { heldAt: number }, state.tasks)}
            prepared={prepared}
            paths={state.paths}
            contactPathUids={contact.pathUids}
            pathLinks={{ pathsHref: PATHS_HREF(), onOpenPaths: () => openPathsPage(() => undefined) }}
            onSave={async (details) => {
              await sendMessage('updateMeeting', { meetingId: meeting.id, details });
            }}
          />
        </section>
      )}
    </div>
  );
}

function toFormValue(meeting: SidebarState['meetings'][number] & { heldAt: number }, tasks: SidebarState['tasks']): MeetingFormValue {
  return {
    heldAt: meeting.heldAt,
    mode: meeting.mode,
    durationMin: meeting.durationMin,
    questions: meeting.questions,
    takeaways: meeting.takeaways,
    leads: meeting.leads,
    fit: meeting.fit,
    fitNote: meeting.fitNote,
    openQuestions: meeting.openQuestions,
    resources: meeting.resources,
    pathUids: meeting.pathUids,
    nextActions: tasks.filter((t) => t.meetingUid === meeting.uid).map(({ uid, text, dueAt }) => ({ uid, text, dueAt })),
  };
}
