import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ProfileForm, type EditableField } from '@/components/ProfileForm';
import { draftValues } from '@/lib/profile-draft';

function Harness({ unread }: { unread: EditableField[] }) {
  const [typed, setTyped] = useState({});
  const values = draftValues({ name: 'Ada Example', headline: '' }, undefined, typed);
  return (
    <ProfileForm
      values={values}
      unread={new Set(unread)}
      onChange={(field, value) => setTyped((t) => ({ ...t, [field]: value }))}
    />
  );
}

describe('ProfileForm', () => {
  it('shows each field read from the page in a labelled box the user can edit', async () => {
    render(<Harness unread={[]} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Ada Example');
    await userEvent.clear(name);
    await userEvent.type(name, 'Ada E.');
    expect(name).toHaveValue('Ada E.');
  });

  it('says which fields it could not read, until the user types them in', async () => {
    render(<Harness unread={['headline', 'location']} />);
    const headline = screen.getByRole('textbox', { name: 'Headline' });
    expect(headline).toHaveAccessibleDescription("Couldn't read the headline — type it in");
    expect(screen.getByText("Couldn't read the location — type it in")).toBeInTheDocument();
    await userEvent.type(headline, 'Engineer');
    expect(screen.queryByText("Couldn't read the headline — type it in")).not.toBeInTheDocument();
  });

  it('shows hostile profile text as text', () => {
    render(
      <ProfileForm
        values={draftValues({ name: '<img src=x onerror=alert(1)>' }, undefined, {})}
        unread={new Set()}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
