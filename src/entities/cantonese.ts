/**
 * Hong Kong Cantonese romanizations against Mandarin pinyin, syllable by syllable. Hong Kong
 * names are spelled as the government spells their Cantonese sounds (`Lam Cheuk-ting` 林卓廷,
 * `Chan Kwok-ki` 陳國基, `Ng Wing-ka` 吳永嘉), which the pinyin of the same characters (lin
 * zhuoting, chen guoji, wu yongjia) does not spell. No table of the characters' Cantonese
 * readings ships with the project's dependencies, so the two are compared by the regular sound
 * correspondences of the two languages, both descended from Middle Chinese:
 *
 * - initials: Cantonese k/g/kw and h before front vowels are Mandarin's palatals j, q, x (基 kei
 *   ji, 香 heung xiang); Cantonese ch/ts and s cover Mandarin's retroflex, dental and palatal
 *   affricates and sibilants (陳 chan chen, 曾 tsang zeng, 卓 cheuk zhuo, 謝 tse xie, 成 shing
 *   cheng, and the voiced stops' zh of the rising tone: 兆 siu zhao, 肇 siu zhao); f is also Mandarin h or k (花 fa hua, 科 fo ke); w is also h (黃 wong huang); y is
 *   also r (容 yung rong) and, before a front vowel, x (欣 yan xin, 賢 yin xian); ng and m may be
 *   Mandarin's zero initial (吳 ng wu, 文 man wen);
 * - codas: Cantonese -m is Mandarin -n (林 lam lin); -n is -n, -ng is -ng (or -n); the stops
 *   -p, -t, -k have fallen away in Mandarin (國 kwok guo, 傑 kit jie, 玉 yuk yu);
 * - vowels: each Hong Kong final stands for the Mandarin finals of its rhyme class, medials
 *   aside (eung: liang, zhang; ok: guo, xue, jiao; ai: xi, wei, hui; ung: zhong, rong, xiong).
 *
 * A name matches only when every syllable does, surname and given names alike.
 */

/** Hong Kong spelling initials, longest first; the empty initial last. */
const HK_INITIALS = ['tsz', 'kw', 'gw', 'ng', 'ch', 'ts', 'tz', 'sh', 'sz', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 's', 'y', 'w', 'j', 'z', 'c', ''];

const AFFRICATES = ['zh', 'ch', 'z', 'c', 'j', 'q', 'x', 'sh', 's'];

/** The pinyin initials (y and w folded into the final: ''), each Hong Kong initial may stand for. */
const INITIALS: Readonly<Record<string, readonly string[]>> = {
  '': [''], b: ['b'], p: ['p', 'b'], m: ['m', ''], f: ['f', 'h', 'k'], d: ['d'], t: ['t', 'd'], n: ['n'], l: ['l', 'n'],
  g: ['g', 'k', 'j', 'q'], k: ['g', 'k', 'j', 'q'], kw: ['g', 'k', 'j', 'q'], gw: ['g', 'k', 'j', 'q'], h: ['h', 'x', 'k', 'q'],
  ng: ['', 'n'], ch: AFFRICATES, ts: AFFRICATES, tz: AFFRICATES, tsz: AFFRICATES, j: AFFRICATES, z: AFFRICATES, c: AFFRICATES,
  s: ['s', 'sh', 'x', 'ch', 'c', 'zh'], sh: ['s', 'sh', 'x', 'ch', 'c', 'zh'], sz: ['s', 'sh', 'x', 'ch', 'c', 'zh'],
  y: ['', 'r', 'x'], w: ['', 'h', 'r'],
};

const OPEN = ['a', 'e', 'i', 'o', 'u', 'v', 'ai', 'ei', 'ao', 'ou', 'ui', 'iu'];

/** The pinyin finals, a leading medial i, u or v before a, e or o dropped, each Hong Kong final may stand for. */
const FINALS: Readonly<Record<string, readonly string[]>> = {
  a: ['a'], ah: ['a'], aa: ['a'], ai: ['i', 'ei', 'ui', 'ai'], aai: ['ai'], au: ['ou', 'iu', 'ao'], aau: ['ao'],
  am: ['an', 'in', 'en'], aam: ['an'], an: ['an', 'en', 'in', 'un', 'vn'], aan: ['an'], ang: ['eng', 'ing', 'ang'], aang: ['eng', 'ang', 'ing'],
  ap: OPEN, at: OPEN, ak: OPEN, aap: OPEN, aat: OPEN, aak: OPEN,
  e: ['e', 'a'], eh: ['e', 'a'], ei: ['i', 'ei'], ee: ['i', 'ei'], i: ['i', 'ei'], ey: ['i', 'ei'], eng: ['ing', 'eng'],
  eung: ['ang'], euk: ['e', 'o', 'ao'], eun: ['un', 'en', 'in', 'vn'], eui: ['ui', 'v', 'u'], eoi: ['ui', 'v', 'u'],
  ik: ['i', 'e', 'ei'], im: ['an'], in: ['an'], ing: ['ing', 'eng'], ip: ['e', 'i'], it: ['e', 'i'], iu: ['ao'],
  o: ['o', 'e', 'ao'], oh: ['o', 'e', 'ao'], oi: ['ai', 'ui'], ok: ['o', 'e', 'ao'], on: ['an'], ong: ['ang', 'ong'],
  ou: ['ao', 'u', 'ou'], u: ['u', 'v', 'ou'], oo: ['u', 'v', 'ou'], ui: ['ui', 'ei', 'v', 'u'], uk: ['u', 'v', 'ou', 'iu'],
  un: ['un', 'en', 'an', 'in', 'vn'], oon: ['un', 'en', 'an', 'in', 'vn'], ung: ['ong', 'eng'], ut: ['o', 'u', 'e'],
  uen: ['an', 'un', 'vn'], uet: ['e', 'o'], ue: ['e', 'v'],
};

