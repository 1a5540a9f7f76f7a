import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import type { Lang } from '../../src/types.js';

/**
 * How runs of words and characters are cut and read: connectors only inside a run of
 * capitalized words, cuts at `and the`/`of the`, demonyms of two words inside a longer run,
 * and Chinese names before titles and places before their suffixes. Our own sentences.
 */
const CASES: [Lang, string, string[]][] = [
  // `of` after a word in small letters joins nothing
  ['en', 'Officials from the ministry of Finance met Zhang Wei in Chengdu.', ['Zhang Wei/person=zhang wei', 'Chengdu/place=chengdu']],
  // `and the` cuts one run into two names
  ['en', 'Loans from the Bank of China and the Agricultural Bank of China rose.', ['Bank of China/org=boc', 'Agricultural Bank of China/org=abc']],
  // a connector at a run's end, and one after a word in small letters, belong to no name
  ['en', 'Visitors came to Chengdu and to Chongqing of the west.', ['Chengdu/place=chengdu', 'Chongqing/place=chongqing']],
  // a headline: a demonym of two words, then one of one word, inside one run
  ['en', 'Officials Say South Korean And Japanese Exports Rose In Beijing', ['South Korean/place=south korea', 'Japanese/place=japan', 'Beijing/place=beijing']],
  [
    'en',
    'The report of the Sichuan Provincial Department of Commerce and the Chengdu Bureau said so.',
    ['Sichuan Provincial Department of Commerce/org=commerce department sichuan', 'Chengdu Bureau/org=bureau chengdu'],
  ],
  // a surname before a term of address, a name after a boundary before a title
  ['zh', '王先生和欧阳女士昨天到达北京市，李强总理会见了他们。', ['王/person=wang', '欧阳/person=ouyang', '北京市/place=beijing', '李强/person=li qiang']],
  // the head of a city keeps its suffix: 成都市长 holds 成都
  ['zh', '马克龙总统说，成都市长和四川省的代表出席。', ['马克龙/person=makelong', '成都/place=chengdu', '四川省/place=sichuan']],
];

describe('runs of words and characters', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    const found = extractEntities(text, lang).map((c) => `${text.slice(c.start, c.end)}/${c.type}=${c.value}`);
    expect(found).toEqual(expected);
  });
});
