import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const entityFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);
const entities = (text: string): string[] =>
  align(text).facts.filter((f) => f.kind === 'entity').map((f) => `${f.raw}=${String(f.value)}`);

describe('a wire\'s credit in brackets before the paragraph', () => {
  it('names a reporter the English gives on a line of its own', () => {
    const en = 'Tainan, March 3 (CNA) The port will add 12 sailings during the Mid-Autumn holiday, manager Chen Kuo-hua said.';
    expect(entityFindings(en, '（中央社記者蔡宜君台南3日電）港務公司今天表示，中秋連假期間將加開12個航班，經理陳國華說。')).toEqual([]);
    expect(entityFindings(en, '（記者 蔡宜君 台南報導）港務公司今天表示，中秋連假期間將加開12個航班，經理陳國華說。')).toEqual([]);
    // a name of the paragraph is still weighed
    expect(entityFindings(en, '（中央社記者蔡宜君台南3日電）港務公司今天表示，中秋連假期間將加開12個航班，經理林國華說。')).toHaveLength(1);
  });

  it('is no name read out of a holiday\'s words in English', () => {
    expect(entityFindings('Ferries will run late during the Lunar New Year holiday, the operator said.', '營運商表示，農曆新年假期渡輪將延長服務，林佳慧說。')).toEqual([]);
  });
});

describe('a photographer\'s credit', () => {
  it('ends the name before 摄', () => {
    expect(entities('游客在湖边拍照。新华社记者王伟摄')).toEqual(['王伟=wang wei']);
    expect(entityFindings('Tourists take photos by the lake. Photo: Wang Wei', '游客在湖边拍照。新华社记者王伟摄')).toEqual([]);
    expect(entityFindings('Tourists take photos by the lake. Photo: Zhao Lei', '游客在湖边拍照。新华社记者王伟摄')).toEqual([expect.stringMatching(/different persons/)]);
  });

  it('keeps a given name that goes on after 摄', () => {
    expect(entities('记者王摄影报道。')).not.toContain('王=wang');
  });
});

describe('a road named with a direction', () => {
  it('holds no province that ends on the direction', () => {
    expect(entities('外滩的中山东一路上游人如织。')).toEqual([]);
    expect(entities('他在人民西路开店。')).toEqual([]);
  });

  it('leaves a province that opens after a word of its own', () => {
    expect(entities('其中山东路段最长。')).toEqual(['山东=shandong']);
    expect(entities('车队沿山东路前进。')).toEqual(['山东=shandong']);
  });
});

describe('a district and the city it lies in', () => {
  it.each([
    ['The shop opens in Hong Kong next week.', '该店下周在观塘开业。'],
    ['The festival returns to Taiwan in May.', '音乐节五月重返高雄。'],
  ])('are not different places: %s', (en, zh) => {
    expect(entityFindings(en, zh)).toEqual([]);
  });

  it('two districts are', () => {
    expect(entityFindings('The shop opens in Sha Tin next week.', '该店下周在观塘开业。')).toEqual([expect.stringMatching(/different places/)]);
  });
});

describe('a place\'s government against another place of its tier', () => {
  it('is two places where each side has no other place or body left', () => {
    expect(entityFindings('The club is in talks with the Hsinchu city government about a new stadium.', '球團正與嘉義市政府洽談興建新球場。'))
      .toEqual([expect.stringMatching(/different places/)]);
    expect(entityFindings('The club is in talks with the Chiayi city government about a new stadium.', '球團正與嘉義市政府洽談興建新球場。')).toEqual([]);
  });

  it('leaves a body that is no government alone', () => {
    expect(entityFindings('The loan came from a bank in Japan, the lender said.', '中国银行表示，该贷款由其发放。')).toEqual([]);
  });
});
