/** How the extraction tests compare what a text's facts read. */
import { extractCandidates } from '../../src/pipeline/extract.js';
import type { FactCandidate } from '../../src/types.js';

/** What a candidate reads: `kind:value`, then `-max`, the unit, `~` when approximate and its bound, each when it has one. */
export function reading(c: FactCandidate): string {
  return `${c.kind}:${c.value}${c.max !== undefined ? `-${c.max}` : ''}${c.unit ? ` ${c.unit}` : ''}${c.approx ? ' ~' : ''}${c.bound ? ` ${c.bound}` : ''}`;
}

/** The facts of a text by what they read (not where). */
export function readings(text: string, lang: 'en' | 'zh'): string[] {
  return extractCandidates(text, lang).map(reading);
}

/** The facts of a text as `span = reading`. */
export function spannedReadings(text: string, lang: 'en' | 'zh'): string[] {
  return extractCandidates(text, lang).map((c) => `${text.slice(c.start, c.end)} = ${reading(c)}`);
}
