import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index.js';

const places = (text: string) => extractEntities(text, 'zh').filter((e) => e.type === 'place').map((e) => text.slice(e.start, e.end));

describe('a river, lake or mountain before a direction', () => {
  it.each(['船队沿运河南下', '黄河北岸的村庄', '长江西岸新建码头', '泰山东麓的寺庙'])('names no province in %s', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['他在河南工作多年', ['河南']],
    ['中国山东省青岛市', ['中国', '山东省', '青岛市']],
  ])('keeps the province in %s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});
