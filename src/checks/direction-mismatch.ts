import type { Block, Fact, Finding } from '../types.js';
import { fullPairs, makeFinding, type CheckContext, type Rule } from './rule.js';

/** Which way a change goes. */
type Direction = 'up' | 'down';

/** A fact with the verb or noun of change that governs it, and the words that say so. */
interface Governed {
  fact: Fact;
  direction: Direction;
  /** The words of change as written (`rose`, `下跌`). */
  words: string;
  /** The words stand after the amount (`a 5% drop`). */
  after?: boolean;
  /**
   * What the amount is to the change, where that matters: the base it is measured from (`down from
   * 68.3%`, `较…的68.3%上升`), or the level it reached (`62.5 per cent, down from`, `降至62.5%`). A
   * base or a level read after the amount is weighed only against one of its own role: `rose 0.4%,
   * down from 0.6%` tells that the rise slowed, and `12月份为上涨0.6%` is no base.
   */
  role?: 'base' | 'level';
}

// The verbs and nouns of change below are the common ones of English and Chinese news on
// prices, rates and output (written here from general usage, in simplified and traditional
// characters; 上行 and 下行 as bond and money markets say a yield went up or down), and the words
// that may stand between them and the amount.

/** English verbs of a rise, in their forms. */
export const EN_UP = 'rose|rises?|rising|risen|increas(?:e[sd]?|ing)|gr[eo]w|grows|growing|grown|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?'
  + '|jump(?:ed|s|ing)?|surg(?:e[sd]?|ing)|soar(?:ed|s|ing)?|rall(?:y|ied|ies|ying)|advanc(?:e[sd]|ing)|add(?:ed|s|ing)'
  + '|rais(?:e[sd]?|ing)|boost(?:ed|s|ing)?|lift(?:ed|s|ing)?|expand(?:ed|s|ing)?|widen(?:ed|s|ing)?|strengthen(?:ed|s|ing)?'
  + '|appreciat(?:e[sd]?|ing)|up';
/** English verbs of a fall, in their forms. */
export const EN_DOWN = 'fell|falls?|falling|fallen|decreas(?:e[sd]?|ing)|declin(?:e[sd]?|ing)|drop(?:s|ped|ping)?|slid(?:es?|ing)?'
  + '|slip(?:s|ped|ping)?|slump(?:ed|s|ing)?|plung(?:e[sd]?|ing)|tumbl(?:e[sd]?|ing)|shed(?:s|ding)?|los(?:es?|ing|t)'
  + '|shr(?:ank|unk|inks?|inking)|contract(?:ed|s|ing)?|cut(?:s|ting)?|reduc(?:e[sd]?|ing)|lower(?:ed|s|ing)|eas(?:e[sd]|ing)'
  + '|dip(?:s|ped|ping)?|sank|sinks?|sinking|narrow(?:ed|s|ing)?|weaken(?:ed|s|ing)?|depreciat(?:e[sd]?|ing)|down';
/** English nouns of a rise and of a fall, before `of` (`a rise of 5%`) or after the amount (`a 5% rise`). */
export const EN_UP_NOUN = 'rise|increase|gain|growth|jump|surge|hike';
export const EN_DOWN_NOUN = 'fall|decrease|decline|drop|loss|cut|reduction|slump|plunge';
/** Words that may stand between a verb of change and its amount (`rose by about 5%`, `fell to 3%`). */
const EN_BETWEEN = '(?:by|to|about|around|roughly|nearly|almost|some|over|just|only|another|further|sharply|slightly|steeply|more[ \\t]+than|less[ \\t]+than|as[ \\t]+much[ \\t]+as|a[ \\t]+further|(?:an?[ \\t]+)?(?:annual[ \\t]+)?average[ \\t]+of|on[ \\t]+average|an?)';
/** A verb of change right before an amount (at the end of the text before it); group 1 a rise, 2 a fall. */
const EN_BEFORE = new RegExp(
  `\\b(?:(${EN_UP})|(${EN_DOWN}))(?:[ \\t]+${EN_BETWEEN}){0,3}[ \\t]+(?:US|HK|NT|RMB|A|C|S)?[$€£¥]?$`
  + `|\\b(?:(${EN_UP_NOUN})|(${EN_DOWN_NOUN}))[ \\t]+of(?:[ \\t]+${EN_BETWEEN}){0,2}[ \\t]+(?:US|HK|NT|RMB|A|C|S)?[$€£¥]?$`, 'i');
