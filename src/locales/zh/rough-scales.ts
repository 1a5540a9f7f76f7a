/**
 * A scale word standing for its own value with a bound before it: `上亿` / `过亿` (over a hundred
 * million), `上万` (tens of thousands), `近亿` (nearly a hundred million), `过亿元` (over 100 million
 * yuan), as English writes `more than 100 million`. Without the bound word a lone 亿 is no number.
 */
import type { FactCandidate } from '../../types.js';
import type { ZhExtractor } from './shared.js';

const ROUGH = /(上|过|過|逾|超|近|将近|將近)(亿|億|万|萬)(?:(美元|港元|港币|港幣|欧元|歐元|日元|英镑|英鎊|元|人民币|人民幣)|(?![亿億万萬元]))/g;
const CURRENCY: Readonly<Record<string, string>> = {
  美元: 'USD', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', 欧元: 'EUR', 歐元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 英鎊: 'GBP',
  元: 'CNY', 人民币: 'CNY', 人民幣: 'CNY',
};

/** Finds 上亿, 过亿元, 近万 and the like. */
export const roughScales: ZhExtractor = (t) => {
  const out: FactCandidate[] = [];
  ROUGH.lastIndex = 0;
  for (let m = ROUGH.exec(t.norm); m; m = ROUGH.exec(t.norm)) {
    // 上万 only before a measure or a noun; 不上万 reads the same. 上亿 after a numeral is part of it.
    if (/[\d〇零一二两兩三四五六七八九十百千]/.test(t.norm[m.index - 1] ?? '')) continue;
    const value = m[2] === '亿' || m[2] === '億' ? 1e8 : 1e4;
    const bound = m[1]!.includes('近') ? 'under' : 'over';
    const unit = m[3] ? CURRENCY[m[3]] : undefined;
    out.push({
      kind: unit ? 'money' : 'number', start: m.index, end: m.index + m[0].length, value, approx: true, bound,
      ...(unit ? { unit } : {}),
    });
  }
  return out;
};
