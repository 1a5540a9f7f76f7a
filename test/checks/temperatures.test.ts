import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('temperatures: one scale on both sides is compared exactly, two scales as converted', () => {
  it.each([
    ['Harbin fell to minus 31.4°C on Sunday night.', '周日夜间哈尔滨气温降至零下34.1°C。'],
    ['The reactor core ran at 310 degrees.', '反应堆堆芯温度为301度。'],
    ['Highs of 27.8°F are forecast.', '预计最高气温为28.7°F。'],
  ])('a slip of one scale: %s', (en, zh) => {
    expect(findings(en, zh)).toHaveLength(1);
    expect(findings(en, zh)[0]).toMatch(/^error /);
  });

  it.each([
    ['Bake the loaves at 425°F for 25 minutes.', '面包以220°C烘烤25分钟。'],
    ['Highs of 95 degrees are expected.', '预计最高气温35°C。'],
    ['The water was 39.2°F at dawn.', '黎明时水温为4°C。'],
    ['Inside the hall it was 21.5°C.', '大厅内气温为21.5摄氏度。'],
  ])('no finding: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});
