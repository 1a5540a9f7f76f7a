import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';

const blocks = (input: string) => split(input, { lexicon: false }).map((b) => [b.lang, b.text]);

describe('split: a speech salutation and its Chinese on one line', () => {
  it('cuts the English, closing on a comma or a colon, from the Chinese closing on a colon', () => {
    expect(blocks('Honoured guests, 各位来宾：')).toEqual([['en', 'Honoured guests,'], ['zh', '各位来宾：']]);
    expect(blocks('Chairman, 主席：')).toEqual([['en', 'Chairman,'], ['zh', '主席：']]);
    expect(blocks('各位同事、各位朋友： Dear colleagues and friends,')).toEqual([['zh', '各位同事、各位朋友：'], ['en', 'Dear colleagues and friends,']]);
  });

  it('leaves lines of another shape whole', () => {
    // A Chinese sentence quoting an English greeting, and a label with its value.
    expect(blocks('Hello, 是他见面时说的第一句话。')).toHaveLength(1);
    expect(blocks('Fax: 020-5555-0101')).toHaveLength(1);
    expect(blocks('主席： 我们现在开始开会')).toHaveLength(1);
  });

  it('pairs each salutation of a speech pasted a pair a line', () => {
    const speech = [
      'Honoured guests, 各位来宾：',
      'Good evening. 晚上好！',
      'It is a pleasure to welcome you to the opening of the new harbour bridge. 很高兴欢迎各位出席新港口大桥的通车仪式。',
    ].join('\n');
    const result = align(speech, { lexicon: false });
    expect(result.pairs.filter((p) => p.en.length === 1 && p.zh.length === 1)).toHaveLength(3);
  });
});

describe('split: a two-word English sentence glued to the Chinese paragraph after it', () => {
  it('cuts a closing greeting off a Chinese paragraph that names someone in Latin letters', () => {
    const line = 'Good afternoon.感谢主持人的介绍，也感谢Maria Lopez女士为今天的论坛所做的安排。';
    expect(blocks(line)).toEqual([
      ['en', 'Good afternoon.'],
      ['zh', '感谢主持人的介绍，也感谢Maria Lopez女士为今天的论坛所做的安排。'],
    ]);
  });

  it('leaves a name or a company with a stop inside its Chinese paragraph', () => {
    expect(blocks('New Delhi.据报道，Global Trade公司计划在当地开设三家工厂。')).toHaveLength(1);
    expect(blocks('Acme Ltd.据报道，Global Trade公司计划在当地开设三家工厂。')).toHaveLength(1);
  });
});

describe('split: a greeting glued by its comma to its Chinese', () => {
  it('cuts a greeting of a few words closing on a comma from the Chinese closing on a stop', () => {
    expect(blocks('Ladies and gentlemen,女士们、先生们！')).toEqual([['en', 'Ladies and gentlemen,'], ['zh', '女士们、先生们！']]);
    expect(blocks('Thank you all,谢谢大家。')).toEqual([['en', 'Thank you all,'], ['zh', '谢谢大家。']]);
    expect(blocks('Dear colleagues,各位同事:')).toEqual([['en', 'Dear colleagues,'], ['zh', '各位同事:']]);
  });

  it('leaves a Chinese sentence opening on one English word or a capitalized name whole', () => {
    expect(blocks('OK,我们出发吧。')).toHaveLength(1);
    expect(blocks('Star Wars,这部电影我看了三遍。')).toHaveLength(1);
    expect(blocks('Good morning,大家')).toHaveLength(1);
  });
});
