/** Common surnames and given-name characters with their pinyin, for names built by number. */
const SURNAMES = [['张', 'Zhang'], ['王', 'Wang'], ['李', 'Li'], ['赵', 'Zhao'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['周', 'Zhou'], ['吴', 'Wu']] as const;
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['强', 'qiang'], ['军', 'jun'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao']] as const;

/** The `i`th of 1,000 Chinese names (then again), in English and in Chinese (`Zhang Weifang`, `张伟芳`). */
export function personName(i: number): { en: string; zh: string } {
  const [zs, es] = SURNAMES[i % 10]!;
  const [z1, e1] = GIVEN[Math.floor(i / 10) % 10]!;
  const [z2, e2] = GIVEN[Math.floor(i / 100) % 10]!;
  return { en: `${es} ${e1[0]!.toUpperCase()}${e1.slice(1)}${e2}`, zh: `${zs}${z1}${z2}` };
}
