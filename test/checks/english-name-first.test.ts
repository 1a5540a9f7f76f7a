import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const persons = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'entity-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('an English given name before a Chinese surname in any spelling', () => {
  it.each([
    // Wade-Giles, as Taiwan spells surnames
    ['Vice chairman Joe Tsai told analysts the group would buy back shares.', '副董事長蔡崇信對分析師表示，集團將回購股份。'],
    ['Founder Morris Chang spoke at the ceremony.', '創辦人張忠謀在典禮上致詞。'],
    // Cantonese, as Hong Kong spells them
    ['Secretary Paul Chan presented the budget.', '財政司司長陳茂波發表預算案。'],
  ])('the name the person goes by: %s', (en, zh) => {
    expect(persons(en, zh)).toEqual([]);
  });

  it('another surname is another person', () => {
    expect(persons('Vice chairman Joe Tsai told analysts the group would buy back shares.', '副董事長馬雲對分析師表示，集團將回購股份。'))
      .toEqual(['error EN "Joe Tsai" (person joe tsai) vs ZH "馬雲" (person ma yun): different persons']);
  });
});

describe('an English given name before a surname no syllable table reads', () => {
  it('is weighed against no other surname (a Teochew spelling stands for several)', () => {
    expect(persons('Minister Rachel Teo opened the new plant.', '部长杨美玲为新厂揭幕。')).toEqual([]);
  });
  it('leaves a surname in pinyin, Wade-Giles or Cantonese weighed', () => {
    expect(persons('Minister Rachel Tsai opened the new plant.', '部长杨美玲为新厂揭幕。')).toEqual([expect.stringMatching(/different persons/)]);
  });
});
