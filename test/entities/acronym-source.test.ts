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

describe('a name before a speech verb or after its attribution is a person', () => {
  const people = (text: string): string[] => extractEntities(text, 'en', {}).filter((e) => e.type === 'person').map((e) => String(e.value));
  it.each([
    ['Boris Johnson said on Monday that talks would go on.', 'boris johnson'],
    ['"Talks will go on," said Jacinda Ardern.', 'jacinda ardern'],
    ['Talks will go on, according to Jacinda Ardern.', 'jacinda ardern'],
  ])('%s', (text, key) => {
    expect(people(text)).toContain(key);
  });

  it.each([
    'The Language Commissioner said talks would go on.',
    'Talks will go on, the country’s Language Commissioner said.',
    // Two capitalized words opening with no known given name, with no title or speech verb beside them.
    'Qarvo Dunmore arrived on Monday.',
  ])('%s: none', (text) => {
    expect(people(text)).toEqual([]);
  });
});
