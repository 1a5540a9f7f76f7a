/**
 * Extraction evaluation on the public specification cases in `../shared/data/facts`:
 * Microsoft Recognizers-Text spec files (half of them) and Duckling's corpora.
 *
 *     npx tsx scripts/eval/facts.ts [--lang en|zh] [--file substring] [--failures N] [--data dir]
 *     npx tsx scripts/eval/facts.ts --shapes [--lang en|zh] [--file substring]   (tuning failures grouped by shape)
 *     npx tsx scripts/eval/facts.ts --speed [--lang en|zh]   (MB/s on the articles' paragraphs, ≥ 5 M chars)
 *
 * Every file's cases are split into a tuning and a held-out part by `partOf('<file>#<index>')`
 * (scripts/eval/split.ts); both parts get figures, only the tuning part prints failures.
 * Runs `extractCandidates(text, lang, { referenceDate })` (the library API, both languages) on
 * every case, with the case's reference moment (Recognizers' `ReferenceDateTime`, Duckling's
 * 2013-02-12T04:30:00-02:00),
 * maps the expected results onto our fact kinds and prints one row per spec file:
 * cases, case-exact % (every expected result found with the right span and value, and no
 * extra fact of the kinds the file evaluates), recall, precision and µs per case.
 *
 * Where our reading differs from theirs on purpose, the case is counted under `skip`
 * with its reason (see `designDifference`) instead of being scored:
 * - `10G`, `6G`: they read a trailing G as giga; for us `5G`/`6G` are technology names.
 * - Duckling's vague quantities (`a few` → 3, `a couple` → 2, `single`, `nil`) are not numbers for us.
 * - `one of them`: a partitive (Chinese 之一), not the count 1.
 * - a number with a unit's symbol glued on (`29km`) is a dimension for them, which their number
 *   model leaves out; for us it is the number whose unit the checks read: not asked of the
 *   plain-number files.
 * - relative ordinals (`last`, `next one`, `penultimate`) are not ordinal numbers for us.
 * - the `PercentMode` files run Recognizers in a mode that reads fractions as percentages
 *   (`one out of three` → 33.3%); we offer no such mode, so their cases are all skipped.
 * - recurring sets (`every week`) and time zones are not facts we model; those expected
 *   results are dropped, the rest of the case is scored.
 * - a number written with its unit is that unit's fact for us (`$10000` money, `3 years` a
 *   duration): in the plain-number files such numbers are not asked of the number kind.
 * - minor currency units are fractions of the major one for us (`470 pence` → 4.7 GBP):
 *   their Cent/Pence values are divided by 100 before comparing.
 * - a currency named without an amount (`dollar :` resolved to 0) is not a money fact for us.
 * - durations match when they last as long (`PT90M` = `PT1.5H`, `P27M` = `P2Y3M`).
 * - `PRESENT_REF` (`now`, `to date`) is the case's reference moment, which we write out.
 * - whole years or months that they resolve as days with an exclusive end (`1990-01-01` to
 *   `2000-01-01`) are our years or months at their grain (`1990/1999`, `2017-11`), as their timex ranges are.
 * - a day written without its month is `---15` for us, `--XX-15` for them: the same reading; and
 *   a day or an interval of days written without its year (`--11-10/--11-20`) is theirs in any year.
 * - a season is its months for us (northern meteorological seasons: `this summer` →
 *   `2016-06/2016-08`, winter December to February), their `2016-SU`: the same reading.
 * - a range of months ends with the last month named for us (`from Sep to Nov` → `--09/--11`),
 *   where they end it before that month (`--09-01/--11-01`): accepted as the same range.
 * - a case without a reference moment (their extractor specs, judged on spans) is given
 *   2016-11-07, the one most of their specs use, since relative dates need one; not in the
 *   holiday specs, which ask for holidays alone (a day beside a holiday is not asked).
 * - where our dates read differently on purpose the case stays failing rather than faked:
 *   `early`/`late` in a month are thirds as the Chinese 旬 (days 1–10, 21–end) so that `early
 *   March` agrees with `3月上旬`, where Recognizers halves the month.
 * - we resolve relative dates against the reference moment (`Friday` → the day it names), so a
 *   date matches the spec's timex or one of the spec's own resolutions of it.
 * - time per case is the best of three timed passes over the file's cases, after the scoring pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractCandidates } from '../../src/pipeline/extract.js';
import { UNIT_SYMBOLS } from '../../src/locales/unit-symbols.js';
import type { FactCandidate, FactKind } from '../../src/types.js';
import { partOf, type Part } from './split.js';

/** One expected fact: span (end exclusive) and what we must resolve it to. */
interface Expected {
  start: number;
  end: number;
  kind: FactKind;
  /** Numeric value, or acceptable ISO strings for dates and durations; absent: span only. */
  value?: number | string[];
  max?: number;
  unit?: string;
  bound?: 'over' | 'under';
  text: string;
}

/** One test case: an input and everything that must be found in it. */
interface Case {
  /** `<file>#<index>`: decides the case's part (tuning or held-out). */
  id: string;
  input: string;
  /** The moment relative dates are read against (ISO 8601), when the spec gives one. */
  referenceDate?: string;
  expected: Expected[];
  /** Why the case is left out of the score (a difference by design). */
  skip?: string;
}

