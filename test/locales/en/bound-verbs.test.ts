import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

describe('verbs of going past a figure are a lower bound, as exceeded is', () => {
  it.each(['Revenue topped 500 million yuan.', 'Revenue surpassed 500 million yuan.', 'Revenue exceeded 500 million yuan.'])('%s', (text) => {
    expect(extractCandidates(text, 'en').map((c) => `${c.kind}:${c.value} ${c.bound ?? ''}`)).toEqual(['money:500000000 over']);
  });

  it.each(['The top 10 firms hired more.', 'She passed 3 exams.'])('no bound in %s', (text) => {
    expect(extractCandidates(text, 'en').map((c) => c.bound)).toEqual([undefined]);
  });
});
