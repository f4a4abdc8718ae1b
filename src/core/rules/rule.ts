/**
 * The rule framework (ESLint `meta` shape, SPEC §2.6): one file per rule under
 * src/core/rules/<id>.ts exports `defineRule({ meta, check })`. `check` walks the merged
 * landscape and reports violations with subject, related ids, the node to place them at,
 * and machine-readable data for quick fixes; severity and suppression are applied outside.
 */
import type { Landscape } from '../model/landscape';
import type { DefinitionAt, Fix, NavigationTarget, SeverityOrOff, Span } from '../types';

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
  /** The subject's definition when it is not the first entity with the subject id (Finding.subjectAt). */
  subjectAt?: DefinitionAt;
  /** Places to go to from the finding (Finding.navigation). */
  navigation?: NavigationTarget[];
}

export interface RuleContext<O> {
  landscape: Landscape;
  /** The options of the entry file (or, when the rule is off there, of the first file where it is on). */
  options: O;
  /**
   * The options in force for a finding placed in `file`: `lint.overrides` may give files options
   * of their own (SPEC §2.6). The engine runs each rule once per lint, so a rule reads the options
   * of the file it reports in, per subject; files with equal options share one object, so what
   * a rule derives from them can be memoised per object (`perOptions`). A file where the rule is
   * off gets `options` (its findings are dropped anyway).
   */
  optionsFor(file: string): O;
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

/**
 * `derive` memoised per options object (`optionsFor` gives one object per distinct option set):
 * a rule builds e.g. the Set of an option's list once per option set, not once per subject.
 */
export function perOptions<O, T>(derive: (options: O) => T): (options: O) => T {
  const memo = new Map<O, T>();
  return (options) => {
    let v = memo.get(options);
    if (v === undefined && !memo.has(options)) memo.set(options, (v = derive(options)));
    return v as T;
  };
}

export const DOCS_BASE = 'https://github.com/landscape-tools/landscape/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