/** A spec file read into cases, with the kinds of fact it judges. */
interface Spec {
  file: string;
  lang: 'en' | 'zh';
  kinds: FactKind[];
  /** Only our candidates that are ranges or bounds count (number-range files). */
  rangesOnly?: boolean;
  /** Plain-number files (Recognizers NumberModel): numbers inside our unit facts are not asked. */
  numbersOnly?: boolean;
  cases: Case[];
}

/** One row of the table. */
export interface FactRow {
  /** Spec file, relative to the facts folder. */
  file: string;
  lang: 'en' | 'zh';
  /** Which part of the file's cases the row scores. */
  part: Part;
  /** Cases scored (skipped ones excluded). */
  cases: number;
  /** Cases left out as differences by design. */
  skipped: number;
  /** Share of scored cases matched exactly, 0..1. */
  exact: number;
  recall: number;
  precision: number;
  /** Mean extraction time per case, in microseconds. */
  usPerCase: number;
  /** Up to `failures` failing cases, for reading. */
  failures: string[];
  /** The shape of every failing tuning case (see `shapeOf`), for grouping. */
  failedShapes: string[];
}

/** Options of `evaluateFacts`. */
export interface FactEvalOptions {
  /** The `facts` folder; default `../shared/data/facts` from the project root. */
  dataDir?: string;
  lang?: 'en' | 'zh';
  /** Keep only spec files whose path contains this. */
  file?: string;
  /** How many failing cases to keep per file (default 0). */
  failures?: number;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Default location of the public data. */
export const defaultFactsDir = resolve(projectRoot, '../shared/data/facts');

const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'USD', 'united states dollar': 'USD', 'us dollar': 'USD', cent: 'USD', penny: 'GBP',
  euro: 'EUR', 'british pound': 'GBP', pound: 'GBP', 'pound sterling': 'GBP', 'chinese yuan': 'CNY',
  yuan: 'CNY', 'japanese yen': 'JPY', yen: 'JPY', 'hong kong dollar': 'HKD', 'canadian dollar': 'CAD',
  'australian dollar': 'AUD', 'indian rupee': 'INR', rupee: 'INR', 'swiss franc': 'CHF',
};

/** Maps a Recognizers or Duckling currency name to ISO 4217 (`Dollar` reads as USD). */
function isoOfName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (/^[A-Z]{3}$/.test(name)) return name;
  return CURRENCY_NAMES[name.toLowerCase()];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A season as its months, as we write it (northern meteorological seasons: spring March–May,
 * summer June–August, autumn September–November, winter December to February of the next
 * year): `2016-SU` → `2016-06/2016-08`, `SU` → `--06/--08`.
 */
function seasonMonths(code: string, year: number | undefined): string {
  const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[code]!;
  const last = first === 12 ? 2 : first + 2;
  const head = (y: number | undefined): string => (y === undefined ? '-' : String(y));
  return `${head(year)}-${pad(first)}/${head(year === undefined ? undefined : first === 12 ? year + 1 : year)}-${pad(last)}`;
}

/** Normalizes a Recognizers timex to our ISO forms; returns every reading we accept. */
function timexForms(timex: string): string[] {
  const part = /^(.*)T(MO|AF|EV|NI)$/.exec(timex);
  if (part) {
    // A part of the day as the clock interval Recognizers gives it (`TMO` = 08:00–12:00).
    const [from, to] = ({ MO: ['08:00', '12:00'], AF: ['12:00', '16:00'], EV: ['16:00', '20:00'], NI: ['20:00', '23:59'] } as const)[part[2] as 'MO'];
    const day = part[1] ? timexForms(part[1])[0]! : '';
    return [`${day}T${from}/${day}T${to}`];
  }
  // A weekday of any week (`XXXX-WXX-5`) is ISO 8601's truncated weekday for us (`-W-5`).
  const weekday = /^XXXX-WXX-([1-7])$/.exec(timex);
  if (weekday) return [`--WXX-${weekday[1]}`, `-W-${weekday[1]}`];
  const season = /^(\d{4})?-?(SP|SU|FA|WI)$/.exec(timex);
  if (season) return [seasonMonths(season[2]!, season[1] ? Number(season[1]) : undefined)];
  const t = timex.replace(/^XXXX-/, '--').replace(/T(\d\d)$/, 'T$1:00').replace(/(T\d\d:\d\d):00$/, '$1');
  const interval = /^\(([^,]+),([^,]+),[^)]*\)$/.exec(t);
  if (!interval) return [t];
  const a = timexForms(interval[1]!)[0]!;
  const b = timexForms(interval[2]!)[0]!;
  const forms = [`${a}/${b}`];
  if (/^\d{4}-\d\d-\d\d$/.test(b)) {
    const last = addDays(b, -1);
    forms.push(`${a}/${last}`);
    if (a.endsWith('-01-01') && last.endsWith('-12-31')) {
      forms.push(a.slice(0, 4) === last.slice(0, 4) ? a.slice(0, 4) : `${a.slice(0, 4)}/${last.slice(0, 4)}`);
    }
    // `2014-2018` read as written: the years named at both ends (they end it before 2018).
    if (a.endsWith('-01-01') && b.endsWith('-01-01')) forms.push(`${a.slice(0, 4)}/${b.slice(0, 4)}`);
    // `Mar-Apr 2022`, `from Sep to Nov`: the months named at both ends (they end it before the last).
    if (a.endsWith('-01') && b.endsWith('-01') && a.slice(0, 7) !== b.slice(0, 7)) {
      forms.push(`${a.slice(0, 7)}/${b.slice(0, 7)}`);
      // Their end is exclusive (`--08-01/--11-01` = August to October): the months it holds.
      if (last.slice(0, 7) !== a.slice(0, 7)) forms.push(`${a.slice(0, 7)}/${last.slice(0, 7)}`);
    }
    if (a.endsWith('-01') && a.slice(0, 7) === last.slice(0, 7)) forms.push(a.slice(0, 7));
  } else if (/^--\d\d-\d\d$/.test(a) && /^--\d\d-\d\d$/.test(b)) {
    forms.push(`${a}/--${addDays(`2001${b.slice(1)}`, -1).slice(5)}`);
    if (a.endsWith('-01') && b.endsWith('-01') && a !== b) {
      forms.push(`${a.slice(0, 4)}/${b.slice(0, 4)}`);
      const before = b.slice(2, 4) === '01' ? '12' : String(Number(b.slice(2, 4)) - 1).padStart(2, '0');
      if (before !== a.slice(2, 4)) forms.push(`${a.slice(0, 4)}/--${before}`);
    }
  }
  return forms;
}

