import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Updated: 2024-01-20 09:15') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const facts = (text: string, kind: string) => align(text).facts.filter((f) => f.kind === kind)
  .map((f) => `${f.raw} ${String(f.value)}${f.unit ? ` ${f.unit}` : ''}`);

describe('a weekday after a relative clause set off by commas', () => {
  const day = (en: string) => facts(`Updated: 2024-01-20 09:15\n\n${en}\n`, 'date').filter((f) => f.startsWith('Friday'));

  it('takes the tense of its own verb (`began … on Friday` is the Friday before)', () => {
    expect(day('The canal, which will carry water to three towns, began trial runs on Friday after four years of work.')).toEqual(['Friday 2024-01-19']);
    expect(day('The ferry line, which will cost 2 billion yuan, opened on Friday.')).toEqual(['Friday 2024-01-19']);
  });

  it('not where the day stands in the clause, or the main verb looks ahead', () => {
    expect(day('The bridge, which will open on Friday, links two towns.')).toEqual(['Friday 2024-01-26']);
    expect(day('The pier, which opened in 1990, will close on Friday.')).toEqual(['Friday 2024-01-26']);
  });
});

describe('a currency\'s bare word after one named with its country', () => {
  it('is that country\'s currency (`200 pounds` after `Egyptian pounds`)', () => {
    expect(facts('Foreign visitors pay 900 Egyptian pounds (about US$19), while residents pay 150 pounds.\n', 'money'))
      .toEqual(['900 Egyptian pounds 900 EGP', 'US$19 19 USD', '150 pounds 150 EGP']);
    expect(facts('A pass is 250 Canadian dollars, or 30 dollars a day.\n', 'money')).toEqual(['250 Canadian dollars 250 CAD', '30 dollars 30 CAD']);
  });

  it('tells nothing against the Chinese name of that currency', () => {
    expect(alarms('Foreign visitors pay 900 Egyptian pounds, while residents pay 150 pounds.', '外国游客需支付900埃及镑，本地居民则支付150埃及镑。', 'money-mismatch')).toEqual([]);
  });

  it('not before it is named, nor a word of another currency', () => {
    expect(facts('A ticket was 40 pounds; the tour costs 900 Egyptian pounds.\n', 'money')).toEqual(['40 pounds 40 GBP', '900 Egyptian pounds 900 EGP']);
    expect(facts('The fee is 300 Canadian dollars, the book 20 pounds.\n', 'money')).toEqual(['300 Canadian dollars 300 CAD', '20 pounds 20 GBP']);
  });
});

describe('Chinese shares and days in headlines', () => {
  it('a level broken in 成 is a share (`跌破一成`, below 10%)', () => {
    expect(facts('水库蓄水率跌破一成。\n', 'percent')).toEqual(['跌破一成 10 %']);
    expect(facts('新车销量占比突破三成。\n', 'percent')).toEqual(['突破三成 30 %']);
  });

  it('今起 and 明起 are from today and from tomorrow, not the end of a word before 起', () => {
    expect(facts('发布时间：2021/04/06\n\n台中明起供五停二，新规今起生效。\n', 'date').filter((f) => !f.startsWith('2021'))).toEqual(['明起 2021-04-07', '今起 2021-04-06']);
    expect(facts('发布时间：2021/04/06\n\n这项证明起到了作用，至今起草了三份。\n', 'date').filter((f) => !f.startsWith('2021'))).toEqual([]);
  });

  it('`two days a week from tomorrow` is how often from tomorrow, not a day nine days on', () => {
    expect(facts('Posted 2021/04/06\n\nSupply will be cut two days a week from tomorrow.\n', 'date').filter((f) => !f.startsWith('2021'))).toEqual(['tomorrow 2021-04-07']);
    expect(facts('Posted 2021/04/06\n\nThe plant reopens a week from tomorrow.\n', 'date').filter((f) => !f.startsWith('2021'))).toEqual(['a week from tomorrow 2021-04-14']);
  });
});

describe('the words of a bound on a length', () => {
  it('quote the `no` that turns it', () => {
    expect(facts('Repairs will take no more than 45 minutes.\n', 'duration')).toEqual(['no more than 45 minutes PT45M']);
    expect(facts('Repairs will take more than 45 minutes.\n', 'duration')).toEqual(['more than 45 minutes PT45M']);
  });
});

describe('two spans that end on one day', () => {
  it('are told by the end that differs', () => {
    expect(alarms('Inflows have fallen over the past two weeks.', '過去三週入庫水量持續下降。', 'date-mismatch', 'Posted 2021/04/06'))
      .toEqual([expect.stringMatching(/^error .*: the start's day differs$/)]);
  });
});
