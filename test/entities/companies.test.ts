import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cedictCompanies, companiesTableSource, COMPANIES_TABLE_PATH } from '../../scripts/build-companies.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { gazetteerNamesBesideStates } from '../../src/entities/gazetteer.js';
import { LISTED_ORG_ENTRIES } from '../../src/entities/organizations.js';
import { align, extractEntities } from '../../src/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';

type Entry = Parameters<typeof cedictCompanies>[0][number];

const longestWord = (text: string, from: number, to: number): number => loadLexicon().longestWord?.(text, from, to) ?? 0;
const orgs = (text: string, lang: 'en' | 'zh'): string[] => extractEntities(text, lang, { longestWord }).filter((f) => f.type === 'org').map((f) => text.slice(f.start, f.end));

describe('the companies CC-CEDICT glosses', () => {
  it('are what scripts/build-companies.ts writes', () => {
    expect(readFileSync(COMPANIES_TABLE_PATH, 'utf8')).toBe(companiesTableSource(
      cedictCompanies(readCedict() as Entry[], new Set(LISTED_ORG_ENTRIES.flatMap((e) => e.zh)), gazetteerNamesBesideStates().english)));
  }, 30_000);

  it('take a name whose note or head word says it is a business, with its other forms', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Brightwave (Ruritanian electronics company)'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Vellmark Savings Bank (VSB)'],
      ['戊己', '戊己', 'Wu4 ji3', 'Ostrava Airways Ltd.'],
      ['庚辛', '庚辛', 'Geng1 xin1', 'Quillon Corporation'],
      ['壬癸', '壬癸', 'Ren2 gui3', 'The Zentor Company'],
      ['癸甲', '癸甲', 'Gui3 jia3', 'VELDEX (stock exchange)'],
    ];
    expect(cedictCompanies(entries)).toEqual([
      ['丙丁', 'Vellmark Savings Bank;VSB'],
      ['壬癸', 'The Zentor Company;Zentor Company;Zentor'],
      ['庚辛', 'Quillon Corporation;Quillon'],
      ['戊己', 'Ostrava Airways Ltd.;Ostrava Airways;Ostrava'],
      ['甲乙', 'Brightwave'],
      ['癸甲', 'VELDEX'],
    ]);
  });

  it('take a name of one word before words of its kind alone, not a people\'s adjective', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Vellmark Technology Group'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Ruritanian Airlines'],
    ];
    expect(cedictCompanies(entries)).toEqual([
      ['丙丁', 'Ruritanian Airlines'],
      ['甲乙', 'Vellmark Technology Group;Vellmark'],
    ]);
  });

  it('give a short form glossed as the abbreviation of a business that business\'s names', () => {
    const entries: Entry[] = [
      ['甲乙航空公司', '甲乙航空公司', 'Jia3 yi3 Hang2 kong1 Gong1 si1', 'Ostrava Airways Ltd.'],
      ['甲航', '甲航', 'Jia3 hang2', 'Ostrava Airways (abbr. for 甲乙航空公司|甲乙航空公司[Jia3 yi3 Hang2 kong1 Gong1 si1])'],
      ['丙行', '丙行', 'Bing3 hang2', 'abbr. for 丙丁银行|丙丁银行[Bing3 ding1 Yin2 hang2]'],
      ['戊己', '戊己', 'Wu4 ji3', ['abbr. for 甲乙航空公司|甲乙航空公司[Jia3 yi3 Hang2 kong1 Gong1 si1]', 'a kind of cake']],
    ];
    expect(cedictCompanies(entries)).toEqual([
      ['甲乙航空公司', 'Ostrava Airways Ltd.;Ostrava Airways;Ostrava'],
      ['甲航', 'Ostrava Airways Ltd.;Ostrava Airways;Ostrava'],
    ]);
  });

  it('take a brand alone as its maker\'s name, and a full name glossed by its name alone the names of its short form', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Vellmark (brand)'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Zentor, Ruritanian clothing brand'],
      ['戊己庚', '戊己庚', 'Wu4 ji3 Geng1', 'Ostrava Mobile'],
      ['己庚', '己庚', 'Ji3 geng1', ['Ostrava Telecommunications Corporation', 'aka Ostrava Mobile', 'abbr. for 戊己庚|戊己庚']],
    ];
    expect(cedictCompanies(entries)).toEqual([
      ['丙丁', 'Zentor'],
      ['戊己庚', 'Ostrava Mobile;Ostrava Telecommunications Corporation'],
      ['甲乙', 'Vellmark'],
    ]);
  });

  it('give a Chinese name of three characters or more without the word of its kind after it, not without 公司', () => {
    const entries: Entry[] = [
      ['甲乙丙通信', '甲乙丙通信', 'Jia3 yi3 Bing3 Tong1 xin4', 'Vellmark Mobile (Ruritanian telecommunications company)'],
      ['丁戊己公司', '丁戊己公司', 'Ding1 wu4 ji3 Gong1 si1', 'Zentor Company'],
    ];
    expect(cedictCompanies(entries)).toEqual([
      ['丁戊己公司', 'Zentor Company;Zentor'],
      ['甲乙丙', 'Vellmark Mobile'],
      ['甲乙丙通信', 'Vellmark Mobile'],
    ]);
  });

  it('leave out places, people, brands of products, names that also name something else, ordinary words and English words', () => {
    const entries: Entry[] = [
      ['甲乙', '甲乙', 'Jia3 yi3', 'Tamber Bank (in the Vell estuary)'],
      ['丙丁', '丙丁', 'Bing3 ding1', 'Orin Hale (1950–), Ruritanian banker and founder of Hale Bank'],
      ['戊己', '戊己', 'Wu4 ji3', 'Fizzle (brand of soft drinks)'],
      // a name closing on a particle any phrase may close on (美的: beautiful)
      ['甲的', '甲的', 'Jia3 de5', 'Brightwave (brand)'],
      ['庚辛', '庚辛', 'Geng1 xin1', ['Marrow (name)', 'Marrow, Ruritanian car company']],
      ['壬癸', '壬癸', 'Ren2 gui3', 'Dunmore (Ruritanian airline company)'],
      ['壬癸', '壬癸', 'ren2 gui3', 'a kind of cake'],
      ['子丑', '子丑', 'Zi3 chou3', 'Harvest (Ruritanian grain company)'],
      ['午未', '午未', 'wu3 wei4', 'to harvest'],
      ['寅卯', '寅卯', 'Yin2 mao3', 'Halden (Ruritanian shipping company)'],
      ['寅卯辰', '寅卯辰', 'yin2 mao3 chen2', 'to walk on stilts'],
      ['辰巳', '辰巳', 'Chen2 si4', 'Ruritania (state company)'],
    ];
    expect(cedictCompanies(entries, new Set(), new Set(['ruritania']))).toEqual([]);
  });
});