/** Parses a Recognizers range value (`[20,30)`, `(30,)`, `(,170)`). */
function rangeOf(value: string): Pick<Expected, 'value' | 'max' | 'bound'> | undefined {
  const m = /^[[(](-?[\d.E+-]*),(-?[\d.E+-]*)[\])]$/.exec(value);
  if (!m) return undefined;
  const low = m[1] ? Number(m[1]) : undefined;
  const high = m[2] ? Number(m[2]) : undefined;
  if (low !== undefined && high !== undefined) return { value: low, max: high };
  if (low !== undefined) return { value: low, bound: 'over' };
  if (high !== undefined) return { value: high, bound: 'under' };
  return undefined;
}

interface RecognizersResult {
  Text: string;
  TypeName?: string;
  Type?: string;
  Start: number;
  End?: number;
  Length?: number;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string; values?: ResolvedValue[] } | null;
  Value?: { Timex?: string; FutureResolution?: ResolvedValue; PastResolution?: ResolvedValue } | null;
}

/** A date the spec resolved against its reference moment (`value`, `date`, `start`/`end`, …). */
interface ResolvedValue {
  timex?: string;
  value?: string;
  date?: string;
  start?: string;
  end?: string;
  startDate?: string;
  endDate?: string;
  dateTime?: string;
}

/** Our ISO form of a resolved moment: `2016-11-07` or `2016-11-07T16:12` (midnight times dropped). */
function resolvedForm(moment: string | undefined): string | undefined {
  const m = /^(\d{4}-\d\d-\d\d)(?:[ T](\d\d:\d\d)(?::\d\d)?)?$/.exec(moment ?? '');
  if (!m) return undefined;
  return m[2] && m[2] !== '00:00' ? `${m[1]}T${m[2]}` : m[1];
}

/**
 * The spec's own resolutions of a date against the case's reference moment (a weekday becomes
 * the day it names, `Friday` → 2016-11-11): we resolve relative dates too, so these are accepted
 * beside the timex.
 */
function resolvedForms(values: readonly (ResolvedValue | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (!v) continue;
    const single = resolvedForm(v.value ?? v.date ?? v.dateTime);
    if (single) out.push(single);
    const a = resolvedForm(v.start ?? v.startDate);
    const b = resolvedForm(v.end ?? v.endDate);
    if (a && b) {
      out.push(`${a}/${b}`);
      if (/^\d{4}-\d\d-\d\d$/.test(b)) {
        const last = addDays(b, -1);
        out.push(`${a}/${last}`);
        // Whole years or whole months resolved as days: the same reading at their grain
        // (`1990-01-01`..`2000-01-01` = `1990/1999`, `2016-04-01`..`2016-07-01` = `2016-04/2016-06`).
        if (/^\d{4}-01-01$/.test(a) && last.endsWith('-12-31')) out.push(a.slice(0, 4) === last.slice(0, 4) ? a.slice(0, 4) : `${a.slice(0, 4)}/${last.slice(0, 4)}`);
        else if (/^\d{4}-\d\d-01$/.test(a) && b.endsWith('-01')) out.push(a.slice(0, 7) === last.slice(0, 7) ? a.slice(0, 7) : `${a.slice(0, 7)}/${last.slice(0, 7)}`);
      }
    }
  }
  return out;
}

interface RecognizersCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results: RecognizersResult[];
}

/** Which of our kinds a Recognizers type maps to, or undefined when we do not model it. */
function kindOfType(type: string): FactKind | undefined {
  const t = type.replace(/^datetimeV2\./, '');
  if (t === 'number' || t === 'numberrange') return 'number';
  if (t === 'ordinal') return 'ordinal';
  if (t === 'percentage') return 'percent';
  if (t === 'currency') return 'money';
  if (t === 'duration') return 'duration';
  if (['date', 'daterange', 'time', 'timerange', 'datetime', 'datetimerange'].includes(t)) return 'date';
  return undefined;
}

