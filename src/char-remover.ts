/**
 * A function that removes from a text every character `oneChar` matches, as
 * `text.replace(/[CLASS]+/gu, '')` does, for a class of spacing, punctuation or symbols
 * (`/[\s\p{P}]/uy`): such a class holds no Han character, which are letters.
 *
 * The pattern's replace pays a match's setup for each run it removes, and English text has one
 * every word; this reads the text once, answering an ASCII character by what the pattern said
 * of the same code before (it is asked once a code, and only of codes a text holds), Han
 * without asking (the unified ideographs and extension A, not the hexagram symbols between
 * them), and any other character by the pattern at its place (a surrogate pair as one
 * character, as the `u` flag reads it). It gives one flat string where the replace gives a
 * chain of concatenations, a node a removed run, which a key kept for a whole run holds (some
 * 14 MB of a 2 MB article's pairing).
 *
 * `oneChar` must be sticky (`y`) and Unicode-aware (`u`), matching one character.
 */
export function charRemover(oneChar: RegExp): (text: string) => string {
  // What the pattern answered of each ASCII code met so far: 0 not asked yet, 1 removed, 2 kept.
  const ascii = new Uint8Array(128);
  return (text) => {
    const n = text.length;
    // The pieces kept, joined at the end into one flat string.
    const pieces: string[] = [];
    // Start of the characters kept since the last one removed.
    let kept = 0;
    for (let i = 0; i < n;) {
      const c = text.charCodeAt(i);
      let width = 1;
      let drop: boolean;
      if (c < 128) {
        let known = ascii[c]!;
        if (known === 0) {
          oneChar.lastIndex = i;
          known = oneChar.test(text) ? 1 : 2;
          ascii[c] = known;
        }
        drop = known === 1;
      } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) drop = false;
      else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) width = 2;
        }
        oneChar.lastIndex = i;
        drop = oneChar.test(text);
      }
      if (drop) {
        if (i > kept) pieces.push(text.slice(kept, i));
        kept = i + width;
      }
      i += width;
    }
    if (kept === 0) return text;
    if (kept < n) pieces.push(text.slice(kept));
    return pieces.join('');
  };
}
