import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (text: string, referenceDate: string) => align(text, { entities: false, referenceDate }).findings
  .map((f) => `${f.severity} ${f.ruleId}: ${f.message}`);

describe('a weekday, then its day in brackets', () => {
  it('is one date, whose weekday is weighed against the other side\'s', () => {
    expect(findings('The new fares apply from Monday (March 3).\n\n新票價由星期二（3月3日）起實施。\n', '2025-02-20')).toEqual([
      'error date-mismatch: EN "Monday (March 3)" (3 March 2025) vs ZH "星期二（3月3日）" (3 March 2025): weekday differs',
    ]);
  });

  it('agrees where the weekdays agree', () => {
    expect(findings('The new fares apply from Monday (March 3).\n\n新票價由星期一（3月3日）起實施。\n', '2025-02-20')).toEqual([]);
  });
});

describe('dates a day apart across time zones', () => {
  it('are a slip where both sides name the same zone', () => {
    expect(findings('The probe landed at 6:15 a.m. Beijing time on Friday, May 9.\n\n探测器于北京时间5月8日6时15分着陆。\n', '2025-05-01')).toContainEqual(
      expect.stringMatching(/^error date-mismatch: .*day differs$/),
    );
  });

  it('are a note where the zones differ', () => {
    expect(findings('The probe landed at 10:15 p.m. GMT on May 8.\n\n探测器于北京时间5月9日6时15分着陆。\n', '2025-05-01').filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});
