import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';

/** Each block as `line:lang:lines it spans`. */
const shape = (text: string) => split(text).map((b) => `${b.line}:${b.lang}:${b.text.split('\n').length}`);

describe('split: a title in title case above a line opening in lower case', () => {
  it('reads a comment thread\'s user name under a title as the start of a comment', () => {
    const text = [
      'Photo Story: Spring on the West Lake',
      'lily_w: The willows are already green, so pretty!',
      'lily_w：柳树已经绿了，太美了！',
      'ken88: Is the boat tour open yet?',
      'ken88：游船开了吗？',
      '',
    ].join('\n');
    expect(shape(text)).toEqual(['1:en:1', '2:en:1', '3:zh:1', '4:en:1', '5:zh:1']);
  });

  it('still joins a sentence broken at a width whose first line is not a title', () => {
    const text = [
      'The boats on the West Lake will start',
      'running again on Saturday, the park said.',
      '西湖游船将于周六恢复运营。',
      '',
    ].join('\n');
    expect(shape(text)).toEqual(['1:en:2', '3:zh:1']);
  });

  it('still joins a line of names broken mid-sentence to the line carrying the sentence on', () => {
    const text = [
      'Rail trips rose in most provinces in the first half of the year.',
      '上半年，多数省份的铁路出行人次有所增长。',
      'Only Northwest China\'s Qinghai Province',
      'saw fewer trips than a year earlier, the ministry said.',
      '只有西北的青海省出行人次少于去年同期。',
      '',
    ].join('\n');
    expect(shape(text)).toEqual(['1:en:1', '2:zh:1', '3:en:2', '5:zh:1']);
  });
});

describe('split: a heading that names a company by its legal form, over the company\'s profile', () => {
  const page = (heading: string) => [
    heading,
    'Founded in May 2009, the Company builds and runs the 300-kilometre line.',
    '',
    '关于海港铁路股份有限公司',
    '公司成立于2009年5月，负责建设和运营这条300公里的线路。',
    '',
  ].join('\n');

  it('keeps the heading with its profile, as the Chinese heading without a stop is kept', () => {
    expect(shape(page('About Harbour Rail Co., Ltd.'))).toEqual(['1:en:2', '4:zh:2']);
  });

  it('still cuts after a line that closes a sentence', () => {
    expect(shape(page('The line is run by one company.'))).toEqual(['1:en:1', '2:en:1', '4:zh:2']);
  });
});
