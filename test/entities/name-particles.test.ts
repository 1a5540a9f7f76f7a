import { describe, expect, it } from 'vitest';
import { peopleIn } from './people.js';
import { extractEntities } from '../../src/locales/en/entities.js';

const people = (text: string): string[] => peopleIn(text, 'en').map(([name]) => name);

describe('family names with particles', () => {
  it.each([
    ['Commission President Ursula von der Leyen said on Monday.', ['Ursula von der Leyen']],
    ['Brazilian President Luiz Inacio Lula da Silva arrived on Tuesday.', ['Luiz Inacio Lula da Silva']],
    ['Crown Prince Mohammed bin Salman met the delegation.', ['Mohammed bin Salman']],
    ['The airport is named after Charles de Gaulle.', ['Charles de Gaulle']],
    ['The museum shows works by Vincent van Gogh from 1888.', ['Vincent van Gogh']],
    // the Arabic article written with a capital inside a name, with a hyphen or not
    ['Energy Minister Saad Al-Kaabi spoke first.', ['Saad Al-Kaabi']],
    ['Foreign Minister Nasser Al Mansouri arrived on Sunday.', ['Nasser Al Mansouri']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    'Flights to Rio de Janeiro resumed on Friday.',
    'The Museo del Prado reopened.',
    'Ships left the Port of Spain at dawn.',
    'Lula da said nothing.',
    'The Al Ain club won on Sunday.',
  ])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps organization names with prepositions whole', () => {
    const found = extractEntities('The Bank of China and the Ministry of Foreign Affairs replied.').map((c) => c.type);
    expect(found).toEqual(['org', 'org']);
  });
});
