import { describe, expect, it } from 'vitest';
import { alignFiles } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';

/** Pairs as `en line => zh line`, each side's lines counted in its own file. */
function linesOf(result: FileResult): string[] {
  const line = new Map(result.blocks.map((b) => [b.id, b.line]));
  const side = (ids: string[]) => ids.map((id) => line.get(id)).join('+') || '-';
  return result.pairs.map((p) => `${side(p.en)} => ${side(p.zh)}`).sort();
}

/** Aligns an English file with a Chinese one, a paragraph a line. */
function two(en: string[], zh: string[]): string[] {
  return linesOf(alignFiles({ text: `${en.join('\n')}\n`, path: 'a.en.txt' }, { text: `${zh.join('\n')}\n`, path: 'a.zh.txt' }));
}

describe('pairing two files: a caption between the parts of a translation', () => {
  it('joins the second part of a paragraph\'s Chinese, set after the caption, to its paragraph', () => {
    const en = [
      'The old bridge over the Qinhuai River reopened on Sunday after two years of repairs. Its stone arches were cleaned and the railings replaced.',
      'Visitors walk across the repaired bridge. (Photo: Xinhua)',
      'Boat tours under the bridge will start again in May.',
    ];
    const zh = [
      '秦淮河上的老桥经过两年修缮，于周日重新开放。',
      '游客走过修缮后的老桥。（新华社图）',
      '桥的石拱被清洗干净，栏杆也全部更换。',
      '桥下的游船项目将于5月恢复。',
    ];
    expect(two(en, zh)).toEqual(['1 => 1+3', '2 => 2', '3 => 4']);
  });

  it('leaves a Chinese paragraph after a caption alone when the paragraph before the caption is rendered whole', () => {
    const en = [
      'The old bridge over the Qinhuai River reopened on Sunday after two years of repairs.',
      'Visitors walk across the repaired bridge. (Photo: Xinhua)',
      'Boat tours under the bridge will start again in May.',
    ];
    const zh = [
      '秦淮河上的老桥经过两年修缮，于周日重新开放。',
      '游客走过修缮后的老桥。（新华社图）',
      '本报记者将持续关注。',
      '桥下的游船项目将于5月恢复。',
    ];
    expect(two(en, zh)).toEqual(['- => 3', '1 => 1', '2 => 2', '3 => 4']);
  });
});

describe('pairing two files: no link across the order for a line the excerpt cut off', () => {
  it('leaves the cut-off last English line alone rather than link it with the first Chinese line (the English lines 1 and 2 are one sentence)', () => {
    const en = [
      'The rainy season in the south begins in May and lasts until September,',
      'and this year it may come early. Rivers are already high.',
      'A flood warning is issued when a river rises 2 metres in a day.',
      'The highest warning, level one, means people must leave their homes.',
      'Last year there were 12 floods in the south, and four of them',
    ];
    const zh = [
      '南方的雨季每年五月开始，',
      '一直持续到九月，今年可能提前到来。河水已经很高。',
      '当河水一天上涨2米时，就会发布洪水预警。',
      '最高的一级预警意味着人们必须离开家园。',
    ];
    expect(two(en, zh)).toEqual(['1 => 1+2', '3 => 3', '4 => 4', '5 => -']);
  });
});

describe('pairing two files: a Chinese rendering that adds a sentence of context', () => {
  it('pairs a short English line with the Chinese paragraph whose opening sentence renders it', () => {
    const en = [
      'The museum will open its new wing on Friday.',
      'Entry will be free for the first week.',
      'The museum was founded in 1933 and holds more than 80,000 objects, most of them from the Song and Ming dynasties.',
    ];
    const zh = [
      '博物馆新馆将于本周五对外开放。新馆位于老馆东侧，由一座旧纺织厂改建而成，展厅面积约一万两千平方米，以近现代工业文物为主。',
      '开馆第一周免费参观。',
      '该馆建于1933年，藏品超过8万件，大部分来自宋代和明代。',
    ];
    expect(two(en, zh)).toEqual(['1 => 1', '2 => 2', '3 => 3']);
  });

  it('keeps two short English remarks rendered by one Chinese line of two sentences a 2-1 link', () => {
    const en = [
      'The night market on Jiefang Road reopens on Saturday after a year of repairs.',
      'Great news!',
      'I will be there with my kids.',
      'Stalls will stay open until midnight on weekends.',
    ];
    const zh = [
      '解放路夜市经过一年的修缮，将于周六重新开放。',
      '好消息！我会带孩子们去。',
      '周末摊位将营业至午夜。',
    ];
    expect(two(en, zh)).toEqual(['1 => 1', '2+3 => 2', '4 => 3']);
  });
});
