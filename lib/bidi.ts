/**
 * Bidirectional control characters (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM)
 * can make exported text read differently from what it is — "Jonas\u202Egnp.exe" shows as
 * "Jonasexe.png". Exports and notifications drop them: names and notes read as typed.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
