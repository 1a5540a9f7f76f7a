import { describe, expect, it } from 'vitest';
import { check, rules, shiftSeverity } from '../../src/pipeline/check.js';
import { brief, doc, type SideSpec } from './helpers.js';

const creditEn: SideSpec = {
  text: '66 software companies in Chengdu have been the first batch to receive credit, with a total credit of 3 billion yuan.',
  facts: [['66', 'number', 66], ['3 billion yuan', 'money', 3e9, { unit: 'CNY' }]],
};
const creditZh: SideSpec = {
  text: '成都市已有66家软件企业首批获得授信,授信总额达到3亿元。',
  facts: [['66家', 'number', 66], ['3亿元', 'money', 3e8, { unit: 'CNY' }]],
};
const fairEn: SideSpec = {
  text: 'On January 10-11th, the 21st China International Software Cooperation conference was held in Chengdu.',
  facts: [['January 10-11th', 'date', '2024-01-10/2024-01-11'], ['21st', 'ordinal', 21]],
};
const fairZh: SideSpec = {
  text: '1月11日,第二十一届中国国际软件合作洽谈会主题大会在成都举行。',
  facts: [['1月11日', 'date', '2024-01-11'], ['第二十一', 'ordinal', 21]],
};
const slipped = () => doc([{ alone: { text: '11 January 2024' }, lang: 'en' }, { en: fairEn, zh: fairZh }, { en: creditEn, zh: creditZh }]);

describe('rules', () => {
  it('lists every rule once with a kebab-case id, a default severity and a description', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'number-mismatch', 'money-mismatch', 'date-mismatch', 'direction-mismatch', 'basis-mismatch', 'swapped-values', 'entity-mismatch', 'untranslated',
      'missing-translation', 'unpaired-block', 'length-ratio', 'glossary', 'inconsistent-term',
    ]);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });
});

describe('check', () => {
  it('runs every rule and orders findings by pair', () => {
    expect(check(slipped()).map(brief)).toEqual([
      'info p1: EN block "11 January 2024" has no partner (a dateline)',
      'warning p2: EN "January 10-11th" (10–11 January 2024) vs ZH "1月11日" (11 January 2024): a range against a single day inside it',
      'error p3: EN "3 billion yuan" (3 billion CNY) vs ZH "3亿元" (300 million CNY): 10x apart',
    ]);
  });

  it('turns a rule off', () => {
    const findings = check({ ...slipped(), rules: { 'money-mismatch': { enabled: false }, 'unpaired-block': { enabled: false } } });
    expect(findings.map((f) => f.ruleId)).toEqual(['date-mismatch']);
  });

  it('moves a rule\'s findings with its configured severity', () => {
    const findings = check({ ...slipped(), rules: { 'money-mismatch': { severity: 'warning' }, 'date-mismatch': { severity: 'error' } } });
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      'unpaired-block info', 'date-mismatch warning', 'money-mismatch warning',
    ]);
    const raised = check({ ...slipped(), rules: { 'date-mismatch': { severity: 'error', yearOneSided: 'off' }, 'money-mismatch': { severity: 'info' } } });
    expect(raised.map((f) => f.severity)).toEqual(['info', 'warning', 'info']);
  });

  it('passes rule options through', () => {
    const d = doc([{ en: { text: 'Nearly 700 people came.', facts: [['Nearly 700', 'number', 700, { approx: true }]] }, zh: { text: '近600人参加。', facts: [['近600', 'number', 600, { approx: true }]] } }]);
    expect(check(d).map((f) => f.ruleId)).toEqual(['number-mismatch']);
    expect(check({ ...d, rules: { 'number-mismatch': { approxTolerance: 0.2 } } })).toEqual([]);
  });

  it('names the file of each side in two-file mode', () => {
    const d = slipped();
    for (const b of d.blocks) b.source = b.lang === 'zh' ? 'article.zh.txt' : 'article.en.txt';
    const finding = check(d).find((f) => f.ruleId === 'money-mismatch')!;
    expect(finding.source).toBe('article.en.txt');
    expect(finding.locations?.en?.path).toBe('article.en.txt');
    expect(finding.locations?.zh?.path).toBe('article.zh.txt');
  });

  it('returns nothing for an empty document', () => {
    expect(check({ blocks: [], pairs: [], facts: [] })).toEqual([]);
  });
});

describe('shiftSeverity', () => {
  it.each([
    ['error', 'error', 'warning', 'warning'], ['warning', 'error', 'warning', 'info'], ['info', 'error', 'warning', 'info'],
    ['warning', 'warning', 'error', 'error'], ['warning', 'error', undefined, 'warning'],
  ] as const)('%s of a rule defaulting to %s, set to %s → %s', (severity, ruleDefault, configured, expected) => {
    expect(shiftSeverity(severity, ruleDefault, configured)).toBe(expected);
  });
});
