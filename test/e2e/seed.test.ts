import { describe, expect, it } from 'vitest';
import { align, factsOfPair, type Fact, type FileResult } from '../../src/index.js';
import { fixture } from '../helpers.js';

const text = fixture('chengdu-software-2024.txt');
const result: FileResult = align(text, { path: 'fixtures/chengdu-software-2024.txt' });
const block = (id: string) => result.blocks.find((b) => b.id === id)!;
const pairOf = (start: string) => result.pairs.find((p) => [...p.en, ...p.zh].some((id) => block(id).text.startsWith(start)))!;
const values = (facts: Fact[], kind: Fact['kind']) => facts.filter((f) => f.kind === kind).map((f) => f.value);

describe('the seed article end to end', () => {
  it('cuts 29 blocks with their lines and offsets into the file', () => {
    expect(result.blocks).toHaveLength(29);
    for (const b of result.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(block('b1')).toMatchObject({ line: 1, column: 1, lang: 'en' });
    expect(result.blocks.map((b) => b.lang).join(' ')).toBe(
      ['en', 'en', 'zh', ...Array(12).fill('en zh'), 'und', 'en'].join(' '));
  });

  it('pairs the 13 translation pairs and leaves the dateline, the source line and the related news unpaired', () => {
    const full = result.pairs.filter((p) => p.en.length && p.zh.length);
    expect(full).toHaveLength(13);
    expect(full.every((p) => p.en.length === 1 && p.zh.length === 1)).toBe(true);
    expect(full[0]).toMatchObject({ en: ['b1'], zh: ['b3'] });
    for (let i = 1; i < 13; i++) {
      const en = block(full[i]!.en[0]!);
      const zh = block(full[i]!.zh[0]!);
      expect(zh.index).toBe(en.index + 1);
    }
    const lonely = result.pairs.filter((p) => !p.en.length || !p.zh.length).flatMap((p) => [...p.en, ...p.zh]);
    expect(lonely.map((id) => block(id).text.slice(0, 12)).sort()).toEqual(['11 January 2', 'Related news']);
    expect(result.summary).toMatchObject({ blocks: 29, pairs: 13, unpaired: 3 });
    const inPairs = new Set(result.pairs.flatMap((p) => [...p.en, ...p.zh]));
    for (const b of result.blocks) if (b.lang !== 'und') expect(inPairs.has(b.id)).toBe(true);
  });

  it('resolves money, percentages and multiples to the same values on both sides', () => {
    const { en, zh } = factsOfPair(result, pairOf('The relevant person in charge of the Chengdu'));
    for (const side of [en, zh]) {
      expect(values(side, 'money')).toEqual([6.6e9, 635e9]);
      expect(side.filter((f) => f.kind === 'money').every((f) => f.unit === 'CNY')).toBe(true);
      expect(values(side, 'percent')).toEqual([35.3]);
      expect(side.find((f) => f.unit === 'x')).toMatchObject({ value: 95, approx: true });
    }
    const credit = factsOfPair(result, pairOf('At the conference site'));
    expect(values(credit.en, 'money')).toEqual([3e9]);
    expect(values(credit.zh, 'money')).toEqual([3e9]);
  });

  it('reads the dates with the dateline year and flags January 10-11th against 1月11日 as a warning', () => {
    const p = pairOf('On January 10-11th');
    const { en, zh } = factsOfPair(result, p);
    expect(values(en, 'date')).toContain('2024-01-10/2024-01-11');
    expect(values(zh, 'date')).toContain('2024-01-11');
    expect(values(en, 'ordinal')).toContain(21);
    expect(values(zh, 'ordinal')).toContain(21);
    expect(values(en, 'duration')).toContain('P2D');
    expect(values(zh, 'duration')).toContain('P2D');
    const finding = result.findings.find((f) => f.ruleId === 'date-mismatch');
    expect(finding).toMatchObject({ severity: 'warning', pair: p.id, line: 7 });
    const later = factsOfPair(result, pairOf('On January 10th'));
    expect(values(later.en, 'date')).toContain('2024-01-10');
    expect(values(later.zh, 'date')).toContain('2024-01-10');
  });

  it('reads approximations as a flag, not a dropped word', () => {
    const { en, zh } = factsOfPair(result, pairOf('China Electronic Information Industry Development Research Institute, Open'));
    expect(en.find((f) => f.value === 700)).toMatchObject({ approx: true });
    expect(zh.find((f) => f.value === 700)).toMatchObject({ approx: true });
  });

  it('reports no error on pairs whose sides agree', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds about 37 value facts on each side, with spans into the text', () => {
    const paired = new Set(result.pairs.filter((p) => p.en.length && p.zh.length).flatMap((p) => [...p.en, ...p.zh]));
    const valueFacts = result.facts.filter((f) => f.kind !== 'entity' && paired.has(f.block));
    const en = valueFacts.filter((f) => f.lang === 'en');
    const zh = valueFacts.filter((f) => f.lang === 'zh');
    expect(en.length).toBeGreaterThanOrEqual(32);
    expect(zh.length).toBeGreaterThanOrEqual(32);
    for (const f of result.facts) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });
});
