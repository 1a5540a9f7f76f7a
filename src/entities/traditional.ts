/**
 * A character-for-character fold of common traditional Chinese characters to their
 * simplified forms, enough for the names, titles and organization words the entity
 * rules know. One character maps to one, so offsets into the folded text are offsets
 * into the original.
 */

const PAIRS =
  '國国張张劉刘陳陈楊杨黃黄趙赵吳吴孫孙馬马鄭郑謝谢韓韩馮冯鄧邓蕭萧葉叶蘇苏呂吕盧卢鍾钟譚谭陸陆範范賈贾韋韦' +
  '鄒邹龍龙顧顾龔龚萬万錢钱嚴严戴戴莊庄聶聂齊齐喬乔賀贺羅罗許许閻阎蔣蒋劉刘魯鲁歐欧陽阳長长書书記记' +
  '會会協协學学院院銀银行行團团廳厅局局委委員员華华業业產产發发展展研研究究電电子子資资訊讯信信息息' +
  '經经濟济開开放放源源基基金金軟软體体術术網网絡络數数據据聯联盟盟組组織织黨党政政府府區区縣县鎮镇' +
  '門门東东廣广灣湾澳澳臺台島岛漢汉慶庆寧宁遼辽龍龙藏藏疆疆雲云貴贵陝陕甘甘蘭兰蒙蒙齊齐魯鲁蘇苏' +
  '俄俄羅罗斯斯亞亚義义紐纽倫伦爾尔維维蘭兰瑪玛麗丽薩萨塔塔諾诺達达納纳爾尔蓋盖蓮莲霍霍' +
  '總总統统議议監监務务處处專专職职衛卫視视鐵铁滬沪寶宝豐丰順顺興兴鳳凤遠远溫温陰阴際际與与為为' +
  '說说這这個个們们來来時时對对動动關关進进還还種种實实現现無无於于場场將将從从兩两報报' +
  '導导應应問问當当氣气過过邊边線线點点變变論论見见間间聖圣鄉乡農农醫医藥药療疗礦矿煙烟' +
  '禮礼號号機机構构標标準准創创辦办設设計计畫画劃划區区際际術术兒儿園园圖图館馆環环衛卫';

/** Traditional character → simplified character. */
const FOLD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i]!, chars[i + 1]!);
  }
  return map;
})();

/** The same fold by UTF-16 code (every character of the table is one code unit): a look-up makes no string. */
const FOLD_CODE: ReadonlyMap<number, string> = new Map([...FOLD].map(([from, to]) => [from.charCodeAt(0), to]));

/** The text with known traditional characters replaced by simplified ones, same length. */
export function foldTraditional(text: string): string {
  // Most texts hold no traditional character: nothing is built for them; else the runs between
  // folded characters are copied whole.
  let out = '';
  let copied = 0;
  for (let k = 0; k < text.length; k++) {
    const s = FOLD_CODE.get(text.charCodeAt(k));
    if (s === undefined) continue;
    out += text.slice(copied, k) + s;
    copied = k + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
