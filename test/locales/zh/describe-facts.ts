import type { ExtractContext } from '../../../src/types.js';
import { extract } from '../../../src/locales/zh/index.js';

/**
 * The Chinese facts of `text`, each as one readable line:
 * `kind raw value[..max][ unit][ ~][ over|under]` (`~` marks approx).
 */
export function facts(text: string, context: ExtractContext = {}): string[] {
  return extract(text, context).map((f) => {
    let line = `${f.kind} ${text.slice(f.start, f.end)} ${f.value}`;
    if (f.max !== undefined) line += `..${f.max}`;
    if (f.unit) line += ` ${f.unit}`;
    if (f.approx) line += ' ~';
    if (f.bound) line += ` ${f.bound}`;
    return line;
  });
}
