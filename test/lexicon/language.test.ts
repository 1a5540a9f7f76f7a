import { describe, expect, it } from 'vitest';
import { isLikelyEnglish } from '../../src/lexicon/language.js';

describe('isLikelyEnglish', () => {
  it.each([
    'The ferry to Lantau leaves every forty minutes from Pier 6.',
    'She said nothing and went back to the kitchen.',
    'Shares of Tencent rose 3% in Hong Kong on Tuesday.',
    'Xi Jinping met Olaf Scholz in Beijing.',
    'Zhang Wei',
    'Annual Report 2024',
  ])('English: %s', (text) => {
    expect(isLikelyEnglish(text)).toBe(true);
  });

  it.each([
    'El transbordador sale cada cuarenta minutos desde el muelle seis.',
    'Le musée est fermé le lundi et les jours fériés.',
    'Die Fähre fährt alle vierzig Minuten von der Anlegestelle ab.',
    'Il treno per Milano parte alle sei e non si ferma.',
    'Wo men ming tian qu shang hai kan peng you',
  ])('not English: %s', (text) => {
    expect(isLikelyEnglish(text)).toBe(false);
  });
});