/** The words of a weekday that recurs, for an extractor's set that gives no value: `每周一`, `逢星期五`, `every Monday`, `on Mondays`. */
const RECURRING_WEEKDAY = /(?:每|逢)(?:个|個)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|\b(?:every|each)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b/i;

/** Reads one Recognizers result into an expectation (undefined: not a fact we model). */
function expectRecognizers(r: RecognizersResult): Expected | undefined {
  const type = r.TypeName ?? r.Type ?? '';
  // A weekday that recurs (`每周一`, `every Monday`, a set of XXXX-WXX-1) is for us a weekday alone
  // (`-W-1`), weighed against the other side's weekday; other sets (每天, every month) we do not model.
  const timex = r.Resolution?.values?.[0]?.timex ?? r.Value?.Timex;
  const weekdaySet = /^(?:datetimeV2\.)?set$/.test(type) && (timex !== undefined ? /^XXXX-WXX-[1-7]$/.test(timex) : RECURRING_WEEKDAY.test(r.Text));
  const kind = weekdaySet ? 'date' : kindOfType(type);
  if (!kind) return undefined;
  const end = r.End !== undefined ? r.End + 1 : r.Start + (r.Length ?? r.Text.length);
  const base: Expected = { start: r.Start, end, kind, text: r.Text };
  const res = r.Resolution ?? undefined;
  if (kind === 'date' || kind === 'duration') {
    const timex = res?.values?.[0]?.timex ?? r.Value?.Timex;
    const resolved = kind === 'date' ? resolvedForms([...(res?.values ?? []), r.Value?.FutureResolution, r.Value?.PastResolution]) : [];
    return timex ? { ...base, value: [...timexForms(timex), ...resolved] } : base;
  }
  const raw = res?.value;
  // A currency named without an amount (`dollar :`, `50 dollar rmb`) is not a money fact for us.
  if (kind === 'money' && !/\d/.test(r.Text) && (raw == null || raw === 'null' || raw === '0' || raw === '')) return undefined;
  if (raw == null || raw === 'null') return base;
  if (type === 'numberrange') return { ...base, ...rangeOf(raw) };
  if (kind === 'percent') return { ...base, value: Number(raw.replace('%', '')) };
  if (kind === 'money') {
    // We give minor units as fractions of the major one (`470 pence` → 4.7 GBP), as 5角 → 0.5 CNY.
    const minor = /^(?:cent|pence|penny)/i.test(res?.unit ?? '');
    const unit = isoOfName(res?.isoCurrency) ?? (minor ? undefined : isoOfName(res?.unit));
    return { ...base, value: minor ? Number(raw) / 100 : Number(raw), ...(unit ? { unit } : {}) };
  }
  return { ...base, value: Number(raw) };
}

/**
 * Cases where we differ from the spec by design; returns the reason, or undefined.
 * Each rule is general (applies to the hidden half alike), never a list of inputs.
 */
/**
 * Whether a number of ours is written with a unit's symbol glued on (`29km`, `180.25ml`): a
 * dimension for Recognizers, which its number model leaves out; for us the number, whose unit the
 * checks read. Not asked of the plain-number files, as they ask no dimension.
 */
function withSymbol(input: string, f: FactCandidate): boolean {
  const m = /\d([A-Za-zµμ]+)$/.exec(input.slice(f.start, f.end));
  return f.kind === 'number' && m !== null && UNIT_SYMBOLS.has(m[1]!);
}

function designDifference(c: RecognizersCase): string | undefined {
  for (const r of c.Results) {
    const type = r.TypeName ?? r.Type ?? '';
    if (type === 'ordinal.relative') return 'relative ordinals are not numbers for us';
    if (type === 'number' && /\dg$/i.test(r.Text.trim())) return 'a trailing G is a technology name (5G), not giga';
    if (type === 'number' && /^one$/i.test(r.Text) && /^[ \t]+of\b/i.test(c.Input.slice(r.Start + 3))) {
      return '`one of` is partitive (之一), not a count';
    }
  }
  return undefined;
}

