import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const dateFindings = (en: string, zh: string) => align(`Posted 6 May 2026\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'date-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('four digits before GMT or UTC', () => {
  it('are a time of day, not a year', async () => {
    const { extractCandidates } = await import('../../src/pipeline/extract.js');
    const text = 'The craft separated at 2315 UTC, and in 1842 GMTs were unknown.';
    expect(extractCandidates(text, 'en', {}).map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`)).toEqual(['2315 T23:15', '1842 1842']);
  });
});

describe('one moment told in two time zones', () => {
  it.each([
    ['The probe touched down at 18:42 GMT on Tuesday.', '北京时间周三2时42分，探测器成功着陆。'],
    ['The capsule docked at 11:05 p.m. Beijing time (1505 GMT).', '北京时间23时05分，飞船完成对接。'],
    ['Voting closed at 8 p.m. EDT on 5 May.', '北京时间5月6日8时，投票结束。'],
    ['The lander touched down at 1842 GMT on Tuesday.', '北京时间周三2时42分，着陆器成功着陆。'],
    // the zone after the time, in brackets
    ['The module docked at 03:40 UTC on 12 March 2025.', '2025年3月12日11:40（北京时间），舱段完成对接。'],
    // a zone in brackets that opens a time of its own is that time's, not the one before
    ['The module docked at 11:40 Beijing time on 12 March (03:40 UTC).', '北京时间3月12日11时40分（协调世界时3时40分），舱段完成对接。'],
  ])('agrees: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([]);
  });

  it('is a slip when the zones do not account for the difference, told in the Chinese zone', () => {
    expect(dateFindings('The probe touched down at 19:42 GMT on Tuesday.', '北京时间周三2时42分，探测器成功着陆。').filter((f) => f.startsWith('error')))
      .toEqual([expect.stringMatching(/^error .*differs \(03:42 in the Chinese time zone\)$/)]);
  });

  it('is a slip when a zone in brackets after the time does not account for it', () => {
    expect(dateFindings('The module docked at 03:40 UTC on 12 March 2025.', '2025年3月12日12:40（北京时间），舱段完成对接。').filter((f) => f.startsWith('error')))
      .toEqual([expect.stringMatching(/differs \(11:40 in the Chinese time zone\)$/)]);
  });

  it('leaves times with no zone named compared as they stand', () => {
    expect(dateFindings('The probe touched down at 18:42 on Tuesday.', '周三2时42分，探测器成功着陆。').some((f) => f.startsWith('error'))).toBe(true);
  });
});

describe('a weekday slip on a day each side also names another way', () => {
  it('is told once, though each date matched a holiday on the other side', () => {
    const found = dateFindings('The film opened on Friday, May 1, the first day of the May Day holiday.', '该片于5月1日（周六）即五一假期首日上映。');
    expect(found).toEqual([expect.stringMatching(/^error .*weekday differs$/)]);
  });

  it('is quiet when the weekdays agree', () => {
    expect(dateFindings('The film opened on Friday, May 1, the first day of the May Day holiday.', '该片于5月1日（周五）即五一假期首日上映。')).toEqual([]);
  });
});

describe('days and spans told two ways', () => {
  it('a list of two days with their weekdays against the same two days', () => {
    expect(dateFindings('The sale runs on Friday 8 and Saturday 9 May.', '特卖于5月8日（星期五）及9日（星期六）举行。')).toEqual([]);
  });

  it('a start bounded by since against the span from it to now', () => {
    expect(dateFindings('Rainfall recorded since 1 January: 812 mm.', '今年1月1日至今天文台录得雨量812毫米。')).toEqual([]);
  });
});
