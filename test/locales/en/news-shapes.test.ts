import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

describe('verbs of going past a figure are a lower bound, as exceeded is', () => {
  it.each(['Revenue topped 500 million yuan.', 'Revenue surpassed 500 million yuan.', 'Revenue exceeded 500 million yuan.'])('%s', (text) => {
    expect(extractCandidates(text, 'en').map((c) => `${c.kind}:${c.value} ${c.bound ?? ''}`)).toEqual(['money:500000000 over']);
  });

  it.each(['The top 10 firms hired more.', 'She passed 3 exams.'])('no bound in %s', (text) => {
    expect(extractCandidates(text, 'en').map((c) => c.bound)).toEqual([undefined]);
  });
});

describe('a quarter or a half without its year is an ordinal, as the first quarter and 一季度 are', () => {
  const read = (text: string): string[] => extractCandidates(text, 'en').map((c) => `${text.slice(c.start, c.end)} = ${c.kind}:${c.value}`);
  it.each([
    ['Revenue rose in Q1.', ['Q1 = ordinal:1']],
    ['Profit fell in H2.', ['H2 = ordinal:2']],
    ['Sales grew in Q3 2024.', ['Q3 2024 = date:2024-07-01/2024-09-30']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('numbers a question where a line opens with it', () => {
    expect(read('Q1. Tell us what you remember of that day.')).toEqual([]);
  });
});

describe('U.S. dollars written with the dots of news agencies', () => {
  const read = (text: string): string[] => extractCandidates(text, 'en').map((c) => `${text.slice(c.start, c.end)} = ${c.kind}:${c.value}${c.unit ? ` ${c.unit}` : ''}`);
  it.each([
    ['Trade with the bloc reached 78.9 billion U.S. dollars.', ['78.9 billion U.S. dollars = money:78900000000 USD']],
    ['A ticket costs 12 U.S. dollars.', ['12 U.S. dollars = money:12 USD']],
    ['The rate is 7.1 yuan per U.S. dollar.', ['7.1 yuan = money:7.1 CNY']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('doubling and tripling are multiples, as 翻了一番 and 增长一倍 are', () => {
  const read = (text: string): string[] => extractCandidates(text, 'en').map((c) => `${text.slice(c.start, c.end)} = ${c.kind}:${c.value}${c.unit ? ` ${c.unit}` : ''}`);
  it.each([
    ['Car exports doubled last quarter.', ['doubled = number:2 x']],
    ['The plan aims at doubling output.', ['doubling = number:2 x']],
    ['Profits tripled.', ['tripled = number:3 x']],
    ['Exports quadrupled in a decade.', ['quadrupled = number:4 x']],
  ])('%s', (text, expected) => {
    expect(read(text).filter((r) => r.includes(' x'))).toEqual(expected);
  });

  it.each(['The hall doubled as a field hospital.', 'The bank doubled down on the bet.', 'She booked a double room.', 'The team tripled up on defence.'])('no multiple in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
