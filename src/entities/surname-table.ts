/**
 * Chinese surnames CC-CEDICT (CC BY-SA 4.0) marks (`surname Lai`, `two-character surname Situ`)
 * beyond the ranking of `names.ts` that a person CEDICT lists bears or that start hardly any word; written by
 * `scripts/build-surnames.ts` (`npm run build:surnames`); do not edit by hand.
 * 195 single surnames, sorted by UTF-16 code; 9 two-character ones.
 */

/** Single-character surnames, simplified, sorted by code. */
export const CEDICT_SINGLE_SURNAMES =
  '丌丘亶仈仉伭佉佚佫佽侴傅傕傿僖僚冮劭卬卲厍呙哙堃壴夔奂奭妁妘妫姒姞姣娲嫘嫪嬴宓寪尨岐巢帙庐庱庾彤恽戢扆撖敫敻昊晟朐杞桓棸楀樛殳沇' +
  '沓泠洙洪淖渫湳溥滹潞澧濮炅炔炤爨爰犇琮瑶璩甪甸皦盚盱盵眭睢瞫矍祢禢禤穰竺笪筦篯纡绍缑缯羲羿翦翰耏肜臾芈苌苴荀菑蒉蓟蔌蕑薳藇蘧虢蚩' +
  '蜎蟜袟訇訚訾谯赖轷逄遴遹邘邨邲邳邴邺邽邾郄郅郈郐郕郗郤郦郯鄂鄅鄐鄘鄚鄦鄫鄹酆鈬鑢钏钭铎铫镡闳阎陎隗隰霅鞮韶顼颉颍颛馀骓鬲鱄鲰麋麴' +
  '麹黥鼂';

/** Two-character surnames, simplified, space-separated. */
export const CEDICT_DOUBLE_SURNAMES = '东郭 南郭 司寇 司空 太史 完颜 淳于 耶律 谷梁';
