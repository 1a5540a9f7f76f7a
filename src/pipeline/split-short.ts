/**
 * Lines holding an English part and a Chinese part that the script alone does not settle: titles,
 * labels, short sentences, subtitle lines opening in lower case, lines wrapped in markup, and
 * Chinese parts naming products in Latin letters (`Green Beijing 绿色北京`, `"Sure." “好啊。”`,
 * `Apple launches new iPad Pro Apple 推出新款 iPad Pro`). The cut is made where the English part
 * best translates the Chinese part, by the CC-CEDICT lexicon (loaded only when a line gets here).
 */
import type { Lexicon } from '../lexicon/load.js';
import { STOP_WORDS } from '../lexicon/english.js';
import { chineseBag, englishBag, matchBags, type ChineseBag } from '../lexicon/score.js';
import { isWordListEntry } from './block-kind.js';
import { hanCount, letterClass, letterCounts, maskNeutral } from './detect.js';

/** Longest line, in code units, whose cut is looked for by the lexicon. */
const LINE_MOST = 400;
/** Least share of the word weight of both parts that must find a translation on the other side. */
const MIN_SCORE = 0.25;
/** Least share when each part closes with a stop of its own language (`"Sure." “好啊。”`): marks count. */
const MIN_SCORE_SENTENCES = 0.2;
/** Fewest and most Latin letters of the English part per Han character of the Chinese part. */
const LETTERS_PER_HAN_LEAST = 0.4;
const LETTERS_PER_HAN_MOST = 16;

/** A section or item number opening a part (`(2) `, `1. `, `IV. `, `（二）`, `一、`): the structure, not the words. */
const ITEM_NUMBER = /^\s*(?:[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,3}|[IVX]{1,4})[.)．、]|[一二三四五六七八九十]{1,3}、)\s*/;
/** Shortest gloss or lemma that may stand for a longer form of its word (`consum`: `consumption`, `recover`: `recovery`). */
const STEM_LEAST = 5;

/** A markup tag (`<v Anna>`, `</font>`, `<i>`): neither language. */
const TAG = /<\/?[A-Za-z][^<>\n]{0,80}>/g;
/** Han characters (and compatibility ideographs). */
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** A part wholly in brackets: a gloss of the other (`Tesla (特斯拉)`, `共同富裕 (common prosperity)`). */
const BRACKETED = /^[(（[【][^()（）[\]【】]*[)）\]】][.,;:!?。，；：！？]?$/;
/** Closes an English sentence, perhaps inside quotes or markup already blanked out. */
const EN_STOP = /[.!?]["”’')）]*$/;
/** Closes a Chinese sentence. */
const ZH_STOP = /[。！？][”’」』)）"]*$/;
/** Brackets that frame a title or a tag on news and study pages, closing. */
const TITLE_CLOSE = '】]';
/** Fewest words of a title framed by brackets. */
const FRAMED_TITLE_WORDS = 3;

/**
 * Whether a part wholly in brackets is a title they frame: `【】` or `[]` around three Latin words
 * or more (`【Rain ends drought】`), no gloss of the part beside it as round brackets hold one.
 */
function framedTitle(part: string): boolean {
  if (!'【['.includes(part.charAt(0)) || !TITLE_CLOSE.includes(part.charAt(part.length - 1))) return false;
  return (part.match(/[A-Za-z]+/g)?.length ?? 0) >= FRAMED_TITLE_WORDS;
}

/** Two Latin words or more. */
const TWO_WORDS = /[A-Za-z][^A-Za-z]+[A-Za-z]/;
/** Blank space and separators between the two parts. */
const SEPARATOR = /[\s/|｜／]/;

/** The blank space of markup tags in `text`, every offset kept. */
function maskTags(text: string): string {
  return text.includes('<') ? text.replace(TAG, (m) => ' '.repeat(m.length)) : text;
}

/** Latin words of a text, lower case (single letters too: `B`, `C` of an answer key). */
function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase());
}

/** A field's label in English and Chinese, a colon and a value of figures and marks alone: `Box office 售票處：(04) 2415-5790`. */
const FIELD_ROW = /^[A-Z][a-z]{1,11}(?:[ \t][a-z]{1,11})?[ \t]*\p{Script=Han}{1,4}[ \t]*[:：][^\p{Script=Han}A-Za-z\d]*\d[^\p{Script=Han}A-Za-z]*$/u;

