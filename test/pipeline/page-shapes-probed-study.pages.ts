/**
 * Bilingual pages written for the tests in the layouts of study, listening and subtitle pages that
 * people paste: a whole dialogue on one line with its Chinese stopped by ASCII marks, a dialogue
 * whose turns each carry a run-together word list, a dialogue closing on a bilingual credit and a
 * usage note, ASS subtitles styling the English line with a Chinese font's name, and a subtitle
 * page under a video player's tabs and an image's placeholder text. Same format as
 * `page-shapes.pages.ts`: expected links by line and the lines that are no translation unit (`x`).
 */
import { page, type ShapePage } from './page-shapes.pages.js';

/** The pages. */
export const PROBED_STUDY_PAGES: ShapePage[] = [
  page('one-line dialogue: speaker turns and their Chinese on one line, the Chinese stopped by ASCII marks between Han', [
    'Ann: Have you tried the new noodle shop on Pine Street? 你去过松树街新开的面馆了吗? Ben: Yes, last Friday. The beef noodles cost 28 yuan. '
      + '去过,上周五去的.牛肉面28块钱. Ann: Was it busy? 人多吗? Ben: Really busy! We waited half an hour. 真的很多!我们等了半小时.',
  ], ['1 => 1', '1 => 1', '1 => 1', '1 => 1']),
];
