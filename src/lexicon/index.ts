/**
 * The Chinese–English lexicon compiled from CC-CEDICT (CC BY-SA 4.0) and what reads it:
 * Chinese words and glosses, English lemmas, the lexical translation score, pinyin.
 */
export { loadLexicon, isLexiconLoaded, lexiconFromBuffer, type Lexicon } from './load.js';
export { properNoun } from './proper-nouns.js';
export { loadReadings, readingsFromBuffer, readingsFromText, type Readings } from './readings.js';
export { isLikelyEnglish, englishEvidence, type EnglishEvidence } from './language.js';
export { lemma, contentLemmas, englishWords, STOP_WORDS } from './english.js';
export { segmentChinese, glossesOf, pinyinOf, type ChineseWord } from './chinese.js';
export {
  lexicalScore, documentIdf, englishBag, chineseBag, idfOfBags, matchBags,
  type Idf, type EnglishBag, type ChineseBag, type BagMatch,
} from './score.js';
