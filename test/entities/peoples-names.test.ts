import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/index.js';
import { namesIn } from './people.js';

describe("a plural noun's possessive inside a name", () => {
  it.each([
    ["The People's Bank of China kept its benchmark rate unchanged.", 'org', 'pboc'],
    ["Delegates of the National People's Congress arrived on Sunday.", 'org', entityKey('全国人民代表大会', 'zh', 'org')],
    ["The Children's Hospital opened a new wing.", 'org', entityKey("Children's Hospital", 'en', 'org')],
  ])('%s', (text, type, key) => {
    expect(namesIn(text, 'en', type as 'org').map(([, k]) => k)).toContain(key);
  });

  it('keeps a plural\'s possessive mark inside a name', () => {
    expect(namesIn("The Shanghai Retailers' Association met on Friday.", 'en', 'org').map(([found]) => found)).toEqual(["Shanghai Retailers' Association"]);
    expect(namesIn('The Pilots’ Union called a strike.', 'en', 'org').map(([found]) => found)).toEqual(['Pilots’ Union']);
    expect(namesIn("The drivers' union called a strike.", 'en', 'org')).toEqual([]);
  });

  it('still ends a name on a person\'s possessive', () => {
    expect(namesIn("Chengdu's mayor met Zhang Wei on Monday.", 'en', 'place').map(([found]) => found)).toContain('Chengdu');
  });
});

describe('papers and national bodies, keyed alike in both languages', () => {
  it.each([
    ['China Daily', '中国日报'],
    ["People's Daily", '人民日报'],
    ["the People's Liberation Army", '人民解放军'],
  ])('%s = %s', (en, zh) => {
    expect(entityKey(zh, 'zh', 'org')).toBe(entityKey(en.replace(/^the /, ''), 'en', 'org'));
  });

  it('reads a paper as an organization, not its country', () => {
    expect(namesIn('China Daily ran the story on its front page.', 'en', 'org').map(([found]) => found)).toContain('China Daily');
    expect(namesIn('据中国日报报道，展会吸引了五万名观众。', 'zh', 'org').map(([found]) => found)).toContain('中国日报');
  });

  it.each(['人民群众对结果很满意。', '全国各地都下了雨。', '他在人民公园散步。'])('no body in %s', (text) => {
    expect(namesIn(text, 'zh', 'org')).toEqual([]);
  });
});
