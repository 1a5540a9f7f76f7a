import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { loadReadings } from '../../src/lexicon/readings.js';
import { contentLemmas, lemma } from '../../src/lexicon/english.js';
import { glossesOf, pinyinOf, segmentChinese } from '../../src/lexicon/chinese.js';
import { documentIdf, lexicalScore } from '../../src/lexicon/score.js';

describe('the compiled lexicon', () => {
  const lexicon = loadLexicon();

  it('gives English lemmas for simplified and traditional headwords', () => {
    expect(lexicon.glosses('眼睛')).toContain('eye');
    expect(lexicon.glosses('書')).toEqual(lexicon.glosses('书'));
    expect(lexicon.glosses('说')).toContain('say');
    expect(lexicon.glosses('不存在的词语')).toBeUndefined();
  });

  it('drops cross-references and function words from glosses', () => {
    for (const g of lexicon.glosses('书') ?? []) expect(['of', 'the', 'variant', 'see', 'cl']).not.toContain(g);
  });

  it('reads characters in toneless pinyin and knows proper nouns', () => {
    expect(pinyinOf('莫拉维茨基', loadReadings())).toEqual(['mo', 'la', 'wei', 'ci', 'ji']);
    expect(pinyinOf('重庆', loadReadings())).toEqual(['chong', 'qing']);
    expect(pinyinOf('曾国藩', loadReadings(), true)).toEqual(['zeng', 'guo', 'fan']);
    expect(lexicon.name('柏林')).toBe('Berlin');
    expect(lexicon.name('華沙')).toBe('Warsaw');
  });
});

describe('English lemmas', () => {
  it.each([
    ['walked', 'walk'], ['walking', 'walk'], ['stopped', 'stop'], ['cities', 'city'], ['said', 'say'],
    ['went', 'go'], ['going', 'go'], ['boxes', 'box'], ['children', 'child'], ['eyes', 'eye'], ['eye', 'eye'],
  ])('%s → %s', (word, expected) => {
    expect(lemma(word)).toBe(expected);
  });

  it('leaves function words out', () => {
    expect(contentLemmas('She had not been to the old harbour since the war.')).toEqual(['old', 'harbour', 'war']);
  });
});

describe('Chinese words', () => {
  const lexicon = loadLexicon();
  it('segments by longest match', () => {
    expect(segmentChinese('他突然笑了起来。', lexicon).map((w) => w.text)).toEqual(['他', '突然', '笑', '了', '起来']);
  });
  it('gives the glosses of a text for the pairing hook', () => {
    const g = glossesOf('她合上了书，望着窗外。', lexicon);
    expect(g.has('book')).toBe(true);
    expect(g.has('window')).toBe(true);
  });
});

describe('lexicalScore', () => {
  const lexicon = loadLexicon();
  const en = [
    'He suddenly laughed and put the book on the table.',
    '"Where are you going?" she asked, looking out of the window.',
    'The river froze early that winter, in 1952.',
  ];
  const zh = ['他突然笑了起来，把书放在桌上。', '“你去哪儿？”她望着窗外问道。', '那年冬天，河水在1952年早早结了冰。'];

  it('scores translations above other sentences of the same document', () => {
    const idf = documentIdf(en, zh, lexicon);
    for (let i = 0; i < en.length; i++) {
      const own = lexicalScore(en[i]!, zh[i]!, lexicon, idf);
      expect(own).toBeGreaterThan(0.3);
      for (let j = 0; j < zh.length; j++) {
        if (j !== i) expect(lexicalScore(en[i]!, zh[j]!, lexicon, idf)).toBeLessThan(own);
      }
    }
  });

  it('matches a name written in pinyin', () => {
    expect(lexicalScore('Qingyang nodded.', '清扬点了点头。', lexicon)).toBeGreaterThan(
      lexicalScore('Martha nodded.', '清扬点了点头。', lexicon));
  });

  it('is 0 for texts with nothing to weigh', () => {
    expect(lexicalScore('', '', lexicon)).toBe(0);
  });
});