/** Finals only Cantonese spellings have (stop codas, -m, eu-, oi, oo): a name holding one is Cantonese. */
const CANTONESE_ONLY = /[ptkm]$|^ng$|eu|oi$|oo|ee$|oh$|aa/;

/** A pinyin syllable as initial and final, y and w folded into the final (`yang` → '' + `iang`), ü as v. */
function pinyinParts(syllable: string): [string, string] {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(syllable)!;
  let initial = m[1] ?? '';
  let final = m[2]!;
  if (initial === 'y') {
    initial = '';
    final = final.startsWith('u') ? `v${final.slice(1)}` : final.startsWith('i') ? final : `i${final}`;
    if (final === 'io') final = 'iou';
  } else if (initial === 'w') {
    initial = '';
    final = final === 'u' ? 'u' : final === 'eng' ? 'ong' : final === 'ei' ? 'ui' : final === 'en' ? 'un' : `u${final}`;
  } else if (/^[jqx]$/.test(initial) && final.startsWith('u')) {
    final = `v${final.slice(1)}`;
  }
  return [initial, final.replace(/^[iuv](?=[aeo])/, '')];
}

/** Whether one Hong Kong syllable (`cheuk`) may be the Cantonese of one pinyin syllable (`zhuo`). */
export function cantoneseSyllableMatches(hk: string, pinyin: string): boolean {
  const [initial, final] = pinyinParts(pinyin.toLowerCase());
  const h = macaoAsHongKong(hk.toLowerCase());
  if (h === 'ng' || h === 'm') return initial === '' && final === 'u';
  for (const hkInitial of HK_INITIALS) {
    if (!h.startsWith(hkInitial)) continue;
    let hkFinal = h.slice(hkInitial.length);
    if (/^(?:tsz|sz|tz)$/.test(hkInitial) && (hkFinal === '' || hkFinal === 'e' || hkFinal === 'u')) hkFinal = 'i';
    const finals = FINALS[hkFinal];
    if (!finals || !INITIALS[hkInitial]!.includes(initial)) continue;
    // 榮 wing rong, 永 wing yong: -ing after w is Mandarin's -ong.
    if (finals.includes(final) || (hkInitial === 'w' && hkFinal === 'ing' && final === 'ong')) return true;
  }
  return false;
}

/**
 * A Macao spelling of a Cantonese syllable as Hong Kong spells it: Macao writes the same sounds
 * with Portuguese letters, `i` for a `y` before a vowel (`Iong` 容, `Ieong` 楊, `Iao` 邱), `v` for
 * `w` (`Vong` 黃), `c` for a closing `k` (`Iec` 葉, `Kuok` 郭 with `u` for `w`), `eo` for `eu`
 * (`Leong` 梁, `Cheong` 張), `ao` for `au` (`Chao` 周, `Lao` 劉), `io` for `iu` (`Sio` 少, `Chio`
 * 趙), `iok` for `yuk` (`Iok` 旭, 玉) and `Ung` for the syllabic `ng` (吳, 伍). Hong Kong's own `uen`
 * after k or g (`Kuen` 娟, 權) stays as it is.
 */
function macaoAsHongKong(syllable: string): string {
  if (syllable === 'ung') return 'ng';
  if (syllable === 'iok') return 'yuk';
  return syllable.replace(/^i(?=[aeo])/, 'y').replace(/^v/, 'w').replace(/^([kg])u(?=[aeio])(?!en$)/, '$1w')
    .replace(/c$/, 'k').replace(/eo(?=ng|k|i|n)/, 'eu').replace(/ao$/, 'au').replace(/([^i])io$/, '$1iu');
}

/** Whether a romanized syllable is spelled as only Cantonese is (`cheuk`, `kwok`, `lam`, `ng`, `yeung`). */
export function cantoneseOnly(syllable: string): boolean {
  return CANTONESE_ONLY.test(syllable.toLowerCase());
}
