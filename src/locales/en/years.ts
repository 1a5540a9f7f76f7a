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
  if (!yearLike(token)) return false;
  const before = text.slice(Math.max(0, token.start - 40), token.start);
  return YEAR_CONTEXT.test(before.slice(-24)) && !CHANGE_BY.test(before);
}

/** `rose by 2000`, `cut it by 1500`: after a word of change, `by` gives an amount, not a year. */
const CHANGE_BY = /\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|gr[eo]w[ns]?|growing|(?:in|de)creas(?:e[sd]?|ing)|cut(?:s|ting)?|rais(?:e[sd]?|ing)|reduc(?:e[sd]?|ing)|dropp?(?:ed|s|ing)?|climb(?:ed|s|ing)?|declin(?:e[sd]?|ing)|jump(?:ed|s|ing)?|slipp?(?:ed|s|ing)?|up|down|more|less|higher|lower|widen(?:ed|s|ing)?|narrow(?:ed|s|ing)?|outnumber(?:ed|s)?)\b(?:[ \t]+[a-z]+){0,2}[ \t]+by[ \t]+$/i;
