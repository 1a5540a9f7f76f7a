import type { Block, Fact, Finding } from '../types.js';
import { fullPairs, makeFinding, type CheckContext, type Rule } from './rule.js';
import { amountKey, CHANGED_KINDS } from './direction-mismatch.js';

/** What a change is measured against: the same time a year before, or the period just before. */
type Basis = 'year' | 'period';

// The words of the two bases are those of economic and statistical reporting in English and in
// Chinese (同比: against the same period of the year before; 环比: against the period just before),
// written here from general usage in simplified and traditional characters.

/** English words of a change against the same time a year before (`year on year`, `from a year earlier`). */
const EN_YEAR = String.raw`year[ \t-](?:on|over)[ \t-]year|y-o-y|yoy|y/y|(?:from|than|over|on|against|compared[ \t]+with)[ \t]+(?:a|one)[ \t]+year[ \t]+(?:earlier|ago|before)|(?:the[ \t]+)?same[ \t]+(?:period|month|quarter|time|week)[ \t]+(?:of[ \t]+|a[ \t]+)?(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+year|(?:the[ \t]+)?same[ \t]+(?:period|month|quarter|time|week)[ \t]+a[ \t]+year[ \t]+(?:earlier|ago|before)`;
/**
 * A month or a quarter named alone after `from` or `than` (`rose 6.3% from September`, `up 2% from
 * the third quarter`, `from the firm's September survey`, `from September to NT$16.8 billion`: the level reached after `to`): a change
 * against that period, the one just before; not a span (`from September to December`), nor a
 * period with its year (`from September 2023`, `from the third quarter of last year`).
 */
const EN_FROM_MONTH = String.raw`(?:from|than|compared[ \t]+with)[ \t]+(?:(?:the|its|their)[ \t]+(?:[A-Za-z-]+['’]s[ \t]+)?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:'s)?|(?:the[ \t]+)?(?:first|second|third|fourth)[ \t]+quarter(?:'s)?)(?![ \t]*(?:\d|of\b|last\b|a[ \t]+year|to\b(?![ \t]+(?:[A-Z]{0,3}\$|[€£¥]|\d))|through\b|until\b|till\b|[-–—]))`;
/** English words of a change against the period just before (`month on month`, `from the previous quarter`). */
const EN_PERIOD = String.raw`(?:month|quarter|week)[ \t-](?:on|over)[ \t-](?:month|quarter|week)|m-o-m|q-o-q|qoq|m/m|q/q|sequential(?:ly)?|(?:from|than|over|on|against|compared[ \t]+with)[ \t]+(?:the[ \t]+)?(?:previous|prior|preceding)[ \t]+(?:month|quarter|week)|(?:from|than|over|on|against|compared[ \t]+with)[ \t]+(?:a|one)[ \t]+(?:month|quarter|week)[ \t]+(?:earlier|ago|before)|${EN_FROM_MONTH}`;
const EN_BASIS = new RegExp(`\\b(?:(${EN_YEAR})|(${EN_PERIOD}))\\b`, 'gi');

/**
 * A verb of change right after Hong Kong's and Macao's words of the bases (`按年上升`, `按月下跌`,
 * as their statistics departments write them): without one `按年` is `by the year`, `yearly`
 * (`按年计算`, `按月支付`).
 */
const ZH_CHANGE_AFTER = '(?=(?:計|计)?(?:上升|下跌|下降|上漲|上涨|增加|增長|增长|減少|减少|回落|回升|攀升|擴大|扩大|收窄|升|跌|增|減|减))';
/**
 * Taiwan's words of a change and its basis before the amount (`營收年增2.9%`, `月減1.2%`, `季增率5%`,
 * as its companies and statistics write them): 年 against a year before, 月 and 季 against the period
 * before. Not 年 of another word (`今年增長`, `每年增加`, `2024年增`, `周年`), so only before a figure.
 */
const TW_BASIS = (period: string) => String.raw`(?<![今去明本全每上同当當该該近前后後翌隔逐元半周週\d〇零一二两兩三四五六七八九十百])${period}(?:增|減|减)(?:長|长|加|少)?(?:率|幅)?(?=\s*(?:約|约|逾|近|超過|超过|達|达)?\s*\d)`;
/** Chinese words of the two bases: 同比, 较去年同期, 按年, 年增; 环比, 较上月, 按月, 月增. */
const ZH_YEAR = `同比|(?:较|較|比|与|與)(?:上年|去年|上一年)(?:同期)?|按年${ZH_CHANGE_AFTER}|${TW_BASIS('年')}`;
const ZH_PERIOD = `环比|環比|(?:较|較|比|与|與)(?:上月|上个月|上個月|上季度|上一季度|上季|上周|上週|上星期|前一个月|前一個月|前一季度)|按(?:月|季)${ZH_CHANGE_AFTER}|${TW_BASIS('[月季]')}`;
const ZH_BASIS = new RegExp(`(${ZH_YEAR})|(${ZH_PERIOD})`, 'g');

