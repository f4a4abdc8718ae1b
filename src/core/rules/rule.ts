/**
 * The rule framework (ESLint `meta` shape, SPEC §2.6): one file per rule under
 * src/core/rules/<id>.ts exports `defineRule({ meta, check })`. `check` walks the merged
 * landscape and reports violations with subject, related ids, the node to place them at,
 * and machine-readable data for quick fixes; severity and suppression are applied outside.
 */
import type { Landscape } from '../model/landscape';
import type { Fix, SeverityOrOff, Span } from '../types';

export type RuleCategory =
  | 'integrity' | 'bimodal' | 'coupling' | 'lifecycle' | 'shadow IT' | 'security' | 'ownership' | 'rollout';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  /** Severity in the `recommended` preset. */
  defaultSeverity: SeverityOrOff;
  /** One line: what the rule flags. */
  description: string;
  /** The principle it protects (why). */
  rationale: string;
  /** JSON Schema of the options object (properties only; shallow-merged over defaults). */
  optionsSchema: Record<string, unknown>;
  defaultOptions: Record<string, unknown>;
  /** Markdown documentation: what triggers, what does not, how to fix. */
  docs: string;
  /** The rule offers quick fixes with text edits. */
  fixable: boolean;
}

export interface Violation {
  subject: string;
  related: string[];
  file: string;
  span: Span;
  message: string;
  data?: Record<string, unknown>;
  fixes?: Fix[];
}

export interface RuleContext<O> {
  landscape: Landscape;
  options: O;
  /** "Today" (metadata.asOf, --as-of or the current date), YYYY-MM-DD. */
  asOf: string;
  /** The text of a file of the landscape (for computing fix edits). */
  text(file: string): string;
  report(v: Violation): void;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}

export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

export const DOCS_BASE = 'https://github.com/landscape-tools/landscape/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
