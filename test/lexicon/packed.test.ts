import { describe, expect, it } from 'vitest';
import { bytesReader, packFile, packTable, parseHeader, sectionOf, tableOf, uint16s, wordsLE } from '../../src/lexicon/packed.js';

/** A file holding one table built from `entries`, read back. */
function tableFrom(entries: [string, string][]) {
  const { index, records } = packTable(entries);
  const bytes = packFile({ note: 'test' }, { 't.index': index, 't.records': records });
  return tableOf(parseHeader(bytes), bytesReader(bytes), 't');
}

describe('packed tables', () => {
  const entries: [string, string][] = [
    ['银行', 'bank'], ['银', 'silver'], ['银行家', 'banker'], ['中国', 'China'], ['中', 'middle'],
    ['中国人', 'Chinese person'], ['中华', 'Chinese'], ['A', 'letter a'], ['AB', 'ab'], ['重庆', 'chong qing'],
    ['𠀀', 'astral'], ['é', 'accented'],
  ];
  const table = tableFrom(entries);

  it('finds every key, whatever its place in its bucket', () => {
    for (const [key, value] of entries) expect(table.get(key)).toBe(value);
  });

  it('finds nothing for a key it lacks, a missing first character or the empty string', () => {
    for (const key of ['中国银行', '银河', '中间', 'ABC', 'B', '', 'x', '重', '𠀁']) expect(table.get(key)).toBeUndefined();
  });

  it('tells prefixes of keys from other strings', () => {
    for (const prefix of ['中', '中国', '中华', '银行', 'A', '重', '𠀀']) expect(table.hasPrefix(prefix)).toBe(true);
    for (const prefix of ['中间', '银河', 'AC', '中国人民', '', 'Z']) expect(table.hasPrefix(prefix)).toBe(false);
  });

  it('reads a long key without a fixed-size buffer', () => {
    const long = '长'.repeat(40);
    expect(tableFrom([[long, 'long'], ['长', 'long']]).get(long)).toBe('long');
  });

  it('refuses keys with tabs or newlines and files that are not its own', () => {
    expect(() => packTable([['a\tb', 'x']])).toThrow(/tab or newline/);
    expect(() => parseHeader(new TextEncoder().encode('{"words": [0, 1]}\nabc'))).toThrow(/npm run build/);
  });

  it('keeps plain sections aligned and their words in order', () => {
    const bytes = packFile({}, { odd: new Uint8Array([1, 2, 3]), words: wordsLE([1, 65535, 300], 2) });
    const parsed = parseHeader(bytes);
    expect([...uint16s(sectionOf(parsed, bytesReader(bytes), 'words'))]).toEqual([1, 65535, 300]);
    expect(parsed.body % 4).toBe(0);
  });
});
