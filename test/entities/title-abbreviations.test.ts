import { describe, expect, it } from 'vitest';
import { namesIn } from './people.js';

describe('a title written short with its stop before a name', () => {
  it.each([
    ['Mr. Zhou signed the lease on Monday.', 'zhou'],
    ['Dr. Fang Lin led the survey.', 'fang lin'],
    ['The panel thanked Prof. Gao Jie.', 'gao jie'],
  ])('%s', (text, key) => {
    expect(namesIn(text, 'en', 'person').map(([, k]) => k)).toContain(key);
  });

  it('is no name after a sentence that ends on an abbreviation of the day', () => {
    expect(namesIn('The shop shuts at 6 p.m. Zhou locks up.', 'en', 'person').map(([, k]) => k)).not.toContain('zhou');
  });
});
