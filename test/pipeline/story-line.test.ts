import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const serious = (text: string) => align(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`);

describe('a line that heads one other story in both languages', () => {
  const article = 'The harbour ferry will run every ten minutes from March.\n\n港灣渡輪將由三月起每十分鐘開出一班。\n\n';

  it('is page chrome whole, its English story no paragraph left untranslated', () => {
    expect(serious(`${article}相關新聞 Related: 渡輪碼頭改建 Ferry pier rebuild\n`)).toEqual([]);
    expect(serious(`${article}Related 相關新聞: Ferry pier rebuild 渡輪碼頭改建\n`)).toEqual([]);
  });

  it('not an English paragraph opening with a word of the headings', () => {
    expect(serious(`${article}More: the operator said fares would rise by a fifth next year.\n`)).toEqual([expect.stringMatching(/^missing-translation/)]);
  });
});
