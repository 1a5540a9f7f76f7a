import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const shares = (text: string) => extractCandidates(text, 'zh', {})
  .filter((f) => f.kind === 'percent').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);

describe('a share in 成 after the word it follows', () => {
  it.each<[string, string[]]>([
    ['外卖订单约占全部订单的三成。', ['三成 30']],
    ['签约时须缴付两成定金。', ['两成 20']],
    // what each pays of a cost, 一 too
    ['保費由僱主負擔六成、員工負擔三成、政府負擔一成。', ['六成 60', '三成 30', '一成 10']],
    ['新线路使通勤时间缩短三成。', ['三成 30']],
    ['本地生产比例保持在六成以上。', ['六成以上 60']],
    ['能耗降低两成，产能增加一成。', ['两成 20', '一成 10']],
    // a target, a price dearer or cheaper
    ['明年的回收目标为四成。', ['四成 40']],
    ['電動車售價比燃油車貴三成。', ['三成 30']],
    ['团购票价便宜两成。', ['两成 20']],
    // 份额 after the share: the share of what
    ['該品牌佔據約六成份額。', ['約六成 60']],
    // 为 after the share, a word of approximation before it: about six tenths are
    ['新登记车辆中约六成为电动车。', ['约六成 60']],
    // a share that ends its clause, after any word
    ['新水厂可满足全区四成的用水需求。', ['四成 40']],
    ['改用新料后，运费可节省两成。', ['两成 20']],
    ['本地旅客約佔總數六成三；外地旅客則增加。', ['六成三 63']],
  ])('%s', (text, want) => {
    expect(shares(text)).toEqual(want);
  });

  it.each([
    '他八成是记错了日期。',
    '这套流程一成不变。',
    '他们三成为了一个团队。',
    '她的成绩名列前茅。',
    '两份文件统一成的格式。',
    '老张八成是忘了。',
  ])('reads no share where 成 is no tenth: %s', (text) => {
    expect(shares(text)).toEqual([]);
  });
});
