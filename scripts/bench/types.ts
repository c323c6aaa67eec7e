export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** A human-readable target such as "≤ 12288", or null when there is none yet. */
  target: string | null;
  ok: boolean | null;
}

export function atMost(name: string, value: number, unit: string, limit: number | null): Measurement {
  return { name, value, unit, target: limit === null ? null : `≤ ${limit}`, ok: limit === null ? null : value <= limit };
}
