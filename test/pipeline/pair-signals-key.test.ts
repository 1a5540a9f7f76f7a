import { describe, expect, it } from 'vitest';
import { sameKey, textSignals } from '../../src/pipeline/pair-signals.js';

/** FNV-1a over the key's code units, as the digest is meant to read it. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}

describe('key digest', () => {
  it('reads the key a text would build, whatever character it holds', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const signals = textSignals(`Ab ${String.fromCharCode(c)}，中Ｑ.`);
      const digest = signals.keyDigest;
      if (digest.length !== signals.key.length || digest.hash !== hashOf(signals.key)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('reads texts with letters whose lower case depends on their place', () => {
    for (const text of ['ΟΔΟΣ ΣΑΣ', 'İstanbul', 'ǅ Ǆ', 'a😀b', 'x\ud800y']) {
      const signals = textSignals(text);
      expect(signals.keyDigest.hash, text).toBe(hashOf(signals.key));
      expect(signals.keyDigest.length, text).toBe(signals.key.length);
    }
  });

  it('tells texts of the same key from others', () => {
    const a = textSignals('The Fair opened, in Town!');
    expect(sameKey(a, textSignals('the fair opened in town'))).toBe(true);
    expect(sameKey(a, textSignals('ＴＨＥ ＦＡＩＲ ＯＰＥＮＥＤ in town。'))).toBe(true);
    expect(sameKey(a, textSignals('The Fair opened, in Town!'))).toBe(true);
    expect(sameKey(a, textSignals('The Fair opened in Towns'))).toBe(false);
    expect(sameKey(textSignals('会议在成都举行。'), textSignals('会议 在 成都 举行'))).toBe(true);
    expect(sameKey(textSignals('会议在成都举行。'), textSignals('会议在北京举行。'))).toBe(false);
  });
});

describe('footnote marks', () => {
  it('are left out of the length and the numbers, whatever marks them', () => {
    const plain = textSignals('The port handled 12 ships.');
    for (const marked of ['The port[3] handled 12 ships.', 'The port² handled 12 ships.', 'The port[note 4] handled 12 ships.', 'The port⁷ handled 12 ships.']) {
      const signals = textSignals(marked);
      expect(signals.length).toBe(plain.length);
      expect(signals.numberKeys).toEqual(plain.numberKeys);
    }
    // A bracket that marks no footnote stays.
    expect(textSignals('The port [A] handled 12 ships.').length).toBe(plain.length + 3);
  });
});