/**
 * A noun or comparative of change right after an amount, perhaps after its unit of heat or points
 * (`a 5% rise`, `2% lower`, `0.9°C higher`, `38 per cent above the average`); group 1 a rise, 2 a fall.
 * Not the first word of a compound (`100,000 lower-wage workers`).
 */
const EN_AFTER = new RegExp(`^(?:[ \\t]*(?:°[CF]?|℃|degrees?(?:[ \\t]+(?:Celsius|Fahrenheit))?|percentage[ \\t]+points?))?[ \\t]+(?:(${EN_UP_NOUN}|higher|up|above)|(${EN_DOWN_NOUN}|lower|down|below))\\b(?![ \\t]+to\\b|-)`, 'i');

/** Chinese words of a rise, longest first; 成長 and 上修 as Taiwan writes growth and a revision up. */
export const ZH_UP = '增长|增長|成长|成長|上修|增加|上涨|上漲|上升|上行|提高|提升|攀升|飙升|飆升|扩大|擴大|上调|上調|回升|走高|大涨|大漲|上扬|上揚|升值|涨幅|漲幅|增幅|升幅|增|涨|漲|升(?=至|到|了)';
/** Chinese words of a fall, longest first; 衰退 and 下修 as Taiwan writes a decline and a revision down. */
export const ZH_DOWN = '衰退|下修|下降|下跌|下行|减少|減少|降低|下滑|回落|萎缩|萎縮|缩减|縮減|削减|削減|收窄|下调|下調|走低|下挫|暴跌|锐减|銳減|缩小|縮小|贬值|貶值|跌幅|降幅|减幅|減幅|跌|降|减|減';
/** Words that may stand between a Chinese word of change and its amount (`上涨了约5%`, `降至3%`). */
const ZH_BETWEEN = '(?:了|至|到|为|為|约|約|近|逾|超过|超過|达到|達到|达|達|分别|分別|仅|僅|大约|大約|高达|高達|共|[ \\t])';
/** A Chinese word of change right before an amount, not negated (`不增加`, `负增长`); group 1 a rise, 2 a fall. */
const ZH_BEFORE = new RegExp(`(?<![不没沒未无無负負零])(?:(${ZH_UP})|(${ZH_DOWN}))${ZH_BETWEEN}{0,4}(?:港币|港幣|人民币|人民幣|美元|新台币|新臺幣)?$`);

/**
 * A Chinese comparison right before an amount: 较, 比 and what is compared, then 高 or 多 (a rise),
 * 低 or 少 (a fall): `较正常低0.9度`, `比去年多3万人`, `比上月高出2%`, a count of years in what is
 * compared (`比过去10年同期平均水平低38%`). Not 高达 (as high as), nor 比例,
 * 比如, 比赛 (words 比 opens).
 */
const ZH_COMPARED = new RegExp(`(?:较|較|(?<![对對])比(?![例如较較赛賽分重率值]))(?:[^，。；！？,;\\d%％]|\\d+(?=年)){0,12}?(?:(高出|多出|高|多)|(低|少))(?![达達于於])${ZH_BETWEEN}{0,2}$`);

/** How much a change moved, between its word and `from` (`down slightly from`, `up sharply from`). */
const DEGREE_WORDS = '(?:slightly|sharply|marginally|somewhat|significantly|steeply|modestly|further|a[ \\t]+little|a[ \\t]+bit)';

/**
 * The base a change is measured from, in English: `down from 74.9%`, `down slightly from`, `up from`, `fell from`,
 * `rose from` right before the amount; group 1 a rise, 2 a fall. The base takes the change's
 * direction, as the Chinese base before its verb does (`ZH_BASE_AFTER`).
 */
const EN_BASE_BEFORE = new RegExp(`\\b(?:(up|higher|${EN_UP})|(down|lower|${EN_DOWN}))(?:[ \\t]+${DEGREE_WORDS})?[ \\t]+from[ \\t]+(?:US|HK|NT|RMB|A|C|S)?[$€£¥]?$`, 'i');
/**
 * A level a change has reached, then its base after a comma, perhaps after a few words with no
 * figure (`62.5 per cent, down from 68.3 per cent`, `2.9 percent in the second quarter, down from`):
 * the level takes the change's direction, as `降至62.5%` gives it; group 1 a rise, 2 a fall.
 */
const EN_LEVEL_AFTER = new RegExp(`^(?:[ \\t]+[^\\d,.;:!?]{1,40}?)?,[ \\t]+(?:(up|higher)|(down|lower))(?:[ \\t]+${DEGREE_WORDS})?[ \\t]+from\\b`, 'i');

