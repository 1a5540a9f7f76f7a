import { describe, expect, it } from 'vitest';
import { align, extractCandidates } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('the same date bounded on each side', () => {
  it('is told when the bounds run opposite ways', () => {
    expect(findings('Staff hired in or after 2015 join the new scheme.', '2015年或之前入职的员工加入新计划。'))
      .toEqual([expect.stringMatching(/^warning .*bound the date in opposite directions/)]);
  });

  it('agrees when they run the same way', () => {
    expect(findings('Staff hired in or after 2015 join the new scheme.', '2015年或之后入职的员工加入新计划。')).toEqual([]);
    expect(findings('Staff hired in or before 2015 keep the old scheme.', '2015年或之前入职的员工保留原计划。')).toEqual([]);
  });
});

describe('a week\'s daily mean', () => {
  it('names no Sunday', () => {
    const facts = extractCandidates('首周日均客流达3.4万人次。', 'zh', { referenceDate: '2024-06-15' });
    expect(facts.filter((f) => f.kind === 'date')).toEqual([]);
  });

  it('is the week of a month\'s daily mean, no Sunday of that month', () => {
    const dates = (text: string) => extractCandidates(text, 'zh', { referenceDate: '2024-06-15' })
      .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);
    expect(dates('9月第二周日均订单量超过80万单。')).toEqual(['9月第二周 2024-09-09/2024-09-15']);
    expect(dates('9月第二个周日均价回落。')).toEqual(['9月第二个周日 2024-09-08']);
    expect(dates('9月第二周日前后')).toEqual(['9月第二周日 2024-09-08']);
  });

  it('leaves a Sunday named outright', () => {
    const facts = extractCandidates('展览周日闭馆。', 'zh', { referenceDate: '2024-06-15' });
    expect(facts.filter((f) => f.kind === 'date')).toHaveLength(1);
  });
});

describe('a day named without a figure', () => {
  it('is no slip of a year written centuries away, which keeps its own partner', () => {
    const errors = align('Posted 22 June 2024\n\nToday the caves draw 2 million visitors. The first was carved in 1366.\n\n如今，这些石窟每年吸引200万游客。第一个洞窟开凿于1266年。\n', { entities: false })
      .findings.filter((f) => f.severity === 'error').map((f) => f.message);
    expect(errors).toEqual([expect.stringMatching(/"1366".*"1266年".*year differs/)]);
  });
});