function specKinds(file: string): { kinds: FactKind[]; rangesOnly?: boolean; numbersOnly?: boolean } | undefined {
  const name = basename(file);
  if (name.startsWith('NumberRangeModel')) return { kinds: ['number', 'percent'], rangesOnly: true };
  if (name.startsWith('NumberModel')) return { kinds: ['number'], numbersOnly: true };
  if (name.startsWith('OrdinalModel')) return { kinds: ['ordinal'] };
  if (name.startsWith('PercentModel')) return { kinds: ['percent'] };
  if (name.startsWith('CurrencyModel')) return { kinds: ['money'] };
  if (file.includes('DateTime')) {
    if (name.includes('Duration')) return { kinds: ['duration'] };
    if (/^(Date|Time|DateTime|Holiday|Set|Merged)/.test(name)) {
      return { kinds: /Model|Merged/.test(name) ? ['date', 'duration'] : ['date'] };
    }
  }
  return undefined;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

/**
 * The reference moment of a Recognizers case that gives none (their extractor specs): Recognizers
 * then reads against the moment it runs; we resolve relative dates only against a reference day,
 * so such cases get the one most of their specs use. They are judged on their spans.
 */
const DEFAULT_REFERENCE = '2016-11-07T00:00:00';

function readRecognizers(dir: string, rel: string): Spec | undefined {
  const judged = specKinds(rel);
  if (!judged) return undefined;
  const lang = rel.includes('/Chinese/') ? 'zh' : 'en';
  const cases = (readJson(join(dir, rel)) as RecognizersCase[]).map((c, index): Case => {
    const skip = rel.endsWith('PercentMode.json') ? 'percent mode (fractions read as percentages) is not a mode we offer' : designDifference(c);
    const expected = c.Results.map(expectRecognizers).filter((e): e is Expected => e !== undefined);
    // Holiday specs find holidays alone (a relative day beside a holiday is not asked), so their cases keep no
    // reference and our relative days stay silent there, as theirs do.
    const referenceDate = c.Context?.ReferenceDateTime ?? (basename(rel).startsWith('Holiday') ? undefined : DEFAULT_REFERENCE);
    // `PRESENT_REF` (now, to date) is the reference moment, which we write out.
    const present = resolvedForm(referenceDate?.replace(/(T\d\d:\d\d)(:\d\d)?.*$/, '$1'));
    for (const e of expected) if (present && Array.isArray(e.value) && e.value.includes('PRESENT_REF')) e.value.push(present);
    return { id: `${rel}#${index}`, input: c.Input, expected, ...(referenceDate ? { referenceDate } : {}), ...(skip ? { skip } : {}) };
  });
  return { file: rel, lang, ...judged, cases };
}

const DURATION_UNITS: Record<string, string> = {
  Second: 'PT#S', Minute: 'PT#M', Hour: 'PT#H', Day: 'P#D', Week: 'P#W', Month: 'P#M', Quarter: 'P#Q', Year: 'P#Y',
};

/** Reads a Duckling value expression into an expectation spanning the whole (trimmed) input. */
function expectDuckling(dim: string, value: string, input: string, lang: 'en' | 'zh'): Expected | undefined {
  // In the Chinese corpus `Dollar` is the local 元/块/蚊 (yuan or Hong Kong dollar): value only.
  const isoOf = (name: string | undefined): string | undefined => (lang === 'zh' && name === 'Dollar' ? undefined : isoOfName(name));
  const start = input.length - input.trimStart().length;
  const span = { start, end: input.trimEnd().length, text: input.trim() };
  const num = (s: string): number => Number(s.replace(/[()\s]/g, ''));
  let m: RegExpExecArray | null;
  if (dim === 'Numeral' && (m = /^NumeralValue (.+)$/.exec(value))) return { ...span, kind: 'number', value: num(m[1]!) };
  if (dim === 'Ordinal' && (m = /^OrdinalData (.+)$/.exec(value))) return { ...span, kind: 'ordinal', value: num(m[1]!) };
  if (dim === 'AmountOfMoney') {
    if ((m = /^simple Unnamed (\S+)$/.exec(value))) return { ...span, kind: 'number', value: num(m[1]!) };
    if ((m = /^simple Cent (\S+)$/.exec(value))) return { ...span, kind: 'money', value: num(m[1]!) / 100 };
    if ((m = /^simple (\w+) (\S+)$/.exec(value))) {
      const unit = isoOf(m[1]);
      return { ...span, kind: 'money', value: num(m[2]!), ...(unit ? { unit } : {}) };
    }
    if ((m = /^between (\w+) \((\S+), (\S+)\)$/.exec(value))) {
      const unit = isoOf(m[1]);
      return { ...span, kind: 'money', value: num(m[2]!), max: num(m[3]!), ...(unit ? { unit } : {}) };
    }
    if ((m = /^(under|above) (\w+) (\S+)$/.exec(value))) {
      const unit = isoOf(m[2]);
      return { ...span, kind: 'money', value: num(m[3]!), bound: m[1] === 'under' ? 'under' : 'over', ...(unit ? { unit } : {}) };
    }
    return undefined;
  }
  if (dim === 'Duration' && (m = /^DurationData (\d+) (\w+)$/.exec(value))) {
    const pattern = DURATION_UNITS[m[2]!];
    return pattern ? { ...span, kind: 'duration', value: [pattern.replace('#', m[1]!)] } : undefined;
  }
  if (dim === 'Time') {
    // Only plain calendar values are judged on their value; the rest (holidays, intervals,
    // times relative to the reference moment) on their span.
    if ((m = /^datetime \((\d+), (\d+), (\d+), \d+, \d+, \d+\) (Day|Month|Year)$/.exec(value))) {
      const [, y, mo, d, grain] = m;
      const iso = grain === 'Year' ? y! : grain === 'Month' ? `${y}-${pad(+mo!)}` : `${y}-${pad(+mo!)}-${pad(+d!)}`;
      return { ...span, kind: 'date', value: [iso] };
    }
    return { ...span, kind: 'date' };
  }
  return undefined;
}

/** The moment Duckling's corpora are relative to. */
const DUCKLING_NOW = '2013-02-12T04:30:00-02:00';

/** Duckling reads vague quantities as numbers (`a few` → 3); we do not. */
const VAGUE = /^(?:an?[ \t]+)?(?:few|couple(?:[ \t]+of)?|pair|single|nil)$/i;

function readDuckling(dir: string, rel: string): Spec | undefined {
  const m = /(\w+)_(EN|ZH)\.json$/.exec(rel);
  if (!m) return undefined;
  const dim = m[1]!;
  const lang = m[2] === 'ZH' ? 'zh' : 'en';
  const kinds: Record<string, FactKind[]> = {
    Numeral: ['number'], Ordinal: ['ordinal'], AmountOfMoney: ['money', 'number'], Duration: ['duration'], Time: ['date'],
  };
  if (!kinds[dim]) return undefined;
  const cases: Case[] = [];
  let index = 0;
  for (const group of readJson(join(dir, rel)) as { value: string; inputs: string[] }[]) {
    for (const input of group.inputs) {
      const id = `${rel}#${index++}`;
      const e = expectDuckling(dim, group.value, input, lang);
      if (!e) continue;
      const skip = VAGUE.test(input.trim()) ? 'vague quantities (a few, a couple, single) are not numbers for us' : undefined;
      cases.push({ id, input, expected: [e], referenceDate: DUCKLING_NOW, ...(skip ? { skip } : {}) });
    }
  }
  return { file: rel, lang, kinds: kinds[dim], cases };
}

function listJson(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listJson(dir, rel));
    else if (entry.name.endsWith('.json')) out.push(rel);
  }
  return out.sort();
}

