import { createRequire } from 'node:module';
import type { Lang } from '../types.js';

/** Counts of the scripts in a text, after removing what belongs to neither language. */
export interface ScriptCounts {
  /** Han characters (simplified and traditional alike, CJK extensions included). */
  han: number;
  /** Japanese kana and Korean hangul. */
  otherCjk: number;
  /** Latin letters in words, outside URLs, e-mail addresses, hashtags, handles and pinyin glosses. */
  latin: number;
  /** Latin words of two letters or more. */
  words: number;
}

/** URLs, e-mail addresses, `@handles` and `#hashtags`: the same in any language. */
const NEUTRAL_TOKEN = /(?:https?:\/\/|www\.)[^\s\u3000，。、；：！？）」』]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w\u4e00-\u9fff]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|cn|gov|edu|io|uk|hk|tw|info)\b(?:\/[^\s\u3000]*)?/gi;
/**
 * A pinyin gloss glued to a Han character (`國(guó)`, `国（guó）`), or one with a tone mark
 * glued to anything (converters gloss characters inside names too: `W(wǎng)`). The bracket is
 * matched first and what stands before it looked back at after: a pattern opening on a look
 * back tries it at every character of the text, several times slower on a paragraph.
 */
const PINYIN_GLOSS = /[(（](?:(?<=[\u3400-\u9fff].)[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[1-5]?[)）]|(?<=\S.)[a-z]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}[)）])/g;
/** A vowel with a pinyin tone mark. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/**
 * The block every TONE_MARK vowel lies in (`à` U+00E0 to `ǜ` U+01DC): one range, tested several
 * times faster than the class of scattered letters, which only a text holding it needs.
 */
const TONE_MARK_BLOCK = /[\u00e0-\u01dc]/;
/** Han: CJK unified ideographs, extension A, compatibility ideographs, extension B+ (surrogates). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g;
/** Letters with diacritics that English words do not use (French, German, Spanish, Nordic…). */
const FOREIGN_LETTERS = /[àâçéèêëîïôûùüÿñæœßäöåøãõ]/i;
/** English function words: two of them settle a Latin text as English. */
const ENGLISH_WORDS = new Set(('the of and to in is was for on that with as by at from it an be are this have has '
  + 'had were will which their his her they we you he she not but or its been also said who would can more').split(' '));
/** Letters of the longest of ENGLISH_WORDS: a longer word is none of them, and is not sliced out to ask. */
const ENGLISH_WORD_MOST = [...ENGLISH_WORDS].reduce((most, w) => Math.max(most, w.length), 0);

/**
 * A line of pinyin transcription (`Nǐ hǎo, wǒ jīntiān bù lái.`): no Han, and at least a third
 * of its words (two or more) carry tone marks.
 */
export function isPinyinText(text: string): boolean {
  if (/[\u3400-\u9fff]/.test(text)) return false;
  // Without a tone mark no word carries one: toneless or tone-numbered pinyin then.
  if (!TONE_MARK_BLOCK.test(text) || !TONE_MARK.test(text)) return isPlainPinyin(text);
  const words = text.match(/[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+/g) ?? [];
  let marked = 0;
  let syllables = 0;
  for (const w of words) {
    if (TONE_MARK.test(w)) marked++;
    if (isPinyinWord(toneless(w))) syllables++;
  }
  // Italian or French accents (`è`, `lunedì`) are tone marks too: pinyin is made of pinyin syllables.
  return marked >= 2 && marked * 3 >= words.length && syllables * 5 >= words.length * 4;
}

/** Vowels with tone marks, and the plain letter of each (`ü` written `v`, as `isPinyinWord` reads it). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const PLAIN = 'aaaaeeeeiiiioooouuuuvvvvv';

/** A word in lower case without its tone marks (`Běijīng` → `beijing`, `lǜ` → `lv`). */
function toneless(word: string): string {
  let out = '';
  for (const c of word.toLowerCase()) {
    const k = TONED.indexOf(c);
    out += k < 0 ? c : PLAIN[k]!;
  }
  return out;
}

/** Pinyin finals after a consonant initial (a few combinations no syllable has are let in). */
const FINALS = 'a o e i u v ai ei ao ou an en ang eng ong ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue ve'.split(' ');
/** Syllables of Mandarin pinyin without tone marks (`zhong`, `guo`, `lv`), from its initials and finals. */
const SYLLABLES = new Set([
  ...'b p m f d t n l g k h j q x zh ch sh r z c s'.split(' ').flatMap((i) => FINALS.map((f) => i + f)),
  ...'a o e ai ei ao ou an en ang eng er'.split(' '),
  ...'ya ye yao you yan yin yang ying yong yi yu yue yuan yun wa wo wai wei wan wen wang weng wu'.split(' '),
]);
/** Longest pinyin syllable, in letters (`zhuang`). */
const SYLLABLE_MOST = 6;

/** Whether a lower-case word is a run of pinyin syllables, each perhaps followed by its tone number (`mingtian`, `yi4qi3`). */
function isPinyinWord(word: string): boolean {
  const n = word.length;
  const reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!reach[i]) continue;
    for (let len = 1; len <= SYLLABLE_MOST && i + len <= n; len++) {
      if (!SYLLABLES.has(word.slice(i, i + len))) continue;
      reach[i + len] = 1;
      if (i + len < n && /[1-5]/.test(word[i + len]!)) reach[i + len + 1] = 1;
    }
  }
  return reach[n] === 1;
}

