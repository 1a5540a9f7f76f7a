import { describe, expect, it } from 'vitest';
import { readValues, told, toldNames as names, toldPair } from '../helpers.js';

describe('a body whose English word shares its stem with a gloss of the Chinese', () => {
  it('is one body (`Supervisory`, 监督 to supervise)', () => {
    expect(names('The Securities Supervisory Commission said brokers must report weekly.', '證券監督管理委員會表示，券商須每周申報。')).toEqual([]);
  });
});

describe('a demonym ending in -an', () => {
  it('names no place to weigh (`Anglo American\'s mine`, `Mexican buyers`)', () => {
    expect(names('Output at Anglo American\'s largest mine held steady, the country\'s ministry said.', '英美资源集团旗下最大矿山产量保持稳定，秘鲁矿业部表示。')).toEqual([]);
    expect(names('Mexican buyers took a third of the cargo.', '智利买家购入了三分之一的货物。')).toEqual([]);
  });
});

describe('a foreign name with a word before it the Chinese leaves out', () => {
  it('is weighed by its last names (`Archivist Marie Lenoir`, 玛丽·勒努瓦)', () => {
    expect(names('Archivist Marie Lenoir said the scroll had been restored twice.', '档案管理员玛丽·勒努瓦说，这幅卷轴曾两次修复。')).toEqual([]);
    expect(names('Archivist Marie Lenoir said the scroll had been restored twice.', '档案管理员索菲·杜邦说，这幅卷轴曾两次修复。')).toHaveLength(1);
  });
});

describe('bounds', () => {
  it('read `or higher` after a temperature in C', () => {
    expect(readValues('Set the thermostat at 25 C or higher.', 'en')).toEqual(['25=25 over']);
    expect(toldPair('Offices should set air conditioning at 25 C or higher.', '办公室空调温度应设在25摄氏度或以上。')).toEqual([]);
  });

  it('take `the first` of an amount for all up to it (`the first 200 kWh`, `200千瓦时以内`)', () => {
    expect(toldPair('Households pay 0.61 yuan per kWh for the first 200 kWh each month.', '居民每月用电200千瓦时以内的电价为每千瓦时0.61元。')).toEqual([]);
    expect(toldPair('Households pay 0.61 yuan per kWh for 200 kWh each month.', '居民每月用电200千瓦时以内的电价为每千瓦时0.61元。')).toHaveLength(1);
  });
});

describe('a range of change against its ends told apart in Chinese', () => {
  it('is weighed by its first end\'s direction (`rise by 4 to 6 per cent`, `下调4%至6%`)', () => {
    expect(toldPair('Fees could rise by 4 to 6 per cent next year.', '明年收费或下调4%至6%。', 'direction-mismatch')).toHaveLength(1);
    expect(toldPair('Fees could rise by 4 to 6 per cent next year.', '明年收费或上调4%至6%。', 'direction-mismatch')).toEqual([]);
  });
});

describe('now against a day counted back', () => {
  it('is no slip (`now … from a year earlier`, `较一年前`)', () => {
    const page = 'Thursday, 13 November 2025\n\nThe parks now host 1,900 firms, up 9% from a year earlier.\n\n园区现有1900家企业，较一年前增加9%。\n';
    expect(told(page, 'date-mismatch')).toEqual([]);
  });
});
