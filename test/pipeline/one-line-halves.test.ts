import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const twoSided = (text: string): string[][] => {
  const result = align(text);
  return result.pairs.filter((p) => p.en.length && p.zh.length)
    .map((p) => [p.en, p.zh].map((ids) => ids.map((id) => result.blocks.find((b) => b.id === id)!.text).join(' ')));
};

describe('the two halves of one line', () => {
  it('pair when both are page furniture (a date line, a related link)', () => {
    const pairs = twoSided([
      'Hangzhou Food Guide 杭州美食指南',
      '',
      'Last updated: 2025-03-14 | 最后更新：2025年3月14日',
      '',
      'West Lake vinegar fish is sweet and sour.',
      '',
      '西湖醋鱼酸甜可口。',
      '',
      'See also: Ten tea houses worth the climb in Longjing village  另见：龙井村十家值得一去的茶馆',
    ].join('\n'));
    expect(pairs).toContainEqual(['Last updated: 2025-03-14', '最后更新：2025年3月14日']);
    expect(pairs).toContainEqual(['See also: Ten tea houses worth the climb in Longjing village', '另见：龙井村十家值得一去的茶馆']);
  });

  it('cut where a name carries its Chinese before a colon', () => {
    const pairs = twoSided('Hefang Street 河坊街: stalls open until 10 pm; tea from 15 yuan 摊位营业至晚上10点，茶15元起\n');
    expect(pairs).toEqual([['Hefang Street 河坊街: stalls open until 10 pm; tea from 15 yuan', '摊位营业至晚上10点，茶15元起']]);
  });

  it('leave a Chinese sentence naming a product in Latin letters whole', () => {
    const result = align('小米发布新款 Redmi Note 手机，售价1299元。\n');
    expect(result.blocks).toHaveLength(1);
  });

  it('cut around a photo\'s credit in brackets, which stays with the part it stands in', () => {
    const body = 'The club signed a new striker on Friday.\n\n球會週五簽下一名新前鋒。\n\n';
    expect(twoSided(`${body}（圖／港灣隊提供）Lin Kuan-yu signs his contract at the club office. 林冠宇在球團辦公室簽約。\n`))
      .toContainEqual(['（圖／港灣隊提供）Lin Kuan-yu signs his contract at the club office.', '林冠宇在球團辦公室簽約。']);
    expect(twoSided(`${body}圖說：港灣隊球員賽後合影。（圖／港灣隊提供）Photo: Harbour players pose after the game. (Harbour FC)\n`))
      .toContainEqual(['Photo: Harbour players pose after the game. (Harbour FC)', '圖說：港灣隊球員賽後合影。（圖／港灣隊提供）']);
  });
});
