import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('leftovers of different sorts are no slip of one another', () => {
  it.each([
    // an adverb's `first` against an amount told by its scale
    ['The kiln was first found in 1931 by a farmer, and hundreds of bowls came out of it.', '1931年，一位农民最早发现了这座窑址，出土了数百件碗。'],
    // a count in words against a rank in words
    ['Six cities joined the scheme, the second time it has grown.', '六个城市加入该计划，这是该计划第二次扩大。'],
    // an ordinal in a compound adjective is no rank
    ['First-time buyers made up 3 in 10 sales.', '首次置业者占销售的十分之三。'],
  ])('%s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it('still tells a rank against another rank', () => {
    expect(alarms('It was the third year of growth.', '这是连续第五年增长。')).toHaveLength(1);
  });
});