/** Reads every spec file we can judge under `dir` (the `facts` folder). */
function readSpecs(dir: string): Spec[] {
  return listJson(dir)
    .map((rel) => (rel.startsWith('duckling/') ? readDuckling(dir, rel) : readRecognizers(dir, rel)))
    .filter((s): s is Spec => s !== undefined);
}

/** Seconds in an ISO 8601 duration (a year of 365 days, a month of a twelfth of it), or NaN. */
function durationSeconds(iso: string): number {
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  const q = /^P([\d.]+)Q$/.exec(iso);
  if (q) return Number(q[1]) * 3 * (365 / 12) * 86400;
  if (!m || iso === 'P' || iso === 'PT') return NaN;
  const n = (k: number): number => Number(m[k] ?? 0);
  return ((n(1) * 365 + n(2) * (365 / 12) + n(3) * 7 + n(4)) * 24 + n(5)) * 3600 + n(6) * 60 + n(7);
}

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether an interval of ours without its year (`--11-10/--11-20`) is theirs in some year, end by end. */
function yearlessEnds(theirs: string, ours: string): boolean {
  const [a, b] = theirs.split('/');
  const [c, d] = ours.split('/');
  return a !== undefined && b !== undefined && c !== undefined && d !== undefined && /^\d{4}-/.test(a) && /^\d{4}-/.test(b)
    && a.slice(4) === c.slice(1) && b.slice(4) === d.slice(1);
}

/** True when our candidate is the expected fact: same span, kind and value. */
function matches(e: Expected, f: FactCandidate): boolean {
  if (e.start !== f.start || e.end !== f.end) return false;
  if (e.kind !== f.kind) return false;
  if (e.value === undefined) return true;
  if (Array.isArray(e.value)) {
    if (typeof f.value !== 'string') return false;
    const ours = f.value;
    if (e.kind === 'duration') return e.value.some((v) => v === ours || close(durationSeconds(v), durationSeconds(ours)));
    // Our day without its month (`---15`) is their `--XX-15`.
    return e.value.some((v) => v === ours || (ours.startsWith('--') && v.length > 4 && v.slice(4) === ours.slice(1))
      || (ours.startsWith('--') && ours.includes('/') && yearlessEnds(v, ours))
      || (ours.startsWith('---') && v === `--XX-${ours.slice(3)}`)
      || (ours.startsWith('T') && v.endsWith(ours)));
  }
  if (typeof f.value !== 'number' || !close(e.value, f.value)) return false;
  if ((e.max === undefined) !== (f.max === undefined)) return false;
  if (e.max !== undefined && f.max !== undefined && !close(e.max, f.max)) return false;
  if (e.bound !== f.bound && e.bound !== undefined) return false;
  if (e.unit !== undefined && e.kind === 'money' && e.unit !== f.unit) return false;
  return true;
}

const SHAPE_WORDS: readonly [RegExp, string][] = [
  [/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi, 'MONTH'],
  [/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b/gi, 'WEEKDAY'],
  [/\b(?:spring|summer|fall|autumn|winter)s?\b/gi, 'SEASON'],
  [/\b(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b/gi, 'ORD'],
  [/\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|a|an)[ -]?)+\b/gi, 'N '],
  [/\d+/g, '9'],
  [/[一二两三四五六七八九十百千零〇]+/g, '九'],
  [/(?:星期|周|礼拜)[日天]/g, '周九'],
];

/**
 * The general shape of a date's text, for grouping failures: month and weekday names, seasons,
 * ordinals and numbers (digits, English words, Chinese numerals) replaced by their class
 * (`Saturday the 19th` → `WEEKDAY the ORD`, `3月5日` → `9月9日`).
 */