/**
 * The base a change is measured from, in Chinese: after 较 or 比 and what is compared, the amount
 * and then the word of change (`较2020年的74.90%上升`, `比去年同期的3.4%下降`); group 1 a rise, 2 a fall.
 */
const ZH_BASE_AFTER = new RegExp(`^[ \\t]*(?:略有|略为|略為|稍有|稍微|大幅|明显|明顯|进一步|進一步)?(?:(${ZH_UP})|(${ZH_DOWN}))`);
/** 较 or 比 opening a comparison in the clause before a base (`较2020年的`), no stop between. */
const ZH_BASE_OPENS = /(?:较|較|(?<![对對])比(?![例如较較赛賽分重率值]))[^，。；！？,;]{0,16}$/;

/** Kinds of fact a change is told in. */
export const CHANGED_KINDS: ReadonlySet<string> = new Set(['percent', 'money', 'number']);

/** How much of the text before an amount is read for its verb of change. */
const BEFORE_CHARS = 48;

/** The direction of change governing a fact of `block`, read from the words right before or after it. */
function governed(block: Block, fact: Fact): Governed | undefined {
  const start = fact.start - block.start;
  const end = fact.end - block.start;
  const before = block.text.slice(Math.max(0, start - BEFORE_CHARS), start);
  if (fact.lang === 'zh') {
    const m = ZH_BEFORE.exec(before) ?? ZH_COMPARED.exec(before);
    if (m) return { fact, direction: m[1] ? 'up' : 'down', words: (m[1] ?? m[2])!, ...(/[至到]/.test(m[0]) ? { role: 'level' as const } : {}) };
    const base = ZH_BASE_OPENS.test(before) ? ZH_BASE_AFTER.exec(block.text.slice(end, end + 6)) : null;
    return base ? { fact, direction: base[1] ? 'up' : 'down', words: (base[1] ?? base[2])!, after: true, role: 'base' } : undefined;
  }
  const base = EN_BASE_BEFORE.exec(before);
  if (base) return { fact, direction: base[1] ? 'up' : 'down', words: `${(base[1] ?? base[2])!} from`, role: 'base' };
  const m = EN_BEFORE.exec(before);
  if (m) {
    const up = m[1] ?? m[3];
    // `up to 5%` is a ceiling, not a rise. A word of change ending in -s right after a preposition
    // and at most one word, after another verb of change in its clause, is a plural noun (`will raise
    // margins for cotton contracts to 9%`), no verb (`output of steel falls 3%` keeps its verb).
    const word = (up ?? m[2] ?? m[4])!;
    const wordAt = start - m[0].length + m[0].search(/\S/);
    const head = /s$/i.test(word) ? block.text.slice(Math.max(0, wordAt - CLAUSE_CHARS), wordAt) : '';
    const noun = head !== '' && NOUN_AFTER_PREPOSITION.test(head) && EN_CHANGE_WORD.test(head.slice(head.search(/[^.;!?]*$/)));
    // `edged up to 6.5%`, `crept up to`: `up to` after a verb of moving is a rise to a level.
    const upTo = up !== undefined && /^up$/i.test(up) && /\bto\b/i.test(m[0]);
    if (!noun && !(upTo && !MOVED_UP_BEFORE.test(block.text.slice(Math.max(0, wordAt - 16), wordAt)))) {
      return { fact, direction: up !== undefined ? 'up' : 'down', words: word };
    }
  }
  const after = EN_AFTER.exec(block.text.slice(end, end + 24));
  if (after) return { fact, direction: after[1] ? 'up' : 'down', words: (after[1] ?? after[2])!, after: true };
  const level = EN_LEVEL_AFTER.exec(block.text.slice(end, end + 64));
  return level ? { fact, direction: level[1] ? 'up' : 'down', words: (level[1] ?? level[2])!, after: true, role: 'level' } : undefined;
}

/** A verb of moving right before `up to` (`edged up to 6.5%`, `ticked up to`, `crept up to`, `moved up to`). */
const MOVED_UP_BEFORE = /\b(?:edg|tick|inch|creep|crept|mov|shot|shoot|went|go|goes|going|climb|jump|pick|nudg|drift|ratchet)(?:ed|es|s|ing)?[ \t]+$/i;

/** How much of the text before a word of change is read for the clause it stands in. */
const CLAUSE_CHARS = 160;

/** A verb of change anywhere in a text. */
const EN_CHANGE_WORD = new RegExp(`\\b(?:${EN_UP}|${EN_DOWN})\\b`, 'i');

