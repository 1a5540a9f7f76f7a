import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { formatTable } from '../../src/format/index.js';

const page = (top: string, middle = ''): string => `${top}

Ferry service resumes after storm repairs

Ferries between the two islands resumed on Friday after 11 days of repairs to the pier.

周五，经过11天的码头维修，两岛之间的渡轮恢复运营。
${middle}
The operator said tickets bought for cancelled sailings would be refunded in full.

运营方表示，已取消航班的船票将全额退款。
`;

const ruleOf = (text: string, excerpt: string): string[] => align(text, { entities: false }).findings
  .filter((f) => f.message.includes(excerpt)).map((f) => `${f.ruleId} ${f.severity}`);

describe('a headline in sentence case under the page furniture', () => {
  it.each([
    ['News | Travel | Weather'],
    ['Share on WeChat  Share on Weibo'],
    ['Home | Local\n\nShare this story'],
  ])('is a heading under %j', (top) => {
    expect(ruleOf(page(top), 'Ferry service resumes')).toEqual(['unpaired-block info']);
  });

  it('names it a heading in the table too', () => {
    const table = formatTable([align(page('News | Travel | Weather'), { entities: false })]);
    expect(table).toMatch(/EN without a partner \(heading\)/);
  });

  it('is a paragraph without its translation below the first paragraph', () => {
    const middle = '\nCrews worked through the night on the damaged pier\n';
    expect(ruleOf(page('News | Travel | Weather', middle), 'Crews worked')).toEqual(['missing-translation error']);
  });

  it('is a paragraph without its translation when a sentence ends it', () => {
    expect(ruleOf(page('News | Travel | Weather').replace('storm repairs', 'storm repairs.'), 'Ferry service resumes')).toEqual(['missing-translation error']);
  });
});
