import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** A piece dated Wednesday 22 March 2017. */
const WEDNESDAY = { referenceDate: '2017-03-22' };

const cases: [string, string[]][] = [
  ['上世纪90年代初，乡镇企业迅速发展。', ['date 上世纪90年代初 1990/1992']],
  ['80年代中期，这座城市开始扩建。', ['date 80年代中期 1983/1986']],
  ['20世纪70年代末期，改革开放启动。', ['date 20世纪70年代末期 1977/1979']],
  ['90年代的经济增长很快。', ['date 90年代 1990/1999']],
  // a generation by its first year's last two digits, not a count after a verb of reaching
  ['“00后”成为假期出游的主力。', ['date 00后 2000 over']],
  ['80后和95後的家长更愿意报名。', ['date 80后 1980 over', 'date 95後 1995 over']],
  ['年满60后可申请长者卡。', ['number 60 60']],
  // a year listed before another that carries 年
  ['生态环境部印发2027、2028年度配额方案。', ['date 2027 2027', 'date 2028年 2028']],
  ['共2027、2028人报名。', ['number 2027 2027', 'number 2028 2028']],
  ['代表团明天上午9点出发，10点开会。', ['date 明天上午9点 2017-03-23T09:00', 'date 10点 T10:00']],
  ['发布会定在3点。', ['date 3点 T03:00']],
  ['停电时间为8点到10点。', ['date 8点到10点 T08:00/T10:00']],
  ['周五8点见。', ['date 周五8点 2017-03-17T08:00']],
  ['展览从周一到周三开放。', ['date 从周一到周三 2017-03-20/2017-03-22']],
  ['下周二至周四有雨。', ['date 下周二至周四 2017-03-28/2017-03-30']],
  ['几点出发？9点。', ['date 9点 T09:00']],
  ['明年第九个月完成审查。', ['date 明年第九个月 2018-09']],
  ['2016年的第3个月销量回升。', ['date 2016年的第3个月 2016-03']],
];

/** 点 as points, items or `a little`: no hour. */
const notHours = ['指数上涨了9点。', '他提出了三点建议。', '道指下跌12点。', '请快一点。', '这是第三点。', '他有三点见解。'];

describe('Chinese dates composed of parts', () => {
  it.each(cases)('%s', (input, expected) => expect(facts(input, WEDNESDAY)).toEqual(expected));
});

describe('Chinese 点 that is no hour', () => {
  it.each(notHours)('%s', (input) => expect(facts(input, WEDNESDAY).filter((f) => f.startsWith('date'))).toEqual([]));
});
