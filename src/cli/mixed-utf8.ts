/**
 * UTF-8 with a few stray bytes of another encoding, as text pasted together from several pages
 * often is: a page's curly quotes or dashes saved as Windows-1252 (`\x93record\x94`) among UTF-8
 * Chinese, or a last character cut in two by a copy that stopped short. Strict UTF-8 refuses the
 * whole file for one such byte, and a legacy Chinese decoding of it turns every Chinese character
 * into another.
 */

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F, where it differs from Latin-1, from the
 * WHATWG Encoding Standard's index-windows-1252 (the five bytes it leaves undefined read as U+FFFD).
 * Node's `TextDecoder('windows-1252')` reads these bytes as Latin-1's C1 controls.
 */
const WINDOWS_1252_C1 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * Valid UTF-8 characters of more than one byte there must be for each stray byte (see
 * `mostlyUtf8`). GB18030 and Big5 text read as UTF-8 holds at most one such character, made by
 * chance, for three or four stray bytes (0.04 to 0.28 a stray byte over Chinese pages of every
 * kind): a ratio of 4 keeps them apart with room to spare.
 */
const VALID_PER_STRAY = 4;
/** Fewest valid UTF-8 characters of more than one byte for a text to be read as UTF-8 with stray bytes. */
const VALID_LEAST = 8;

/** The text of bytes that are UTF-8 but for a few stray bytes, and how many bytes were stray. */
export interface MostlyUtf8 {
  text: string;
  /** Bytes that were no part of a UTF-8 character. */
  stray: number;
}

/**
 * Reads `bytes` as UTF-8 when they are UTF-8 but for a few stray bytes: at least one, and at least
 * `VALID_PER_STRAY` characters of two bytes or more (valid UTF-8) for each (and `VALID_LEAST` in all). A stray byte standing
 * alone is read as Windows-1252 (Latin-1 above 0x9F), a character cut short (a lead byte and part
 * of what should follow it) as U+FFFD, as the WHATWG decoder counts them. Text in GB18030 or Big5
 * holds almost no valid UTF-8 of more than one byte, so it is left to the other decodings
 * (undefined), as is text that holds no stray byte. `known`: the text is UTF-8 whatever it holds
 * (a byte order mark says so), and any stray bytes are read so. Linear in the bytes.
 */
export function mostlyUtf8(bytes: Uint8Array, known = false): MostlyUtf8 | undefined {
  // The bytes are counted first, and read only when they pass: a legacy Chinese file, most of
  // whose bytes are stray, costs one scan and no strings.
  let valid = 0;
  let stray = 0;
  scan(bytes, (_at, cut) => { stray += cut; }, () => { valid++; });
  if (stray === 0 || (!known && (valid < VALID_LEAST || valid < stray * VALID_PER_STRAY))) return undefined;
  // Runs of valid bytes and what stands for the stray bytes between them.
  const parts: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let runStart = 0;
  scan(bytes, (at, cut) => {
    if (at > runStart) parts.push(decoder.decode(bytes.subarray(runStart, at)));
    parts.push(cut === 1 ? strayCharacter(bytes[at]!) : '\ufffd');
    runStart = at + cut;
  });
  if (runStart < bytes.length) parts.push(decoder.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), stray };
}

/**
 * Walks `bytes` as UTF-8: `stray(at, cut)` for each run of `cut` bytes at `at` that make up no
 * character (a stray byte, or a character cut short: its lead byte and the continuation bytes
 * that follow it, as the WHATWG decoder counts them), and `valid` for each character of more than
 * one byte.
 */
function scan(bytes: Uint8Array, stray: (at: number, cut: number) => void, valid?: () => void): void {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 1 && length === expectedLength(b)) {
      valid?.();
      i += length;
      continue;
    }
    const cut = Math.max(1, length);
    stray(i, cut);
    i += cut;
  }
}

/** How many bytes a character starting with lead byte `b` takes (0: no lead byte). */
function expectedLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * How many bytes from `at` belong to the character its lead byte starts: the whole character
 * when it is valid, else the lead byte and the continuation bytes that may follow it before one
 * may not (the "maximal subpart" of the WHATWG decoder); 0 for a byte that leads nothing.
 */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const b = bytes[at]!;
  const expected = expectedLength(b);
  if (expected === 0) return 0;
  // The range of the first continuation byte, narrower after some lead bytes (no overlong form, no surrogate, nothing past U+10FFFF).
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  let k = 1;
  for (; k < expected && at + k < bytes.length; k++) {
    const c = bytes[at + k]!;
    if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) break;
  }
  return k;
}

/** What a stray byte reads as: its Windows-1252 character. */
function strayCharacter(b: number): string {
  return b <= 0x9f ? WINDOWS_1252_C1[b - 0x80]! : String.fromCharCode(b);
}
