import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const orgs = (text: string, lang: 'en' | 'zh') => extractEntities(text, lang).filter((e) => e.type === 'org').map((e) => `${text.slice(e.start, e.end)}=${String(e.value)}`);
const bodies = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('the Hong Kong government\'s bureaux, departments and statutory bodies', () => {
  it.each([
    ['The Drainage Services Department (DSD) cleared the culverts.', ['Drainage Services Department=dsd', 'DSD=dsd']],
    ['A spokesman for the Agriculture, Fisheries and Conservation Department said.', ['Agriculture, Fisheries and Conservation Department=afcd']],
    ['The Innovation, Technology and Industry Bureau will fund it.', ['Innovation, Technology and Industry Bureau=itib']],
  ])('are read by their English names, a list of fields before the head word whole: %s', (text, expected) => {
    expect(orgs(text, 'en')).toEqual(expected);
  });

  it.each([
    ['渠務署已清理暗渠。', ['渠務署=dsd']],
    ['漁護署發言人表示。', ['漁護署=afcd']],
    ['香港賽馬會捐款一億元。', ['香港賽馬會=hkjc']],
  ])('and by their Chinese names and short forms: %s', (text, expected) => {
    expect(orgs(text, 'zh')).toEqual(expected);
  });

  it.each([
    '紫金山天文台的研究人员发现了新彗星。',
    '港台两地的歌手同台演出。',
    '他说马会议推迟了。',
    '双方签订了住房协议。',
  ])('not in words that hold a short form: %s', (text) => {
    expect(orgs(text, 'zh')).toEqual([]);
  });

  it('a list of places is no body\'s fields', () => {
    expect(orgs('Officials from Beijing, Shanghai and Tianjin attended.', 'en')).toEqual([]);
  });

  it('one body named on each side, by its name and its initials on one: nothing to tell', () => {
    expect(bodies('The Water Supplies Department (WSD) said it would flush the mains.', '水務署表示會沖洗水管。')).toEqual([]);
  });

  it('another body of the list is another body', () => {
    expect(bodies('The Water Supplies Department (WSD) said it would flush the mains.', '渠務署表示會沖洗水管。'))
      .toEqual([expect.stringMatching(/^warning EN "Water Supplies Department" .* vs ZH "渠務署" .*different organizations/)]);
  });

  it('a body the English names by its head word alone is there on both sides', () => {
    expect(bodies('The authority said the course, run with the Vocational Training Council, would train 800 staff.', '機管局表示，與職業訓練局合辦的課程將培訓800名員工。')).toEqual([]);
    expect(bodies('The authority said the course, run with the Vocational Training Council, would train 800 staff.', '機管局表示，與僱員再培訓局合辦的課程將培訓800名員工。'))
      .toEqual([expect.stringMatching(/^warning EN "Vocational Training Council" .* vs ZH "僱員再培訓局" .*different organizations/)]);
  });
});

describe('港島, as Hong Kong names its island', () => {
  it('is Hong Kong Island, weighed against another region', () => {
    expect(bodies('Prices were surveyed in Kowloon and the New Territories.', '調查在九龍及港島進行。').map((f) => f.replace(/^error /, '')))
      .toEqual([expect.stringMatching(/^EN "New Territories" .* vs ZH "港島" .*different places/)]);
    expect(bodies('Prices were surveyed in Kowloon and on Hong Kong Island.', '調查在九龍及港島進行。')).toEqual([]);
  });
});
