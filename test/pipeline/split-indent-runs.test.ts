import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';

/** Each block as `line:lang:lines it spans`. */
const shape = (text: string) => split(text).map((b) => `${b.line}:${b.lang}:${b.text.split('\n').length}`);

describe('split: indents read for each language apart', () => {
  it('keeps flush English paragraphs a line each on a page whose Chinese lines open with an indent', () => {
    const text = [
      '#1 楼主 river_fox 发表于 2022-05-14 09:12',
      'We rode the new Chengdu-Chongqing line last weekend. The trip took just over an hour.',
      'Tickets cost 96 yuan in second class, and the trains leave every twenty minutes.',
      '\u3000\u3000签名：坐遍全国高铁',
      '#2 小鱼 发表于 2022-05-14 10:03',
      '\u3000\u3000帮忙翻译一下：上周末我们坐了新开的成渝线，全程只用了一个多小时',
      '#3 小鱼 发表于 2022-05-14 10:05',
      '\u3000\u3000第二段：二等座票价96元，每二十分钟一班',
      '回复(2) 赞(5)',
      '',
    ].join('\n');
    expect(shape(text).slice(0, 3)).toEqual(['1:zh:1', '2:en:1', '3:en:1']);
  });

  it('reads a title above flush English paragraphs as a block of its own', () => {
    const text = [
      'Unit 3 The Grand Canal',
      'The Grand Canal links Beijing in the north with Hangzhou in the south.',
      '\u3000\u3000大运河北起北京，南至杭州。',
      'It is more than 1,700 kilometres long.',
      '\u3000\u3000它全长1700多公里。',
      'Q: Which cities does the canal link? 问：大运河连接哪些城市？',
      'Boats still carry coal and sand along its southern part.',
      '\u3000\u3000如今，运河南段仍有船只运送煤炭和沙石。',
      'Q: What do boats carry today? 问：如今船只运送什么？',
      '',
    ].join('\n');
    expect(shape(text).slice(0, 3)).toEqual(['1:en:1', '2:en:1', '3:zh:1']);
  });

  it('does not read a short flush line under an indented sentence as its continuation', () => {
    const text = [
      '#1樓 小林 2022-03-02 21:40',
      'The night buses will run until 2 am from next month.',
      '\u3000\u3000夜班公車下個月起將營運到凌晨2點。',
      '推 8',
      '#2樓 amy_c 2022-03-02 21:55',
      '\u3000\u3000引用 小林：營運到凌晨2點',
      'Is that every route? 所有路線都是嗎？',
      '',
    ].join('\n');
    expect(shape(text).slice(2, 4)).toEqual(['3:zh:1', '4:zh:1']);
  });

  it('still keeps an English paragraph wrapped at a width whole beside indented Chinese lines', () => {
    const text = [
      'The city will open four new night bus routes to the airport from',
      'next month, the transport bureau said on Wednesday, and fares will',
      'stay at two yuan for every trip on each of the routes.',
      '\u3000\u3000市交通局周三表示，下月起将开通四条机场夜间公交线路，票价仍为2元。',
      'Riders can pay with a transit card or a phone, the bureau said, and',
      'more routes may follow next year if demand stays strong at night.',
      '\u3000\u3000交通局表示，乘客可刷交通卡或手机支付，如需求旺盛，明年可能增开线路。',
      '',
    ].join('\n');
    expect(shape(text)).toEqual(['1:en:3', '4:zh:1', '5:en:2', '7:zh:1']);
  });

  it('joins the flush lines of English paragraphs opening with an indent, and parts indented Chinese lines each closing a sentence', () => {
    const text = [
      '    The museum will stay open until nine on Fridays from',
      'June, the city said on Monday.',
      '    Entry stays free for children under twelve, and',
      'students pay half price.',
      '\u3000\u3000市政府周一表示，从6月起，博物馆每周五开放至晚上9点。',
      '\u3000\u300012岁以下儿童仍免费入场，学生半价。',
      '',
    ].join('\n');
    expect(shape(text)).toEqual(['1:en:2', '3:en:2', '5:zh:1', '6:zh:1']);
  });
});
