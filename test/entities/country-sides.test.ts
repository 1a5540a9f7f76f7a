import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index.js';

const found = (text: string) => extractEntities(text, 'zh').map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe('a country by its side, 中方 and 美方', () => {
  it.each([
    ['中方对会谈结果表示满意。', ['place:中方']],
    ['应俄方邀请，代表团启程访问。', ['place:俄方']],
    ['日方和韩方均未回应。', ['place:日方', 'place:韩方']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([['其中方案二成本最低。'], ['完美方面的消息'], ['今日方可办理。']])('no side in %s', (text) => {
    expect(found(text).filter((f) => f.endsWith('方'))).toEqual([]);
  });
});

describe('央行 after another country names that country\'s bank', () => {
  it('is no People\'s Bank of China after 英国 or 欧洲', () => {
    expect(found('英国央行维持利率不变。').some((f) => f.startsWith('org:'))).toBe(false);
    expect(found('欧洲央行下调利率。').some((f) => f === 'org:央行')).toBe(false);
  });

  it('is the People\'s Bank of China alone or after 中国', () => {
    expect(found('央行宣布降准0.5个百分点。')).toContain('org:央行');
  });
});

describe('a country and its side in one document', () => {
  it('are no two renderings of one name', async () => {
    const { align } = await import('../../src/index.js');
    const result = align('China said it would attend the talks.\n\n中方表示将出席会谈。\n\nChina and France signed the deal on Monday.\n\n中国和法国周一签署了协议。\n');
    expect(result.findings.filter((f) => f.ruleId === 'inconsistent-term')).toEqual([]);
  });
});

describe('China as 华 in a word that names it (对华, 访华, 驻华)', () => {
  const slips = async (en: string, zh: string) => {
    const { align } = await import('../../src/index.js');
    return align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.message);
  };

  it.each([
    ['Chile\'s copper sales to China rose 9 per cent, the country\'s mining ministry said.', '智利矿业部表示，智利对华铜销售增长9%。'],
    ['The envoy will visit China next week, the foreign ministry of Norway said.', '挪威外交部表示，这位特使下周将访华。'],
  ])('meets China: %s', async (en, zh) => {
    expect(await slips(en, zh)).toEqual([]);
  });

  it('tells another country', async () => {
    expect(await slips('The envoy will visit Japan next week, the foreign ministry of Norway said.', '挪威外交部表示，这位特使下周将访华。'))
      .toEqual([expect.stringMatching(/japan.*china|china.*japan/)]);
  });

  it('is no place in 华人 or 华为, nor after a word that takes its first character', async () => {
    const { align } = await import('../../src/index.js');
    const zh = align('现在华为在当地的华人员工超过200名。\n').facts.filter((f) => f.kind === 'entity' && f.type === 'place');
    expect(zh).toEqual([]);
  });
});
