import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const notes = (en: string, zh: string, rule: string) => align(`Posted 2025-03-04\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && !f.message.includes('Posted')).map((f) => `${f.severity} ${f.message}`);
const numbers = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const facts = (text: string) => align(text).facts.filter((f) => f.kind === 'duration').map((f) => `${f.raw} ${String(f.value)}`);

describe('`today` said of the present', () => {
  it('has its counterpart in a Chinese word of now', () => {
    expect(notes('Today the valley has about 40 wineries.', '如今，山谷里约有40家酒庄。', 'date-mismatch')).toEqual([]);
    expect(notes('Only about 12 mills remain today.', '目前仅剩约12家磨坊。', 'date-mismatch')).toEqual([]);
  });

  it('not a day the Chinese names otherwise', () => {
    expect(notes('The mill reopened today.', '磨坊昨天重新开业。', 'date-mismatch')).toEqual([expect.stringMatching(/^error EN "today" .* vs ZH "昨天"/)]);
  });
});

describe('a length in a shorter unit as long as the one before it', () => {
  it('is no part of a compound length (一年365天, 365 days a year)', () => {
    expect(facts('窑炉昼夜燃烧，一年365天不停。\n')).toEqual(['一年 P1Y', '365天 P365D']);
    expect(facts('工期两年零三个月。\n')).toEqual(['两年零三个月 P2Y3M']);
  });
});

describe('one unit of time after a verb of taking time or before 时间', () => {
  it('is a length (需要一周, 耗费一天时间)', () => {
    expect(facts('重新启动需要一周。\n')).toEqual(['一周 P1W']);
    expect(facts('修复耗费一天时间。\n')).toEqual(['一天 P1D']);
  });

  it('not one alone (一周后开会 is a date)', () => {
    expect(facts('委员会一周后开会。\n')).toEqual([]);
  });
});

describe('a kilolitre', () => {
  it('is a unit, its 千 no thousand of the number before it', () => {
    expect(numbers('The brewery can make 2 million kiloliters a year.', '该酒厂年产能200万千升。')).toEqual([]);
    expect(numbers('The brewery can make 2 million kiloliters a year.', '该酒厂年产能300万千升。')).toEqual([expect.stringMatching(/^error EN "2 million" .* vs ZH "300万" /)]);
  });
});

describe('a range from zero after an age', () => {
  it('is a range (aged 0 to 3), no value and a level', () => {
    expect(numbers('Grants for children aged 0 to 3 will rise.', '0至3歲幼兒的津貼將上調。')).toEqual([]);
    expect(numbers('Grants for children aged 0 to 3 will rise.', '0至6歲幼兒的津貼將上調。')).toEqual([expect.stringMatching(/^error EN "0 to 3" .* vs ZH "0至6"/)]);
  });
});

describe('the number of a multiple', () => {
  it('vouches for no length of time', () => {
    expect(numbers('The fair drew 9,000 visitors over two days, nearly double the 2019 figure.', '為期三天的展會吸引約9000人次，接近2019年的兩倍。'))
      .toEqual([expect.stringMatching(/^error EN "two days" .* vs ZH "三天" .*differ/)]);
    expect(numbers('The fair drew 9,000 visitors over three days, nearly double the 2019 figure.', '為期三天的展會吸引約9000人次，接近2019年的兩倍。')).toEqual([]);
  });
});

describe('an English age at a sentence\'s end or after a verb of being', () => {
  it('keeps the Chinese ages counts beside a length in years, so they meet', () => {
    expect(numbers('"My father is 91 and has not left the flat for three years," said tenant Wong Siu-fun, 64.', '64歲的住戶黃小芬說：「我父親89歲，已經三年沒有離開單位。」'))
      .toEqual([expect.stringMatching(/^error EN "91" .* vs ZH "89" .*differ/)]);
    expect(numbers('"My father is 91 and has not left the flat for three years," said tenant Wong Siu-fun, 64.', '64歲的住戶黃小芬說：「我父親91歲，已經三年沒有離開單位。」')).toEqual([]);
  });
});
