import { draftContextFor } from '@/lib/outreach/context';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

describe('draftContextFor', () => {
  it('takes the takeaways of the latest meeting held, and the time of the request', () => {
    const context = draftContextFor({
      contact: { name: 'Maya Okafor' },
      user: DEFAULT_SETTINGS,
      referredByName: 'Tomás',
      meetings: [
        { heldAt: 2, takeaways: ['newer'] },
        { takeaways: ['scheduled, not held'] },
        { heldAt: 1, takeaways: ['older'] },
      ],
      lastRequestAt: 5,
    });
    expect(context).toMatchObject({ referredByName: 'Tomás', takeaways: ['newer'], lastMessageAt: 5 });
  });

  it('has no takeaways before any meeting', () => {
    expect(draftContextFor({ contact: { name: 'A' }, user: DEFAULT_SETTINGS, meetings: [] }).takeaways).toBeUndefined();
  });
});
