import { describe, expect, it } from 'vitest';
import { align, alignFiles } from '../../src/index.js';
import { isLexiconLoaded } from '../../src/lexicon/load.js';

describe('the lexicon loads only when a stage needs it', () => {
  it('is not read with lexicon: false, even for sentences and line files', () => {
    align('The snow fell all night. The yard was white.\n\n雪下了一整夜。院子里一片白。', { lexicon: false });
    alignFiles({ text: 'One line.\nTwo lines.\n' }, { text: '一行。\n两行。\n' }, { split: 'line', lexicon: false });
    expect(isLexiconLoaded()).toBe(false);
  });

  it('is not read when no pair has more than one sentence a side', () => {
    align('The snow fell all night.\n\n雪下了一整夜。');
    expect(isLexiconLoaded()).toBe(false);
  });

  it('is read for sentences', () => {
    align('The snow fell all night. The yard was white.\n\n雪下了一整夜。院子里一片白。');
    expect(isLexiconLoaded()).toBe(true);
  });
});
