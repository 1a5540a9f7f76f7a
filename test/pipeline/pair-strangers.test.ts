import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';
import { WRITTEN_PAGES } from './written-pages.js';
import { scoreVariant } from '../../scripts/eval/variants/score.js';
import { parsePage, titleEnTop } from '../../scripts/eval/variants/transforms.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

describe('pair: two texts that share no word are no 1-1 link', () => {
  it('keeps a paragraph rendered in two Chinese paragraphs whole when the next English is cut off', () => {
    const text = [
      'Harbour museum opens',
      '海港博物馆开馆',
      'The new museum opened on Saturday with more than 3,000 objects from the history of the port, from old coins and maps to ferry tickets and sailors\' letters.',
      '新博物馆于周六开馆，展出3000多件港口历史文物。',
      '展品从古钱币、旧地图到渡轮船票和水手的书信，应有尽有。',
      'A café on the top floor looks out over the river mouth and serves lunch every day until three.',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['1 => 2', '3 => 4+5', '6 => -']);
  });

  it('leaves an English title without partner apart from the Chinese introduction lines below it', () => {
    const pages = WRITTEN_PAGES.map(parsePage);
    for (const name of ['Chinese intro lines without a label before a Chinese-first article', 'forum: a post translated across two replies, reply counters and a signature']) {
      const seed = pages.findIndex((p) => p.name === name);
      expect(scoreVariant(titleEnTop(pages[seed]!, seed)).right, name).toBe(true);
    }
  });

  it('still pairs titles that share a word, and a short title pair the lexicon cannot read', () => {
    const pairOf = (en: string, zh: string) => links(align([en, zh, 'The new line has 18 stations.', '新线路共设18座车站。', ''].join('\n')));
    expect(pairOf('Metro line opens next month', '地铁新线下月开通')).toEqual(['1 => 2', '3 => 4']);
    expect(pairOf('All aboard', '出发吧')).toEqual(['1 => 2', '3 => 4']);
  });

  it('still pairs a short translation whose few words the lexicon renders otherwise', () => {
    const text = [
      'Bus station reopens after repairs',
      'The station reopened on Friday after six months of repairs.',
      'Waiting rooms now have step-free access.',
      '汽车站维修后重新开放',
      '经过六个月的维修，该车站于周五重新开放。',
      '候车室现已设有无障碍通道。',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['1 => 4', '2 => 5', '3 => 6']);
  });

  it('still pairs a long translation that shares its words', () => {
    const text = [
      'Farmers in the north expect a good wheat harvest this year after plenty of spring rain.',
      '今年春季雨水充足，北方农民预计小麦将获得丰收。',
      'Prices of flour have already started to fall in some markets.',
      '一些市场的面粉价格已经开始下降。',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['1 => 2', '3 => 4']);
  });
});
