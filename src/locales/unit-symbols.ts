/**
 * Unit symbols that may stand glued to a number in either language (`1.2kg`, `4.8GHz`, `6800mAh`,
 * `16GB`, `500ml`): the SI brochure's symbols (9th edition, tables 2-4 and 8, with the prefixes
 * k, M, G, T, m, µ and n), the byte multiples of IEC 80000-13 as product sheets write them (KB,
 * MB, GB, TB, PB), and the few others spec sheets print (mAh, Mbps, fps, MP, ft, lb, mph). Case
 * matters: `5G` (a network) and `4K` (a screen) are names, not amounts, and `mb` is a millibar in a
 * forecast.
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'km', 'cm', 'mm', 'µm', 'μm', 'nm',
  'kg', 'g', 'mg', 'µg', 'μg', 'mcg',
  'ml', 'mL', 'L',
  'W', 'kW', 'MW', 'GW', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh', 'mAh', 'Ah', 'V', 'kV', 'mV',
  'Hz', 'kHz', 'MHz', 'GHz',
  'KB', 'kB', 'MB', 'GB', 'TB', 'PB', 'Kbps', 'Mbps', 'Gbps',
  'fps', 'MP', 'ha', 'ft', 'lb', 'lbs', 'mph',
]);

/** The longest symbol of `UNIT_SYMBOLS`. */
const LONGEST = 4;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xb5 || code === 0x3bc;
}

/**
 * Whether the letters at `at` in `text` are one unit symbol of `UNIT_SYMBOLS` and end there (no
 * letter or digit after them): `4.8GHz,` yes; `5G`, `MP3`, `5Gbit` no.
 */
export function unitSymbolAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at <= LONGEST && isLetter(text.charCodeAt(end))) end++;
  if (end === at || end - at > LONGEST) return false;
  const next = text.charCodeAt(end);
  if (next >= 48 && next <= 57) return false;
  return UNIT_SYMBOLS.has(text.slice(at, end));
}