export function shapeOf(text: string, _lang: 'en' | 'zh'): string {
  let out = text.toLowerCase();
  for (const [re, name] of SHAPE_WORDS) out = out.replace(re, name);
  return out.replace(/\s+/g, ' ').trim();
}

function describe(f: FactCandidate, input: string): string {
  const extra = [f.unit, f.max !== undefined ? `max ${f.max}` : '', f.bound ?? '', f.approx ? '~' : ''].filter(Boolean).join(' ');
  return `${f.kind} "${input.slice(f.start, f.end)}" ${f.value}${extra ? ` ${extra}` : ''}`;
}

function describeExpected(e: Expected): string {
  const extra = [e.unit, e.max !== undefined ? `max ${e.max}` : '', e.bound ?? ''].filter(Boolean).join(' ');
  const value = Array.isArray(e.value) ? e.value.join('|') : e.value ?? '(span)';
  return `${e.kind} "${e.text}" ${value}${extra ? ` ${extra}` : ''}`;
}

/** Scores one part of a spec file. */
function scoreSpec(spec: Spec, part: Part, failures: number): FactRow {
  let exact = 0;
  let scored = 0;
  let skipped = 0;
  let expectedTotal = 0;
  let foundTotal = 0;
  let matched = 0;
  const failed: string[] = [];
  const failedShapes: string[] = [];
  const cases = spec.cases.filter((c) => partOf(c.id) === part);
  const contextOf = (c: Case) => (c.referenceDate ? { referenceDate: c.referenceDate } : {});
  for (const c of cases) {
    if (c.skip) {
      skipped++;
      continue;
    }
    scored++;
    const all = extractCandidates(c.input, spec.lang, contextOf(c));
    const found = all.filter((f) => spec.kinds.includes(f.kind)
      && (!spec.rangesOnly || f.max !== undefined || f.bound !== undefined) && !(spec.numbersOnly === true && withSymbol(c.input, f)));
    // A number written with its unit is that unit's fact for us (`$10000` is money, `3 years`
    // a duration), so in the plain-number files an expected number inside such a fact of ours
    // is not asked of the number kind.
    const inUnit = (e: Expected): boolean => spec.numbersOnly === true && all.some((f) => f.kind !== 'number'
      && f.kind !== 'ordinal' && f.start <= e.start && e.end <= f.end && (f.end - f.start) > (e.end - e.start));
    const expected = c.expected.filter((e) => (spec.kinds.includes(e.kind) || spec.rangesOnly) && !inUnit(e));
    const hits = expected.filter((e) => found.some((f) => matches(e, f))).length;
    expectedTotal += expected.length;
    foundTotal += found.length;
    matched += hits;
    if (hits === expected.length && found.length === expected.length) exact++;
    else if (part === 'tuning') {
      failedShapes.push(expected.length ? expected.map((e) => shapeOf(e.text, spec.lang)).join(' ; ')
        : `(none wanted) ${found.map((f) => shapeOf(c.input.slice(f.start, f.end), spec.lang)).join(' ; ')}`);
    }
    if (!(hits === expected.length && found.length === expected.length) && part === 'tuning' && failed.length < failures) {
      failed.push(`${JSON.stringify(c.input)}\n    want: ${expected.map(describeExpected).join('; ') || '(nothing)'}`
        + `\n    got:  ${found.map((f) => describe(f, c.input)).join('; ') || '(nothing)'}`);
    }
  }
  const timed = cases.filter((c) => !c.skip);
  let time = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (const c of timed) extractCandidates(c.input, spec.lang, contextOf(c));
    time = Math.min(time, performance.now() - t0);
  }
  return {
    file: spec.file,
    lang: spec.lang,
    part,
    cases: scored,
    skipped,
    exact: scored ? exact / scored : 1,
    recall: expectedTotal ? matched / expectedTotal : 1,
    precision: foundTotal ? matched / foundTotal : 1,
    usPerCase: scored ? (time * 1000) / scored : 0,
    failures: failed,
    failedShapes,
  };
}

/**
 * Runs our extractors over the spec files and returns two rows per file: its tuning part and
 * its held-out part (failures are kept for the tuning part only).
 * Throws when the data folder does not exist.
 */
export function evaluateFacts(options: FactEvalOptions = {}): FactRow[] {
  const dir = options.dataDir ?? defaultFactsDir;
  if (!existsSync(dir)) throw new Error(`no facts data at ${dir}`);
  return readSpecs(dir)
    .filter((s) => (!options.lang || s.lang === options.lang) && (!options.file || s.file.includes(options.file)))
    .flatMap((s) => (['tuning', 'held-out'] as const).map((part) => scoreSpec(s, part, options.failures ?? 0)));
}

