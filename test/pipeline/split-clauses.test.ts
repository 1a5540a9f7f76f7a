import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';

const blocks = (input: string) => split(input).map((b) => [b.lang, b.text]);

describe('split: a transcript line alternating clause by clause, or stopped by ASCII marks', () => {
  // Listening pages print a transcript as one line: each English clause, then its rendering.
  const transcript =
    'Last winter the river froze for six weeks. 去年冬天,这条河封冻了六个星期。 The ferries could not run, 渡轮无法运行, ' +
    'so the villagers walked across the ice. 于是村民们从冰面上走过去。 Was it safe? 安全吗? Not always. 并不总是安全。';

  it('cuts at each change of script after a comma or an ASCII stop followed by a blank', () => {
    expect(blocks(transcript)).toEqual([
      ['en', 'Last winter the river froze for six weeks.'],
      ['zh', '去年冬天,这条河封冻了六个星期。'],
      ['en', 'The ferries could not run,'],
      ['zh', '渡轮无法运行,'],
      ['en', 'so the villagers walked across the ice.'],
      ['zh', '于是村民们从冰面上走过去。'],
      ['en', 'Was it safe?'],
      ['zh', '安全吗?'],
      ['en', 'Not always.'],
      ['zh', '并不总是安全。'],
    ]);
  });

  it('pairs each clause with its rendering', () => {
    const result = align(transcript);
    expect(result.pairs.filter((p) => p.en.length === 1 && p.zh.length === 1)).toHaveLength(5);
    expect(result.pairs.every((p) => p.en.length > 0 && p.zh.length > 0)).toBe(true);
  });

  it('reads a Chinese run naming a brand in Latin letters as Chinese when it closes on a Chinese stop', () => {
    const line = 'Over the door, one name shone in blue: Harbor Tea House. 门上方亮着一个蓝色名字:Harbor Tea House。 '
      + 'Inside, the tables were full by noon. 店里的桌子到中午就坐满了。';
    expect(blocks(line).map(([lang]) => lang)).toEqual(['en', 'zh', 'en', 'zh']);
  });

  it('reads a long first run opening on a Chinese label as English, in a line of four runs or more', () => {
    const line = '讲题:Why rivers move 讲者:Ann Reyes Rivers are never still, and the maps we draw of them are out of date within a decade. '
      + '河流从来不是静止的，我们绘制的河流地图十年之内就会过时。 Every flood moves sand from one bank to the other. 每一次洪水都会把沙子从一岸搬到另一岸。';
    expect(blocks(line).map(([lang]) => lang)).toEqual(['en', 'zh', 'en', 'zh']);
    expect(split('讲题:Why rivers move 讲者:Ann Reyes Rivers are never still, and the maps we draw of them are out of date. 河流从来不是静止的。 Every flood moves sand.')).toHaveLength(1);
  });

  it('cuts sentences glued to their rendering without a blank', () => {
    const line = 'The museum opens a new hall this week.博物馆本周开放一个新展厅。It shows tools from the old harbour.展厅展出旧港口的工具。';
    expect(blocks(line).map(([lang]) => lang)).toEqual(['en', 'zh', 'en', 'zh']);
  });

  const whole: [string, string][] = [
    ['a Chinese sentence naming an English term after a comma', '这项技术叫作 machine learning, 目前已经广泛应用于医疗和金融领域。'],
    ['an English sentence glossing a Chinese word after a comma', 'The dish is called jiaozi, 饺子, and is eaten at the new year.'],
    ['an English sentence with commas only between English clauses', 'The ferries could not run, so the villagers walked, and nobody complained.'],
    ['Chinese with ASCII commas and no English', '去年冬天,这条河封冻了六个星期,渡轮无法运行,村民们从冰面上走过去。'],
  ];
  it.each(whole)('leaves %s whole', (_name, input) => {
    expect(split(input)).toHaveLength(1);
  });
});
