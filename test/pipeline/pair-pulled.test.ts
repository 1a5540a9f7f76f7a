import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

describe('pair: a block that shares no word with its partner but many with a neighbour of the partner', () => {
  it('keeps the second Chinese part of a paragraph with it when the next English has no translation', () => {
    const text = [
      'The harbour bridge reopened on Monday after repairs that cost 80 million yuan. Its new walkway has room for more than 2,000 people and offers views of the old port.',
      '',
      '大桥经过耗资8000万元的维修后，于周一重新开放。',
      '',
      '新建的人行道可容纳2000多人，游客可以眺望老港口。',
      '',
      'Parking near the bridge is still limited, so drivers are asked to take the bus.',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['1 => 3+5', '7 => -']);
  });

  it('keeps two English parts of a Chinese paragraph together when the next Chinese has no translation', () => {
    const text = [
      '这家老茶馆已经营业八十年，每天清晨都坐满了喝早茶的老街坊。',
      '',
      'The old teahouse has been open for eighty years.',
      '',
      'Every morning it fills with neighbours who come for breakfast tea.',
      '',
      '据悉，二楼将改建为小型戏台，邀请评弹艺人定期演出。',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['- => 7', '3+5 => 1']);
  });

  it('still pairs a translation that shares no word with its partner when no neighbour claims it', () => {
    const text = [
      'The teahouse has been open for eighty years.',
      '这家茶馆已经营业八十年。',
      'Regulars arrive before dawn and stay until noon.',
      '熟客们天不亮就来，一坐就是一上午。',
      'The owner plans a small stage upstairs next year.',
      '老板打算明年在楼上搭一个小戏台。',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['1 => 2', '3 => 4', '5 => 6']);
  });
});

describe('pair: a note opened by a bare label', () => {
  it('leaves a Chinese note (注：) alone rather than pairing it with an English paragraph the page left untranslated', () => {
    const text = [
      'The tailor on Bridge Road has made suits for 45 years.',
      '桥路上的这位裁缝已经做了45年西装。',
      'His grandson, Tomasz Nowak, now runs the shop with him.',
      '他的孙子托马斯·诺瓦克如今和他一起经营这家店。',
      '注：诺瓦克是常见的波兰姓氏。',
      '"A good suit takes patience," he said.',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['- => 5', '1 => 2', '3 => 4', '6 => -']);
  });

  it('still pairs a note with its translation', () => {
    const text = [
      'The tailor on Bridge Road has made suits for 45 years.',
      '桥路上的这位裁缝已经做了45年西装。',
      'Note: prices on the shop\'s website include alterations.',
      '注：该店网站上的价格已包含修改费用。',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['1 => 2', '3 => 4']);
  });
});
