import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENCY_NAMES_PATH, chineseCores, cldrCurrencies, currencyNamesSource, ordinaryWords } from '../../scripts/build-currencies.js';
import { glossWords } from '../../scripts/build-given-names.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { align } from '../../src/index.js';
import { CLDR_VERSION, CURRENCY_NAMES, ORDINARY_CURRENCY_WORDS } from '../../src/locales/currency-names.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

type Entry = Parameters<typeof ordinaryWords>[0][number];

/** The money a text holds, as `raw = value unit` (`?` for a currency the text does not tell). */
const money = (text: string, lang: 'en' | 'zh'): string[] =>
  extractCandidates(text, lang).filter((c) => c.kind === 'money')
    .map((c) => `${text.slice(c.start, c.end)} = ${c.value}${c.max !== undefined ? `-${c.max}` : ''} ${c.unit ?? '?'}`);

describe('the currency table is CLDR as this Node.js carries it', () => {
  it.runIf(process.versions.cldr === CLDR_VERSION)('is what scripts/build-currencies.ts writes', () => {
    const entries = readCedict() as Entry[];
    const rows = chineseCores(cldrCurrencies(), entries);
    const ordinary = ordinaryWords(entries, rows.flatMap((r) => [r.en, r.plural]));
    expect(readFileSync(CURRENCY_NAMES_PATH, 'utf8')).toBe(currencyNamesSource(rows, ordinary, CLDR_VERSION, glossWords(entries)));
  }, 30_000);

  it('holds the ISO 4217 codes of the currencies in use, each once', () => {
    const codes = CURRENCY_NAMES.map((r) => r[0]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ['USD', 'CNY', 'EUR', 'MYR', 'KWD', 'KES', 'ZAR', 'SEK', 'UAH']) expect(codes).toContain(code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('keeps English words with an ordinary meaning out of the names read alone', () => {
    for (const word of ['won', 'real', 'mark', 'sol']) expect(ORDINARY_CURRENCY_WORDS.has(word)).toBe(true);
    for (const word of ['ringgit', 'dinar', 'peso', 'shilling', 'krona']) expect(ORDINARY_CURRENCY_WORDS.has(word)).toBe(false);
  });
});

describe('English: a currency named after the amount', () => {
  it.each([
    ['The loan came to 42 Kuwaiti dinars.', ['42 Kuwaiti dinars = 42 KWD']],
    ['The school fee is 1,500 Kenyan shillings a term.', ['1,500 Kenyan shillings = 1500 KES']],
    ['Exports reached 4.2 billion Swedish kronor last year.', ['4.2 billion Swedish kronor = 4200000000 SEK']],
    ['A night in the hut costs 90 Icelandic krónur.', ['90 Icelandic krónur = 90 ISK']],
    ['He sold the bike for 12 South African rand.', ['12 South African rand = 12 ZAR']],
    ['The bill was 7 Bosnia-Herzegovina convertible marks.', ['7 Bosnia-Herzegovina convertible marks = 7 BAM']],
    ['The stall sold tea for 20 ringgit a pot.', ['20 ringgit = 20 MYR']],
    ['The contract is worth 5 million Malaysian ringgits.', ['5 million Malaysian ringgits = 5000000 MYR']],
  ])('%s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });

  it.each([
    ['He paid 300 dinars for the rug.', ['300 dinars = 300 ?']],
    ['Tickets cost 500 pesos at the gate.', ['500 pesos = 500 ?']],
  ])('a name several currencies share is money in a currency the text does not tell: %s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });

  it.each([
    'They won 3 real prizes at the fair.',
    'She got 2 marks for the answer.',
    'The team that won 4 games in a row.',
    'We met 12 friends at the harbour.',
  ])('no money in %s', (text) => {
    expect(money(text, 'en')).toEqual([]);
  });

  it('two amounts joined by "and" stay two, unless the second is written in cents', () => {
    expect(money('He paid 300 dinars and 20 ringgit for the rug.', 'en')).toEqual(['300 dinars = 300 ?', '20 ringgit = 20 MYR']);
    expect(money('They asked 20 Kuwaiti dinars and 40 camels.', 'en')).toEqual(['20 Kuwaiti dinars = 20 KWD']);
    expect(money('It cost nineteen dollars and sixty-five cents.', 'en')).toEqual(['nineteen dollars and sixty-five cents = 19.65 USD']);
    expect(money('It cost 15 dollars 20 zł.', 'en')).toEqual(['15 dollars = 15 USD', '20 zł = 20 PLN']);
  });
});

describe('Chinese: a currency named after the amount', () => {
  it.each([
    ['该项目耗资4200万马来西亚林吉特。', ['4200万马来西亚林吉特 = 42000000 MYR']],
    ['這筆貸款為2000馬來西亞令吉。', ['2000馬來西亞令吉 = 2000 MYR']],
    ['学费为每学期1500肯尼亚先令。', ['1500肯尼亚先令 = 1500 KES']],
    ['全年出口额达42亿瑞典克朗。', ['42亿瑞典克朗 = 4200000000 SEK']],
    ['这碗面卖20林吉特。', ['20林吉特 = 20 MYR']],
    ['他花300第纳尔买了地毯。', ['300第纳尔 = 300 ?']],
  ])('%s', (text, expected) => {
    expect(money(text, 'zh')).toEqual(expected);
  });

  it.each(['他拿着3面盾牌走了5米。', '会议开了二十分钟。', '队里有3个拉里。'])('no money in %s', (text) => {
    expect(money(text, 'zh')).toEqual([]);
  });
});

describe('money-mismatch weighs the currencies of the world', () => {
  const findings = (en: string, zh: string): string[] =>
    align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'money-mismatch').map((f) => `${f.severity}: ${f.message}`);

  it('agrees on the same currency named in both languages', () => {
    expect(findings('The ministry paid 42 million Kuwaiti dinars for the new port.', '该部为新港口支付了4200万科威特第纳尔。')).toEqual([]);
  });

  it('agrees where one side names a currency several countries share', () => {
    expect(findings('The ministry paid 300 dinars for each crate of tools.', '该部为每箱工具支付了300科威特第纳尔。')).toEqual([]);
  });

  it('flags a currency that changed', () => {
    expect(findings('The ministry paid 42 million Kuwaiti dinars for the new port.', '该部为新港口支付了4200万沙特里亚尔。'))
      .toEqual([expect.stringMatching(/^error: .*currency differs$/)]);
  });
});

describe('English: a currency of one word is read in lower case only', () => {
  it.each([
    ['About 5 million Guarani speakers live there.', []],
    ['The 2 Sucre hotels were full.', []],
    ['It cost 5,000 guaranis.', ['5,000 guaranis = 5000 PYG']],
  ])('%s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });
});

describe('English: an ISO 4217 code in capitals before or after the amount', () => {
  it.each([
    ['The school fee is KES 1,500 a term.', ['KES 1,500 = 1500 KES']],
    ['Airtime costs NGN 2.5 million a month.', ['NGN 2.5 million = 2500000 NGN']],
    ['The fine was 1,500 KES.', ['1,500 KES = 1500 KES']],
  ])('%s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });

  it.each([
    'ALL 42 passengers were safe.',
    'They won the CUP 3 times.',
    'Add 2 kes to the list.',
    'The XKES 40 engine.',
  ])('no money in %s', (text) => {
    expect(money(text, 'en')).toEqual([]);
  });
});

describe('English: a currency word that is also an ordinary word, after a scaled amount', () => {
  it.each([
    // `won` alone is the South Korean won, which news means by it.
    ['Operating profit was 6.6 trillion won.', ['6.6 trillion won = 6600000000000 KRW']],
    ['Exports reached 2 trln won in May.', ['2 trln won = 2000000000000 KRW']],
    ['Sales reached 3.2 billion real last year.', ['3.2 billion real = 3200000000 BRL']],
    ['It cost 4 billion South Korean won.', ['4 billion South Korean won = 4000000000 KRW']],
  ])('%s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });

  it.each([
    'The 3 million won the vote.',
    'Some 2 million won a seat.',
    'They closed 5 million real estate deals.',
    'It logged 2 billion mark sales.',
    'They won 3 games.',
  ])('no money in %s', (text) => {
    expect(money(text, 'en')).toEqual([]);
  });
});

describe('Chinese: a currency named before the amount', () => {
  it.each([
    ['这笔捐款为美金5万元。', ['美金5万元 = 50000 USD']],
    ['門票為澳門幣200元。', ['澳門幣200元 = 200 MOP']],
    ['該項目耗資港幣1.2億。', ['港幣1.2億 = 120000000 HKD']],
    ['罰款為日圓500萬。', ['日圓500萬 = 5000000 JPY']],
  ])('%s', (text, expected) => {
    expect(money(text, 'zh')).toEqual(expected);
  });

  it.each(['他买了美元2年期国债。', '日元3个月期利率上升。'])('no money before a term: %s', (text) => {
    expect(money(text, 'zh')).toEqual([]);
  });
});

describe('English: the narrow symbols of CLDR before or after the amount', () => {
  it.each([
    ['The bridge costs RM 1.5 billion.', ['RM 1.5 billion = 1500000000 MYR']],
    ['A meal is Rp 25,000, a bus ticket Rp5,000.', ['Rp 25,000 = 25000 IDR', 'Rp5,000 = 5000 IDR']],
    ['Tickets cost 50 zł, 500 Ft or 100 Kč.', ['50 zł = 50 PLN', '500 Ft = 500 HUF', '100 Kč = 100 CZK']],
    ['The fee is E£ 300, not £ 300.', ['E£ 300 = 300 EGP', '£ 300 = 300 GBP']],
    ['Entry costs 120 kr.', ['120 kr = 120 ?']],
  ])('%s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });

  it.each(['The RF5 engine powers the DB9.', 'Flight MH370 was an A380.', 'Boost it by 100 K units.'])('no money in %s', (text) => {
    expect(money(text, 'en')).toEqual([]);
  });
});

describe("English: the symbols a currency's own country writes", () => {
  it.each([
    ['Gaming revenue reached MOP$21.4 billion, up from MOP$ 19 billion.', ['MOP$21.4 billion = 21400000000 MOP', 'MOP$ 19 billion = 19000000000 MOP']],
    ['The county raised KSh1.2bn, the ward Ksh 40 million.', ['KSh1.2bn = 1200000000 KES', 'Ksh 40 million = 40000000 KES']],
    ['Fares rose to USh 3,500 and TSh2,000.', ['USh 3,500 = 3500 UGX', 'TSh2,000 = 2000 TZS']],
    ['A permit costs WS$60.', ['WS$60 = 60 WST']],
  ])('%s', (text, expected) => {
    expect(money(text, 'en')).toEqual(expected);
  });

  it.each(['Her TSH level was 4.5.', 'The SR 71 flew at Mach 3.', 'The K 9 unit searched for 3 hours.'])('no money in %s', (text) => {
    expect(money(text, 'en')).toEqual([]);
  });
});
