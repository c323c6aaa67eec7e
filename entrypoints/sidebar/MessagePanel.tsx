import { copyText } from '@/components/copy-text';
import { useState } from 'react';
import { MessageWriter } from '@/components/MessageWriter';
import { MESSAGE_KINDS } from '@/lib/model/message-kinds';
import { sendMessage, type SidebarState } from '@/lib/messaging';
import { draftContextFor } from '@/lib/outreach/context';
import { suggestedDraftKind } from '@/lib/outreach/for-due';

/** Drafts and coaches the message for this person; copying and logging are the user's. */
export function MessagePanel({ state }: { state: SidebarState }) {
  const { contact } = state;
  // Logging moves the contact on, which starts a fresh writer below: the notice lives here.
  const [logged, setLogged] = useState<string | null>(null);
  const profile = contact ?? state.page!.extraction!.profile;
  return (
    <>
    {logged && (
      <p role="status" className="ok card">
        {logged}
      </p>
    )}
    <MessageWriter
      key={`${state.page!.slug}-${contact?.id ?? 'new'}-${contact?.nextDueKind ?? ''}`}
      initialKind={suggestedDraftKind(contact?.nextDueKind, Boolean(state.referrerName), contact?.status, contact?.relationship)}
      context={draftContextFor({
        contact: profile,
        user: state.settings,
        referredByName: state.referrerName,
        meetings: state.meetings,
        lastRequestAt: state.lastInteraction?.kind === 'request-sent' ? state.lastInteraction.at : undefined,
      })}
      templates={state.templates}
      email={contact?.email}
      onCopy={copyText}
      onSent={
        contact
          ? async (kind, text) => {
              const { logs, markLabel, channel } = MESSAGE_KINDS[kind];
              await sendMessage('logInteraction', { contactId: contact.id, kind: logs, text, channel });
              setLogged(
                logs === 'request-sent'
                  ? 'Logged: request sent. If there is no reply, Coffee Chats reminds you to follow up once.'
                  : `Logged: ${markLabel.replace(/^Mark /u, '')}.`,
              );
            }
          : null
      }
    />
    </>
  );
}