/** Most characters of a line read as toneless pinyin (a transcription runs a sentence or two). */
const PLAIN_PINYIN_MOST = 200;

/**
 * A line of pinyin without tone marks (`Women mingtian qu Changcheng.`) or with tone numbers
 * (`Ni3 xiang3 qu4 ma5?`): every word is a run of pinyin syllables, with three words or more (or a
 * tone number), most of them after the first in lower case (a list of names is no sentence), and
 * no English function word that pinyin lacks (`the`, `of`, `to`).
 */
function isPlainPinyin(text: string): boolean {
  if (text.length > PLAIN_PINYIN_MOST) return false;
  // The words (`/[a-z0-9]+/g` of the text in lower case), read one by one and counted before the
  // tests of the whole line: most lines (English ones) fail on their first word, and no array of
  // words is made.
  const lower = text.toLowerCase();
  let words = 0;
  for (let i = wordAt(lower, 0); i < lower.length;) {
    const end = wordEnd(lower, i);
    const w = lower.slice(i, end);
    if ((ENGLISH_WORDS.has(w) && !SYLLABLES.has(w)) || !isPinyinWord(w)) return false;
    words++;
    i = wordAt(lower, end);
  }
  const numbered = /[a-z][1-5](?:[^0-9]|$)/i.test(text);
  if (words < (numbered ? 1 : 3)) return false;
  // A sentence: words after the first in lower case, unlike a list of names (`Zhang Wei, Li Na`).
  return mostAfterFirstLower(text);
}

/** Whether a code unit is a small ASCII letter or a digit (`/[a-z0-9]/`). */
function isSmallAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Where the next word (`/[a-z0-9]+/`) of `text` starts, from `from` on; the text's length when none. */
function wordAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSmallAlnum(text.charCodeAt(i))) i++;
  return i;
}

/** Where the word (`/[a-z0-9]+/`) starting at `from` ends. */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSmallAlnum(text.charCodeAt(i))) i++;
  return i;
}

/** Whether `c` is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether half or more of the runs of ASCII letters (`/[A-Za-z]+/g`) after the first open in lower case. */
function mostAfterFirstLower(text: string): boolean {
  let runs = 0;
  let lower = 0;
  for (let i = 0, n = text.length; i < n;) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    if (runs > 0 && c >= 0x61) lower++;
    runs++;
    i++;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
  }
  return lower * 2 >= runs - 1;
}

/**
 * What every match of NEUTRAL_TOKEN contains (`://`, `www.`, `@`, `#` or a dot and a top-level
 * domain): a text without any is left alone without running the costlier pattern.
 */