/** Formats rows as a plain-text table. */
export function formatFactTable(rows: readonly FactRow[]): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const header = ['spec', 'lang', 'part', 'cases', 'skip', 'exact', 'recall', 'prec', 'µs/case'];
  const body = rows.map((r) => [r.file, r.lang, r.part, String(r.cases), String(r.skipped), pct(r.exact), pct(r.recall),
    pct(r.precision), r.usPerCase.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

/** Extraction speed on one text: megabytes (UTF-16 code units / 1e6) per second, best of `rounds`. */
export interface SpeedRow {
  lang: 'en' | 'zh';
  megabytes: number;
  facts: number;
  /** Best wall-clock time. */
  ms: number;
  /** Best CPU time of the process (user + system), which a busy machine does not inflate. */
  cpuMs: number;
  mbPerSecond: number;
  mbPerCpuSecond: number;
}

/**
 * Measures `extractCandidates` on the paragraphs of one language from the bilingual articles in
 * `../shared/data/align/articles`, repeated to at least `minChars` characters.
 */
export function measureSpeed(lang: 'en' | 'zh', options: { alignDir?: string; minChars?: number; rounds?: number } = {}): SpeedRow {
  const dir = options.alignDir ?? resolve(projectRoot, '../shared/data/align/articles/wmt24');
  if (!existsSync(dir)) throw new Error(`no articles at ${dir}`);
  let one = '';
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const gold = readJson(join(dir, name)) as Record<'en' | 'zh', string[]>;
    one += `${gold[lang].join('\n\n')}\n\n`;
  }
  let text = one;
  while (text.length < (options.minChars ?? 5e6)) text += one;
  let best = Infinity;
  let bestCpu = Infinity;
  let facts = 0;
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    facts = extractCandidates(text, lang, {}).length;
    best = Math.min(best, performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const megabytes = text.length / 1e6;
  return { lang, megabytes, facts, ms: best, cpuMs: bestCpu, mbPerSecond: megabytes / (best / 1000), mbPerCpuSecond: megabytes / (bestCpu / 1000) };
}

/** Case-exact share of a group of rows: cases-weighted, skipped cases left out. */
export interface Summary {
  group: string;
  lang: 'en' | 'zh' | 'all';
  part: Part;
  cases: number;
  exact: number;
}

/** The Recognizers files of numbers, ordinals, percentages, ranges and money (the issue's target set). */
const NUMBER_FILES = /recognizers\/(?:Number\/|NumberWithUnit\/[^/]+\/CurrencyModel)/;
/** The Recognizers date and time files (scored with each case's reference date). */
const DATE_FILES = /recognizers\/DateTime\//;

/**
 * Case-exact over the Recognizers number files and over the Recognizers date files, per
 * language and both languages together, for each part.
 */
export function summarize(rows: readonly FactRow[]): Summary[] {
  const out: Summary[] = [];
  for (const [group, files] of [['numbers+ordinals+percent+ranges+money', NUMBER_FILES], ['dates and times', DATE_FILES]] as const) {
    for (const part of ['tuning', 'held-out'] as const) {
      for (const lang of ['en', 'zh', 'all'] as const) {
        const picked = rows.filter((r) => r.part === part && (lang === 'all' || r.lang === lang) && files.test(r.file));
        const cases = picked.reduce((n, r) => n + r.cases, 0);
        if (cases) out.push({ group, lang, part, cases, exact: picked.reduce((n, r) => n + r.exact * r.cases, 0) / cases });
      }
    }
  }
  return out;
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const lang = arg('--lang');
  if (lang && lang !== 'en' && lang !== 'zh') throw new Error('--lang takes en or zh');
  const dataDir = arg('--data') ?? defaultFactsDir;
  if (!existsSync(dataDir)) {
    process.stderr.write(`facts eval: no data at ${dataDir}; nothing to measure\n`);
    process.exitCode = 2;
    return;
  }
  if (argv.includes('--speed')) {
    for (const l of lang ? [lang as 'en' | 'zh'] : (['en', 'zh'] as const)) {
      const r = measureSpeed(l);
      process.stdout.write(`${l}: ${r.megabytes.toFixed(2)} M chars, ${r.facts} facts, wall ${r.ms.toFixed(0)} ms`
        + ` (${r.mbPerSecond.toFixed(1)} MB/s), cpu ${r.cpuMs.toFixed(0)} ms (${r.mbPerCpuSecond.toFixed(1)} MB/s)\n`);
    }
    return;
  }
  const file = arg('--file');
  const rows = evaluateFacts({
    dataDir,
    ...(lang ? { lang: lang as 'en' | 'zh' } : {}),
    ...(file ? { file } : {}),
    failures: Number(arg('--failures') ?? 0),
  });
  if (argv.includes('--shapes')) {
    const counts = new Map<string, number>();
    for (const r of rows) for (const shape of r.failedShapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    process.stdout.write(`tuning failures by shape (${rows.reduce((n, r) => n + r.failedShapes.length, 0)} cases):\n`);
    for (const [shape, n] of sorted) process.stdout.write(`${String(n).padStart(4)}  ${shape}\n`);
    return;
  }
  process.stdout.write(`${formatFactTable(rows)}\n`);
  for (const t of summarize(rows)) {
    process.stdout.write(`recognizers ${t.group}, ${t.lang}, ${t.part}: ${(100 * t.exact).toFixed(1)}% case-exact over ${t.cases} cases\n`);
  }
  for (const r of rows) {
    if (r.failures.length) process.stdout.write(`\n## ${r.file}\n${r.failures.map((f) => `  ${f}`).join('\n')}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
