import { useState } from 'react';
import { copyText } from '@/components/copy-text';
import type { SidebarState } from '@/lib/messaging';
import { draftMessage } from '@/lib/outreach/draft';

/**
 * When the person on screen and the user share a connection who is a saved contact, the warmest way in
 * is through them: a short note asking for an introduction, to copy and send yourself.
 */
export function MutualIntroductions({ state }: { state: SidebarState }) {
  const [copied, setCopied] = useState<string | null>(null);
  const mutuals = state.mutualContacts ?? [];
  const profile = state.page?.extraction?.profile;
  if (mutuals.length === 0 || !profile || state.contact) return null;
  return (
    <>
      {mutuals.map((mutual) => {
        // The message kind that asks a mutual contact (lib/model/message-kinds.ts), written to them.
        const written = draftMessage('ask-introduction', { contact: profile, user: state.settings, mutualName: mutual.name });
        const draft = written.subject ? `Subject: ${written.subject}\n\n${written.body}` : written.body;
        const label = `Ask ${mutual.name} for an introduction`;
        return (
          <section key={mutual.id} className="card stack" aria-label={label}>
            <p style={{ margin: 0 }}>
              You both know <strong>{mutual.name}</strong>, one of your contacts. Ask them for an introduction:
            </p>
            <textarea readOnly rows={8} value={draft} aria-label={`Introduction request to ${mutual.name}`} />
            <div className="row">
              <button
                type="button"
                onClick={() =>
                  void copyText(draft).then(
                    () => setCopied(`Copied. Paste it into a message to ${mutual.name}.`),
                    () => setCopied('The browser refused to copy: select the text and copy it yourself.'),
                  )
                }
              >
                Copy request to {mutual.name}
              </button>
            </div>
            {copied && <p role="status" className="ok">{copied}</p>}
          </section>
        );
      })}
    </>
  );
}