const NEUTRAL_HINT = /[@#]|:\/\/|www\.|\.(?:com|org|net|cn|gov|edu|io|uk|hk|tw|info)\b/i;

/** Whether `text` may hold a pinyin gloss (every one is in brackets). */
function mayHaveGloss(text: string): boolean {
  return text.includes('(') || text.includes('（');
}

/** Removes URLs, addresses, hashtags and pinyin glosses: what says nothing about the language. */
export function stripNeutral(text: string): string {
  const out = NEUTRAL_HINT.test(text) ? text.replace(NEUTRAL_TOKEN, ' ') : text;
  return mayHaveGloss(out) ? out.replace(PINYIN_GLOSS, '') : out;
}

/** Blanks out URLs, addresses, hashtags and pinyin glosses with spaces, keeping every offset. */
export function maskNeutral(text: string): string {
  const out = NEUTRAL_HINT.test(text) ? text.replace(NEUTRAL_TOKEN, (m) => ' '.repeat(m.length)) : text;
  return mayHaveGloss(out) ? out.replace(PINYIN_GLOSS, (m) => ' '.repeat(m.length)) : out;
}

/** Counts Han, other CJK and Latin letters in `text`, ignoring URLs, hashtags and pinyin glosses. */
export function countScripts(text: string): ScriptCounts {
  return countCleanScripts(stripNeutral(text));
}

/** `countScripts` of a text already stripped of what belongs to neither language (`stripNeutral`). */
function countCleanScripts(clean: string): ScriptCounts {
  let han = 0;
  let otherCjk = 0;
  let latin = 0;
  let words = 0;
  let run = 0;
  // The length read once: in V8's baseline code each read is a property load.
  for (let i = 0, n = clean.length; i < n; i++) {
    const c = clean.charCodeAt(i);
    // ASCII first, the most of an English text: a letter or not.
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        latin++;
        run++;
      } else {
        if (run >= 2) words++;
        run = 0;
      }
      continue;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0xd840 && c <= 0xd87f) { han++; i++; }
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3)) otherCjk++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      run++;
    } else {
      if (run >= 2) words++;
      run = 0;
    }
  }
  if (run >= 2) words++;
  return { han, otherCjk, latin, words };
}

/** Punctuation of Chinese prose: full-width comma, stop, enumeration comma, title marks. */
const ZH_PROSE_MARK = /[，。、；！？《》]/;

/**
 * A Chinese sentence naming English titles and firms at length (`《The Wall Street Journal》報導，
 * Apple Inc. 與 …`): Chinese punctuation between its parts, and hardly an English function word
 * (an English sentence quoting Chinese keeps its own little words).
 */
function namesInChinese(text: string, clean: string): boolean {
  if (!ZH_PROSE_MARK.test(text)) return false;
  return englishWordCounts(clean.toLowerCase()).functionWords < 2;
}

/**
 * An English sentence quoting Chinese terms (`"Fields" is usually 运动场 or 体育场地. Yours is fine.`):
 * no Chinese punctuation, and English function words between the terms.
 */
function termsInEnglish(text: string, clean: string): boolean {
  if (ZH_PROSE_MARK.test(text)) return false;
  return englishWordCounts(clean.toLowerCase()).functionWords >= 2;
}

/**
 * The language a text's script alone shows: `zh` when Han characters are more than a
 * few stray ones among the Latin letters (one Han character for six letters: Chinese
 * text full of product names is still Chinese, an English text quoting 成都 is not),
 * `en` for Latin words, `und` for neither (numbers, URLs, punctuation, other scripts).
 */
export function scriptOf(text: string): Lang {
  return scriptOfClean(text, stripNeutral(text));
}

/** `scriptOf` of `text` given its stripped form (`stripNeutral(text)`), which `detectLanguage` reads again for its words. */
function scriptOfClean(text: string, clean: string): Lang {
  const s = countCleanScripts(clean);
  if (s.han > 0 && s.han * 6 >= s.latin && s.han >= s.otherCjk && !(s.latin >= s.han * 3 && termsInEnglish(text, clean))) return 'zh';
  if (s.han >= 2 && s.han >= s.otherCjk && namesInChinese(text, clean)) return 'zh';
  if (s.otherCjk > s.han && s.otherCjk * 3 >= s.latin) return 'und';
  if (s.words > 0) return 'en';
  return 'und';
}

