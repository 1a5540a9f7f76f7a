import { describe, expect, it } from 'vitest';
import { segmentChinese } from '../../src/lexicon/chinese.js';
import { lexiconFromBuffer, type Lexicon } from '../../src/lexicon/load.js';
import { random } from '../seeded-random.js';
import { bytesReader, packFile, packTable, packWords, parseHeader, sectionOf, tableOf, uint16s, wordTableOf, wordsLE, type ReadBytes } from '../../src/lexicon/packed.js';

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

/** A file holding one word table built from `entries`, read back (from a copy of its bytes per read when `copies`, as from a file). */
function wordTableFrom(entries: [string, string][], copies = false) {
  const { firsts, starts, buckets } = packWords(entries);
  const bytes = packFile({ note: 'test' }, { 'w.firsts': firsts, 'w.starts': starts, 'w.buckets': buckets });
  const read: ReadBytes = copies ? (offset, length) => bytes.slice(offset, offset + length) : bytesReader(bytes);
  return wordTableOf(parseHeader(bytes), read, 'w');
}

/** A text of 1 to `max` code units, each drawn by `next` from one of `ranges` (lone surrogates included when a range holds them). */
function randomText(next: () => number, ranges: readonly [number, number][], max: number): string {
  let out = '';
  const length = 1 + Math.floor(next() * max);
  for (let k = 0; k < length; k++) {
    const [lo, hi] = ranges[Math.floor(next() * ranges.length)]!;
    out += String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return out;
}

/** Whether a text holds no lone surrogate (a dictionary word is always well formed). */
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('word tables', () => {
  const entries: [string, string][] = [
    ['银行', 'bank'], ['银', 'silver'], ['银行家', 'banker'], ['中国', 'China'], ['中', 'middle'],
    ['中国人', 'Chinese person'], ['中华', 'Chinese'], ['A', 'letter a'], ['AB', 'ab'], ['重庆', 'chong qing'],
    ['𠀀', 'astral'], ['𠀀𠀁', 'two astral'], ['中𠀀', 'astral rest'], ['é', 'accented'], ['中國', '=中国'], ['成都市', 'Chéngdū city'],
  ];

  it('finds every word and tells prefixes from other strings, as sorted records do', () => {
    const records = tableFrom(entries);
    for (const copies of [false, true]) {
      const words = wordTableFrom(entries, copies);
      for (const [word, value] of entries) expect(words.get(word)).toBe(value);
      const questions = ['中国银行', '银河', '中间', 'ABC', 'B', '', 'x', '重', '𠀁', '中国人民', 'AC', 'Z', '中\ud840', '\ud840', '\udc00',
        '中\ud840\udc00', '𠀀\ud840', '成都', '成', '成都市区', '\ufffd', '中\ufffd'];
      for (const q of [...questions, ...entries.map(([w]) => w)]) {
        expect(words.get(q), q).toBe(records.get(q));
        expect(words.hasPrefix(q), q).toBe(records.hasPrefix(q));
      }
    }
  });

  it('answers as sorted records do on random words and questions of every range', () => {
    const next = random(8);
    const ranges: [number, number][] = [[0x4e00, 0x4e0f], [0x41, 0x44], [0xd800, 0xd801], [0xdc00, 0xdc01], [0xe9, 0xea]];
    const text = (max: number): string => randomText(next, ranges, max);
    const dictionary = new Map<string, string>();
    while (dictionary.size < 400) {
      const word = text(4);
      if (wellFormed(word)) dictionary.set(word, text(6).replace(/[\ud800-\udfff]/g, 'x'));
    }
    const records = tableFrom([...dictionary]);
    const words = wordTableFrom([...dictionary]);
    for (let round = 0; round < 5000; round++) {
      const q = text(5);
      expect(words.get(q), q).toBe(records.get(q));
      expect(words.hasPrefix(q), q).toBe(records.hasPrefix(q));
    }
  });

  it('gives the ends of the words at a place in a text as get asks slice by slice, on random words and texts', () => {
    const next = random(12);
    const ranges: [number, number][] = [[0x4e00, 0x4e05], [0x41, 0x42], [0xd840, 0xd840], [0xdc00, 0xdc01]];
    const text = (max: number): string => randomText(next, ranges, max);
    const dictionary = new Map<string, string>();
    while (dictionary.size < 300) {
      const word = text(5);
      if (wellFormed(word)) dictionary.set(word, 'x');
    }
    const words = wordTableFrom([...dictionary]);
    const ends: number[] = [];
    for (let round = 0; round < 3000; round++) {
      const t = text(12);
      const from = Math.floor(next() * t.length);
      const to = from + Math.floor(next() * (t.length - from + 1));
      const first = (t.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
      const expected: number[] = [];
      for (let end = to; end > from + first; end--) if (words.get(t.slice(from, end)) !== undefined) expected.push(end);
      const count = words.wordEndsAt(t, from, to, ends);
      expect(ends.slice(0, count), `${t} ${from} ${to}`).toEqual(expected);
    }
  });

  it('segments Chinese text as slice-by-slice questions do, a word whose glosses point nowhere left out', () => {
    const dictionary: [string, string][] = [
      ['中', 'middle'], ['中国', 'China'], ['中国人', 'Chinese person'], ['国', 'country'], ['人', 'person'], ['人民', 'people'],
      ['银行', 'bank'], ['银行家', 'banker'], ['中國', '=中国'], ['國人', '=国人'], ['民', 'folk'], ['成都市', 'Chengdu city'], ['都', 'capital'],
    ];
    const { firsts, starts, buckets } = packWords(dictionary);
    const lexicon = lexiconFromBuffer(packFile({ source: 'test', licence: 'test', maxWordLength: 3 }, { 'words.firsts': firsts, 'words.starts': starts, 'words.buckets': buckets }));
    const sliceBySlice: Lexicon = { ...lexicon, longestWord: undefined };
    const next = random(3);
    const alphabet = '中国國人民银行家成都市，a';
    for (let round = 0; round < 2000; round++) {
      let t = '';
      const length = Math.floor(next() * 14);
      for (let k = 0; k < length; k++) t += alphabet[Math.floor(next() * alphabet.length)]!;
      expect(segmentChinese(t, lexicon), t).toEqual(segmentChinese(t, sliceBySlice));
    }
    expect(segmentChinese('中國人民', lexicon).map((w) => w.text)).toEqual(['中國', '人民']);
  });

  it('refuses words it could not answer for as records do', () => {
    expect(() => packWords([['a\ud800', 'x']])).toThrow(/not a word/);
    expect(() => packWords([['\ufffd', 'x']])).toThrow(/not a word/);
    expect(() => packWords([['', 'x']])).toThrow(/not a word/);
  });
});
