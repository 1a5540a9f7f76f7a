import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const people = (text: string) => extractEntities(text, 'zh').filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));

describe('a title as a label, with a colon before the name', () => {
  it.each([
    ['联系人：赵文静，电话：010-5555 0199', '赵文静'],
    ['记者：孙海涛', '孙海涛'],
    ['作者: 周明远', '周明远'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it.each(['联系人：市场部', '记者：本报讯'])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('meets the English name of a press contact with no finding', () => {
    const result = align('Contact: Zhao Wenjing, +86 10 5555 0199\n\n联系人：赵文静，电话：+86 10 5555 0199\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
    expect(result.facts.filter((f) => f.kind === 'entity').map((f) => f.value)).toEqual(['zhao wenjing', 'zhao wenjing']);
  });
});

describe('a title, a surname and a two-character given name set apart by the words around them', () => {
  const lexicon = loadLexicon();
  const longestWord = (text: string, from: number, to: number): number => lexicon.longestWord?.(text, from, to) ?? 0;
  const withWords = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));

  it.each([
    ['议员郑志远质疑工程的成本。', '郑志远'],
    ['區議員鄭志遠質疑工程的成本。', '鄭志遠'],
    ['部长韩立群批准了这项计划。', '韩立群'],
    ['主任郑国华庆祝大家新年快乐。', '郑国华'],
  ])('%s', (text, name) => {
    expect(withWords(text)).toEqual([name]);
    // Without the lexicon's words no cue follows the name: it is not read.
    expect(people(text)).toEqual([]);
  });

  it.each([
    // a word runs from the surname into what would be the given name
    '发言人高度评价这项成果。',
    '记者高度关注此事的进展。',
    // a word runs from the given name past its end (庆祝, 明白)
    '主任郑国庆祝大家新年快乐。',
    '部长何文明白地说明了立场。',
  ])('no person in %s', (text) => {
    expect(withWords(text)).toEqual([]);
  });
});

describe('a deputy minister of Taiwan by the title 次长', () => {
  it.each([
    ['交通部次長林美華表示，工程將於明年完工。', '林美華'],
    ['经济部政务次长陈正祺出席。', '陈正祺'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it('tells another person than the English names', () => {
    const result = align('Deputy Minister of Transportation Chen Yen-po said the works would end next year.\n\n交通部次長林美華表示，工程將於明年完工。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.message)).toEqual([expect.stringMatching(/different persons/)]);
  });
});

describe('a leader before those led', () => {
  it.each([
    ['水利部副部长李强率工作组赶赴灾区。', '李强'],
    ['县长王芳带领救援队进村。', '王芳'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('率 after a run of transliteration', () => {
  it('is the rate of a word, no cue of a name', () => {
    expect(people('美国联邦基金利率目标区间下调25个基点。')).toEqual([]);
  });
});