describe('companies told apart', () => {
  const warnings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);

  it('a brand\'s maker and a full name CC-CEDICT glosses through its short form', () => {
    expect(warnings('The app was built with Tencent and goes live in May.', '该应用由华为协助开发，5月上线。')).toHaveLength(1);
    expect(warnings('The app was built with Huawei and goes live in May.', '该应用由华为协助开发，5月上线。')).toEqual([]);
    expect(warnings('Rival China Telecom reports next week.', '竞争对手中国联通下周公布业绩，该公司此前表示用户增加。')).toHaveLength(1);
    expect(warnings('Rival China Unicom reports next week.', '竞争对手中国联通下周公布业绩，该公司此前表示用户增加。')).toEqual([]);
  });

  it('a well-known body against the one well-known body among several, not by the sound of another\'s name', () => {
    expect(warnings('The viewer was developed with Tencent.', '浏览平台由敦煌研究院与华为联合开发。')).toHaveLength(1);
    expect(warnings('The viewer was developed with Tencent.', '浏览平台由敦煌研究院与腾讯联合开发。')).toEqual([]);
  });

  it('not where the Chinese speaks of a body by its kind before it names one', () => {
    expect(warnings('Rival China Telecom reports next week.', '该公司的竞争对手中国联通下周公布业绩。')).toEqual([]);
  });

  it('are not read in a phrase that closes on a particle, nor where a word runs on out of them', () => {
    expect(orgs('这是最美的风景。', 'zh')).toEqual([]);
    expect(orgs('中国移动电话用户持续增加。', 'zh')).toEqual([]);
    expect(orgs('中國移動香港、和記電訊及數碼通均合資格競投。', 'zh')).toEqual(['中國移動', '數碼通']);
  });
});

