import type { Severity } from './types.js';

/** The severities from the mildest to the gravest. */
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a value is one of the severity names. */
export function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info';
}

/** Orders two severities: negative when `a` is milder than `b`, zero when equal, positive when graver. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

/** Whether `severity` is at or above `threshold` (`error` is at or above every severity). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/**
 * Moves a severity by `steps` along the order (negative: milder), stopping at `info` and `error`.
 */
export function shiftBy(severity: Severity, steps: number): Severity {
  const rank = Math.max(0, Math.min(SEVERITIES.length - 1, RANK[severity] + steps));
  return SEVERITIES[rank] ?? severity;
}
