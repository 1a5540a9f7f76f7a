import { readFileSync } from 'node:fs';
import type { EntityType, FactCandidate, Lang } from '../../src/types.js';

/** The seed article's blocks, split on blank lines, with the language read off the script. */
export function seedBlocks(): { text: string; lang: Lang }[] {
  const text = readFileSync(new URL('../../fixtures/chengdu-software-2024.txt', import.meta.url), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => ({ text: b, lang: /\p{Script=Han}/u.test(b) ? ('zh' as const) : ('en' as const) }));
}

type Mention = [raw: string, type: EntityType];
const m = (type: EntityType, ...raws: string[]): Mention[] => raws.map((raw) => [raw, type]);

/**
 * Every person, place and organization mention of the seed's English side, as an
 * annotator would mark it (whole names, not the places inside them).
 */
export const EXPECTED_EN: Mention[] = [
  ...m('person', 'Zhang Li', 'Sun Wenlong', 'Peng Lan', 'Valentin Makarov'),
  ...m('org', 'China Electronic Information Industry Development Research Institute', 'China Electronic Information Industry Development Research Institute', 'China Electronic Information Industry Development Research Institute'),
  ...m('org', 'Open Atom Open Source Foundation', 'Open Atom Open Source Foundation'),
  ...m('org', 'Russian Software Industry Association', 'Russian Software Industry Association', 'Russian Software Industry Association', 'Russian Software Industry Association'),
  ...m('org', 'RUSSOFT', 'RUSSOFT'),
  ...m('org', 'Hong Kong Software Industry Association', 'Hong Kong Software Industry Association'),
  ...m('org', 'Sichuan Provincial Department of Economy and Information Technology', 'Sichuan Provincial Party Committee'),
  ...m('org', 'Chengdu Municipal Bureau of Economy and Information Technology'),
  ...m('org', 'University of Electronic Science and Technology', 'University of Electronic Science and Technology'),
  ...m('org', 'Industrial and Commercial Bank of China', 'BRICS', 'BRICS'),
  ...m('place', ...Array<string>(16).fill('Chengdu'), 'Chengdu City'),
  ...m('place', 'Chongqing', 'Chongqing', 'Chongqing', 'Chongqing', 'Wuhan'),
  ...m('place', 'Sichuan', 'Sichuan', 'Sichuan', 'Sichuan Province', 'Sichuan Province', 'Sichuan Province', 'Sichuan Province'),
  ...m('place', 'China', 'China', 'China', 'China'),
  ...m('place', 'Russia', 'Russia', 'Russia', 'Moscow', 'Uttar Pradesh'),
  ...m('place', 'Chengyu', 'Chengyu', 'Chengyu', 'Chengyu', 'Chengyu Region'),
];

/** The same for the Chinese side. */
export const EXPECTED_ZH: Mention[] = [
  ...m('person', '张立', '孙文龙', '彭岚', '瓦伦汀•马卡洛夫'),
  ...m('org', '中国电子信息产业发展研究院', '中国电子信息产业发展研究院', '中国电子信息产业发展研究院'),
  ...m('org', '开放原子开源基金会', '开放原子开源基金会'),
  ...m('org', '俄罗斯软件行业协会', '俄罗斯软件行业协会', '俄罗斯软件行业协会'),
  ...m('org', '香港软件行业协会', '香港软件行业协会'),
  ...m('org', '四川省经济和信息化厅', '四川省委', '成都市经济和信息化局'),
  ...m('org', '电子科技大学', '电子科技大学', '中国工商银行', '金砖'),
  ...m('place', '成都', '成都', '成都', '成都', '成都', '成都', '成都', '成都', '成都'),
  ...m('place', '成都市', '成都市', '成都市', '成都市', '成都市', '成都市'),
  ...m('place', '重庆', '重庆', '重庆市', '武汉', '川渝'),
  ...m('place', '四川', '四川省', '四川省', '四川省', '四川省', '四川省'),
  ...m('place', '中国', '中国', '中国', '中国', '中国', '俄罗斯', '俄罗斯', '俄罗斯', '俄', '中'),
  ...m('place', '成渝', '成渝', '成渝', '成渝', '成渝'),
];

/**
 * Mentions neither required nor counted against precision: places inside event names
 * (`China` in `China International Software Cooperation Conference`, `中国` in `中国国际软洽会`),
 * and nationality adjectives (`Chinese software cities`, `Russian companies`), which the
 * extractor reads as their country because Chinese names the country there.
 */
export const OPTIONAL_EN: Mention[] = [
  ...m('place', 'China', 'China', 'China', 'China'),
  ...m('place', 'Chinese', 'Chinese', 'Russian', 'Russian', 'Russian'),
];
export const OPTIONAL_ZH: Mention[] = m('place', '中国', '中国', '中国');

/** Recall and precision of found mentions against expected ones, compared as multisets of (text, type). */
export function score(
  found: Mention[],
  expected: Mention[],
  optional: Mention[] = [],
): { recall: number; precision: number; missed: string[]; extra: string[] } {
  const want = new Map<string, number>();
  const may = new Map<string, number>();
  for (const [raw, type] of expected) want.set(`${raw}/${type}`, (want.get(`${raw}/${type}`) ?? 0) + 1);
  for (const [raw, type] of optional) may.set(`${raw}/${type}`, (may.get(`${raw}/${type}`) ?? 0) + 1);
  let hits = 0;
  let counted = 0;
  const extra: string[] = [];
  for (const [raw, type] of found) {
    const key = `${raw}/${type}`;
    if ((want.get(key) ?? 0) > 0) {
      want.set(key, want.get(key)! - 1);
      hits++;
      counted++;
    } else if ((may.get(key) ?? 0) > 0) {
      may.set(key, may.get(key)! - 1);
    } else {
      extra.push(key);
      counted++;
    }
  }
  const missed = [...want].flatMap(([key, n]) => Array<string>(n).fill(key));
  return { recall: hits / expected.length, precision: counted ? hits / counted : 1, missed, extra };
}

/** The found mentions of candidates in a text. */
export function mentions(text: string, found: FactCandidate[]): Mention[] {
  return found.map((c) => [text.slice(c.start, c.end), c.type!]);
}
