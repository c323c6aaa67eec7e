/** Date and time inputs speak local time: "2026-11-21T14:30" and "2026-11-21". */
const pad = (n: number) => String(n).padStart(2, '0');

export const toLocalInput = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export const toLocalDate = (ms: number) => toLocalInput(ms).slice(0, 10);

/** "2026-11-21" → local midnight of that day; NaN when not a date. */
export const fromLocalDate = (text: string) => new Date(`${text}T00:00:00`).getTime();
