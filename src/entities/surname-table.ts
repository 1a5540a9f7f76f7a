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

/**
 * Their readings as CEDICT's glosses romanize them (`Nakajima or Nakashima`), folded by
 * `foldJapaneseReading` (`Ōno` and `Ohno` are `ono`): a surname, a blank and its readings, `;` between.
 */
export const CEDICT_JAPANESE_READINGS =
  '三浦 miura;三田 mita sanda mitsuda;上田 ueda;上野 ueno;中山 nakayama;中岛 na' +
  'kajima nakashima;中川 nakagawa;中村 nakamura;中野 nakano;丸山 maruyama;久' +
  '保 kubo;井上 inoe;今井 imai;伊藤 ito;佐佐木 sasaki;佐藤 sato;佐野 sano;内田 uchi' +
  'da;冈本 okamoto;冈田 okada;前田 maeda;加藤 kato;千叶 chiba;原田 harada;吉田 yo' +
  'shida;吉野 yoshino;后藤 goto;和田 wada;坂井 sakai;坂本 sakamoto;增田 masuda;' +
  '大久保 okubo;大冢 otsuka;大坂 osaka;大西 onishi;大野 ono;太田 ota;安倍 abe;安藤 a' +
  'ndo;宫崎 miyazaki;宫本 miyamoto;小岛 kojima;小川 ogawa;小林 kobayashi;小渊 o' +
  'buchi;小野 ono;山下 yamashita;山口 yamaguchi;山崎 yamazaki yamasaki;山本 y' +
  'amamoto;山田 yamada;岩崎 iwasaki;工藤 kudo;平野 hirano;成田 narita;斋藤 sait' +
  'o;新井 arai;木下 kinoshita;木村 kimura;杉山 sugiyama;杉本 sugimoto;村上 mura' +
  'kami;村田 murata;松井 matsui;松尾 matsuo;松本 matsumoto;松田 matsuda;柏崎 ka' +
  'shiwazaki;柴田 shibata;桥本 hashimoto;森田 morita;植田 ueda;横山 yokoyama;' +
  '樱井 sakurai;武田 takeda;池田 ikeda;清水 shimizu;渡边 watanabe;田中 tanaka;田' +
  '村 tamura;石井 ishii;石川 ishikawa;石田 ishida;福岛 fukushima;福田 fukuda;竹' +
  '内 takeuchi;荒井 arai;菅原 sugawara;菊池 kikuchi;藤井 fujii;藤原 fujiwara;藤' +
  '本 fujimoto;藤森 fujimori;藤泽 fujisawa;藤田 fujita;藤野 fujino;西村 nishim' +
  'ura;谷口 taniguchi;足利 ashikaga;近藤 kondo;远藤 endo;酒井 sakai;野口 noguch' +
  'i;野村 nomura;金子 kaneko;铃木 suzuki;长谷川 hasegawa;青木 aoki;高木 takagi;高' +
  '桥 takahashi;高田 takada';
