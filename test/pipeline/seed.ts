import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, Pair } from '../../src/types.js';

/** The text of a file in fixtures/. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Each pair as the first words of its blocks, `EN + EN = ZH`, to compare pairings across layouts. */
export function describePairs(blocks: readonly Block[], pairs: readonly Pair[]): string[] {
  const text = new Map(blocks.map((b) => [b.id, b.text.slice(0, 14)]));
  return pairs.map((p) => `${p.en.map((id) => text.get(id)).join(' + ')} = ${p.zh.map((id) => text.get(id)).join(' + ')}`);
}

/** The seed's pairs, as `describePairs` writes them, in document order. */
export const SEED_PAIRS = [
  'How to promote = 如何促进成都软件产业高质量发',
  '11 January 202 = ',
  'On January 10- = 1月11日,第二十一届中国国',
  'China Electron = 中国电子信息产业发展研究院,',
  'Zhang Li, pres = 中国电子信息产业发展研究院院',
  'The relevant p = 四川省经济和信息化厅相关负责',
  'The relevant p = 成都市经济和信息化局相关负责',
  'Sun Wenlong, c = 开放原子开源基金会理事长孙文',
  'The Software S = 电子科技大学软件学院2021',
  'Valentin Makar = 俄罗斯软件行业协会主席瓦伦汀',
  'At the confere = 大会现场发布了成都市软件名城',
  'On January 10t = 1月10日,第二十一届中国国',
  'It is understo = 据了解,在成渝地区双城经济圈',
  'In the constru = 在川渝共建世界级汽车产业集群',
  'Related news\nA = ',
];
