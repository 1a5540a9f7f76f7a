import { describe, expect, it } from 'vitest';
import { told, toldPair, readValues } from '../helpers.js';

const warnings = (text: string, rule?: string) => told(text, rule, {});
const pair = (en: string, zh: string, rule?: string) => toldPair(en, zh, rule, {});
const read = (text: string, lang: 'en' | 'zh', referenceDate?: string) => readValues(text, lang, referenceDate, true);

describe('a rate of interest in 厘', () => {
  it('is a percent a year where a word of interest stands in its clause', () => {
    expect(read('海港銀行將一年定存年息由3.2厘下調至2.8厘。', 'zh').filter((c) => c.startsWith('percent'))).toEqual(['percent:3.2厘=3.2', 'percent:2.8厘=2.8']);
    expect(read('聯儲局目標利率區間為3.5至3.75厘。', 'zh')).toEqual(['percent:3.5至3.75厘=3.5-3.75']);
    expect(read('六個月定存提供2.4厘年息。', 'zh').filter((c) => c.startsWith('percent'))).toEqual(['percent:2.4厘=2.4']);
  });

  it('is no rate in a length or a saying', () => {
    expect(read('書架高180厘米。', 'zh')).toEqual(['number:180=180']);
    expect(read('失之毫厘，謬以千里。', 'zh')).toEqual([]);
  });

  it('is weighed against the English percent', () => {
    expect(pair('The bank cut its one-year deposit rate to 2.8% a year.', '該行將一年定存年息下調至2.8厘。')).toEqual([]);
    expect(pair('The bank cut its one-year deposit rate to 2.8% a year.', '該行將一年定存年息下調至2.6厘。', 'number-mismatch')).toHaveLength(1);
  });
});

describe('a floor or a ceiling named after its value', () => {
  it('bounds the value as the word before it would (`the NT$3 minimum`, `100%最低要求`)', () => {
    expect(read('Shops must give at least NT$6 off, up from the current NT$3 minimum.', 'en')).toEqual(['money:NT$6=6 over', 'money:NT$3=3 over']);
    expect(read('a HK$42.1 minimum wage', 'en')).toEqual(['money:HK$42.1=42.1']);
    expect(read('充足率远高于监管机构规定的150%最低要求。', 'zh')).toEqual(['percent:150%最低要求=150 over']);
    expect(pair('The ratio stood well above the 150% minimum.', '该比率远高于150%的最低要求。')).toEqual([]);
    expect(pair('Shops must now give at least NT$6 off, up from the current NT$3 minimum.', '商店須提供至少6元折扣，高於現行最低3元的標準。')).toEqual([]);
  });
});

describe('a bound after a word the value is no unit of', () => {
  it('is the word\'s (`四分之一具有硕士及以上学历`)', () => {
    expect(pair('It will hire 5,000 nurses, a third of whom will hold a degree or higher.', '该市将招聘护士5000名，其中三分之一具有本科及以上学历。')).toEqual([]);
  });
});

describe('the week\'s day after a 将 of the object', () => {
  it('keeps the tense of its clause however far the verb stands (`由週一起將…由4.1厘下調至3.6厘`)', () => {
    const days = read('維港銀行由週一起將新資金三個月港元定存年息由4.1厘下調至3.6厘。', 'zh', '2025-06-11').filter((c) => c.startsWith('date'));
    expect(days).toEqual(['date:週一=2025-06-09']);
  });
});

describe('festivals', () => {
  it('reads 双11 as Singles\' Day', () => {
    expect(read('受双11购物节带动，销量大增。', 'zh').filter((c) => c.startsWith('date'))).toEqual(['date:双11=--11-11']);
    expect(pair('Sales jumped, helped by the Double 11 shopping festival.', '受“双11”购物节带动，销量大增。')).toEqual([]);
  });
});

describe('bodies and places', () => {
  it('keeps `city` opening a body\'s name before its head word', () => {
    expect(pair('City University of Hong Kong will admit 300 more students.', '香港理工大學將多取錄300名學生。', 'entity-mismatch')).toHaveLength(1);
    expect(pair('City University of Hong Kong will admit 300 more students.', '香港城市大學將多取錄300名學生。')).toEqual([]);
  });

  it('leaves the city an English name adds to a body the Chinese names without it', () => {
    expect(pair('At Imperial College London, fees will rise to £40,000.', '帝国理工学院的学费将升至40,000英镑。')).toEqual([]);
    expect(pair('At the University of Leeds, fees will rise to £40,000.', '约克大学的学费将升至40,000英镑。', 'entity-mismatch')).toHaveLength(1);
  });

  it('reads the economic regions CC-CEDICT glosses (长三角, 珠三角, 大湾区) and tells one for another', () => {
    expect(pair('Mortgage lending in the Pearl River Delta rose 7%.', '长三角地区按揭贷款增长7%。', 'entity-mismatch')).toHaveLength(1);
    expect(pair('Mortgage lending in the Pearl River Delta rose 7%.', '珠三角地区按揭贷款增长7%。')).toEqual([]);
    expect(pair('Ten cities of the Greater Bay Area joined.', '大湾区十个城市参与。')).toEqual([]);
  });

  it('reads a state the Chinese names by its direction and its country as that state', () => {
    expect(pair('The scheme, modelled on Germany and South Australia, starts in Tainan City.', '該計畫仿效德國及南澳洲，將於臺中市展開。', 'entity-mismatch')).toHaveLength(1);
    expect(pair('The scheme, modelled on Germany and South Australia, starts in Tainan City.', '該計畫仿效德國及南澳洲，將於臺南市展開。')).toEqual([]);
  });
});

describe('page furniture on lines of one block', () => {
  it('reads a contact, a linked story and a copyright line as furniture', () => {
    const text = 'Carmaker delivers 20,000 cars\n\n车企交付2万辆汽车\n\nThe carmaker delivered 20,000 cars in May.\n\n该车企5月交付2万辆汽车。\n\n'
      + 'Related: Carmaker opens showroom in Oslo\n\nCopyright 2024 Auto Weekly. Republication prohibited.\n\n'
      + '投资者关系联系方式：ir@auto.example | +86 21 5555 0101\n相关阅读：车企在奥斯陆开设展厅\n汽车周刊 版权所有 2024 禁止转载\n';
    expect(warnings(text, 'missing-translation')).toEqual([]);
  });
});
