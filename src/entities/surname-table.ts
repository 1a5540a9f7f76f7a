/**
 * Chinese surnames CC-CEDICT (CC BY-SA 4.0) marks (`surname Lai`, `two-character surname Situ`)
 * beyond the ranking of `names.ts` that a person CEDICT lists bears or that start hardly any word,
 * and the Japanese surnames it marks (`Nakamura (Japanese surname)`); written by
 * `scripts/build-surnames.ts` (`npm run build:surnames`); do not edit by hand.
 * 195 single surnames, sorted by UTF-16 code; 9 two-character ones; 111 Japanese ones.
 */

/** Single-character surnames, simplified, sorted by code. */
export const CEDICT_SINGLE_SURNAMES =
  '丌丘亶仈仉伭佉佚佫佽侴傅傕傿僖僚冮劭卬卲厍呙哙堃壴夔奂奭妁妘妫姒姞姣娲嫘嫪嬴宓寪尨岐巢帙庐庱庾彤恽戢扆撖敫敻昊晟朐杞桓棸楀樛殳沇' +
  '沓泠洙洪淖渫湳溥滹潞澧濮炅炔炤爨爰犇琮瑶璩甪甸皦盚盱盵眭睢瞫矍祢禢禤穰竺笪筦篯纡绍缑缯羲羿翦翰耏肜臾芈苌苴荀菑蒉蓟蔌蕑薳藇蘧虢蚩' +
  '蜎蟜袟訇訚訾谯赖轷逄遴遹邘邨邲邳邴邺邽邾郄郅郈郐郕郗郤郦郯鄂鄅鄐鄘鄚鄦鄫鄹酆鈬鑢钏钭铎铫镡闳阎陎隗隰霅鞮韶顼颉颍颛馀骓鬲鱄鲰麋麴' +
  '麹黥鼂';

/** Two-character surnames, simplified, space-separated. */
export const CEDICT_DOUBLE_SURNAMES = '东郭 南郭 司寇 司空 太史 完颜 淳于 耶律 谷梁';

/** Japanese surnames of two characters or more, simplified, sorted, space-separated. */
export const CEDICT_JAPANESE_SURNAMES =
  '三浦 三田 上田 上野 中山 中岛 中川 中村 中野 丸山 久保 井上 今井 伊藤 佐佐木 佐藤 佐野 内田 冈本 冈田 前田 ' +
  '加藤 千叶 原田 吉田 吉野 后藤 和田 坂井 坂本 增田 大久保 大冢 大坂 大西 大野 太田 安倍 安藤 宫崎 宫本 小岛 ' +
  '小川 小林 小渊 小野 山下 山口 山崎 山本 山田 岩崎 工藤 平野 成田 斋藤 新井 木下 木村 杉山 杉本 村上 村田 松' +
  '井 松尾 松本 松田 柏崎 柴田 桥本 森田 植田 横山 樱井 武田 池田 清水 渡边 田中 田村 石井 石川 石田 福岛 福田' +
  ' 竹内 荒井 菅原 菊池 藤井 藤原 藤本 藤森 藤泽 藤田 藤野 西村 谷口 足利 近藤 远藤 酒井 野口 野村 金子 铃木 ' +
  '长谷川 青木 高木 高桥 高田';
