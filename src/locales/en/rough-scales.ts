/**
 * Plural scales standing for an amount no figure gives (`millions of people`, `tens of billions of
 * dollars`, `hundreds of thousands of fans`): the least the phrase can mean, approximate and a lower
 * bound, as Chinese writes the same amounts with 数 (`数百万人`, `数百亿美元`, `数十万`), which
 * reads as the figure with `approx` and `over`. `tens`, `hundreds` and `thousands` count only
 * before a scale (`hundreds of thousands`), where their least is plain; alone (`hundreds of
 * people`) they are left to the other side's reading. A scale alone counts before `of` only.
 */
import type { FactCandidate } from '../../types.js';
import { currencyAfter } from './money.js';
import { candidate, type Scan } from './scan.js';
import { CARDINALS, SCALES as SCALE_WORDS } from './words.js';

const ROUGH = /\b(?:(tens|hundreds|thousands)[ \t]+of[ \t]+)?(thousands|millions|billions|trillions)(?![A-Za-z])/gi;
const TIMES: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, thousands: 1e3 };
const SCALES: Readonly<Record<string, number>> = { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
/** `of` after the scale. */
const OF = /[ \t]+of(?![A-Za-z])/y;

/**
 * Finds `millions of`, `tens of billions of dollars` and the like: the currency after `of` is what
 * the money extractor reads after an amount (`currencyAfter`: `dollars`, `Hong Kong dollars`,
 * `Kenyan shillings`, `won`).
 */
export function extractRoughScales({ text }: Scan): FactCandidate[] {
  if (!/illions|thousands/i.test(text)) return [];
  const out: FactCandidate[] = [];
  ROUGH.lastIndex = 0;
  for (let m = ROUGH.exec(text); m; m = ROUGH.exec(text)) {
    // A scale after a figure is part of it (`5 millions`, `three thousand millions`); one alone is
    // an amount only before `of` (`millions of people`), not a unit of men (`captains over thousands`),
    // nor after `the`, which names a group (`the thousands of Israel`).
    if (afterFigure(text, m.index) || /\bthe[ \t]+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const end = m.index + m[0].length;
    OF.lastIndex = end;
    const of = OF.test(text);
    if (!m[1] && !of) continue;
    const value = (m[1] ? TIMES[m[1].toLowerCase()]! : 1) * SCALES[m[2]!.toLowerCase()]!;
    const currency = of ? currencyAfter(text, OF.lastIndex, true) : undefined;
    if (!currency || currency.cents) {
      out.push(candidate('number', { start: m.index, end }, value, { approx: true, bound: 'over' }));
      continue;
    }
    out.push(candidate('money', { start: m.index, end: currency.end }, value, currency.unit ? { unit: currency.unit, approx: true, bound: 'over' } : { approx: true, bound: 'over' }));
  }
  return out;
}

/** Whether the word before `at` (across spaces, a hyphen or `and`) is a figure or a number word. */
function afterFigure(text: string, at: number): boolean {
  const before = /([A-Za-z]+|\d)[ \t-]*(?:and[ \t]+)?$/.exec(text.slice(Math.max(0, at - 24), at));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return /\d/.test(word) || CARDINALS[word] !== undefined || SCALE_WORDS[word] !== undefined || word === 'a';
}
