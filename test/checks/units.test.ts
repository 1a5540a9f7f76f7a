import { describe, expect, it } from 'vitest';
import { enUnits, zhUnits } from '../../src/checks/units.js';
import { align } from '../../src/index.js';

describe('English units after an amount', () => {
  it.each([
    ['a 42-mile stretch', 'mile', 'length'],
    ['about 12 Kilometres of track', 'km', 'length'],
    ['a 300 metre tower', 'm', 'length'],
    ['8,848 feet high', 'ft', 'length'],
    ['6,340 square  kilometers of forest', 'km2', 'area'],
    ['1,500 sqkm of wetland', 'km2', 'area'],
    ['2 km² of park', 'km2', 'area'],
    ['3 KM2 of land', 'km2', 'area'],
    ['40 square miles', 'mi2', 'area'],
    ['12 sqmi in all', 'mi2', 'area'],
    ['a 5 ha farm', 'ha', 'area'],
    ['200 Acres of vines', 'acre', 'area'],
    ['20 kilos of rice', 'kg', 'weight'],
    ['a 9 lbs baby', 'lb', 'weight'],
    ['15 metric\ttons of grain', 't', 'weight'],
    ['3 Tonnes a day', 't', 'weight'],
  ])('%s', (text, unit, dimension) => {
    expect(enUnits(text).map((u) => [u.unit, u.dimension])).toEqual([[unit, dimension]]);
  });

  it('reads the amount and where it stands', () => {
    expect(enUnits('The line runs 1,200.5 km north.')).toEqual([{ value: 1200.5, unit: 'km', dimension: 'length', at: 14 }]);
  });

  it.each([
    ['the 21st century'], ['10 years on'], ['5 percent more'], ['3 kms'], ['2 squaremiles'], ['7 tons'], ['4 sq  km'], ['no number miles'],
  ])('no unit in %s', (text) => {
    expect(enUnits(text)).toEqual([]);
  });
});

describe('power, energy, pixels and small lengths, a Chinese amount with its scale', () => {
  const numberFindings = (en: string, zh: string): string[] =>
    align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

  it.each([
    ['The wind farm will add 3.2 GW of capacity.', '该风电场将新增装机容量320万千瓦。'],
    ['The phone has a 64-megapixel main camera.', '这款手机配备6400万像素主摄。'],
    ['The station generated 1.5 billion kWh last year.', '该电站去年发电15亿千瓦时。'],
    ['The chip is made on a 5 nm process.', '芯片采用5纳米工艺制造。'],
    // fractions of a second
    ['The switch takes 0.5 milliseconds.', '切换只需500微秒。'],
    ['Latency fell to 8 ms.', '延迟降至8毫秒。'],
  ])('agree in other units: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['The filter stops particles of 10 nanometres.', '过滤器可阻挡10微米的颗粒。'],
    ['The heater draws 20 W.', '加热器功率为20千瓦。'],
    ['The qubits held their state for 65 microseconds.', '量子比特的相干时间为65毫秒。'],
  ])('the same number in another unit is an error: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(/^error .*the same number in another unit/)]);
  });
});

describe('temperatures', () => {
  it.each([
    ['Lows of -5°C tonight.', -5, 'C'],
    ['Bake at 350 °F.', 350, 'F'],
    ['It felt like 98.6℉.', 98.6, 'F'],
    ['It was minus 12 degrees Celsius.', -12, 'C'],
    ['a 30-degree day', 30, 'deg'],
    ['It hit 41 degrees Fahrenheit.', 41, 'F'],
  ])('English: %s', (text, value, unit) => {
    expect(enUnits(text).map((u) => [u.value, u.unit, u.dimension])).toEqual([[value, unit, 'temperature']]);
  });

  it.each([
    ['最低气温零下5摄氏度。', -5, 'C'],
    ['烤箱预热至180℃。', 180, 'C'],
    ['当地气温高达华氏95度。', 95, 'F'],
    ['体温超过37.3°C。', 37.3, 'C'],
    ['白天气温28度左右。', 28, 'deg'],
  ])('Chinese: %s', (text, value, unit) => {
    expect(zhUnits(text).map((u) => [u.value, u.unit, u.dimension])).toEqual([[value, unit, 'temperature']]);
  });

  it.each([['全年用电1000度电。'], ['2024年度报告'], ['第三度']])('no temperature in %s', (text) => {
    expect(zhUnits(text).filter((u) => u.dimension === 'temperature')).toEqual([]);
  });

  it('reads 度 before 电 as kilowatt-hours', () => {
    expect(zhUnits('全年用电1000度电。').map((u) => [u.value, u.unit, u.dimension])).toEqual([[1000, 'kWh', 'energy']]);
  });
});

