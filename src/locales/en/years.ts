import type { NumberToken } from './numbers.js';

/** Words after which a bare four-digit number is a year (`in 2003`, `since 2003`, `by 2030`). */
const YEAR_CONTEXT =
  /(?:\b(?:in|since|from|by|until|till|before|after|during|year|early|late|mid|as of|circa|between|fiscal|FY|spring|summer|autumn|fall|winter|end of|start of|beginning of|middle of)[ \t-]*(?:the[ \t]+(?:year[ \t]+)?)?|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t,]+)$/i;

/** True for a plausible year written as a bare number (1000–2199). */
export function yearLike(token: NumberToken): boolean {
  return token.bare === true && token.end - token.start === 4 && token.value >= 1000 && token.value < 2200;
}

/** True when `token` reads as a year in `text`: a bare four-digit number after a year word. */
export function readsAsYear(text: string, token: NumberToken): boolean {
  return yearLike(token) && YEAR_CONTEXT.test(text.slice(Math.max(0, token.start - 24), token.start));
}
