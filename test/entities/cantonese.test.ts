import { describe, expect, it } from 'vitest';
import { cantoneseOnly, cantoneseSyllableMatches } from '../../src/entities/cantonese.js';
import { align, extractEntities } from '../../src/index.js';

describe('cantoneseSyllableMatches', () => {
  it.each([
    ['lam', 'lin'], ['cheuk', 'zhuo'], ['kwok', 'guo'], ['ki', 'ji'], ['leung', 'liang'], ['cheung', 'zhang'],
    ['wong', 'huang'], ['wong', 'wang'], ['ng', 'wu'], ['tsang', 'zeng'], ['yeung', 'yang'], ['wing', 'rong'],
    ['yuk', 'yu'], ['kit', 'jie'], ['hoi', 'hai'], ['man', 'wen'], ['chung', 'zhong'], ['fai', 'hui'],
    ['yan', 'xin'], ['yin', 'xian'], ['ying', 'xing'], ['siu', 'zhao'],
  ])('%s ~ %s', (hk, pinyin) => expect(cantoneseSyllableMatches(hk, pinyin)).toBe(true));

  it.each([
    ['lam', 'ling'], ['cheuk', 'zhi'], ['kwok', 'jia'], ['ki', 'qiang'], ['leung', 'lin'], ['chan', 'zhang'],
    ['wong', 'wen'], ['ng', 'wang'], ['man', 'ming'], ['yuk', 'yang'], ['kit', 'jin'], ['hoi', 'hu'],
    ['yan', 'xiong'], ['yin', 'xu'], ['siu', 'zhang'], ['so', 'zhu'],
  ])('%s is not %s', (hk, pinyin) => expect(cantoneseSyllableMatches(hk, pinyin)).toBe(false));
});

describe('cantoneseOnly', () => {
  it.each(['cheuk', 'kwok', 'lam', 'ng', 'yeung', 'hoi', 'yuk', 'kit', 'poon', 'yee'])('%s is spelled as only Cantonese is', (s) => expect(cantoneseOnly(s)).toBe(true));
  it.each(['ching', 'wen', 'tsai', 'hsien', 'ming', 'zhuo', 'ying'])('%s is not', (s) => expect(cantoneseOnly(s)).toBe(false));
});

describe('Macao spellings', () => {
  it.each([
    ['iong', 'rong'], ['ieong', 'yang'], ['vong', 'huang'], ['leong', 'liang'], ['cheong', 'zhang'], ['kuok', 'guo'],
    ['chao', 'zhou'], ['iao', 'you'], ['iu', 'yao'], ['ian', 'xin'],
  ])('%s ~ %s', (macao, pinyin) => expect(cantoneseSyllableMatches(macao, pinyin)).toBe(true));

  it.each([['iong', 'liang'], ['vong', 'chen'], ['leong', 'lin'], ['kuok', 'huang']])('%s is not %s', (macao, pinyin) => expect(cantoneseSyllableMatches(macao, pinyin)).toBe(false));
});

describe('Hong Kong\'s uen after k or g', () => {
  it.each([['kuen', 'juan'], ['kuen', 'quan'], ['guen', 'juan']])('%s ~ %s', (hk, pinyin) => expect(cantoneseSyllableMatches(hk, pinyin)).toBe(true));
  it.each([['kuen', 'ling'], ['kuen', 'guo']])('%s is not %s', (hk, pinyin) => expect(cantoneseSyllableMatches(hk, pinyin)).toBe(false));

  it('spells the name of the Chinese', () => {
    const found = align('Ms Lo Mei-kuen, the centre\'s director, said bookings had doubled.\n\n中心總監盧美娟女士表示，預約已增加一倍。\n').findings;
    expect(found.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});

describe('compound surnames in two words', () => {
  const people = (text: string) => extractEntities(text, 'en').filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));
  const persons = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);

  it('open a Hong Kong or Macao name, whole', () => {
    expect(people('Finance director Au Yeung Ka-lok said costs fell.')).toEqual(['Au Yeung Ka-lok']);
    expect(people('Sze To Wing-yan chaired the meeting.')).toEqual(['Sze To Wing-yan']);
    expect(people('The deputy director, Ao Ieong Chi Keong, spoke first.')).toEqual(['Ao Ieong Chi Keong']);
  });

  it('meet the Chinese name of that surname, and tell another', () => {
    expect(persons('Finance director Au Yeung Ka-lok said costs fell.', '财务总监欧阳家乐表示成本下降。')).toEqual([]);
    expect(persons('Finance director Au Yeung Ka-lok said costs fell.', '财务总监司徒家乐表示成本下降。')).toHaveLength(1);
    expect(persons('The deputy director, Ao Ieong Chi Keong, spoke first.', '副局長歐陽志強首先發言。')).toEqual([]);
    expect(persons('The deputy director, Ao Ieong Chi Keong, spoke first.', '副局長司徒志強首先發言。')).toHaveLength(1);
  });

  it('are no surname where the two words are not one', () => {
    expect(people('Mr To Wing-yan chaired the meeting.')).toEqual(['To Wing-yan']);
    expect(people('Au Ka-lok said costs fell.')).toEqual(['Au Ka-lok']);
  });
});

describe('a Hong Kong name whose given name holds a voiced stop of the rising tone (兆 siu)', () => {
  it('is the person the Chinese names', () => {
    const told = align('Legislator Wong Siu-ming told a radio programme on Monday that fares would rise.\n\n立法會議員黃兆明周一在電台節目中表示，票價將上調。\n')
      .findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(told).toEqual([]);
  });
});

describe('a Hong Kong given name closing on -ah (華 wah)', () => {
  it('is read as a name and met by the Chinese', () => {
    const people = (text: string) => extractEntities(text, 'en').filter((e) => e.type === 'person').map((e) => String(e.value));
    expect(people('The film stars Hong Kong actor Lau Ka-wah.')).toEqual(['lau ka-wah']);
    const told = align('The film stars Hong Kong actor Lau Ka-wah.\n\n该片由香港演员刘家华主演。\n').findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(told).toEqual([]);
  });
});

describe('a Hong Kong name whose surname is not the Chinese one\'s', () => {
  it('is another person, however alike the given names (Leung against 林)', () => {
    const told = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');
    expect(told('Analyst Leung Chi-wai said the index would rise.', '分析師林志偉表示，指數將會上升。')).toHaveLength(1);
    expect(told('Analyst Leung Chi-wai said the index would rise.', '分析師梁志偉表示，指數將會上升。')).toEqual([]);
    expect(told('Analyst Lam Chi-wai said the index would rise.', '分析師林志偉表示，指數將會上升。')).toEqual([]);
    // a southern spelling of the surname (`Lo` 盧)
    expect(told('Secretary for Works Professor Lo Chung-yau said the index would rise.', '工務局局長盧頌友教授表示，指數將會上升。')).toEqual([]);
  });
});