/**
 * Function words of the Latin-script languages a bilingual page most often adds (French, Spanish,
 * Portuguese, Italian, German, Dutch, Malay and Indonesian: articles, prepositions, pronouns,
 * conjunctions, forms of to be, quantifiers; closed classes of each language's grammar), and the
 * courtesy words of phrase books (`merci`, `gracias`, `danke`, `terima kasih`). Words that are
 * English words too (`die`, `son`, `come`, `on`, `plus`) are left out.
 */
const OTHER_FUNCTION_WORDS = new Set((
  // French
  'de en le la les des du au aux une et ou mais qui que dans sur avec pour par sans est sont était être ont '
  + 'il elle ils elles nous vous je ce cette ces sa ses leur leurs pas ne très aussi où mon ma mes ton ta tes '
  + 'merci bonjour bonsoir beaucoup voici voilà '
  // Spanish and Portuguese
  + 'el los las del al un unos unas pero por para se con sin sobre entre es fue era está están estar hay muy más '
  + 'también como cuando donde porque su sus mi mis lo les nos esta este esto todos todas todo toda '
  + 'somos soy eres hola gracias buenos buenas adiós um uma os das dos da em não são foi obrigado obrigada '
  // Italian
  + 'gli della delle dei degli nel nella non è sono anche più alle alla ciao grazie buongiorno '
  // German and Dutch
  + 'der das den dem ein eine einen einem einer und oder aber nicht mit von zu für auf ist sind war waren '
  + 'ich du er sie wir ihr es auch wie wenn dass noch nur schon sehr danke bitte het een ik niet zijn '
  // Malay and Indonesian
  + 'yang dan dari untuk dengan ini itu akan tidak ada pada dalam adalah kami kita anda saya terima kasih selamat '
  + 'atas bagi oleh kepada hingga sehingga boleh telah sudah juga tetapi atau jika kerana karena semua sebarang mereka sila'
).split(' '));

/**
 * A Latin-script line in another language than English: two of its function words or more
 * (`OTHER_FUNCTION_WORDS`) and a word in lower case besides them (a name such as `Juan de la
 * Vega` has none), a quarter of its words at least and three times as many as English function
 * words (or any share, with letters English does not use and no English word: `Où est la
 * gare ?`); or nothing but such words, one in lower case (`Merci beaucoup`, not `Dan Yang`).
 */
function otherLatinLanguage(clean: string, words: number, english: number): boolean {
  if (!mayHoldTwoOtherWords(clean)) return false;
  let other = 0;
  let content = false;
  const tokens = clean.match(/[\p{L}']+/gu) ?? [];
  for (const w of tokens) {
    const lower = w.toLowerCase();
    if (OTHER_FUNCTION_WORDS.has(lower)) other++;
    else if (w === lower && !ENGLISH_WORDS.has(lower)) content = true;
  }
  // A phrase of such words alone (`Merci beaucoup`) needs no other word.
  if (other >= 2 && other === tokens.length && tokens.some((w) => w === w.toLowerCase())) return true;
  if (!content || other < 2) return false;
  if (english === 0 && FOREIGN_LETTERS.test(clean)) return true;
  return other * 4 >= words && other >= english * 3;
}

/** Letters of the longest of OTHER_FUNCTION_WORDS. */
const OTHER_WORD_MOST = 10;

/**
 * Whether `clean` may hold two words of OTHER_FUNCTION_WORDS, as `otherLatinLanguage` reads its
 * words (`/[\p{L}']+/gu`, in lower case), which it needs for any yes: a word of ASCII letters alone
 * is a run of them between other characters, and any other word holds a code beyond ASCII
 * (`très`, `für`), so two such runs or codes or more stand wherever two such words do. Read code
 * by code, with none of the pattern's array of words: most English lines hold neither.
 */
function mayHoldTwoOtherWords(clean: string): boolean {
  let found = 0;
  for (let i = 0, n = clean.length; i < n;) {
    const c = clean.charCodeAt(i);
    if (c >= 0x80) {
      if (++found >= 2) return true;
      i++;
      continue;
    }
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isAsciiLetter(clean.charCodeAt(end))) end++;
    if (end - i <= OTHER_WORD_MOST && OTHER_FUNCTION_WORDS.has(clean.slice(i, end).toLowerCase()) && ++found >= 2) return true;
    i = end;
  }
  return false;
}

/**
 * How many words (`/[a-z]+/g`) lower-cased `text` holds, and how many of them are English function
 * words (ENGLISH_WORDS), read code by code: no array of its words (a paragraph has hundreds).
 */
function englishWordCounts(text: string): { words: number; functionWords: number } {
  let words = 0;
  let functionWords = 0;
  for (let i = 0, n = text.length; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && text.charCodeAt(end) >= 0x61 && text.charCodeAt(end) <= 0x7a) end++;
    words++;
    if (end - i <= ENGLISH_WORD_MOST && ENGLISH_WORDS.has(text.slice(i, end))) functionWords++;
    i = end;
  }
  return { words, functionWords };
}

