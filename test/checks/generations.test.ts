import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 3 May 2031\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId !== 'unpaired-block').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);

describe('a generation by the last digits of its first year (95后)', () => {
  it('is those born in that year or after, as the English says it', () => {
    expect(findings('Buyers born after 2000 made up a third of the orders.', '“00后”买家占订单的三分之一。')).toEqual([]);
    expect(findings('Parents born after 1985 signed up first.', '85後家長最先報名。')).toEqual([]);
  });

  it('tells another year', () => {
    expect(findings('Parents born after 1985 signed up first.', '90后家长最先报名。'))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^error date-mismatch .*after 1985.*90后.*year differs/)]));
  });
});
