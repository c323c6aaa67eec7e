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

/** The middle value (the upper one of the two middles for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
