import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';

const orgs = (text: string): string[] => extractEntities(text, 'en', {}).filter((e) => e.type === 'org').map((e) => String(e.value));

describe('an acronym named as the source of what is said', () => {
  it.each([
    ['Output grew 5 percent in May, said the ONS.', 'ons'],
    ['Output grew 5 percent in May, according to the ONS.', 'ons'],
    ['The ONS reported that output grew 5 percent in May.', 'ons'],
    ['Figures from the IEA show demand rising.', 'iea'],
  ])('%s', (text, key) => {
    expect(orgs(text)).toContain(key);
  });

  it.each([
    'The GDP grew 5 percent in May.',
    'He said the TV was broken.',
    'Output grew in the UK, said the minister.',
  ])('%s: none', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});
