import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const entities = (text: string, lang: 'en' | 'zh') => extractEntities(text, lang).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

describe('three syllables apart in a southern spelling after a preposition of place', () => {
  it.each([
    'The clinic in Tai Wai Kok opens next month.',
    'Staff at Lam Tei Wai were moved.',
    'A flat in Wong Chuk Hang costs more.',
  ])('are no person in %s', (text) => {
    expect(entities(text, 'en').filter((e) => e.startsWith('person'))).toEqual([]);
  });

  it.each([
    ['Chan Ka Yan opened the clinic.', 'person Chan Ka Yan'],
    ["In Chan Ka Yan's view the clinic is too small.", 'person Chan Ka Yan'],
    ['A post for Ng Wei Kai was created.', 'person Ng Wei Kai'],
    ['Confidence in Li Qiang rose.', 'person Li Qiang'],
  ])('leave a person elsewhere, someone\'s name, and a name in pinyin: %s', (text, want) => {
    expect(entities(text, 'en')).toContain(want);
  });
});

describe('a run of transliteration that is the end of one word and a whole other', () => {
  it.each(['该集团的信托基金已拨出5亿元。', '慈善信託基金已撥款3億元。'])('is no foreign name in %s', (text) => {
    const result = align(`The fund paid.\n\n${text}\n`);
    expect(result.facts.filter((f) => f.lang === 'zh' && f.type === 'person')).toEqual([]);
  });

  it.each([
    ['他和约翰逊表示同意。', 'person 约翰逊'],
    ['美国总统约翰逊表示同意。', 'person 约翰逊'],
  ])('leaves a name a word only runs into: %s', (text, want) => {
    const result = align(`He agreed.\n\n${text}\n`);
    expect(result.facts.filter((f) => f.lang === 'zh' && f.kind === 'entity').map((f) => `${f.type} ${f.raw}`)).toContain(want);
  });

  it('lets a fund and a district of Hong Kong pass as no people', () => {
    const result = align('The trust fund approved HK$300 million for a care home in Tai Wai Kok.\n\n信託基金已批出3億港元，資助大圍角一所安老院。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});

describe('a surname that is a function word as often, after a title', () => {
  const people = (text: string) => align(`He spoke.\n\n${text}\n`).facts.filter((f) => f.lang === 'zh' && f.type === 'person').map((f) => `${f.raw} ${String(f.value)}`);

  it.each([
    ['行政總裁應家輝表示，計劃將於明年推行。', '應家輝 ying jiahui'],
    ['协会会长于文海表示同意。', '于文海 yu wenhai'],
  ])('opens a name before a cue: %s', (text, want) => {
    expect(people(text)).toEqual([want]);
  });

  it.each(['主席应邀出席了会议。', '院长和副院长表示同意。', '部长于是宣布休会。'])('opens none where a word opens on it: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('tells another person the English names', () => {
    const result = align('Chairman Peter Wong said the plan would start next year.\n\n行政總裁應家輝表示，計劃將於明年推行。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('a league after a word that is also a title', () => {
  it.each([
    'Clubs in the Premier League earned more than ever.',
    'Wu Lei scored twice in the Chinese Super League.',
  ])('is no person in %s', (text) => {
    expect(entities(text, 'en').filter((e) => e.startsWith('person') && e.includes('League'))).toEqual([]);
  });
});
