import { MEETING_MODE_LABELS } from '@/lib/model/history';

/** "How" the conversation happens (video, phone, coffee…), or not said: the schedule and meeting forms share it. */
export function ModeSelect({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <>
      <label htmlFor={id}>How</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {Object.entries(MEETING_MODE_LABELS).map(([mode, label]) => (
          <option key={mode} value={mode}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}
