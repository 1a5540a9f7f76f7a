import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const longestWord = (text: string, from: number, to: number) => loadLexicon().longestWord?.(text, from, to) ?? 0;
const people = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));

describe('a university and its school named after it', () => {
  it('is weighed against the other side\'s university where the English names the school apart', () => {
    expect(findings('Dr Ho Wing-sze of the University of Macau\'s School of Health Sciences said the study was small.', '澳門科技大學健康科學學院何詠詩博士表示，這項研究規模很小。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "University of Macau" .* vs ZH "澳門科技大學" .*different organizations of one kind/)]);
  });

  it('agrees with the same university', () => {
    expect(findings('Dr Ho Wing-sze of the University of Macau\'s School of Health Sciences said the study was small.', '澳門大學健康科學學院何詠詩博士表示，這項研究規模很小。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a given name opening with 家, 方 or 为 before a title', () => {
  it('is a person\'s', () => {
    expect(people('梁家明教授指出，样本仍然太少。')).toEqual(['梁家明']);
    expect(people('医学院何家乐博士表示。')).toEqual(['何家乐']);
  });

  it('not a title\'s character in the middle (陈总裁), nor a noun ending in 家', () => {
    expect(people('陈总裁表示，公司将扩产。')).toEqual([]);
    expect(people('科学家表示，样本仍然太少。')).toEqual([]);
  });
});

describe('a full name after 的 and before a verb of speech', () => {
  it('is a person\'s', () => {
    expect(people('负责财务的郑明辉说，店铺去年借了五万元。')).toEqual(['郑明辉']);
  });

  it('not a noun of people after 的 (高管, 游客们, 董事长)', () => {
    expect(people('公司的高管表示，订单增加。')).toEqual([]);
    expect(people('当地的游客们表示，票价太贵。')).toEqual([]);
    expect(people('董事会的董事长说，计划不变。')).toEqual([]);
  });
});

describe('a Chinese name the text gives an English name in brackets', () => {
  const text = (second: string) => [
    'Among the new owners is Peter Lam, 44, who runs the bakery with his cousin Kenneth Lam.',
    '44岁的林志明（Peter Lam）是新店主之一，他与堂弟林国华一起经营这家面包店。',
    `${second}, who keeps the accounts, said the shop borrowed $50,000 last year.`,
    '负责账目的林志明说，面包店去年借了5万美元。',
  ].join('\n\n') + '\n';
  const entityFindings = (t: string) => align(t).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

  it('is that person, not another of the surname', () => {
    expect(entityFindings(text('Kenneth Lam'))).toEqual([expect.stringMatching(/^error EN "Kenneth Lam" .* vs ZH "林志明" .*different persons \(the text gives 林志明 as Peter Lam\)$/)]);
  });

  it('agrees with that person', () => {
    expect(entityFindings(text('Peter Lam'))).toEqual([]);
  });
});

describe('the pinyin of every common surname of the southern spellings\' table', () => {
  const enPeople = (text: string) => extractEntities(text, 'en').filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));

  it('opens a name in pinyin (Su, Qiu, Fang)', () => {
    expect(enPeople('Su Mingyuan, 52, runs a kiln in the old town.')).toEqual(['Su Mingyuan']);
    expect(enPeople('Qiu Haoran said orders had doubled.')).toEqual(['Qiu Haoran']);
  });

  it('so a speaker named by that surname alone is weighed against the Chinese name', () => {
    const text = [
      'Su Mingyuan, 52, runs a kiln in the old town.', '52岁的苏明远在老城区经营一座窑。',
      '"Half our orders come from abroad," Su said.', '何志强说："我们一半的订单来自海外。"',
    ].join('\n\n') + '\n';
    expect(align(text).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message))
      .toEqual([expect.stringMatching(/^EN "Su" vs ZH "何志强" .*different persons/)]);
  });

  it('not English words that are surnames too (You, Mo)', () => {
    expect(enPeople('You Can Win sold well last year.')).toEqual([]);
  });
});

describe('a word of a surname\'s character and one more after a title', () => {
  it('is that word, no person (专家呼吁到, to call for)', () => {
    expect(people('专家呼吁到2030年把用量减少一半。')).toEqual([]);
  });

  it('while a name of one given character stays a person\'s', () => {
    expect(people('总裁刘洋到场致辞。')).toEqual(['刘洋']);
  });
});

describe('an English given name before a Macao name of three words', () => {
  const entityFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

  it('is weighed as the Chinese name after it', () => {
    expect(entityFindings('Legislator Ella Lei Cheng I said the rules should be tightened.', '立法議員宋碧琪表示，規則應當收緊。'))
      .toEqual([expect.stringMatching(/^error EN "Ella Lei Cheng I" .* vs ZH "宋碧琪" .*different persons/)]);
    expect(entityFindings('Legislator Ella Lei Cheng I said the rules should be tightened.', '立法議員李靜儀表示，規則應當收緊。')).toEqual([]);
  });
});

describe('a Western name the extractor did not read, against a Chinese name left', () => {
  const entityFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

  it('is no Chinese name of another given name (the Chinese name may be one its bearer takes)', () => {
    expect(entityFindings('Jan Vermeulen, co-chair of the Hong Kong-listed company, spoke at the opening.', '这家香港上市公司的联席主席杨文在开幕式上致辞。')).toEqual([]);
  });

  it('while a romanized Chinese name of another given name is told', () => {
    expect(entityFindings('Yang Guoqiang, co-chair of the Hong Kong-listed company, spoke at the opening.', '这家香港上市公司的联席主席杨文在开幕式上致辞。'))
      .toEqual([expect.stringMatching(/^error EN "Yang Guoqiang".* vs ZH "杨文" .*different persons/)]);
  });
});
