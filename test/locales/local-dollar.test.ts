import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const money = (text: string) => align(text, { entities: false }).facts
  .filter((f) => f.kind === 'money').map((f) => `${f.raw} ${String(f.value)} ${f.unit ?? ''}`);

describe('a bare dollar sign in a text whose dollar is not the American one', () => {
  it('takes the Hong Kong dollar the Chinese names', () => {
    const text = 'Each eligible tenant receives $2,500, about $600 million in all.\n\n每名合資格租戶獲發2,500港元，合共約6億港元。\n';
    expect(money(text)).toEqual(['$2,500 2500 HKD', '$600 million 600000000 HKD', '2,500港元 2500 HKD', '約6億港元 600000000 HKD']);
  });

  it('takes the Singapore dollar a Singapore notice names', () => {
    const text = 'Households will receive up to $400 in vouchers (S$ figures).\n\n每户家庭将获得最多400新元的购物券。\n';
    expect(money(text)).toEqual(['$400 400 SGD', '最多400新元 400 SGD']);
  });

  it('leaves a bare 元 the yuan where the English names the renminbi by its code glued to the amount', () => {
    const text = 'Profit rose to RMB3.2 billion. The Singapore arm earned S$120 million.\n\n利润增至32亿元。新加坡子公司盈利1.2亿新元。\n';
    expect(money(text)).toEqual(['RMB3.2 billion 3200000000 CNY', 'S$120 million 120000000 SGD', '32亿元 3200000000 CNY', '1.2亿新元 120000000 SGD']);
  });

  it('stays American where the text names the US dollar too', () => {
    const text = 'The fund holds $2 billion and HK$5 billion, or US$640 million.\n\n该基金持有20亿美元和50亿港元，约合6.4亿美元。\n';
    expect(money(text).filter((m) => m.startsWith('$'))).toEqual(['$2 billion 2000000000 USD']);
  });

  it('stays American in a text with no other dollar', () => {
    expect(money('Tickets cost $25.\n\n门票售价25美元。\n')).toEqual(['$25 25 USD', '25美元 25 USD']);
  });
});
