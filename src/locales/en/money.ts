import type { FactCandidate } from '../../types.js';
import { tidy } from './numbers.js';
import { qualify, rangeAt } from './qualifiers.js';
import { readsAsYear } from './years.js';
import { candidate, plain, rangeLow, type Scan } from './scan.js';

/** Currency symbols and codes written before the amount (`$`, `US$`, `HK$`, `€`, `RMB`, `c $`). */
const PREFIX = /(?:\b(US|U\.S\.|HK|NT|C|A|AU|S|NZ|R)[ \t]?\$|\$|€|£|¥|￥|₹|\b(RMB|CNY|USD|HKD|EUR|GBP|JPY|CAD|AUD|INR|CHF|SGD|Rs\.?))[ \t]?$/i;

/** Currency words, codes and symbols written after the amount (`yuan`, `US dollars`, `euros`, `€`). */
const SUFFIX = /[ \t]*(?:((?:US|U\.S\.|American|Hong Kong|HK|Canadian|Australian|Singapore|New Zealand|Taiwan|NT)[ \t]+dollars?|dollars?|bucks|yuan|renminbi|RMB|CNY|USD|HKD|EUR|GBP|JPY|euros?|pounds?(?:[ \t]+sterling)?|sterling|yen|cents?|pennies|pence|rupees?|Swiss[ \t]+francs?|francs?)(?![A-Za-z])|(US\$|\$|€|£|¥|¢))/iy;

const SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₹': 'INR', '¢': 'USD',
};
const PREFIX_LETTERS: Readonly<Record<string, string>> = {
  us: 'USD', 'u.s.': 'USD', hk: 'HKD', nt: 'TWD', c: 'CAD', a: 'AUD', au: 'AUD', s: 'SGD', nz: 'NZD', r: 'BRL',
};
const WORDS: [RegExp, string][] = [
  [/^(?:us|u\.s\.|american)\b/i, 'USD'], [/^(?:hong kong|hk)\b/i, 'HKD'], [/^canadian/i, 'CAD'],
  [/^australian/i, 'AUD'], [/^singapore/i, 'SGD'], [/^new zealand/i, 'NZD'], [/^(?:taiwan|nt)\b/i, 'TWD'],
  [/^(?:dollar|buck)/i, 'USD'], [/^(?:yuan|renminbi|rmb|cny)/i, 'CNY'], [/^(?:euro|eur)/i, 'EUR'],
  [/^(?:pound|sterling|gbp|pence|penn)/i, 'GBP'], [/^(?:yen|jpy)/i, 'JPY'], [/^cent/i, 'USD'],
  [/^(?:rupee|rs|inr)/i, 'INR'], [/^(?:swiss|franc|chf)/i, 'CHF'], [/^usd/i, 'USD'], [/^hkd/i, 'HKD'],
];

function isoOfWord(word: string): string | undefined {
  const trimmed = word.trim();
  if (SYMBOLS[trimmed]) return SYMBOLS[trimmed];
  if (/^US\$$/i.test(trimmed)) return 'USD';
  return WORDS.find(([re]) => re.test(trimmed))?.[1];
}

function prefixAt(text: string, start: number): { start: number; unit: string } | undefined {
  const m = PREFIX.exec(text.slice(Math.max(0, start - 6), start));
  if (!m) return undefined;
  const unit = m[1] ? PREFIX_LETTERS[m[1].toLowerCase()] : m[2] ? isoOfWord(m[2]) : isoOfWord(m[0]);
  return unit ? { start: start - m[0].length, unit } : undefined;
}

function suffixAt(text: string, end: number): { end: number; unit: string; cents: boolean } | undefined {
  SUFFIX.lastIndex = end;
  const m = SUFFIX.exec(text);
  if (!m) return undefined;
  const word = m[1] ?? m[2] ?? '';
  const unit = isoOfWord(word);
  return unit ? { end: SUFFIX.lastIndex, unit, cents: /^(?:cent|penn|pence|¢)/i.test(word) } : undefined;
}

/**
 * Money: an amount with its currency before or after it (`6.6 billion yuan` → 6600000000 CNY,
 * `$ 75 million`, `HK$3`, `20 euros`, `£10`), ranges (`$10-20 million`, `between $5 and $8`)
 * and qualifiers (`nearly 7 billion yuan`, `more than $247 million`). Cents become fractions.
 */
export function extractMoney({ text, numbers }: Scan): FactCandidate[] {
  const out: FactCandidate[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    if (!plain(low)) continue;
    const pre = prefixAt(text, low.start);
    const range = rangeAt(text, numbers, i, (a, b) => plain(b) && !readsAsYear(text, a))
      ?? symbolRange(text, numbers, i);
    const last = range ? numbers[range.high]! : low;
    const post = pre ? undefined : suffixAt(text, last.end);
    const unit = pre?.unit ?? post?.unit;
    if (!unit) continue;
    const scale = post?.cents ? 0.01 : 1;
    const start = Math.min(pre?.start ?? low.start, range?.start ?? low.start);
    const span = qualify(text, start, post?.end ?? last.end);
    if (range) {
      out.push(candidate('money', span, tidy(rangeLow(low, last) * scale), { max: tidy(last.value * scale), unit }));
      i = range.high;
    } else out.push(candidate('money', span, tidy(low.value * scale), { unit }));
  }
  return out;
}

/** `$10 to $20`, `$5-$8`: a range whose upper end repeats the symbol. */
function symbolRange(text: string, numbers: Scan['numbers'], i: number) {
  const low = numbers[i]!;
  const high = numbers[i + 1];
  if (!high || !plain(high)) return undefined;
  const between = text.slice(low.end, high.start);
  if (!/^[ \t]*(?:[-\u2013]|to|and)[ \t]*(?:US\$|HK\$|\$|€|£|¥)[ \t]?$/i.test(between)) return undefined;
  if (/and/i.test(between) && !/\bbetween[ \t]+\S*$/i.test(text.slice(Math.max(0, low.start - 12), low.start))) return undefined;
  const lead = /\bbetween[ \t]+(?:US\$|HK\$|\$|€|£|¥)?[ \t]?$/i.exec(text.slice(Math.max(0, low.start - 14), low.start));
  return { start: lead ? low.start - lead[0].length : low.start, end: high.end, high: i + 1 };
}
