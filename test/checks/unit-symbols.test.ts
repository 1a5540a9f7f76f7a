import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';
import { unitSymbolAt } from '../../src/locales/unit-symbols.js';

const numberFindings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const numbers = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, {})
  .filter((f) => f.kind === 'number').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);

describe('a unit symbol glued to a number', () => {
  it('is told from a name by its case and by what follows it', () => {
    expect(unitSymbolAt('4.8GHz,', 3)).toBe(true);
    expect(unitSymbolAt('5G modem', 1)).toBe(false);
    expect(unitSymbolAt('4K video', 1)).toBe(false);
    expect(unitSymbolAt('2GB3', 1)).toBe(false);
    expect(unitSymbolAt('1008mb', 4)).toBe(false);
  });

  it.each<[string, 'en' | 'zh', string[]]>([
    ['The laptop weighs 1.4kg and has a 2.6GHz processor.', 'en', ['1.4kg 1.4', '2.6GHz 2.6']],
    ['笔记本重1.4kg，处理器主频2.6GHz，电池容量5000mAh。', 'zh', ['1.4 1.4', '2.6 2.6', '5000 5000']],
    ['A 5G modem, an F-16 and an MP3 player.', 'en', []],
    ['支持5G网络和MP3播放。', 'zh', []],
  ])('reads the number: %s', (text, lang, want) => {
    expect(numbers(text, lang)).toEqual(want);
  });
});

describe('doses, volumes and sizes in other units', () => {
  it.each([
    ['Do not take more than 2,000 mg (40 ml) a day.', '每日用量不超过2克（即40毫升）。'],
    ['Each carton holds 1.5 litres.', '每盒容量1500毫升。'],
    ['The router measures 220 × 140 × 35 mm.', '路由器尺寸为22×14×3.5厘米。'],
    ['It ships with 512GB of storage and a 4500mAh battery.', '机身存储512GB，电池容量4500mAh。'],
  ])('agree: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it('tells the same number in a unit of another dimension', () => {
    expect(numberFindings('Give 5 ml per dose.', '每次服用5毫克。')).toEqual(['error EN "5 ml" vs ZH "5 mg": the same number in another unit']);
  });

  it('tells the same number in another size of a unit', () => {
    expect(numberFindings('It ships with 512GB of storage.', '机身存储512TB。')).toEqual(['error EN "512 GB" vs ZH "512 TB": the same number in another unit']);
  });

  it('reads the unit after a product of sizes for each of its factors', () => {
    expect(numberFindings('The router measures 220 × 140 × 35 mm.', '路由器尺寸为22×14×35厘米。'))
      .toEqual(['error EN "35 mm" vs ZH "35 cm": the same number in another unit']);
  });

  it('leaves a rise in rank alone: 升 after a number is no litre there', () => {
    expect(numberFindings('The team climbed from 12th to 8th.', '该队排名由第12升至第8。')).toEqual([]);
  });
});

describe('a concentration and a limit told by its top', () => {
  it('reads no amount of its own in a rate', () => {
    expect(numberFindings('Oral suspension, 100 mg/5 ml.', '口服混悬液（每毫升含布洛芬20毫克）。')).toEqual([]);
  });

  it('reads 最高可 as up to', () => {
    expect(numberFindings('Memory is configurable up to 64 GB.', '内存最高可选配64GB。')).toEqual([]);
  });
});

describe('digits glued to letters in a name', () => {
  const numberFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => f.message);
  it('rank nothing against a rank of the other side', () => {
    expect(numberFindings('The province leads the country in base stations, and its cities carry 5G-Advanced signals.',
      '该省基站数量居全国首位，各城市已实现5G-A信号覆盖。')).toEqual([]);
  });
  it('leave a count of the other side a slip', () => {
    expect(numberFindings('The airline ordered three A350 jets.', '该航空公司订购了五架A350客机。')).toEqual([expect.stringMatching(/three.*五|3.*5/)]);
  });
});
