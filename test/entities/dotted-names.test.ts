import { describe, expect, it } from 'vitest';
import { sameEntity } from '../../src/entities/index.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { peopleIn } from './people.js';
import { align, loadLexicon } from '../../src/index.js';
import { extractEntities } from '../../src/pipeline/entities.js';

const people = (text: string): string[] => peopleIn(text, 'zh').map(([name]) => name);

describe('undotted foreign names with a character the transliteration tables leave out', () => {
  it.each([
    // 济 is outside the tables: it stands inside the run, before two of them
    ['乌兹别克斯坦总统米尔济约耶夫表示', ['米尔济约耶夫']],
    ['哈萨克斯坦总统托卡耶夫说', ['托卡耶夫']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('is not read where the character opens the run or only one of the tables follows it', () => {
    expect(people('济约耶夫表示')).not.toContain('济约耶夫');
    expect(people('米尔济约表示')).toEqual([]);
  });
});

describe('dotted foreign names with a character the transliteration tables leave out', () => {
  it.each([
    ['电动车公司首席执行官埃隆·马斯克参观了工厂。', ['埃隆·马斯克']],
    ['埃隆·马斯克说', ['埃隆·马斯克']],
    ['前总统路易斯·伊纳西奥·卢拉·达席尔瓦表示', ['路易斯·伊纳西奥·卢拉·达席尔瓦']],
    ['瓦伦汀•马卡洛夫出席', ['瓦伦汀•马卡洛夫']],
    // a byline's city right after the name is where the person reports from
    ['记者卡尔•布鲁克纳法兰克福报道', ['卡尔•布鲁克纳']],
    // the last character of a part outside the tables, right before a cue
    ['经济学家普里娅•梅农说', ['普里娅•梅农']],
    ['气候学家安德烈亚斯·霍夫曼指出', ['安德烈亚斯·霍夫曼']],
    // or the third, as a Thai or an Indonesian name writes it
    ['协会会长巴妮·乌塔摩表示', ['巴妮·乌塔摩']],
    // 苏 of the Russian table, after a part that is a place's name
    ['能源部长阿斯卡尔·托克托苏耶夫表示', ['阿斯卡尔·托克托苏耶夫']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // a verb after a name is no part of it, and a name dot is no name without a part of two on each side
    ['埃隆·马斯克抵达巴西', ['埃隆·马斯克']],
    ['马斯克抵达码头', ['马斯克']],
    ['码头抵达时间', []],
    ['第一·二季度', []],
    ['理·论', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keys one as the English spelling of the same name', () => {
    const [zh] = people('首席执行官埃隆·马斯克说');
    const en = englishEntities('Chief executive Elon Musk said').find((c) => c.type === 'person');
    expect(zh).toBe('埃隆·马斯克');
    const key = peopleIn('首席执行官埃隆·马斯克说', 'zh')[0]![1];
    expect(sameEntity({ type: 'person', value: key }, { type: 'person', value: String(en!.value) })).toBe(true);
  });
});

describe('a dotted name gives back a last character that opens the next word (with the lexicon)', () => {
  const lexicon = loadLexicon();
  const longestWord = (text: string, from: number, to: number): number => lexicon.longestWord?.(text, from, to) ?? 0;
  const names = (text: string, withWords = true): string[] => extractEntities(text, 'zh', withWords ? { longestWord } : {})
    .filter((c) => c.type === 'person')
    .map((c) => text.slice(c.start, c.end));
  it.each([
    ['约翰·史密斯达成协议后离开。', ['约翰·史密斯']],
    ['安娜·卡列尼娜提出建议。', ['安娜·卡列尼娜']],
    ['彼得·帕克利用假期打工。', ['彼得·帕克']],
    ['约翰·史密斯表示同意。', ['约翰·史密斯']],
    ['玛丽·安东尼特别强调。', ['玛丽·安东尼']],
    ['乔治·布什', ['乔治·布什']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('runs to the end of the transliteration characters without the lexicon', () => {
    expect(names('约翰·史密斯达成协议后离开。', false)).toEqual(['约翰·史密斯达']);
  });

  it('pairs the name with its English spelling in a whole run', () => {
    const result = align('John Smith reached an agreement with the union on Friday.\n约翰·史密斯周五与工会达成协议。\n\nAnna Sorel made a proposal.\n安娜·索雷尔提出建议。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
    const zh = result.facts.filter((f) => f.kind === 'entity' && f.type === 'person' && /\p{Script=Han}/u.test(f.raw)).map((f) => f.raw);
    expect(zh).toEqual(['约翰·史密斯', '安娜·索雷尔']);
  });
});

describe('a part of a dotted name with a character the tables leave out, after the dot or before it', () => {
  it.each([
    // after the dot: the first character of a part before two of the tables, a later one before one
    ['外交官托马斯·杰斐逊抵达。', ['托马斯·杰斐逊']],
    ['首相里希·苏纳克表示', ['里希·苏纳克']],
    ['主席乌尔苏拉·冯德莱恩致辞', ['乌尔苏拉·冯德莱恩']],
    ['弗拉基米尔·泽连斯基和安格拉·默克尔', ['弗拉基米尔·泽连斯基', '安格拉·默克尔']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each(['春节·团圆', '理·论', '第一·二季度', '学习·思考·实践'])('no name in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('Alexander and its kin, as custom renders them (亚历山大)', () => {
  it.each([
    ['总监亚历山德罗·罗西说，需求强劲。', ['亚历山德罗·罗西']],
    ['作家亚历山大·普希金的故居', ['亚历山大·普希金']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('meets the English name with no finding', () => {
    const result = align('The director, Alessandro Rossi, said demand was strong.\n\n总监亚历山德罗·罗西说，需求强劲。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});

describe('a name the Chinese gives short, without its last part', () => {
  const persons = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.message);
  it('is the same person (伊尔凡 whole, with 凡 of the tables)', () => {
    expect(persons('Ahmad Irfan Hashim, 20, will read law in London.', '20岁的艾哈迈德·伊尔凡将赴伦敦攻读法律。')).toEqual([]);
  });

  it('still tells another name', () => {
    expect(persons('Ahmad Irfan Hashim, 20, will read law in London.', '20岁的阿卜杜勒·卡里姆将赴伦敦攻读法律。')).toEqual([expect.stringMatching(/different persons/)]);
  });
});