/** Most characters between a basis's words and the amount they govern, in the same sentence. */
const EN_REACH = 40;
const ZH_REACH = 16;

/** A sentence's or a clause's end between a basis and an amount: a stop, a semicolon, a Chinese comma. */
const EN_BREAK = /[.!?;](?:\s|$)/;
const ZH_BREAK = /[。！？；，]/;

/** An amount with the basis its change is measured against, and the words that say so. */
interface Based {
  fact: Fact;
  basis: Basis;
  words: string;
}

/**
 * The amounts of one side's blocks governed by a basis: each basis's words hold the nearest amount
 * of a changed kind in their clause, before or after them (`rose 5.8% year on year`, `同比增长5.8%`).
 */
function basedAmounts(context: CheckContext, ids: readonly string[], lang: 'en' | 'zh'): Map<string, Based[]> {
  const byKey = new Map<string, Based[]>();
  const pattern = lang === 'en' ? EN_BASIS : ZH_BASIS;
  const reach = lang === 'en' ? EN_REACH : ZH_REACH;
  const stop = lang === 'en' ? EN_BREAK : ZH_BREAK;
  const byBlock = new Map<string, Fact[]>();
  for (const f of context.factsOf(ids)) {
    if (!CHANGED_KINDS.has(f.kind) || typeof f.value !== 'number') continue;
    const list = byBlock.get(f.block);
    if (list) list.push(f);
    else byBlock.set(f.block, [f]);
  }
  for (const [id, own] of byBlock) {
    const block: Block | undefined = context.block(id);
    if (!block) continue;
    own.sort((a, b) => a.start - b.start);
    // The matches come in order: `next` is the first amount starting at or after a match's end,
    // the amount before it the last that may end before the match (one pass over both lists).
    let next = 0;
    const gapOf = (f: Fact | undefined, from: number, to: number): number => {
      if (!f) return Infinity;
      const after = f.start >= to;
      const gap = after ? f.start - to : from - f.end;
      if (gap < 0 || gap > reach) return Infinity;
      const between = after ? block.text.slice(to - block.start, f.start - block.start) : block.text.slice(f.end - block.start, from - block.start);
      return stop.test(between) ? Infinity : gap;
    };
    pattern.lastIndex = 0;
    for (let m = pattern.exec(block.text); m; m = pattern.exec(block.text)) {
      const from = block.start + m.index;
      const to = from + m[0].length;
      while (next < own.length && own[next]!.start < to) next++;
      const after = own[next];
      const before = next > 0 ? own[next - 1] : undefined;
      const gapAfter = gapOf(after, from, to);
      const gapBefore = gapOf(before, from, to);
      const best = gapBefore < gapAfter ? before : gapAfter < Infinity ? after : undefined;
      if (!best) continue;
      const key = amountKey(best);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ fact: best, basis: m[1] ? 'year' : 'period', words: m[0] });
    }
  }
  return byKey;
}

/** How a basis is said in a message. */
function basisName(basis: Basis): string {
  return basis === 'year' ? 'the same time a year before' : 'the period just before';
}

/**
 * `basis-mismatch` (warning): an amount both sides give as a change, measured against the same
 * time a year before on one side (`year on year`, 同比) and against the period just before on the
 * other (`month on month`, 环比). The basis's words govern the nearest amount in their clause; an
 * amount whose mentions on a side name both bases says nothing.
 */
export const basisMismatch: Rule = {
  id: 'basis-mismatch',
  severity: 'warning',
  description: 'A change measured year on year on one side and against the period before on the other (year on year against 环比).',
  check(context) {
    const findings: Finding[] = [];
    for (const pair of fullPairs(context)) {
      const en = basedAmounts(context, pair.en, 'en');
      if (en.size === 0) continue;
      const zh = basedAmounts(context, pair.zh, 'zh');
      for (const [key, enList] of en) {
        const zhList = zh.get(key);
        if (!zhList) continue;
        const a = enList[0]!;
        const b = zhList[0]!;
        if (!enList.every((x) => x.basis === a.basis) || !zhList.every((x) => x.basis === b.basis) || a.basis === b.basis) continue;
        findings.push(makeFinding(context, basisMismatch, 'warning', pair,
          `EN "${a.fact.raw}" (${a.words}) vs ZH "${b.fact.raw}" (${b.words}): the English measures the change against ${basisName(a.basis)}, the Chinese against ${basisName(b.basis)}`,
          { en: [a.fact], zh: [b.fact] }));
      }
    }
    return findings;
  },
};
