import { createRequire } from 'node:module';

type StringWidth = (text: string) => number;
let stringWidth: StringWidth | undefined;
type StripAnsi = (text: string) => string;
let stripAnsi: StripAnsi | undefined;

/**
 * Terminal columns `text` takes (Chinese characters take two), as string-width counts them.
 * Text made only of characters whose width string-width gives alike in any context is
 * counted here; anything else asks string-width, loaded on first use.
 */
export function width(text: string): number {
  // Printable ASCII, Latin, Greek, general punctuation, letter-like symbols, number forms,
  // arrows, mathematical operators and box drawing (one column), CJK ideographs and
  // punctuation (two). None of these joins a neighbour into one grapheme; anything else
  // (emoji, combining marks, zero-width and control codes) asks string-width for the whole text.
  let columns = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) columns += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x3029) || (c >= 0x302e && c <= 0x303e) || (c >= 0xff01 && c <= 0xff60)) columns += 2;
    else if ((c >= 0xa1 && c <= 0x24f && c !== 0xad) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x2010 && c <= 0x2027)
      || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2100 && c <= 0x218f) || (c >= 0x2190 && c <= 0x22ff)
      || (c >= 0x2500 && c <= 0x257f)) columns += 1;
    else return slowWidth(text);
  }
  return columns;
}

/**
 * Code units string-width is given at a time. It reads grapheme clusters with `Intl.Segmenter`,
 * whose walk over one string slows past 64K code units until it is quadratic (80K astral
 * characters took 40 s against 0.4 s for 60K), so a longer text is measured in pieces cut
 * where no cluster can span the cut (`safeCut`).
 */
export const WIDTH_PIECE = 8192;

/** How far past a piece's end a safe cut is looked for before the text is cut between two code points. */
const CUT_REACH = 1024;

function slowWidth(text: string): number {
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
  if (text.length <= WIDTH_PIECE) return stringWidth(text);
  // string-width strips terminal escape sequences before it measures: stripped here first, so that no cut falls inside one.
  let plain = text;
  if (plain.includes('\u001b') || plain.includes('\u009b')) {
    stripAnsi ??= (createRequire(import.meta.url)('strip-ansi') as { default: StripAnsi }).default;
    plain = stripAnsi(plain);
  }
  let columns = 0;
  for (let from = 0; from < plain.length;) {
    const to = from + WIDTH_PIECE >= plain.length ? plain.length : safeCut(plain, from + WIDTH_PIECE);
    columns += stringWidth(plain.slice(from, to));
    from = to;
  }
  return columns;
}

/**
 * A cut at or after `at` that no grapheme cluster spans (Unicode's UAX #29): before printable
 * ASCII, a Han character or an emoji that is no modifier, unless a prepended mark stands before
 * it, or a zero-width joiner before an emoji. The text holds no escape sequence (`slowWidth` strips them).
 * None within `CUT_REACH` (a soup of combining marks): the cut between two code points there,
 * which may part a mark from its base (a column at most).
 */
export function safeCut(text: string, at: number): number {
  const end = Math.min(text.length, at + CUT_REACH);
  for (let k = at; k < end; k++) {
    const c = text.codePointAt(k)!;
    const emoji = c >= 0x1f300 && c <= 0x1faff && !(c >= 0x1f3fb && c <= 0x1f3ff);
    const startsCluster = emoji || (c >= 0x20 && c < 0x7f) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
      || (c >= 0x20000 && c <= 0x3134f);
    if (startsCluster && !joinsNext(text.codePointAt(k - 1 - (isLowSurrogate(text.charCodeAt(k - 1)) ? 1 : 0))!, emoji)) return k;
  }
  return isLowSurrogate(text.charCodeAt(end)) ? end + 1 : end;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether `c` joins the character after it into its cluster: a zero-width joiner joins an emoji
 * (`emoji`: UAX #29's GB11; a space, a letter or Han after it starts a cluster of its own), a
 * prepended concatenation mark (Grapheme_Cluster_Break=Prepend) joins anything.
 */
function joinsNext(c: number, emoji: boolean): boolean {
  if (c === 0x200d) return emoji;
  return (c >= 0x600 && c <= 0x605) || c === 0x6dd || c === 0x70f || c === 0x890 || c === 0x891 || c === 0x8e2
    || c === 0xd4e || c === 0x110bd || c === 0x110cd || c === 0x111c2 || c === 0x111c3 || c === 0x1193f || c === 0x11941
    || c === 0x11a3a || (c >= 0x11a84 && c <= 0x11a89) || c === 0x11d46 || c === 0x11f02;
}
