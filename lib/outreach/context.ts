import type { DraftContact, DraftContext, DraftUser } from './types';

export interface ContextSource {
  contact: DraftContact;
  user: DraftUser;
  referredByName?: string;
  /** Their meetings, in any order: the latest held one gives the takeaways. */
  meetings: readonly { heldAt?: number; takeaways: readonly string[]; leads?: readonly { name: string }[] }[];
  /** When the latest unanswered request went out (for the follow-up). */
  lastRequestAt?: number;
}

/** What a draft needs, from what is stored about a contact: the sidebar and the popup build it alike. */
export function draftContextFor({ contact, user, referredByName, meetings, lastRequestAt }: ContextSource): DraftContext {
  let latest: ContextSource['meetings'][number] | undefined;
  for (const meeting of meetings) {
    if (meeting.heldAt !== undefined && (latest?.heldAt === undefined || meeting.heldAt > latest.heldAt)) latest = meeting;
  }
  return {
    contact,
    user,
    referredByName,
    takeaways: latest?.takeaways,
    leads: latest?.leads?.map((lead) => lead.name),
    lastMessageAt: lastRequestAt,
  };
}
