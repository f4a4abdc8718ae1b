/**
 * The rule contract (ESLint's `meta` shape, SPEC §2.6; typescript-eslint's typed message ids
 * and options): one file per rule under src/core/rules/<id>.ts exports
 * `defineRule({ meta, check })`. `meta` declares the rule's messages by id and its options
 * (schema, default and description of each, in one declaration); `check` walks the merged
 * landscape and reports violations by message id with the values of the message's
 * placeholders, the subject, related ids, the node to place them at, and machine-readable data
 * for quick fixes. Severity, suppression and the message text are applied outside.
 */
import type { Landscape } from '../model/landscape';
import type { DefinitionAt, Finding, MakeFixes, NavigationTarget, SeverityOrOff, Span } from '../types';
import { compileMessages, type MessageReport, type Messages, type MessageValues } from './rule-messages';
import { defaultOptionsOf, optionsSchemaOf, type OptionsDeclaration, type OptionsOf } from './rule-options';

export type RuleCategory =
  | 'integrity' | 'bimodal' | 'coupling' | 'lifecycle' | 'shadow IT' | 'security' | 'ownership' | 'rollout';

/** What a rule file declares. */
export interface RuleMetaInput<M extends Messages, D extends OptionsDeclaration> {
  readonly id: string;
  readonly category: RuleCategory;
  /** Severity in the `recommended` preset. */
  readonly defaultSeverity: SeverityOrOff;
  /** One line: what the rule flags. */
  readonly description: string;
  /** The principle it protects (why). */
  readonly rationale: string;
  /** Message texts by message id; `{{name}}` is a placeholder the report gives a value. */
  readonly messages: M;
  /** The options (none when absent): each with its schema, default and description. */
  readonly options?: D;
  /** Markdown documentation: what triggers, what does not, how to fix. */
  readonly docs: string;
  /** The rule offers quick fixes with text edits. */
  readonly fixable: boolean;
}

/** A rule's metadata: what the file declares, and what follows from its options declaration. */
export interface RuleMeta extends RuleMetaInput<Messages, OptionsDeclaration> {
  readonly options: OptionsDeclaration;
  /** JSON Schema properties of the options object (shallow-merged over the defaults), from `options`. */
  readonly optionsSchema: { readonly [name: string]: object };
  /** The default of each option, from `options`. */
  readonly defaultOptions: OptionsOf<OptionsDeclaration>;
}

/** Where a violation is and what it is about; the message comes from its message id. */
export interface ViolationBase {
  subject: string;
  related: string[];
  file: string;
  span: Span;
  /** Machine-readable data for quick fixes. */
  data?: Finding['data'];
  /**
   * The quick fixes, made when someone asks for them (an editor's code actions, fix-all, the
   * rule tester), from the nodes the violation holds and the text they are in then: most
   * findings are never fixed, and a violation kept across edits (lint/rule-reuse.ts) must not
   * carry the offsets of an older text.
   */
  fixes?: MakeFixes;
  /** The subject's definition when it is not the first entity with the subject id (Finding.subjectAt). */
  subjectAt?: DefinitionAt;
  /** Places to go to from the finding (Finding.navigation). */
  navigation?: NavigationTarget[];
}

/** A violation of a rule with messages M: one of its message ids and that message's values. */
export type Violation<M extends Messages = Messages> = ViolationBase & MessageReport<M>;

/** A violation as the engine receives it, whatever the rule. */
export type AnyViolation = ViolationBase & { readonly messageId: string; readonly messageData?: MessageValues };

export interface RuleContext<O, M extends Messages = Messages> {
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
  /**
   * The text of a file of the landscape. Not for fix edits: those are made later, from the
   * text `ViolationBase.fixes` is given.
   */
  text(file: string): string;
  report(v: Violation<M>): void;
  /**
   * What this rule reported in the last lint of the same entry with the same date and rule
   * settings (the editor's keystroke before), in report order; empty otherwise. Only
   * violations that move with the text are here (rule-reuse.ts). A rule may `report` one of
   * these objects again where it would report an equal violation: the engine keeps its message
   * and finding at once, and neither the new violation nor the comparison of its data is made.
   * For rules with tens of thousands of violations, most of them unchanged by a keystroke.
   */
  previous: readonly Violation<M>[];
}

export interface Rule<O = OptionsOf<OptionsDeclaration>, M extends Messages = Messages> {
  readonly meta: RuleMeta;
  check: (ctx: RuleContext<O, M>) => void;
  /** The text of a reported message: `meta.messages[messageId]` with its placeholders filled in. */
  message: (v: Pick<AnyViolation, 'messageId' | 'messageData'>) => string;
}

/** The options of a rule that declares none. */
type NoOptions = Record<never, never>;

/**
 * Any rule, as the registry and the engine hold them: each rule's own option and message types
 * are checked where it is defined (`defineRule`); here they are erased.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the erased view of every rule
export type AnyRule = Rule<any, any>;

/**
 * A rule from its file's declaration. The types of `ctx.options` and of each report's
 * `messageData` are inferred from `meta.options` and `meta.messages` (literal types: `const`).
 */
export function defineRule<const M extends Messages, const D extends OptionsDeclaration = NoOptions>(rule: {
  meta: RuleMetaInput<M, D>;
  check: (ctx: RuleContext<OptionsOf<D>, M>) => void;
}): Rule<OptionsOf<D>, M> {
  const options: OptionsDeclaration = rule.meta.options ?? {};
  const meta: RuleMeta = { ...rule.meta, options, optionsSchema: optionsSchemaOf(options), defaultOptions: defaultOptionsOf(options) };
  const texts = compileMessages(rule.meta.messages);
  return {
    meta,
    check: rule.check,
    message: (v) => {
      const text = texts.get(v.messageId);
      if (!text) throw new Error(`Rule ${meta.id} reported the unknown message id '${v.messageId}'`);
      return text(v.messageData);
    },
  };
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

const DOCS_BASE = 'https://github.com/landscape-tools/landscape/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
