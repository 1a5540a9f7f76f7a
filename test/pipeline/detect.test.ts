import { describe, expect, it } from 'vitest';
import { countScripts, detectLanguage, isPinyinText, scriptOf } from '../../src/pipeline/detect.js';
import type { Lang } from '../../src/types.js';

const cases: [string, Lang][] = [
  ['11 January 2024', 'en'],
  ['www.cqcb.com', 'und'],
  ['https://youtu.be/q7Kd2xPb0Ts?si=Rf3mN8wLcY1zA5vE', 'und'],
  ['#SolarCar #RoadTrip #EVLife #Model3', 'und'],
  ['@night_desk', 'und'],
  ['2024-01-11 10:26', 'und'],
  ['6.6%', 'und'],
  ['How to promote the high-quality development of Chengdu\'s software industry?', 'en'],
  ['Solar panel maker opens new Kirkcaldy factory amid green energy push', 'en'],
  ['Zhang Li', 'en'],
  ['如何促进成都软件产业高质量发展?他们这样说', 'zh'],
  ['如何促進成都軟體產業高品質發展？他們這樣說', 'zh'],
  ['中國(guó)電子資訊產業發展研究院', 'zh'],
  ['Flightradar24航迹', 'zh'],
  ['大会现场发布了成都市软件名城建设影响力榜单，RUSSOFT、Valentin Makarov 出席', 'zh'],
  ['The word 成都 (Chengdu) means "perfect capital" and the city has been called that since antiquity.', 'en'],
  ['責任編輯：王芳', 'zh'],
  ['(完)', 'zh'],
  ['', 'und'],
];

describe('detectLanguage', () => {
  it.each(cases)('%j is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('answers the same when told the script the caller has read', () => {
    const texts = [...cases.map(([text]) => text), 'Wo men ming tian qu Chang cheng.', 'Nǐ hǎo, wǒ jīntiān bù lái.', 'Où est la gare la plus proche ?'];
    for (const text of texts) expect(detectLanguage(text, scriptOf(text))).toBe(detectLanguage(text));
  });

  it('leaves long text in another Latin language undetermined', () => {
    const german = 'Die Bundesregierung hat am Dienstag eine neue Rentenreform angekündigt, die nach Angaben des '
      + 'Ministeriums im kommenden Jahr in Kraft treten soll und für Millionen von Beschäftigten gilt.';
    expect(detectLanguage(german)).toBe('und');
  });
});

describe('countScripts', () => {
  it('does not count pinyin glosses, URLs or hashtags as Latin words', () => {
    expect(countScripts('國(guó)家 www.example.com #Tag').latin).toBe(0);
  });

  it('counts traditional and simplified Han alike', () => {
    expect(countScripts('軟體软件').han).toBe(4);
  });
});

describe('detectLanguage: Chinese sentences naming English titles and firms at length', () => {
  it('reads a Chinese sentence with more Latin letters than Han as Chinese by its punctuation and its lack of English little words', () => {
    for (const text of [
      '《The Wall Street Journal》報導，Apple Inc. 與 Taiwan Semiconductor Manufacturing Co. 簽約。',
      '微软、Alphabet、Amazon Web Services 和 Meta Platforms 都出席了会议。',
    ]) expect(detectLanguage(text), text).toBe('zh');
  });

  it('leaves an English sentence quoting Chinese, and a list of English names, English', () => {
    for (const text of [
      'The sign at the gate of the old city park read “禁止吸烟，违者罚款” in big red letters on a white board.',
      'Apple, Microsoft, Alphabet and Amazon Web Services, the report said.',
    ]) expect(detectLanguage(text), text).toBe('en');
  });
});

describe('isPinyinText: pinyin without tone marks', () => {
  it.each([
    ['Women mingtian qu Changcheng.', true],
    ['Ni3 xiang3 qu4 ma5?', true],
    ['Wo3', true],
    ['Ta shi wo de lao shi, wo hen xi huan ta.', true],
    // A list of names: the words after the first open in capitals.
    ['Zhang Wei, Li Na, Wang Fang', false],
    // An English word among the syllables (`of`), or a word that is no run of syllables.
    ['Women mingtian of Changcheng', false],
    ['Women mingtian qu the park', false],
    ['Ni hao', false],
    ['', false],
    ['2024 10 11', false],
  ] as const)('%s', (text, expected) => {
    expect(isPinyinText(text)).toBe(expected);
  });
});

// Another Latin language is looked for only where two of its function words may stand: two runs
// of ASCII letters that are such words, or letters beyond ASCII.
describe('detectLanguage: other Latin languages behind their words', () => {
  it.each([
    ['Merci beaucoup', 'und'],
    ['Gracias por todo', 'und'],
    ['Je suis très content', 'und'],
    ['Ich bin müde und froh', 'und'],
    ['Terima kasih banyak', 'und'],
    ['Juan de la Vega', 'en'],
    ['The museum opens at nine on Sunday.', 'en'],
    ['Café opens downtown', 'en'],
    // letters with diacritics in names alone: a line of English without a function word
    ['Top scorers: Mateus Ramos (Zhuhai) 19 goals; Iñaki Sáenz (Macau) 15; Chen Hao (Zhuhai) 11.', 'en'],
    ['Hospitales y cafés cerrados mañana por la tormenta', 'und'],
  ] as [string, Lang][])('%j is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