describe('one quantity converted between units', () => {
  const numberFindings = (en: string, zh: string): string[] =>
    align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

  it.each([
    ['Preheat the oven to 350°F and bake for 25 minutes.', '将烤箱预热至180°C，烘烤25分钟。'],
    ['Preheat the oven to 400°F (200°C).', '将烤箱预热至200°C。'],
    ['The thermometer read 104 degrees Fahrenheit in the shade.', '背阴处温度计显示40摄氏度。'],
    ['It was 95 degrees in the desert town on Sunday.', '周日沙漠小镇气温达35度。'],
    ['Overnight lows fell to 10°F.', '夜间最低气温降至零下12摄氏度。'],
    ['The pipeline runs 60 miles through the valley.', '这条管道穿过山谷，全长约97公里。'],
    ['The estate covers 500 acres of vineyards.', '庄园有约200公顷葡萄园。'],
    ['The runway is 1.6 km long.', '跑道长1600米。'],
    ['The reservoir waters 2,000 hectares of rice.', '水库灌溉稻田约3万亩。'],
    ['Each household may buy 5 kg of rice a week.', '每户每周可买10斤大米。'],
    ['Growers shipped 1.2 kg boxes of lychees.', '果農出貨每箱2台斤的荔枝。'],
    ['Cabin bags may hold batteries of up to 100 watt-hours.', '隨身行李可攜帶100瓦特小時以下的電池。'],
    ['Homes used 2.4 kWh a day on average.', '家庭平均每天用電2.4千瓦小時。'],
  ])('agree: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['Preheat the oven to 350°F and bake for 25 minutes.', '将烤箱预热至220°C，烘烤25分钟。', /^error .*350°F is 177°C/],
    ['The pipeline runs 60 miles through the valley.', '这条管道穿过山谷，全长约160公里。', /^error .*60 miles is 96\.6 km/],
    ['The runway is 1.6 km long.', '跑道长1700米。', /^warning .*1\.6 km is 1600 m/],
    ['The reservoir waters 2,000 hectares of rice.', '水库灌溉稻田约5万亩。', /^warning .*2000 ha is 30,000 mu/],
    ['Overnight lows fell to 10°F.', '夜间最低气温降至零下2摄氏度。', /^(error|warning) .*10°F is -12\.2°C/],
    ['Each household may buy 5 kg of rice a week.', '每户每周可买15斤大米。', /^(error|warning) .*5 kg is 10 jin/],
    ['Each household may buy 5 kg of rice a week.', '每户每周可买5斤大米。', /^error .*the same number in another unit/],
    ['Cabin bags may hold batteries of up to 100 watt-hours.', '隨身行李可攜帶100瓦特以下的電池。', /^error .*the same number in another unit/],
  ])('a slip: %s', (en, zh, message) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(message)]);
  });

  it('the same number in the other scale is a slip', () => {
    expect(numberFindings('Highs of 35°F are forecast.', '预计最高气温35°C。')).toEqual([expect.stringMatching(/^error .*the same number in another unit/)]);
  });
});

describe('a slip between amounts of one unit is told as any other', () => {
  it('a range of degrees', () => {
    const findings = align('Operating temperature: -10°C to 45°C.\n\n工作温度：-20℃～45℃。\n', { entities: false }).findings
      .filter((f) => f.ruleId === 'number-mismatch');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/: differ$/)]);
  });
});
