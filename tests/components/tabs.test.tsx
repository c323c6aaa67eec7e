import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Tabs } from '@/components/Tabs';

type TabId = 'person' | 'message' | 'prep' | 'meeting';
const TABS = [
  { id: 'person', label: 'Person' },
  { id: 'message', label: 'Message' },
  { id: 'prep', label: 'Prep' },
  { id: 'meeting', label: 'Meeting' },
] as const satisfies readonly { id: TabId; label: string }[];

function Harness({ initial = 'person', onSelect }: { initial?: TabId; onSelect?: (id: TabId) => void }) {
  const [tab, setTab] = useState<TabId>(initial);
  return (
    <Tabs
      label="Coffee Chats"
      tabs={TABS}
      selected={tab}
      onSelect={(id) => {
        onSelect?.(id);
        setTab(id);
      }}
    >
      <p>{`${tab} panel`}</p>
    </Tabs>
  );
}

const selectedTab = () => screen.getAllByRole('tab', { selected: true });

describe('Tabs', () => {
  it('names the tab list, marks the selected tab and labels the panel with it', () => {
    render(<Harness initial="message" />);
    const list = screen.getByRole('tablist', { name: 'Coffee Chats' });
    expect(list).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Person', 'Message', 'Prep', 'Meeting']);
    expect(selectedTab()).toEqual([screen.getByRole('tab', { name: 'Message' })]);
    expect(screen.getByRole('tab', { name: 'Person' })).toHaveAttribute('aria-selected', 'false');
    const panel = screen.getByRole('tabpanel', { name: 'Message' });
    expect(panel).toHaveTextContent('message panel');
    expect(screen.getByRole('tab', { name: 'Message' })).toHaveAttribute('aria-controls', panel.id);
  });

  it('puts only the selected tab in the Tab order', async () => {
    render(
      <>
        <button type="button">Before</button>
        <Harness initial="prep" />
      </>,
    );
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Before');
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Prep' })).toHaveFocus();
  });

  it('selects a tab on click', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Meeting' }));
    expect(onSelect).toHaveBeenCalledWith('meeting');
    expect(screen.getByRole('tab', { name: 'Meeting' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Meeting' })).toHaveTextContent('meeting panel');
  });

  it.each([
    ['{ArrowRight}', 'person', 'Message'],
    ['{ArrowRight}', 'meeting', 'Person'], // wraps to the first
    ['{ArrowLeft}', 'message', 'Person'],
    ['{ArrowLeft}', 'person', 'Meeting'], // wraps to the last
    ['{Home}', 'prep', 'Person'],
    ['{End}', 'message', 'Meeting'],
  ] as const)('%s from %s selects and focuses %s', async (key, from, to) => {
    render(<Harness initial={from} />);
    screen.getByRole('tab', { selected: true }).focus();
    await userEvent.keyboard(key);
    const tab = screen.getByRole('tab', { name: to });
    expect(tab).toHaveFocus();
    expect(selectedTab()).toEqual([tab]);
    expect(screen.getByRole('tabpanel', { name: to })).toBeInTheDocument();
  });

  it('walks all the way round with the arrow keys and ignores other keys', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    screen.getByRole('tab', { name: 'Person' }).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['message', 'prep', 'meeting', 'person']);
    expect(screen.getByRole('tab', { name: 'Person' })).toHaveFocus();
    onSelect.mockClear();
    await userEvent.keyboard('{ArrowDown}a');
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('tab', { name: 'Person' })).toHaveFocus();
  });
});