/**
 * Detects the language of a block: `zh` (simplified or traditional), `en`, or `und`
 * for text with no words of either (URLs, bare numbers, codes, hashtags, other scripts).
 * Script decides first. A line of pinyin transcription is `und`, and so is a Latin line of
 * five words or more with letters English does not use and no English function word (a French
 * or Spanish line). Latin text is English unless it is long, holds almost no English
 * function words and franc clearly prefers another language (a French or German paragraph):
 * franc misreads short lines and headlines, so it never judges those. `script` is `scriptOf(text)`
 * when the caller has read it already (a Chinese text then costs nothing more).
 */
/** A word opening on a capital letter: a name, in a line of English or of another Latin-script language. */
const CAPITALIZED_WORD = /\p{Lu}[\p{L}'’-]*/gu;

export function detectLanguage(text: string, script?: Lang): Lang {
  let clean: string | undefined;
  if (script === undefined) {
    clean = stripNeutral(text);
    script = scriptOfClean(text, clean);
  }
  if (script === 'en' && isPinyinText(text)) return 'und';
  if (script !== 'en') return script;
  clean ??= stripNeutral(text);
  const { words, functionWords } = englishWordCounts(clean.toLowerCase());
  // A shorter line of another Latin-script language: letters with diacritics and no English function word.
  // Letters with diacritics inside names alone (`Andrés Lozano`, `São Paulo`) say nothing of the line's language.
  if (words >= 5 && functionWords === 0 && FOREIGN_LETTERS.test(clean) && FOREIGN_LETTERS.test(clean.replace(CAPITALIZED_WORD, ' '))) return 'und';
  if (words < 30 && otherLatinLanguage(clean, words, functionWords)) return 'und';
  if (words < 30 || functionWords >= words * 0.04) return 'en';
  const scores = francAll()(clean, { minLength: 10 });
  const english = scores.find(([code]) => code === 'eng' || code === 'sco')?.[1] ?? 0;
  return scores[0]![0] === 'eng' || english >= 0.75 ? 'en' : 'und';
}

type FrancAll = (text: string, options: { minLength: number }) => [string, number][];
let francAllFn: FrancAll | undefined;

/** franc's `francAll`, loaded on first use: most documents never need it. */
function francAll(): FrancAll {
  francAllFn ??= (createRequire(import.meta.url)('franc') as { francAll: FrancAll }).francAll;
  return francAllFn;
}

/** Number of Han characters in `text`. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Full-width digits and Latin letters (`２０２３`, `ＨＫＴ`). */
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * The text with its full-width digits and Latin letters written as ASCII (`香港時間１５時３０分` →
 * `香港時間15時30分`), so that patterns of `\d` and `[A-Za-z]` read them; full-width marks stay.
 * The same text when it holds none.
 */
export function asciiAlphanumerics(text: string): string {
  FULL_WIDTH_ALNUM.lastIndex = 0;
  if (!FULL_WIDTH_ALNUM.test(text)) return text;
  return text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Han characters and Latin letters, by code unit. */
export function letterClass(c: number): 0 | 1 | 2 {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return 1;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 2;
  return 0;
}

/** How many Han characters and Latin letters `text[from, to)` holds. */
export function letterCounts(text: string, from: number, to: number): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  // `letterClass` inline: this runs over every character of a line.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  return { han, latin };
}
