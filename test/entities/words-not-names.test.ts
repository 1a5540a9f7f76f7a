import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const zhEntities = (text: string) => extractEntities(text, 'zh').map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
const withLexicon = (zh: string) => align(`A sentence in English to pair.\n\n${zh}\n`, {}).facts
  .filter((f) => f.kind === 'entity' && /\p{Script=Han}/u.test(f.raw)).map((f) => f.raw);

describe('words that hold a division suffix without naming a place', () => {
  it.each([
    '预算紧张，大家只好省着用。',
    '他当选市长后走访社区。',
    '两位省长出席会议。',
    '宋代在泉州设立市舶司。',
  ])('%s', (text) => {
    expect(zhEntities(text).filter((e) => e.startsWith('place:') && !e.includes('泉州'))).toEqual([]);
  });

  it('still reads the place before a mayor', () => {
    expect(zhEntities('绵阳市长表示将加快建设。')).toEqual(['place:绵阳']);
  });
});

describe('words that hold an organization suffix without naming one', () => {
  it('leaves a preposition out of a name', () => {
    expect(zhEntities('房租可通过银行转账支付。')).toEqual([]);
    expect(zhEntities('根据公司章程，董事会每年改选。')).toEqual([]);
  });

  it('reads no suffix whose first character ends a word with the one before it', () => {
    expect(withLexicon('她在杭州创办公司，专做跨境电商。')).toEqual(['杭州']);
  });

  it('keeps the names that end in the suffix', () => {
    expect(zhEntities('中国银行与腾讯公司签约。')).toEqual(['org:中国银行', 'org:腾讯公司']);
  });
});
