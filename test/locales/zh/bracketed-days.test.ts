import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { align } from '../../../src/index.js';

describe('今（20）日: the day the Taiwan press writes in brackets', () => {
  it.each([
    ['交通部今（14）日宣布新制上路。', 'date 今（14）日 ---14'],
    ['警方昨(13)日表示，案件仍在調查。', 'date 昨(13)日 ---13'],
    ['颱風明（15）日將登陸。', 'date 明（15）日 ---15'],
    ['本（11）月起，票價調整。', 'date 本（11）月起 --11 over'],
  ])('%s', (text, want) => {
    expect(facts(text)).toEqual([want]);
  });

  it('takes the month and year of the reference day, and the month before for a day far after it', () => {
    expect(facts('交通部今（14）日宣布新制上路。', { referenceDate: '2031-11-14' })).toEqual(['date 今（14）日 2031-11-14']);
    expect(facts('警方昨（31）日表示。', { referenceDate: '2031-11-01' })).toEqual(['date 昨（31）日 2031-10-31']);
  });

  it('leaves a count in brackets alone', () => {
    expect(facts('參賽隊伍（12）支').some((f) => f.startsWith('date'))).toBe(false);
    expect(facts('本（12）屆大會').some((f) => f.startsWith('date'))).toBe(false);
  });

  it('meets the weekday of the English, on the dateline\'s day, with no finding', () => {
    const text = 'TAIPEI, Nov. 14 (CNA) --\n\nThe transport ministry announced the new rules on Friday.\n\n交通部今（14）日宣布新制。\n';
    const result = align(text, { entities: false, referenceDate: '2031-11-14' });
    expect(result.findings.filter((f) => f.ruleId === 'date-mismatch' || f.ruleId === 'number-mismatch')).toEqual([]);
  });
});
