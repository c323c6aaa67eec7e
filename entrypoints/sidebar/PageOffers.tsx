import type { StoredContact } from '@/lib/model/contact';
import type { Extraction } from '@/lib/linkedin/profile';
import type { ListName, PageLists } from '@/lib/model/protocol';
import { fillableFields, listOffers } from '@/lib/page-offers';

/**
 * What the page offers a saved contact: a longer (or different) list from LinkedIn's detail pages,
 * and, for a lead saved by URL, what is still empty. Nothing is written until a button is pressed.
 */
export function PageOffers({
  contact,
  extraction,
  lists,
  busy,
  onAcceptList,
  onFill,
}: {
  contact: StoredContact;
  extraction: Extraction;
  lists: PageLists;
  busy: boolean;
  onAcceptList: (list: ListName) => void;
  onFill: () => void;
}) {
  const offers = listOffers(contact, lists);
  const fillable = fillableFields(contact, extraction.profile);
  if (offers.length === 0 && fillable.length === 0) return null;
  return (
    <>
      {fillable.length > 0 && (
        <div className="card stack" role="group" aria-label="Fill in from this page">
          <p style={{ margin: 0 }}>
            {contact.name} was saved without this profile. Fill in what is empty ({fillable.join(', ')}) from this page?
          </p>
          <div className="row">
            <button type="button" disabled={busy} onClick={onFill}>
              Fill in from this page
            </button>
          </div>
        </div>
      )}
      {offers.map((offer) => (
        <div key={offer.list} className="card stack" role="group" aria-label={offer.list === 'experience' ? 'Jobs on LinkedIn' : 'Schools on LinkedIn'}>
          <p style={{ margin: 0 }}>{offer.text}</p>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => onAcceptList(offer.list)}>
              {offer.action}
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
