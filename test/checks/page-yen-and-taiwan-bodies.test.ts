import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const alarms = (text: string, rule: string) => align(text).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const pairAlarms = (en: string, zh: string, rule: string) => alarms(`${en}\n\n${zh}\n`, rule);

describe('a page\'s bare `¥`', () => {
  const page = (zh: string) => [
    'Tokyo care homes',
    '',
    'A care worker in Osaka earned ¥298,400 a month in 2023, about ¥64,000 below the average.',
    '',
    '2023年大阪护理人员月薪为298400日元，比平均水平低约6.4万日元。',
    '',
    'The ministry has set aside ¥7.5 billion for sensors and lifting aids.',
    '',
    zh,
    '',
  ].join('\n');

  it('is the yen where the Chinese names its other amounts in 日元: against a yuan it is a slip', () => {
    expect(alarms(page('厚生劳动省已拨出75亿元用于传感器和移位辅助设备。'), 'money-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "¥7.5 billion" .* vs ZH "75亿元" .*currency differs \(the page's ¥ is JPY\)$/)]);
  });

  it('nothing where the Chinese names the yen', () => {
    expect(alarms(page('厚生劳动省已拨出75亿日元用于传感器和移位辅助设备。'), 'money-mismatch')).toEqual([]);
  });

  it('a bare `¥` against a yuan on a page that says nothing of the yen is the yuan', () => {
    expect(pairAlarms('The city has set aside ¥7.5 billion for sensors.', '该市已拨出75亿元用于传感器。', 'money-mismatch')).toEqual([]);
  });
});

describe('a university of its own name', () => {
  it('in pinyin none of whose syllables the Chinese name holds is another body', () => {
    expect(pairAlarms('said a professor of sociology at Renmin University of China.', '北京大学社会学教授说。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "Renmin University of China" .* vs ZH "北京大学" .*different organizations of one kind/)]);
  });

  it.each([
    ['said a professor of sociology at Renmin University of China.', '中国人民大学社会学教授说。'],
    ['said a professor at Beihang University.', '北京航空航天大学教授说。'],
    ['said a professor at Sun Yat-sen University.', '中山大学教授说。'],
  ])('not the same body in another spelling or a short form: %s', (en, zh) => {
    expect(pairAlarms(en, zh, 'entity-mismatch')).toEqual([]);
  });
});

describe('Taiwan\'s bodies of government', () => {
  it('a short name before its unit\'s head is the body, no person (`衛福部長`)', () => {
    const found = extractEntities('衛福部長林建宏表示，將增加護理人力。', 'zh').map((e) => `${e.type} ${String(e.value)}`);
    expect(found).toContain('person lin jianhong');
    expect(found.filter((f) => f.startsWith('person'))).toEqual(['person lin jianhong']);
  });

  it('so the minister named in English is weighed against the Chinese name', () => {
    expect(pairAlarms('Health Minister Chen Wei-ting said nurses would get more pay.', '衛福部長林建宏表示，護理人員將獲加薪。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Chen Wei-ting" .* vs ZH "林建宏" .*different persons/)]);
  });

  it('the Executive Yuan and its councils by their names in both languages', () => {
    expect(pairAlarms('The Mainland Affairs Council said talks would resume.', '陸委會表示，會談將恢復。', 'entity-mismatch')).toEqual([]);
    expect(pairAlarms('The Mainland Affairs Council said talks would resume.', '國發會表示，會談將恢復。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "Mainland Affairs Council" .* vs ZH "國發會" .*different organizations/)]);
  });
});
