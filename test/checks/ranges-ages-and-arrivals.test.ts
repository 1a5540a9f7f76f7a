import { describe, expect, it } from 'vitest';
import { told, toldPair as pair, readValues as read } from '../helpers.js';


describe('shares in tenths and hundredths', () => {
  it('reads a share\'s hundredths at a range\'s end (五成至八成五不等) and after a share (七成五的)', () => {
    expect(read('资助比例由五成至八成五不等。', 'zh')).toEqual(['五成至八成五=50-85']);
    expect(read('佔七成五的', 'zh')).toEqual(['七成五=75']);
  });
});

describe('ages and counts', () => {
  it('reads 年过 as an age past the value', () => {
    expect(read('年过70岁的长者', 'zh')).toEqual(['年过70=70 over']);
    expect(pair('Residents aged over 70 get free checks.', '年过70岁的居民可免费体检。')).toEqual([]);
  });

  it('reads 数 closing a noun of counting as no `several` (人数十年间)', () => {
    expect(read('长者人数十年间增加一倍。', 'zh')).toEqual(['十年=P10Y', '一倍=2']);
    expect(read('有数十人受伤。', 'zh')).toEqual(['数十=10 over']);
  });
});

describe('a weekday after a verb in the past and its place', () => {
  it('is the last one (`arrived in Wellington on Wednesday … and will fly`)', () => {
    const days = read('The envoy arrived in Canberra on Wednesday evening and will fly to Perth on Friday.', 'en', '2024-06-13').filter((c) => /day|evening/.test(c));
    expect(days[0]).toMatch(/^Wednesday evening=2024-06-12/);
    expect(read('The envoy will arrive in Canberra on Wednesday.', 'en', '2024-06-13')).toEqual(['Wednesday=2024-06-19']);
  });
});

describe('a press contact line on one side only', () => {
  it('is furniture (`For media queries: … Corporate Communications, media@…`)', () => {
    const text = 'Free home visits for seniors\n\n长者可获免费家访\n\nSeniors living alone will get free home visits.\n\n独居长者将获免费家访。\n\n'
      + 'For media queries: Ministry Corporate Communications, media@example.gov.sg\n';
    expect(told(text, 'missing-translation')).toEqual([]);
  });
});
