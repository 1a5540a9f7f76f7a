import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';

/** [sentence, expected entities as `text/type=key`] — sentences from the seed article unless noted. */
const CASES: [string, string[]][] = [
  [
    'Zhang Li, president of the China Electronic Information Industry Development Research Institute, said in his speech at the conference that Chengdu, as one of the first batch of Chinese software cities',
    ['Zhang Li/person=zhang li', 'China Electronic Information Industry Development Research Institute/org=ccid', 'Chengdu/place=chengdu'],
  ],
  [
    'Sun Wenlong, chairman of the Open Atom Open Source Foundation, said in his speech that as an advocate and practitioner of open source',
    ['Sun Wenlong/person=sun wenlong', 'Open Atom Open Source Foundation/org=openatom'],
  ],
  [
    'Peng Lan, deputy secretary of the Party Committee of the University of Electronic Science and Technology, hopes to use the conference platform',
    ['Peng Lan/person=peng lan', 'University of Electronic Science and Technology/org=uestc'],
  ],
  [
    'Valentin Makarov, president of RUSSOFT, the Russian Software Industry Association, came to Chengdu for the second time to participate in the conference.',
    ['Valentin Makarov/person=valentin makarov', 'RUSSOFT/org=russoft', 'Russian Software Industry Association/org=russoft', 'Chengdu/place=chengdu'],
  ],
  [
    'representatives of the Russian Software Industry Association and the Hong Kong Software Industry Association, representatives of the competent industrial and information technology departments of brother cities such as Chongqing and Wuhan, heads of relevant municipal departments and districts (cities) and counties in Sichuan and Chengdu',
    [
      'Russian Software Industry Association/org=russoft',
      'Hong Kong Software Industry Association/org=association hong industry kong software',
      'Chongqing/place=chongqing',
      'Wuhan/place=wuhan',
      'Sichuan/place=sichuan',
      'Chengdu/place=chengdu',
    ],
  ],
  [
    'According to the «Software and Information Service Cluster Active Credit Innovation Plan» launched by Chengdu City and the Chengdu Branch of the Industrial and Commercial Bank of China, 66 software companies in Chengdu have been the first batch to receive credit',
    ['Chengdu City/place=chengdu', 'Chengdu/place=chengdu', 'Industrial and Commercial Bank of China/org=icbc', 'Chengdu/place=chengdu'],
  ],
  [
    'The relevant person in charge of the Sichuan Provincial Department of Economy and Information Technology said that the Sichuan Provincial Party Committee and the provincial government oversee great importance',
    [
      'Sichuan Provincial Department of Economy and Information Technology/org=department economy information sichuan technology',
      'Sichuan Provincial Party Committee/org=committee party sichuan',
    ],
  ],
  [
    'The relevant person in charge of the Chengdu Municipal Bureau of Economy and Information Technology said that Chengdu has implemented the deployment',
    ['Chengdu Municipal Bureau of Economy and Information Technology/org=bureau chengdu economy information technology', 'Chengdu/place=chengdu'],
  ],
  [
    'Russia must not only play the role of a technology partner, but also closely cooperate with China in the growing «BRICS+» mechanism.',
    ['Russia/place=russia', 'China/place=china', 'BRICS/org=brics'],
  ],
  [
    'Chongqing has actively integrated into the construction of the twin-city economic circle in the Chengyu region, and the development of Chongqing’s software industry has accelerated.',
    ['Chongqing/place=chongqing', 'Chengyu/place=chengyu', 'Chongqing/place=chongqing'],
  ],
  [
    'A big boost to Uttar Pradesh Cross-Border Trade and Tech Collaboration in Russia during International Technology Congress, Moscow-Russia',
    ['Uttar Pradesh/place=uttar pradesh', 'Russia/place=russia', 'Moscow/place=moscow', 'Russia/place=russia'],
  ],
  // WMT24 news (the project's development articles).
  [
    'However, with that deadline just 9 days away, Senate Republican Leader Mitch McConnell has said Congress will need to pass a CR',
    ['Senate/org=senate', 'Mitch McConnell/person=mitch mcconnell'],
  ],
  [
    'Congressman Thomas Massie of Kentucky, one of the Republican Party\'s most vocal budget hawks',
    ['Thomas Massie/person=thomas massie', 'Kentucky/place=kentucky', 'Republican Party/org=gop'],
  ],
  [
    '"New year, same idiotic behavior by some," New York Republican Representative Mike Lawler told Newsweek.',
    ['New York/place=new york', 'Mike Lawler/person=mike lawler'],
  ],
  // Given name first, and a Western name known only to compromise (invented sentences).
  ['The award went to Wenlong Sun of Chengdu.', ['Wenlong Sun/person=sun wenlong', 'Chengdu/place=chengdu']],
  ['The talks were opened by Angela Merkel in Berlin.', ['Angela Merkel/person=angela merkel', 'Berlin/place=berlin']],
];

describe('English entities', () => {
  it.each(CASES)('%s', (text, expected) => {
    const found = extractEntities(text, 'en', { deep: true }).map((c) => `${text.slice(c.start, c.end)}/${c.type}=${c.value}`);
    expect(found).toEqual(expected);
  });

  it('returns non-overlapping candidates sorted by start, of kind entity', () => {
    const text = CASES.map(([t]) => t).join(' ');
    const found = extractEntities(text, 'en', { deep: true });
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(new Set(found.map((c) => c.kind))).toEqual(new Set(['entity']));
  });
});
