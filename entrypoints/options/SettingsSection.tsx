import { useLiveQuery } from 'dexie-react-hooks';
import { SettingsForm } from '@/components/SettingsForm';
import { saveSettings } from '@/storage/followups';
import { getSettings } from '@/storage/settings';
import { notifyDataChanged } from './notify';
import { TemplatesSection } from './TemplatesSection';

export function SettingsSection() {
  const settings = useLiveQuery(() => getSettings(), []);
  if (!settings) return <p className="muted">Loading…</p>;
  return (
    <section className="stack" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <SettingsForm
        settings={settings}
        onSave={async (values) => {
          await saveSettings(values);
          notifyDataChanged();
        }}
        onEnableNotifications={() => browser.permissions.request({ permissions: ['notifications'] })}
      />
      <TemplatesSection />
    </section>
  );
}
