import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts as english } from '../locales/en/helpers.js';
import { facts as chinese } from '../locales/zh/describe-facts.js';

const findings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('basis points, hundredths of a percentage point', () => {
  it('reads them so on both sides', () => {
    expect(english('The lender trimmed its rate by 15 basis points.').map((f) => [f[1], f[2], f[3]?.unit])).toEqual([['15 basis points', 0.15, 'pp']]);
    expect(english('Spreads widened 40bps overnight.').map((f) => [f[1], f[2], f[3]?.unit])).toEqual([['40bps', 0.4, 'pp']]);
    expect(chinese('贷款利率下调15个基点。')).toEqual(['percent 15个基点 0.15 pp']);
  });

  it.each([
    ['The lender trimmed its rate by 15 basis points.', '该行将利率下调15个基点。'],
    ['The spread narrowed by 0.4 percentage points.', '利差收窄40个基点。'],
  ])('agree with the same share: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('are a hundred times apart from as many percentage points', () => {
    expect(findings('The lender trimmed its rate by 15 basis points.', '该行将利率下调15个百分点。'))
      .toEqual([expect.stringMatching(/^error .*100x apart/)]);
  });

  it('leave a company named BP alone', () => {
    expect(english('BP shares fell 3% in London.').map((f) => [f[1], f[3]?.unit])).toEqual([['3%', '%']]);
  });
});

describe('a move in basis points to a level in per cent', () => {
  it('is two values, not a range', () => {
    expect(english('Yields fell 10 basis points to 3.0 percent.').map((f) => [f[1], f[2]])).toEqual([['10 basis points', 0.1], ['3.0 percent', 3]]);
    expect(findings('Yields fell 10 basis points to 3.0 percent.', '收益率下降10个基点至3.0%。')).toEqual([]);
  });

  it("reads a currency dealer's pips as basis points", () => {
    expect(findings('The yuan was set 12 pips higher.', '人民币中间价调升12个基点。')).toEqual([]);
  });
});
