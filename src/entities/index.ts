/**
 * What English and Chinese names share: the language-independent key of a person, place or
 * organization and the matching of keys across languages. The extractors that find names in
 * text are the entity stage (`src/pipeline/entities.ts`).
 */
export { entityKey } from './key.js';
export { entityMatch, sameEntity, phoneticCode, SAME_ENTITY_THRESHOLD } from './match.js';
export type { EntityLike } from './match.js';
