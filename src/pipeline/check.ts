import type { Lexicon } from '../lexicon/load.js';
import type { Block, Fact, Finding, GlossaryEntry, Pair, RuleSetting, Severity } from '../types.js';
import { allRules } from '../checks/index.js';
import { indexDocument, makeContext } from '../checks/rule.js';
import { compareSeverity, isSeverity, shiftBy } from '../severity.js';

/** A rule as `--list-rules` and the README show it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

/** The registry: every rule's id, default severity and one-line description. */
export const rules: readonly RuleInfo[] = allRules.map(({ id, severity, description }) => ({ id, severity, description }));

/**
 * A finding's severity under a configured rule severity: the rule's main findings take the
 * configured severity and its lesser findings move with them (a rule set to `warning` turns
 * its errors into warnings and its warnings into infos).
 */
export function shiftSeverity(severity: Severity, ruleDefault: Severity, configured: Severity | undefined): Severity {
  if (!configured) return severity;
  return shiftBy(severity, compareSeverity(configured, ruleDefault));
}

/** What `check` reads. */
export interface CheckInput {
  blocks: Block[];
  pairs: Pair[];
  facts: Fact[];
  /** Settings by rule id: `enabled: false` turns a rule off, `severity` shifts its findings, the rest are its options. */
  rules?: Record<string, RuleSetting>;
  glossary?: GlossaryEntry[];
  /** The year the text speaks from (`referenceDate`, `--date`, or its dateline), when known. */
  referenceYear?: number;
  /** The CC-CEDICT lexicon, for rules that weigh words against their translation (none when the run uses no lexicon). */
  lexicon?: () => Lexicon;
}

/**
 * Runs every enabled rule over a document's pairs and facts. Returns the findings in pair
 * order (then by line and column), each with the severity its rule's setting gives it.
 */
export function check(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const index = indexDocument(input);
  for (const rule of allRules) {
    const setting = input.rules?.[rule.id] ?? {};
    if (setting.enabled === false) continue;
    const context = makeContext(input, setting, index);
    const found = rule.check(context);
    const configured = isSeverity(setting.severity) ? setting.severity : undefined;
    // A rule's findings are its own new objects: one is copied only when its severity moves.
    for (const f of found) {
      const severity = shiftSeverity(f.severity, rule.severity, configured);
      findings.push(severity === f.severity ? f : { ...f, severity });
    }
  }
  if (findings.length < 2) return findings;
  const order = new Map(input.pairs.map((p, i) => [p.id, i]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.pair) ?? 0) - (order.get(b.f.pair) ?? 0) || a.f.line - b.f.line || a.f.column - b.f.column || a.i - b.i)
    .map(({ f }) => f);
}