describe('companies in a text', () => {
  it('are found on both sides and keyed alike', () => {
    expect(orgs('Shares of Microsoft and Tencent fell on Monday, while HSBC held steady.', 'en')).toEqual(['Microsoft', 'Tencent', 'HSBC']);
    expect(orgs('微软和腾讯的股价周一下跌，汇丰则保持平稳。', 'zh')).toEqual(['微软', '腾讯', '汇丰']);
    const r = align('Shares of Microsoft fell 3% on Monday.\n\n微软股价周一下跌3%。\n');
    expect(r.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });

  it('split at `and` after a well-known body\'s whole name', () => {
    expect(orgs('Air China and China Southern Airlines posted growth.', 'en')).toEqual(['Air China', 'China Southern Airlines']);
    expect(orgs('The Ministry of Industry and Information Technology said.', 'en')).toEqual(['Ministry of Industry and Information Technology']);
    const r = align('Air China carried 5% more passengers.\n\n国航旅客运输量增长5%。\n');
    expect(r.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });

  it('are not read inside other words', () => {
    expect(orgs('北京东部的施工行业今年增长了5%。', 'zh')).toEqual([]);
  });

  it('told apart where the translation names another', () => {
    const r = align('Microsoft raised its prices by 5% on Monday.\n\n腾讯周一将价格上调了5%。\n');
    const found = r.findings.filter((f) => f.ruleId === 'entity-mismatch');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'EN "Microsoft" (organization microsoft corporation) vs ZH "腾讯" (organization tencent): different organizations'],
    ]);
  });

  it('not told apart where each side names the other body by a shorter form', () => {
    const r = align('The tariff on SAIC is 35%, and its MG cars sell well in France.\n\n上汽的关税为35%，其名爵汽车在法国很畅销。\n');
    expect(r.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
    const other = align('The tariff on SAIC is 35%.\n\n名爵的关税为35%。\n');
    expect(other.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.severity)).toEqual(['warning']);
  });

  it('not told apart where the other side copies the body\'s letters the English gives with its name', () => {
    const r = align('In Lyon, the European Semiconductor Manufacturing Company (ESMC), a venture with Infineon, is building a plant.\n\n在里昂，台积电与英飞凌合资的欧洲半导体制造公司（ESMC）正兴建一座工厂。\n');
    expect(r.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
  });

  it('a builder\'s 建设 as Construction or Engineering: one body, and another told apart', () => {
    const same = align('China Energy Engineering Corporation will build the dam.\n\n中国能源建设股份有限公司将承建该水坝。\n');
    expect(same.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
    const other = align('China Railway Engineering Corporation will build the line.\n\n中国交通建设股份有限公司将承建该线路。\n');
    expect(other.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.severity)).toEqual(['warning']);
  });

  it('not told apart where one side names the body by its kind', () => {
    const r = align('The airline will lease six Airbus jets from next spring.\n\n华航将从明年春季起租赁6架飞机。\n');
    expect(r.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
    const z = align('Microsoft raised its prices by 5% on Monday.\n\n该公司周一将价格上调了5%，腾讯随后跟进。\n');
    expect(z.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});
