import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEnglish } from '../../src/entities/gazetteer.js';

/** The whole fold, without the shortcut for plain text. */
const folded = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

const PIECES = ['Sichuan', 'Province', 'HONG', 'Kong', "Xi'an", 'Xi’an', 'São', 'Paulo', 'Zürich', 'a', '-', '.', '`', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'ﬁ', '①'];

describe('normalizeEnglish', () => {
  it('gives what the whole fold gives, for plain names and the rest', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => normalizeEnglish(t) === folded(t)), { numRuns: 20000 });
  });

  it('lower-cases a name of plain words', () => {
    expect(normalizeEnglish('Sichuan Province')).toBe('sichuan province');
    expect(normalizeEnglish(' Sichuan  Province ')).toBe('sichuan province');
  });
});
