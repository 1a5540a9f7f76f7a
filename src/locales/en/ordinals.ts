import type { FactCandidate } from '../../types.js';
import { candidate, type Scan } from './scan.js';

/**
 * Ordinals: `21st`, `14th`, `twenty-first`, `second time`, and `first` as an adjective
 * (`the first batch` is ordinal 1, as Chinese says 首批). Not `first of all` nor `at first`
 * (dropped by the number scan).
 */
export function extractOrdinals({ numbers }: Scan): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (const t of numbers) {
    if (t.ordinal) out.push(candidate('ordinal', { start: t.start, end: t.end }, t.value));
  }
  return out;
}
