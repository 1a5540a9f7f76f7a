/** English number, ordinal and month words, lower case. */

/** Cardinal words below a hundred that stand alone (`one` … `nineteen`, `twenty` … `ninety`). */
export const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Multipliers: `hundred` multiplies what precedes it, the others close a group. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Ordinal words (`first` … `twentieth` … `ninetieth`, `hundredth` …). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6,
  billionth: 1e9, trillionth: 1e12, nineth: 9,
  ...compoundOrdinals(),
};

/** `twentyfifth`, `thirtyfirst`: tens and unit ordinals written as one word. */
function compoundOrdinals(): Record<string, number> {
  const tens = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
  const units = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
  const out: Record<string, number> = {};
  for (const [t, tv] of Object.entries(tens)) for (const [u, uv] of Object.entries(units)) out[t + u] = tv + uv;
  return out;
}

/** Denominators of spoken fractions (`a half`, `one third`, `three quarters`, `two fifths`). */
export const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, quarter: 4, quarters: 4, third: 3, thirds: 3, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10,
  tenths: 10, hundredth: 100, hundredths: 100, thousandth: 1e3, thousandths: 1e3, millionth: 1e6,
  millionths: 1e6, billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
};

/** Month names and their usual abbreviations, to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Alternation of keys, longest first, for use inside a regular expression. */
export function alternation(...tables: Readonly<Record<string, unknown>>[]): string {
  const keys = new Set<string>();
  for (const table of tables) for (const key of Object.keys(table)) keys.add(key);
  return [...keys].sort((a, b) => b.length - a.length).join('|');
}
