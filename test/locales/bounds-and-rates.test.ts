import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/pipeline/extract.js';
import type { Lang } from '../../src/types.js';

/** Each candidate as `kind:text=value bound`. */
const read = (text: string, lang: Lang): string[] =>
  extractCandidates(text, lang, { referenceDate: '2024-07-03', referenceYear: 2024 })
    .map((c) => `${c.kind}:${text.slice(c.start, c.end)}=${String(c.value)}${c.bound ? ` ${c.bound}` : ''}`);

describe('`over` after a word of arrest, suit or dispute', () => {
  it('means `about`: no bound on the amount', () => {
    expect(read('Three arrested over HK$2.8 million watch theft', 'en')).toContain('money:HK$2.8 million=2800000');
    expect(read('Dockers in row over 4% pay offer', 'en')).toContain('percent:4%=4');
    expect(read('Landlord sued over $350,000 repair bill', 'en')).toContain('money:$350,000=350000');
    // a headline's verb in the present, its object between
    expect(read('Court jails four over HK$150m bond fraud', 'en')).toContain('money:HK$150m=150000000');
    // a term between the verb and `over`
    expect(read('Driver jailed for 14 years over HK$36 million heroin find', 'en')).toContain('money:HK$36 million=36000000');
    expect(read('Court jails two for three years and four months over $2.5m scam', 'en')).toContain('money:$2.5m=2500000');
    expect(read('Clerk sentenced to 30 months over HK$900,000 theft', 'en')).toContain('money:HK$900,000=900000');
  });

  it('stays a bound after a fine or a number', () => {
    expect(read('He was fined over $6,000 for dumping.', 'en')).toContain('money:$6,000=6000 over');
    expect(read('Exports reached over 4 million tonnes.', 'en')).toContain('number:over 4 million=4000000 over');
    expect(read('Sales rose for three years to over $2 million.', 'en')).toContain('money:$2 million=2000000 over');
  });
});

describe('a half of the year after an ordinal', () => {
  it('is no ordinal, as 上半年 holds none', () => {
    expect(read('Gas imports rose 8% in the first half.', 'en').filter((c) => c.startsWith('ordinal'))).toEqual([]);
    expect(read('Second-half sales slowed.', 'en').filter((c) => c.startsWith('ordinal'))).toEqual([]);
  });

  it('leaves a quarter\'s ordinal and other ordinals alone', () => {
    expect(read('Output grew in the first quarter.', 'en')).toContain('ordinal:first=1');
    expect(read('She finished second in the final.', 'en')).toContain('ordinal:second=2');
  });
});

describe('a rate counted per a scale word', () => {
  it('reads the scale as the number Chinese writes (每百万, 每千)', () => {
    expect(read('Spot gas cost $9.8 per million British thermal units.', 'en')).toContain('number:million=1000000');
    expect(read('The city has 4 nurses per thousand residents.', 'en')).toContain('number:thousand=1000');
  });

  it('leaves parts per million and a bare `per` alone', () => {
    expect(read('Ozone reached 7 parts per million.', 'en')).toEqual(['number:7=7']);
    expect(read('Rents rose 3% per year.', 'en')).toEqual(['percent:3%=3']);
  });
});

describe('a Chinese bound before what a share or a multiple is of', () => {
  it('bounds the share or the multiple', () => {
    expect(read('铁路运输用时不到公路运输的一半。', 'zh')).toContain('number:一半=0.5 under');
    expect(read('今年出口额超过去年全年的两倍。', 'zh').some((c) => c.startsWith('number:两倍=2') && c.endsWith(' over'))).toBe(true);
  });

  it('does not bound a share with no comparison before it, nor across a stop', () => {
    expect(read('铁路运输用时只有公路运输的一半。', 'zh')).toContain('number:一半=0.5');
    expect(read('运费不到三成，用时是公路运输的一半。', 'zh')).toContain('number:一半=0.5');
  });
});

describe('a Chinese range of lengths with its unit at both ends', () => {
  it('is one range, as `from 3 to 5 years` is', () => {
    expect(read('两人分别被判处3年至5年有期徒刑。', 'zh')).toContain('duration:3年至5年=P3Y');
    expect(extractCandidates('工期为4个月到7个月。', 'zh').find((c) => c.kind === 'duration')?.max).toBe(7);
  });

  it('leaves lengths in two units, years of the calendar and clauses apart', () => {
    expect(read('他服刑3年，至2021年出狱。', 'zh')).toContain('duration:3年=P3Y');
    expect(extractCandidates('两人分别被判处3年至2个月。', 'zh').filter((c) => c.kind === 'duration').every((c) => c.max === undefined)).toBe(true);
  });
});

describe('bounds across a noun of change, and thresholds passed', () => {
  it('reads 最高 before 涨幅 as a ceiling on the change', () => {
    expect(read('部分票价最高涨幅为15%。', 'zh')).toContain('percent:最高涨幅为15%=15 under');
    expect(read('涨幅15%。', 'zh')).toContain('percent:15%=15');
  });

  it('reads `to pass` a large amount as a floor, not a small count', () => {
    expect(read('It was the first game to pass 3 billion yuan in sales.', 'en')).toContain('money:3 billion yuan=3000000000 over');
    expect(read('Students must pass 4 exams.', 'en')).toContain('number:4=4');
  });

  it('reads a range whose ends both write a code that is also a word', () => {
    expect(read('Seats cost between MOP 480 and MOP 1,880.', 'en')).toContain('money:between MOP 480 and MOP 1,880=480');
  });

  it('reads a range whose ends both write a dollar of its country (NT$, S$)', () => {
    expect(read('Trainees receive NT$35,000 to NT$60,000 a month.', 'en')).toContain('money:NT$35,000 to NT$60,000=35000');
    expect(read('Fares range between S$1.20 and S$2.50.', 'en')).toContain('money:between S$1.20 and S$2.50=1.2');
  });
});

describe('a bound after a unit per another', () => {
  it('bounds the number before the unit', () => {
    expect(read('Drivers with 0.2 grams per litre or more in the blood lose their licence.', 'en')).toContain('number:0.2=0.2 over');
    expect(read('Drivers with 0.2 grams per litre in the blood lose their licence.', 'en')).toContain('number:0.2=0.2');
  });
});

describe('`passed` before bills or tests counted', () => {
  it('crosses no threshold', () => {
    expect(read('The new council had passed 37 bills by June.', 'en')).toContain('number:37=37');
    expect(read('Visitor numbers have passed 20,000.', 'en')).toContain('number:have passed 20,000=20000 over');
  });
});

describe('a house number before a street\'s name', () => {
  it('is the address\'s, no quantity', () => {
    expect(read('The office moved to 14-16 Harbour Road in May.', 'en').filter((f) => f.startsWith('number'))).toEqual([]);
    expect(read('Rents on Harbour Road rose 14 percent.', 'en')).toContain('percent:14 percent=14');
    expect(read('Some 16 roads were closed.', 'en')).toContain('number:16=16');
  });
});

describe('numbers at the edges of a clause', () => {
  it('reads thousands set apart by a space before a comma', () => {
    expect(read('Chargers rose to some 9 800, of which 2 300 are fast.', 'en')).toEqual(['number:9 800=9800', 'number:2 300=2300']);
  });

  it('reads a lone 十 that opens a range of numerals', () => {
    expect(read('每个站点将提供十至二十个充电器。', 'zh')).toContain('number:十至二十=10');
    expect(read('他十分高兴。', 'zh')).toEqual([]);
  });
});
