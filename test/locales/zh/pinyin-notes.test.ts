import { describe, expect, it } from 'vitest';
import { extractCandidates, withoutPinyin } from '../../../src/pipeline/extract.js';

/** Each fact as `raw value`, its raw text sliced from the original (annotated) text. */
function read(text: string): string[] {
  return extractCandidates(text, 'zh', { referenceYear: 2024 }).map((f) => `${text.slice(f.start, f.end)} ${f.value}`);
}

describe('pinyin readings inside Chinese text', () => {
  it('reads a number through a reading and keeps the span on the original text', () => {
    expect(read('全年出口額達3.6萬(wàn)億元，增長(zhǎng)7%。')).toEqual(['3.6萬(wàn)億元 3600000000000', '7% 7']);
  });
  it('reads a date whose units carry readings', () => {
    expect(read('會議於2023年(nián)11月(yuè)8日舉行。')).toEqual(['2023年(nián)11月(yuè)8日 2023-11-08']);
  });
  it('takes full-width brackets and several syllables', () => {
    expect(read('人口約兩千萬（liǎng qiān wàn）')).toEqual(['約兩千萬 20000000']);
  });
  it('leaves English glosses and bare Latin words in brackets alone', () => {
    expect(withoutPinyin('上海(Shanghai)有2400万人')).toBeUndefined();
    expect(read('上海(Shanghai)有2400万人')).toEqual(['2400万 24000000']);
  });
  it('needs a Han character before the reading', () => {
    expect(withoutPinyin('价格 (wàn) 上涨')).toBeUndefined();
  });
  it('maps every kept character back to its offset', () => {
    const bare = withoutPinyin('國(guó)家')!;
    expect(bare.text).toBe('國家');
    expect(bare.kept).toEqual([0, 6]);
  });
  it('stays linear on a long run of readings', () => {
    const text = '萬(wàn)'.repeat(50_000);
    const t0 = performance.now();
    withoutPinyin(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
