import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.severity !== 'info' && f.ruleId === 'entity-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a city swapped beside a wider place the translation leaves out', () => {
  it('is told against the other side\'s city', () => {
    expect(findings('The tour left Turin for Geneva, drawing fans from all over Europe.', '巡演从罗马前往日内瓦，吸引了各地的乐迷。'))
      .toEqual([expect.stringMatching(/^error .*different places/)]);
  });

  it('stays quiet when the city is the same', () => {
    expect(findings('The tour left Turin for Geneva, drawing fans from all over Europe.', '巡演从都灵前往日内瓦，吸引了各地的乐迷。')).toEqual([]);
  });
});

describe('an organization of one kind with another name', () => {
  it('is a warning', () => {
    expect(findings('The award went to a team from Keio University.', '该奖项颁给了早稻田大学的一个团队。'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });

  it.each([
    ['The award went to a team from Fudan University.', '该奖项颁给了复旦大学的一个团队。'],
    ['The bank lent the money through its Taiwan arm.', '该银行通过台湾分行放贷。'],
    // A name by its initials: the Chinese renders the words they stand for.
    ['The KCR Corporation said trains would run every four minutes.', '九廣鐵路公司表示，列車將每四分鐘一班。'],
  ])('is not told of a body rendered as itself: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('a short name before the full name that holds it', () => {
  it('leaves the full name its own rendering: no term rendered two ways', () => {
    const result = align([
      'Posted 15 June 2024', '',
      'In Taipei, the health bureau said New Taipei City would open 12 more stations.', '',
      '台北市卫生局表示，新北市将再开设12个站点。', '',
      'Officials in Taipei will follow in July.', '',
      '台北市将于7月跟进。', '',
    ].join('\n'));
    expect(result.findings.filter((f) => f.ruleId === 'inconsistent-term')).toEqual([]);
  });
});
