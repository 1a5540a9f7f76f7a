/**
 * Character folding for the Chinese extractors. Every mapping is one UTF-16 unit to one,
 * so offsets into the folded text are offsets into the original.
 */

/** Traditional and variant forms folded to the simplified form the extractors read. */
const FOLD_FROM = '萬億兩點個負幾參叄陸貳貮號時鐘週禮幣圓後歲條項屆臺輛張隻雙對間處門筆場層戶餘來約將過達內單統進種類組隊國區縣鎊韓盧塊與頭這還為經歷連續計總佔歐紐會節規劃開據紀議數淩錢僅級齡於額廳準長獲';
const FOLD_TO = '万亿两点个负几叁叁陆贰贰号时钟周礼币圆后岁条项届台辆张只双对间处门笔场层户余来约将过达内单统进种类组队国区县镑韩卢块与头这还为经历连续计总占欧纽会节规划开据纪议数凌钱仅级龄于额厅准长获';

/** Folded code of each code unit, 0 where it stays. */
const SINGLE = new Uint16Array(0x10000);
for (let i = 0; i < FOLD_FROM.length; i++) SINGLE[FOLD_FROM.charCodeAt(i)] = FOLD_TO.charCodeAt(i);
for (let c = 0xff01; c <= 0xff5e; c++) SINGLE[c] = c - 0xfee0;
SINGLE[0x3000] = 0x20;
SINGLE[0xff0c] = 0; // decided by its neighbours

/**
 * Folds full-width ASCII (`１２３`, `％`, `．`) to ASCII (the full-width comma only between
 * full-width digits: elsewhere it is punctuation), the ideographic space to a space, and traditional numeral and measure characters
 * (萬 億 兩 點 個 …) to simplified ones, and the year words of reports `上年` and `本年` to `去年` and
 * `今年`. Returns a string of the same length.
 */
export function normalize(text: string): string {
  let folded = foldCharacters(text);
  // ○ (a white circle) for 〇 beside other numerals, as Hong Kong releases write years (二○二四年)
  if (folded.includes('○')) folded = folded.replace(CIRCLE_ZERO, '〇');
  // 上年 (the year before, as reports and statistics write it) is 去年, 本年 今年: two characters
  // for two, so the year words' rules read them. Not 以上年份 (the years above), 上年纪 (elderly).
  return folded.includes('上年') || folded.includes('本年') ? folded.replace(OFFICIAL_YEAR_WORDS, (w) => (w === '上年' ? '去年' : '今年')) : folded;
}

/** A white circle beside a Chinese numeral or another circle: the numeral zero. */
const CIRCLE_ZERO = /(?<=[〇零一二三四五六七八九十○])○|○(?=[〇零一二三四五六七八九十○])/g;

/** `上年` and `本年` as year words (see `normalize`). */
const OFFICIAL_YEAR_WORDS = /(?<!以)上年(?![纪紀份级級龄齡代])|本年(?![纪紀龄齡])/g;

function foldCharacters(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to = -1;
    if (c === 0xff0c) {
      // a full-width comma groups digits only between full-width digits (４，５６５)
      const a = text.charCodeAt(i - 1);
      const b = text.charCodeAt(i + 1);
      if (a >= 0xff10 && a <= 0xff19 && b >= 0xff10 && b <= 0xff19) to = 0x2c;
    } else if (SINGLE[c] !== 0) to = SINGLE[c]!;
    if (to >= 0) {
      out += text.slice(from, i) + String.fromCharCode(to);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
