import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { isDatelineOrPageInfo, looksLikeBoilerplate } from '../../src/pipeline/pair-signals.js';
import { split } from '../../src/pipeline/split.js';

/** Full-width digits and letters, as traditional-Chinese sites and converters write them. */
const wide = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('lines written with full-width digits and letters read as their ASCII forms do', () => {
  it('reads an issue time, a dateline and a counter', () => {
    expect(looksLikeBoilerplate(wide('香港時間11時45分'))).toBe(true);
    expect(isDatelineOrPageInfo(wide('發布時間:2022-04-18'))).toBe(true);
    expect(blockKind(`網友評論（${wide('41')}）`)).toBe('chrome');
  });

  it('reads a bracketed word list under the Hong Kong spelling of its label', () => {
    expect(blockKind('【詞匯】颱風 typhoon；停課 class suspension')).toBe('vocabulary');
  });

  it('keeps sentences with full-width figures as text', () => {
    expect(looksLikeBoilerplate(wide('全港共有3200名學生參加比賽。'))).toBe(false);
    expect(blockKind(wide('全港共有3200名學生參加比賽,比去年多12%。'))).toBeUndefined();
  });

  it('pairs the issue date and time of a press release, written in full-width figures, with the English ones', () => {
    const page = [
      'Ferry service resumes after repairs',
      '',
      'The ferry between the two islands will resume service on Monday after three weeks of repairs, the department said today.',
      '',
      'Ends/Thursday, May 9, 2024',
      'Issued at HKT 18:05',
      '',
      '維修後渡輪服務恢復',
      '',
      wide('運輸署今日表示,兩島之間的渡輪服務在維修三星期後將於星期一恢復。'),
      '',
      '完',
      wide('2024年5月9日（星期四）'),
      wide('香港時間18時05分'),
    ].join('\n');
    const result = align(page);
    const linked = result.pairs.filter((p) => p.en.length > 0 && p.zh.length > 0);
    const lines = linked.map((p) => p.zh.map((id) => result.blocks.find((b) => b.id === id)!.line));
    expect(lines).toEqual([[8], [10], [13], [14]]);
  });
});

describe('a Chinese list whose items open on a dash with no space after it', () => {
  it('cuts an item a line, as the English list beside it is cut', () => {
    const en = 'Road closures:\n- Queen\'s Road (eastbound): 6 a.m. to 9 a.m.\n- Harbour Road (both bounds): 7 a.m. to noon\n';
    const zh = '封路安排：\n－皇后大道（東行）：上午6時至上午9時\n－港灣道（雙向）：上午7時至中午12時\n';
    const blocks = split(`${en}\n${zh}`);
    expect(blocks.filter((b) => b.lang === 'zh')).toHaveLength(3);
    expect(blocks.filter((b) => b.lang === 'en')).toHaveLength(3);
  });

  it('keeps a line that opens on a dash and no list a line of its own text', () => {
    expect(split('——摘自《人民日报》\n').map((b) => b.text)).toEqual(['——摘自《人民日报》']);
  });
});

describe('an English sentence and its Chinese on one line, the Chinese naming things in Latin letters', () => {
  it('is cut after the English sentence\'s stop', () => {
    const line = 'Passes are sold at FamilyMart stores and online at passes.example.org.tw. 套票可於FamilyMart FamiPort機台及passes.example.org.tw購買。';
    expect(split(`${line}\n`).map((b) => [b.lang, b.text])).toEqual([
      ['en', 'Passes are sold at FamilyMart stores and online at passes.example.org.tw.'],
      ['zh', '套票可於FamilyMart FamiPort機台及passes.example.org.tw購買。'],
    ]);
  });

  it('leaves a Chinese sentence that names English things whole', () => {
    expect(split('他在Apple Store和FamilyMart买了充电器和耳机。\n')).toHaveLength(1);
  });
});
