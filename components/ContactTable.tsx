import { formatDateTime } from '@/lib/format';

export interface ContactRow {
  id: number;
  name: string;
  headline?: string;
  currentCompany?: string;
  profileUrl: string;
  createdAt: number;
  thankYouDueAt?: number;
}

export function ContactTable({ contacts }: { contacts: readonly ContactRow[] }) {
  if (contacts.length === 0) {
    return <p className="card">No contacts yet. Open a LinkedIn profile and choose “Save contact” in the sidebar.</p>;
  }
  return (
    <table>
      <caption className="visually-hidden">Your contacts</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Company</th>
          <th scope="col">Saved</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) => (
          <tr key={contact.id}>
            <td>
              <a href={contact.profileUrl} target="_blank" rel="noreferrer noopener">
                {contact.name}
              </a>
              {contact.headline && <div className="hint">{contact.headline}</div>}
            </td>
            <td>{contact.currentCompany ?? ''}</td>
            <td>{formatDateTime(contact.createdAt)}</td>
            <td>{contact.thankYouDueAt !== undefined ? 'Thank-you note' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
