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

describe('digits inside a name copied as written', () => {
  it('are present on the other side, no figure to weigh', () => {
    expect(numberFindings('Results from ORCA-3, a Phase 3 study, met both of its main goals.', '公司公布了ORCA-3研究的结果，该III期研究达到了全部两个主要目标。')
      .filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('are still weighed when the other side writes another name', () => {
    expect(numberFindings('Results from ORCA-3 met 2 of its 4 goals.', '公司公布了ORCA-5研究的结果，达到了4个目标中的2个。')).not.toEqual([]);
  });
});

describe('a table\'s rows in the scale its heading states', () => {
  const table = (zhRows: string[]) => numberFindings(
    'Early rice output by province (million tonnes, change on 2024)\nHunan 21.4 (+1.1%)\nJiangxi 17.9 (+0.6%)',
    ['分省早稻产量（万吨，同比变化）', ...zhRows].join('\n'),
  ).filter((f) => !f.startsWith('info'));

  it('are the same amounts', () => {
    expect(table(['湖南 2140（+1.1%）', '江西 1790（+0.6%）'])).toEqual([]);
  });

  it('still tell a row that the scales do not explain', () => {
    expect(table(['湖南 2140（+1.1%）', '江西 179（+0.6%）'])).toEqual([expect.stringMatching(/^error .*10x apart/)]);
  });
});
