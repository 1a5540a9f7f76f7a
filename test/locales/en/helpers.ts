import { extract } from '../../../src/locales/en/index.js';
import type { ExtractContext } from '../../../src/types.js';

/** One expected fact: kind, raw text, value, then unit / approx / max / bound when they matter. */
export type Row = [kind: string, raw: string, value: number | string, extra?: { unit?: string; approx?: boolean; max?: number; bound?: 'over' | 'under' }];

/** The facts the English extractors find, in the shape of a test row. */
export function facts(text: string, context: ExtractContext = {}): Row[] {
  return extract(text, context).map((f) => {
    const extra: NonNullable<Row[3]> = {};
    if (f.unit !== undefined) extra.unit = f.unit;
    if (f.approx) extra.approx = true;
    if (f.max !== undefined) extra.max = f.max;
    if (f.bound !== undefined) extra.bound = f.bound;
    const row: Row = [f.kind, text.slice(f.start, f.end), f.value];
    if (Object.keys(extra).length) row.push(extra);
    return row;
  });
}