/** A candidate cut: the first part `[0, firstEnd)`, the second `[secondStart, n)`, English first or not. */
interface Candidate {
  firstEnd: number;
  secondStart: number;
  enFirst: boolean;
}

/**
 * Where a line holding an English part and a Chinese part, either first, is cut: the end of the
 * first part and the start of the second as offsets into `text`, or undefined. The English part
 * holds no Han (but in markup), the Chinese part every Han of the line; the two stand apart by
 * blank space or a separator, or the first closes with its stop. Of the places that allow this,
 * the one whose parts translate each other best wins: CC-CEDICT glosses of the Chinese words
 * against the English lemmas, names in pinyin, numbers, and Latin words of the Chinese part that
 * the English part gives too (a Latin word it does not give tells against the place). The winner
 * must reach `MIN_SCORE` with a word the other part translates. `permit` (the caller's last
 * word on the line) and then `lexicon` are called only for a line that reaches the lexicon's test.
 */
export function lexicalCut(text: string, start: number, end: number, lexicon: () => Lexicon, permit?: () => boolean): [number, number] | undefined {
  const n = end - start;
  if (n < 4 || n > LINE_MOST) return undefined;
  const line = text.slice(start, end);
  // A line wholly in brackets is a note (`[endangered 濒危的]`); a field's label in both languages
  // before a value of neither (`Box office 售票處：(04) 2415-5790`) is one row.
  if (!HAN_CHAR.test(line) || !/[A-Za-z]{2}/.test(line) || isWordListEntry(line) || BRACKETED.test(line) || FIELD_ROW.test(line)) return undefined;
  const masked = maskTags(maskNeutral(line));
  let firstHan = -1;
  let lastHan = -1;
  let han = 0;
  for (let i = 0; i < n; i++) {
    if (letterClass(masked.charCodeAt(i)) !== 1) continue;
    han++;
    if (firstHan < 0) firstHan = i;
    lastHan = i;
  }
  if (han === 0) return undefined;
  const prefix = masked.slice(0, firstHan);
  const suffix = masked.slice(lastHan + 1);
  const enFirst = /[A-Za-z]{2}/.test(prefix);
  const zhFirst = /[A-Za-z]{2}/.test(suffix);
  // The English part's letters against the Han: a title and its translation, not a Chinese paragraph opening with a name.
  const letters = Math.max(enFirst ? letterCounts(prefix, 0, prefix.length).latin : 0, zhFirst ? letterCounts(suffix, 0, suffix.length).latin : 0);
  if (letters < han * LETTERS_PER_HAN_LEAST || letters > han * LETTERS_PER_HAN_MOST) return undefined;
  const candidates: Candidate[] = [];
  if (enFirst) collect(masked, 1, firstHan, true, candidates);
  if (zhFirst) collect(masked, lastHan + 1, n - 1, false, candidates);
  if (candidates.length === 0) return undefined;
  if (permit && !permit()) return undefined;
  const lex = lexicon();
  let best: { score: number; cut: Candidate } | undefined;
  for (const c of candidates) {
    const first = masked.slice(0, c.firstEnd);
    const second = masked.slice(c.secondStart);
    const [en, zh] = c.enFirst ? [first, second] : [second, first];
    const { score, words } = translationScore(en, zh, lex);
    // Two sentences, each closing with its stop, may agree in marks alone (`"Sure." “好啊。”`).
    const sentences = EN_STOP.test(en.trimEnd()) && ZH_STOP.test(zh.trimEnd());
    // An English part opening in lower case carries on a sentence (a subtitle's second cue): both parts close alike.
    if (/^[a-z]/.test(en.trimStart()) && !sentences && !(en.trimEnd().endsWith(',') && /[，,]$/.test(zh.trimEnd()))) continue;
    // Chinese first, the parts are sentences: a Chinese title naming its English one (`春晓 Spring Morning`) is one title.
    if (!c.enFirst && !sentences) continue;
    if (sentences ? score < MIN_SCORE_SENTENCES : !words || score < MIN_SCORE) continue;
    if (!best || score > best.score) best = { score, cut: c };
  }
  best ??= functionWordTitle(masked, candidates);
  if (!best) return undefined;
  // Markup belongs to its part: a closing tag after the first part, an opening one before the second.
  let { firstEnd, secondStart } = best.cut;
  for (let m = TAG_AT_START.exec(line.slice(firstEnd)); m; m = TAG_AT_START.exec(line.slice(firstEnd))) firstEnd += m[0].length;
  for (let m = TAG_AT_END.exec(line.slice(firstEnd, secondStart)); m; m = TAG_AT_END.exec(line.slice(firstEnd, secondStart))) secondStart -= m[0].length;
  return [start + firstEnd, start + secondStart];
}