/** A preposition and at most one word at the end of the text before a word (`for cotton `, `of `). */
const NOUN_AFTER_PREPOSITION = /\b(?:for|of|on|in|with|from|under|about)[ \t]+(?:[A-Za-z-]+[ \t]+)?$/i;

/** The key under which two facts tell the same amount (`percent|5`, `money|5000000|CNY`). */
export function amountKey(fact: Fact): string {
  return `${fact.kind}|${fact.value}|${fact.max ?? ''}|${fact.unit ?? ''}`;
}

/** `points` after a bare number (not `basis points`, read before it). */
const POINTS_AFTER = /^[ \t]+points?\b/i;

/** Every fact of the changed kinds on one side, with the direction governing it where one does. */
function sideAmounts(context: CheckContext, ids: readonly string[]): Map<string, (Governed | Fact)[]> {
  const byKey = new Map<string, (Governed | Fact)[]>();
  for (const fact of context.factsOf(ids)) {
    if (!CHANGED_KINDS.has(fact.kind) || typeof fact.value !== 'number') continue;
    const block = context.block(fact.block);
    const g = block ? governed(block, fact) : undefined;
    const keys = [amountKey(fact)];
    // `rise by 5 to 8 per cent` against `下调5%至8%`, which Chinese gives as two amounts: the range
    // is weighed by its first end too, the one the verb of change stands before.
    if (fact.lang === 'en' && fact.max !== undefined) keys.push(amountKey({ ...fact, max: undefined }));
    // `down 0.4 points`, as English news writes a rate's change, is the Chinese `0.4个百分点`.
    if (fact.lang === 'en' && fact.kind === 'number' && block && POINTS_AFTER.test(block.text.slice(fact.end - block.start, fact.end - block.start + 12))) {
      keys.push(amountKey({ ...fact, kind: 'percent', unit: 'pp' }));
    }
    for (const key of keys) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(g ?? fact);
    }
  }
  return byKey;
}

/** The one direction all of an amount's facts on a side go, when every one of them has a verb of change and they agree. */
function oneWay(list: readonly (Governed | Fact)[]): Governed | undefined {
  const first = list[0];
  if (!first || !('direction' in first)) return undefined;
  return list.every((g) => 'direction' in g && g.direction === first.direction) ? first : undefined;
}

/**
 * The words of change and the amount as the text writes them (`slipped to 23.5 percent`, `上升至23.5%`),
 * or the two joined by `gap` where other words stand between them.
 */
function asWritten(context: CheckContext, g: Governed, gap: string): string {
  const block = context.block(g.fact.block);
  const joined = g.after ? `${g.fact.raw}${gap}${g.words}` : `${g.words}${gap}${g.fact.raw}`;
  if (!block) return joined;
  const start = g.fact.start - block.start;
  const end = g.fact.end - block.start;
  if (g.after) {
    const at = block.text.indexOf(g.words, end);
    return at >= 0 && at - end <= WRITTEN_GAP ? block.text.slice(start, at + g.words.length) : joined;
  }
  const at = block.text.lastIndexOf(g.words, start);
  return at >= 0 && start - at - g.words.length <= WRITTEN_GAP ? block.text.slice(at, end) : joined;
}

/** Most characters between the words of change and the amount that a message quotes as written. */
const WRITTEN_GAP = 16;

/**
 * `direction-mismatch` (warning): an amount both sides give, told as a rise on one side and a
 * fall on the other (`rose 3.2%` against `下跌3.2%`, `a 5% drop` against `增长5%`). The verb
 * or noun of change is read right before the amount (with `by`, `to`, `about`, 了, 至, 约
 * between) or, in English, right after it; an amount that is told several times on a side is
 * weighed only when every mention goes the same way, and a negated word (`不增加`) says nothing.
 */
