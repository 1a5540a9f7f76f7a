/**
 * The tuning / held-out split of every evaluation set: a stable hash of a document's or case's
 * id decides, so the same id always falls on the same side whatever else the set holds.
 * Look at failures of the tuning part only; quote figures of the held-out part.
 */

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Which part an id belongs to. */
export type Part = 'tuning' | 'held-out';

/** The part of an id: held out when its hash is odd (about half of every set). */
export function partOf(id: string): Part {
  return fnv1a(id) % 2 === 1 ? 'held-out' : 'tuning';
}

/** True for ids of the held-out part. */
export function isHeldOut(id: string): boolean {
  return partOf(id) === 'held-out';
}