/**
 * The cut of an English title made of function words alone, every one capitalized (`All About
 * Me`, `Who Am I`), before a Chinese title of Han alone with no stop (`關於我自己`): the lexicon
 * weighs no word of such a title, and a name the Chinese sentence would open with is no function
 * word (`Tim Cook 访问上海` stays whole). Undefined for any other line.
 */
function functionWordTitle(masked: string, candidates: readonly Candidate[]): { score: number; cut: Candidate } | undefined {
  for (const c of candidates) {
    if (!c.enFirst) continue;
    const words = masked.slice(0, c.firstEnd).trim().split(/\s+/);
    const zh = masked.slice(c.secondStart).trim();
    if (words.length < 2 || words.length > TITLE_WORDS_MOST || !words.every((w) => /^[A-Z][a-z]*$/.test(w) && STOP_WORDS.has(w.toLowerCase()))) continue;
    if (/^\p{Script=Han}+$/u.test(zh) && zh.length <= TITLE_HAN_MOST) return { score: MIN_SCORE, cut: c };
  }
  return undefined;
}

/** Most words of a title of function words, and most Han of the Chinese title after it. */
const TITLE_WORDS_MOST = 6;
const TITLE_HAN_MOST = 12;

/** A closing tag right at the start of a text (`</v>`, `</font>`). */
const TAG_AT_START = /^<\/[A-Za-z][^<>\n]{0,80}>/;
/** An opening tag right at the end of a text (`<v Anna>`, `<font color="#ffff00">`). */
const TAG_AT_END = /<[A-Za-z][^<>\n]{0,80}>$/;

/**
 * The places in `masked[from, to]` where the line may be cut: after blank space or a separator,
 * or right after the first part's stop. Each keeps the parts whole: neither wholly in brackets,
 * the English one holding a Latin word, the second not opening with a closing quote.
 */
function collect(masked: string, from: number, to: number, enFirst: boolean, out: Candidate[]): void {
  for (let p = from; p <= to; p++) {
    const before = masked[p - 1]!;
    const at = masked[p]!;
    if (SEPARATOR.test(at)) continue;
    // Glued parts: the first closes with its stop and the second opens in its own script or with a
    // quote; or an English title of two words or more runs straight into its Chinese one (`New
    // York纽约`, `【Rain ends drought】旱情缓解`), the script changing between two letters or after
    // the bracket framing the English title (a single word glued to Han is a name the Chinese
    // names: `FlightAware航迹`).
    const glued = enFirst
      ? (EN_STOP.test(masked.slice(Math.max(0, p - 4), p)) && (HAN_CHAR.test(at) || /[“「『（]/.test(at)))
        || ((/[A-Za-z]/.test(before) || TITLE_CLOSE.includes(before)) && HAN_CHAR.test(at) && TWO_WORDS.test(masked.slice(0, p)))
      : ZH_STOP.test(masked.slice(Math.max(0, p - 4), p)) && /[A-Za-z"“(]/.test(at);
    if (!SEPARATOR.test(before) && !glued) continue;
    let firstEnd = p;
    while (firstEnd > 0 && SEPARATOR.test(masked[firstEnd - 1]!)) firstEnd--;
    if (firstEnd === 0) continue;
    const first = masked.slice(0, firstEnd).trim();
    const second = masked.slice(p).trim();
    if (!first || !second || (BRACKETED.test(first) && !framedTitle(first)) || BRACKETED.test(second) || /^[”’」』)）\]】]/.test(second)) continue;
    const en = enFirst ? first : second;
    // The Chinese part holds no English sentence's end before its first Han (`2024-25. （二）約…`).
    const zhHead = enFirst ? second.slice(0, Math.max(0, second.search(HAN_CHAR))) : '';
    if (/[.!?]\s/.test(zhHead)) continue;
    // An English part holds no Han and no Chinese punctuation (`…(Belt and Road Initiative)。` closes a Chinese sentence).
    if (!/[A-Za-z]{2}/.test(en) || HAN_CHAR.test(en) || /[。，、；：！？]/.test(en) || !quotesClosed(first) || cutInBrackets(first, second)) continue;
    out.push({ firstEnd, secondStart: p, enFirst });
  }
}

