import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const dates = (text: string): string[] => facts(text, { referenceDate: '2025-03-12' }).filter((f) => f.startsWith('date'));

describe('twelve o\'clock of the night is midnight, and the night\'s other hours are read by it', () => {
  it.each([
    ['商场周五延长营业至午夜12时。', 'T00:00'],
    ['夜市晚上12点收摊。', 'T00:00'],
    ['他凌晨12点才到家。', 'T00:00'],
    ['急诊室深夜11点仍排着长队。', 'T23:00'],
    ['邻居半夜2点还在装修。', 'T02:00'],
    ['食堂中午12点开饭。', 'T12:00'],
    ['会议下午3点开始。', 'T15:00'],
    ['车队凌晨4点出发。', 'T04:00'],
  ])('%s', (text, time) => {
    expect(dates(text).some((f) => f.includes(time))).toBe(true);
  });

  it('midnight against 午夜12时 is no slip', async () => {
    const { align } = await import('../../../src/index.js');
    const r = align('The night market stays open until midnight on Fridays.\n\n夜市逢星期五营业至午夜12时。\n');
    expect(r.findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity === 'error')).toEqual([]);
  });
});
