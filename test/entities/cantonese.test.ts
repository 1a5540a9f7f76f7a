import { describe, expect, it } from 'vitest';
import { cantoneseOnly, cantoneseSyllableMatches } from '../../src/entities/cantonese.js';

describe('cantoneseSyllableMatches', () => {
  it.each([
    ['lam', 'lin'], ['cheuk', 'zhuo'], ['kwok', 'guo'], ['ki', 'ji'], ['leung', 'liang'], ['cheung', 'zhang'],
    ['wong', 'huang'], ['wong', 'wang'], ['ng', 'wu'], ['tsang', 'zeng'], ['yeung', 'yang'], ['wing', 'rong'],
    ['yuk', 'yu'], ['kit', 'jie'], ['hoi', 'hai'], ['man', 'wen'], ['chung', 'zhong'], ['fai', 'hui'],
    ['yan', 'xin'], ['yin', 'xian'], ['ying', 'xing'],
  ])('%s ~ %s', (hk, pinyin) => expect(cantoneseSyllableMatches(hk, pinyin)).toBe(true));

  it.each([
    ['lam', 'ling'], ['cheuk', 'zhi'], ['kwok', 'jia'], ['ki', 'qiang'], ['leung', 'lin'], ['chan', 'zhang'],
    ['wong', 'wen'], ['ng', 'wang'], ['man', 'ming'], ['yuk', 'yang'], ['kit', 'jin'], ['hoi', 'hu'],
    ['yan', 'xiong'], ['yin', 'xu'],
  ])('%s is not %s', (hk, pinyin) => expect(cantoneseSyllableMatches(hk, pinyin)).toBe(false));
});

describe('cantoneseOnly', () => {
  it.each(['cheuk', 'kwok', 'lam', 'ng', 'yeung', 'hoi', 'yuk', 'kit', 'poon', 'yee'])('%s is spelled as only Cantonese is', (s) => expect(cantoneseOnly(s)).toBe(true));
  it.each(['ching', 'wen', 'tsai', 'hsien', 'ming', 'zhuo', 'ying'])('%s is not', (s) => expect(cantoneseOnly(s)).toBe(false));
});

describe('Macao spellings', () => {
  it.each([
    ['iong', 'rong'], ['ieong', 'yang'], ['vong', 'huang'], ['leong', 'liang'], ['cheong', 'zhang'], ['kuok', 'guo'],
    ['chao', 'zhou'], ['iao', 'you'], ['iu', 'yao'], ['ian', 'xin'],
  ])('%s ~ %s', (macao, pinyin) => expect(cantoneseSyllableMatches(macao, pinyin)).toBe(true));

  it.each([['iong', 'liang'], ['vong', 'chen'], ['leong', 'lin'], ['kuok', 'huang']])('%s is not %s', (macao, pinyin) => expect(cantoneseSyllableMatches(macao, pinyin)).toBe(false));
});