/**
 * Whether a cut between `first` and `second` falls inside round brackets: the first leaves one
 * open and the second closes it before it opens another (`(World Water Day` | `世界水日)`, a term
 * given in both languages).
 */
export function cutInBrackets(first: string, second: string): boolean {
  if (!/^[^(（)）]*[)）]/.test(second)) return false;
  let open = 0;
  for (const c of first) {
    if (c === '(' || c === '（') open++;
    else if ((c === ')' || c === '）') && open > 0) open--;
  }
  return open > 0;
}

/** Whether every quote a text opens it closes (`“…”`, `「…」`, straight double quotes in twos). */
function quotesClosed(text: string): boolean {
  let curly = 0;
  let corner = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '「') corner++;
    else if (c === '」') corner--;
    else if (c === '"') straight++;
  }
  return curly === 0 && corner === 0 && straight % 2 === 0;
}

/**
 * How well an English part and a Chinese part translate each other, in 0..1, and whether a
 * word (not a mark alone) finds its translation. Latin words of the Chinese part that the English part holds as often
 * count as matched words on both sides; those it lacks as unmatched ones.
 */
function translationScore(enPart: string, zhPart: string, lexicon: Lexicon): { score: number; words: boolean } {
  const en = enPart.replace(ITEM_NUMBER, '');
  const zh = zhPart.replace(ITEM_NUMBER, '');
  const given = new Map<string, number>();
  for (const w of latinWords(en)) given.set(w, (given.get(w) ?? 0) + 1);
  let shared = 0;
  let stray = 0;
  let strayLetters = 0;
  const used = new Map<string, number>();
  for (const w of latinWords(zh)) {
    const k = used.get(w) ?? 0;
    // A name or a code both parts give; an English function word in the Chinese part is a stray.
    if (k < (given.get(w) ?? 0) && !STOP_WORDS.has(w)) {
      shared++;
      used.set(w, k + 1);
    } else {
      stray++;
      strayLetters += w.length;
    }
  }
  // A Chinese part is mostly Han: more Latin letters of its own make it a sentence in English.
  if (strayLetters > hanCount(zh)) return { score: 0, words: false };
  // The English words the Chinese part gives in Latin letters are matched already: the bag weighs the rest.
  const rest = used.size === 0 ? en : en.replace(/[A-Za-z]+/g, (w) => {
    const key = w.toLowerCase();
    const k = used.get(key) ?? 0;
    if (k === 0) return w;
    used.set(key, k - 1);
    return ' '.repeat(w.length);
  });
  const enBag = englishBag(rest);
  const zhBag = chineseBag(zh.replace(/[A-Za-z]+/g, ' '), lexicon);
  const marks = [enBag.marks, zhBag.marks] as const;
  enBag.marks = [];
  zhBag.marks = [];
  // Latin words both parts give are names (`Apple`, `iPad Pro`): a word the lexicon translates must match too.
  const stems = stemMatches(enBag.lemmas, zhBag.words);
  const words = matchBags([enBag], [zhBag]).matched + stems > 0;
  enBag.marks = marks[0];
  zhBag.marks = marks[1];
  const all = matchBags([enBag], [zhBag]);
  const total = all.total + 2 * shared + 2 * stray;
  return { score: total > 0 ? (all.matched + stems + 2 * shared) / total : 0, words };
}

/**
 * English lemmas and Chinese words that match only by a longer form of the same word (`消费`
 * glossed `consum` against `consumption`, `恢复` glossed `recover` against `recovery`): one gloss
 * opens the other, the shorter of `STEM_LEAST` letters or more. Each counts once.
 */
function stemMatches(lemmas: readonly string[], words: ChineseBag['words']): number {
  const exact = new Set<string>();
  for (const w of words) for (const g of w.glosses) exact.add(g);
  const lemmaSet = new Set(lemmas);
  const related = (a: string, b: string) => a !== b && Math.min(a.length, b.length) >= STEM_LEAST && (a.startsWith(b) || b.startsWith(a));
  let n = 0;
  for (const l of lemmas) {
    if (!exact.has(l) && words.some((w) => w.glosses.some((g) => related(l, g)))) n++;
  }
  for (const w of words) {
    if (!w.glosses.some((g) => lemmaSet.has(g)) && w.glosses.some((g) => lemmas.some((l) => related(l, g)))) n++;
  }
  return n;
}