export const directionMismatch: Rule = {
  id: 'direction-mismatch',
  severity: 'warning',
  description: 'An amount told as a rise on one side and a fall on the other (rose 3% against 下跌3%).',
  check(context) {
    const findings: Finding[] = [];
    for (const pair of fullPairs(context)) {
      const en = sideAmounts(context, pair.en);
      if (en.size === 0) continue;
      const zh = sideAmounts(context, pair.zh);
      for (const [key, enList] of en) {
        const zhList = zh.get(key);
        if (!zhList) continue;
        const a = oneWay(enList);
        const b = a ? oneWay(zhList) : undefined;
        if (!a || !b || a.direction === b.direction) continue;
        // A base against a base; a level read after the English amount against a Chinese level.
        if ((a.role === 'base' || b.role === 'base' || (a.role === 'level' && a.after)) && a.role !== b.role) continue;
        findings.push(makeFinding(context, directionMismatch, 'warning', pair,
          `EN "${asWritten(context, a, ' ')}" vs ZH "${asWritten(context, b, '')}": the English tells a ${a.direction === 'up' ? 'rise' : 'fall'}, the Chinese a ${b.direction === 'up' ? 'rise' : 'fall'}`,
          { en: [a.fact], zh: [b.fact] }));
      }
      // `narrowed to 9.8% from 14.1%` against `由9.8%收窄至14.1%`: the change's two ends trade places.
      const enChanges = changes(context, pair.en);
      if (enChanges.length === 0) continue;
      const zhChanges = changes(context, pair.zh);
      for (const x of enChanges) {
        const y = zhChanges.find((c) => amountKey(c.from) === amountKey(x.to) && amountKey(c.to) === amountKey(x.from));
        if (!y) continue;
        findings.push(makeFinding(context, directionMismatch, 'warning', pair,
          `EN from "${x.from.raw}" to "${x.to.raw}" vs ZH from "${y.from.raw}" to "${y.to.raw}": the change's start and end trade places`,
          { en: [x.from, x.to], zh: [y.from, y.to] }));
      }
    }
    return findings;
  },
};

/** A change told by both its ends, the value it started from and the one it reached. */
interface Change {
  from: Fact;
  to: Fact;
}

/** `from 14.1% to 9.8%`, `from 3,000 units to 5,000`: the words before the first value and between the two (a unit perhaps). */
const EN_FROM_OPENS = /\bfrom[ \t]+$/i;
const EN_FROM_TO_BETWEEN = /^(?:[ \t]+[a-z]+)?[ \t]+to[ \t]+$/;
/** `to 9.8% from 14.1%`: the words before the first value (a verb of change and `to`) and between the two. */
const EN_TO_OPENS = new RegExp(`\\b(?:${EN_UP}|${EN_DOWN})(?:[ \\t]+${DEGREE_WORDS})?[ \\t]+to[ \\t]+$`, 'i');
const EN_TO_FROM_BETWEEN = /^(?:[ \t]+[a-z]+)?[ \t]+from[ \t]+$/;
/** `9.8%, down from 14.1%`: between the level and its base. */
const EN_LEVEL_FROM_BETWEEN = new RegExp(`^,?[ \\t]+(?:up|down|higher|lower)(?:[ \\t]+${DEGREE_WORDS})?[ \\t]+from[ \\t]+$`, 'i');
/** `由14.1%收窄至9.8%`, `从3万人增加到5万人`: 由 or 从 before the first value, a word of change perhaps and 至 or 到 between. */
const ZH_FROM_OPENS = /(?:由|从|從)$/;
const ZH_FROM_TO_BETWEEN = new RegExp(`^[^\\d，。；,;至到]{0,2}?(?:${ZH_UP}|${ZH_DOWN})?(?:了)?(?:至|到)$`);

/** Changes told by both ends on one side of a pair: two values of one kind, one right after the other in the words above. */
function changes(context: CheckContext, ids: readonly string[]): Change[] {
  const out: Change[] = [];
  let previous: Fact | undefined;
  for (const fact of context.factsOf(ids)) {
    if (!CHANGED_KINDS.has(fact.kind) || typeof fact.value !== 'number') continue;
    const a = previous;
    previous = fact;
    if (a?.block !== fact.block || a.kind !== fact.kind || a.unit !== fact.unit || a.value === fact.value) continue;
    const block = context.block(fact.block);
    if (!block) continue;
    const between = block.text.slice(a.end - block.start, fact.start - block.start);
    if (between.length > 16) continue;
    const before = block.text.slice(Math.max(0, a.start - block.start - 40), a.start - block.start);
    if (fact.lang === 'zh') {
      if (ZH_FROM_OPENS.test(before) && ZH_FROM_TO_BETWEEN.test(between)) out.push({ from: a, to: fact });
    } else if (EN_FROM_OPENS.test(before) && EN_FROM_TO_BETWEEN.test(between)) out.push({ from: a, to: fact });
    else if ((EN_TO_OPENS.test(before) && EN_TO_FROM_BETWEEN.test(between)) || EN_LEVEL_FROM_BETWEEN.test(between)) out.push({ from: fact, to: a });
  }
  return out;
}
