import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('the number of a list item is no figure of the text', () => {
  it.each([
    ['3. Migrant population. There were 1.25 million migrants, 41.2% more than in 2010.', '三、流动人口。流动人口为125万人，比2010年增长41.2%。'],
    ['4) Urban share. The urban share rose by 8.6 points.', '（四）城镇化率。城镇人口比重上升8.6个百分点。'],
  ])('%s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it('keeps a number inside a line that is no item\'s', () => {
    expect(numberFindings('Migrants rose by 3. The rest stayed.', '流动人口增加了5人，其余不变。')).not.toEqual([]);
  });
});
