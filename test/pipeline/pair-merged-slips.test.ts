import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

const alarms = (result: FileResult): string[] =>
  result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId).sort();

/** An interleaved page whose Chinese renders two English paragraphs in one; `zh` is that paragraph. */
const page = (second: string, zh: string): string => [
  'City ferry adds night crossings',
  '',
  '市轮渡增开夜间航班',
  '',
  'The crossing between the two piers takes about twelve minutes and costs two yuan for adults.',
  '',
  second,
  '',
  zh,
  '',
  'Night boats will run every half hour until midnight.',
  '',
  '夜间航班每半小时一班，运营至午夜。',
  '',
].join('\n');

describe('pair: a merged paragraph whose figure the translation slipped', () => {
  it('keeps the merge and tells the figure when the part rendered with a slip shares its words', () => {
    const result = align(page(
      'About 45,000 passengers use the route every day, more than any other river crossing in the city.',
      '两个码头之间的航程约需12分钟，成人票价2元。该航线每天约有3.5万人次乘客，超过市内其他任何过江线路。',
    ));
    expect(links(result)).toEqual(['1 => 3', '11 => 13', '5+7 => 9']);
    expect(alarms(result)).toEqual(['number-mismatch']);
  });

  it('keeps a month the translation slipped in the merge too', () => {
    const result = align(page(
      'The ferry company told the city council in March that ticket prices would stay the same for adults and children.',
      '两个码头之间的航程约需12分钟，成人票价2元。市轮渡公司4月对市议会表示，成人和儿童的票价将保持不变。',
    ));
    expect(links(result)).toEqual(['1 => 3', '11 => 13', '5+7 => 9']);
    expect(alarms(result)).toEqual(['date-mismatch']);
  });

  it('still leaves out a paragraph the translation drops, whose figures and words it does not render', () => {
    const result = align(page(
      'The company bought four new boats last year for 36 million yuan, each able to carry 300 people.',
      '两个码头之间的航程约需12分钟，成人票价2元。',
    ));
    expect(links(result)).toEqual(['1 => 3', '11 => 13', '5 => 9', '7 => -']);
    expect(alarms(result)).toEqual(['missing-translation']);
  });
});
