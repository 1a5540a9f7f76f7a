import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { WRITTEN_PAGES } from './written-pages.js';
import { parsePage, dropLastZh, dropMiddleZh } from '../../scripts/eval/variants/transforms.js';
import { scoreVariant } from '../../scripts/eval/variants/score.js';

/** Links of a result as `en lines => zh lines`. */
function links(text: string): string[] {
  const result = align(text);
  const line = new Map(result.blocks.map((b) => [b.id, b.line]));
  const side = (ids: string[]) => (ids.length ? ids.map((id) => line.get(id)).join('+') : '-');
  return result.pairs.map((p) => `${side(p.en)} => ${side(p.zh)}`);
}

describe('pairing: a merged side does not wrap around its translation in interleaved pages', () => {
  // Written pages whose Chinese of one paragraph is dropped: the English left without it stood
  // after the pair before it and joined that pair's English around its Chinese.
  const named = (name: string) => parsePage(WRITTEN_PAGES.find((p) => p.name === name)!);
  it.each([
    ['a transcript with a timestamp opening each line, English then Chinese', 'last'],
    ['two English paragraphs rendered by one Chinese paragraph, the second short', 'last'],
    ['en-first news with a Chinese-only paragraph in the middle explaining a term, and an English-only quote at the end', 'middle'],
  ] as const)('%s, the %s Chinese dropped', (name, which) => {
    const variant = which === 'last' ? dropLastZh(named(name))! : dropMiddleZh(named(name))!;
    const outcome = scoreVariant(variant);
    expect(outcome.predicted).toEqual(outcome.gold);
  });

  it('pairs each half of a sentence broken across two lines in each language, the lines alternating', () => {
    const text = [
      'The new line will link the airport with the',
      '新线路将把机场与',
      'city centre in under twenty minutes.',
      '市中心连接起来，用时不到二十分钟。',
      '',
    ].join('\n');
    expect(links(text)).toEqual(['1 => 2', '3 => 4']);
  });

  it('still merges two English paragraphs before the one Chinese paragraph that renders them', () => {
    const text = [
      'The lake froze over for the first time in ten years, local residents said on Sunday.',
      '',
      'Hundreds of people came to skate on it over the weekend.',
      '',
      '当地居民周日表示，这座湖十年来首次完全结冰，周末有数百人前来滑冰。',
      '',
      'The ice is expected to melt by Wednesday.',
      '',
      '预计冰面将在周三前融化。',
      '',
    ].join('\n');
    expect(links(text)).toEqual(['1+3 => 5', '7 => 9']);
  });
});
