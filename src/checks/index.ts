import type { Rule } from './rule.js';
import { numberMismatch } from './number-mismatch.js';
import { moneyMismatch } from './money-mismatch.js';
import { dateMismatch } from './date-mismatch.js';
import { directionMismatch } from './direction-mismatch.js';
import { basisMismatch } from './basis-mismatch.js';
import { entityMismatch } from './entity-mismatch.js';
import { untranslated } from './untranslated.js';
import { missingTranslation } from './missing-translation.js';
import { unpairedBlock } from './unpaired-block.js';
import { lengthRatio } from './length-ratio.js';
import { glossary } from './glossary.js';
import { inconsistentTerm } from './inconsistent-term.js';
import { swappedValues } from './swapped-values.js';

export type { Rule, CheckContext } from './rule.js';

/** Every rule, in the order their findings are listed. */
export const allRules: readonly Rule[] = [
  numberMismatch,
  moneyMismatch,
  dateMismatch,
  directionMismatch,
  basisMismatch,
  swappedValues,
  entityMismatch,
  untranslated,
  missingTranslation,
  unpairedBlock,
  lengthRatio,
  glossary,
  inconsistentTerm,
];

export {
  numberMismatch, moneyMismatch, dateMismatch, directionMismatch, basisMismatch, swappedValues, entityMismatch, untranslated, missingTranslation,
  unpairedBlock, lengthRatio, glossary, inconsistentTerm,
};
