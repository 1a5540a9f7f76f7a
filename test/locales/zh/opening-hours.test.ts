import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../../src/index.js';

const dates = (text: string) => extractCandidates(text, 'zh').filter((c) => c.kind === 'date').map((c) => `${text.slice(c.start, c.end)}=${String(c.value)}`);

describe('a range of times or days with a verb of opening hours before its connector', () => {
  it.each([
    ['图书馆由上午9时开放至晚上9时。', '上午9时开放至晚上9时=T09:00/T21:00'],
    ['商场从早上10点营业到晚上10点。', '从早上10点营业到晚上10点=T10:00/T22:00'],
    ['展览从3月1日开放至5月31日。', '从3月1日开放至5月31日=--03-01/--05-31'],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual([want]);
  });

  it('needs the word that opens the range', () => {
    expect(dates('上午9时开放，至下午5时关闭。')).toEqual(['上午9时=T09:00', '下午5时=T17:00']);
    expect(dates('展览3月1日开放至今。').some((d) => d.includes('/'))).toBe(false);
  });

  it('tells a changed end against the English range', () => {
    const result = align('The library is open from 9am to 9pm.\n\n图书馆由上午9时开放至晚上8时。\n', { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity === 'error')).toHaveLength(1);
  });
});
