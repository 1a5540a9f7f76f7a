import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/pipeline/extract.js';
import type { Lang } from '../../src/types.js';

/** A piece dated Wednesday 3 July 2024: a bare weekday is the last one, or the next in a sentence of the future. */
const dates = (text: string, lang: Lang): unknown[] =>
  extractCandidates(text, lang, { referenceDate: '2024-07-03', referenceYear: 2024 }).filter((c) => c.kind === 'date').map((c) => c.value);

describe('a bare weekday and the tense of its sentence', () => {
  it.each([
    // 将 that marks the object of a verb of setting or changing (the 把 construction) puts nothing in the future
    ['交通局周二将地铁票价上调至4元。', 'zh', ['2024-07-02']],
    ['银行将利率定于3.1%，较周一下降。', 'zh', ['2024-07-01']],
    // the future's 将 stands before its verb
    ['交通局将于周五公布新票价。', 'zh', ['2024-07-05']],
    ['新线路将在周六开通。', 'zh', ['2024-07-06']],
    // `was expected to` looks ahead as `is expected to` does
    ['The storm was expected to reach the coast on Friday.', 'en', ['2024-07-05']],
    ['The storm reached the coast on Monday.', 'en', ['2024-07-01']],
    // `since` a day starts in the past, whatever its sentence says ahead
    ['The river has been rising since Sunday and is expected to peak on Friday.', 'en', ['2024-06-30', '2024-07-05']],
    // a sentence of two clauses: the day takes the tense of its own
    ['Ticket sales opened on Monday, and the first matches will be played on July 20.', 'en', ['2024-07-01', '2024-07-20']],
    ['The first matches will be played on Saturday, while ticket sales opened on Monday.', 'en', ['2024-07-06', '2024-07-01']],
    // reported future: `would` before the day looks ahead; after it, the day is when it was said
    ['The bureau said the heat would last until Saturday.', 'en', ['2024-07-06']],
    ['The council said on Monday that the pool would close.', 'en', ['2024-07-01']],
    // words of forecast and the modal 会 after an adverb, in traditional characters too
    ['氣象台預計週五氣溫回落。', 'zh', ['2024-07-05']],
    ['天文台预报周六有雷暴。', 'zh', ['2024-07-06']],
    ['預料星期六早上風勢減弱。', 'zh', ['2024-07-06T08:00/2024-07-06T12:00']],
    ['高温最少會持續至星期日。', 'zh', ['2024-07-07']],
    // but not a forecaster who spoke, nor 会 of a meeting or a board
    ['预报员周一表示雨势已减弱。', 'zh', ['2024-07-01']],
    ['董事會週二通過了方案。', 'zh', ['2024-07-02']],
    ['大会在周一闭幕。', 'zh', ['2024-07-01']],
    // days that recur, and the day joined to them
    ['展馆每逢星期五和星期六延长开放。', 'zh', ['-W-5', '-W-6']],
    ['周五和周六下了雷雨。', 'zh', ['2024-06-28', '2024-06-29']],
  ] as const)('%s', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });
});

describe('the tense of a weekday\'s own sentence', () => {
  it('is not read from the next sentence', () => {
    const facts = extractCandidates('The striker passed a medical on Sunday morning. He is expected to join the camp next week.', 'en', { referenceDate: '2024-01-17' });
    expect(facts.find((f) => f.kind === 'date')?.value).toBe('2024-01-14T08:00/2024-01-14T12:00');
  });
});
