/**
 * The engine: load → parse (cached) → schema → config → merge → rules → severities,
 * suppressions → sorted findings. Never throws on user input; a crashing rule becomes one
 * `core/internal` finding and the other rules still run.
 */
import { resolveConfig, settingsForFile, type ResolvedConfig, type RuleSetting, type RuleSettings } from '../config/resolve-config';
import type { Host } from '../load/host';
import { coreFinding } from '../findings/core-finding';
import { FileCompanion, loadLandscape, type ParseCache, type SourceFile } from '../load/load-landscape';
import { mergeLandscape, mergeLandscapeAgain, type Landscape } from '../model/landscape';
import { asScalar, getValue, spanOf } from '../parse/yaml-tree';
import { ALL_RULES } from '../rules/index';
import type { AnyRule } from '../rules/rule';
import { RULE_RUNS, RuleRun } from './rule-reuse';
import { moveToNode, relatedLocator } from './kept-findings';
import { SchemaEntryCache, validateFile } from '../schema/validate-schema';
import type { Finding, Fix } from '../types';
import { applySuppressions } from './suppressions';
import { viewFindings } from './view-check';
import { calendarDateOf, today } from '../util/dates';
import { tally } from '../util/work-counter';
import { pushAll } from '../util/collections';

export interface LintOptions {
  /** Overrides metadata.asOf (YYYY-MM-DD). */
  asOf?: string;
  /** Editor settings `landscape.rules`, applied over the entry's `lint.rules`. */
  settingsRules?: Record<string, unknown>;
  allowImportsOutsideRoot?: boolean;
  cache?: ParseCache;
  /** "Today" (YYYY-MM-DD) when neither asOf nor metadata.asOf is given: the host's clock, read through util/dates.ts `today` (tests pin it). Default: the system clock's UTC date. */
  today?: string;
  rules?: ReadonlyArray<AnyRule>;
  /** Record the time of each phase and rule in `LintResult.timings` (benchmarks). */
  profile?: boolean;
}

export interface LintResult {
  entry: string;
  /** Files of the landscape in load order. */
  files: SourceFile[];
  findings: Finding[];
  /** Findings removed by suppressions (kept for the editor's hover and for tests). */
  suppressed: Finding[];
  landscape: Landscape;
  config: ResolvedConfig;
  /** Whether the nodes of `file` are still where this lint found them (no later lint on the same cache moved them): see `fixesOf`. */
  current: (file: string) => boolean;
  /** Milliseconds per phase (`load`, `schema`, `config`, `merge`) and per rule (`rule:<id>`), when profiled. */
  timings?: Record<string, number>;
}

const schemaCache = new WeakMap<SourceFile, Finding[]>();

/** The last merged landscape of an entry, for the next lint's merge (mergeLandscapeAgain). */
const LAST_MERGE = new FileCompanion((): { last?: Landscape } => ({}));

/** The schema results of a file's section entries, kept across edits beside its parse (validate-schema.ts). */
const SCHEMA_ENTRIES = new FileCompanion(() => new SchemaEntryCache());

export function schemaEntriesOf(cache: ParseCache, path: string): SchemaEntryCache {
  return cache.companion(path, SCHEMA_ENTRIES);
}

function schemaFindings(file: SourceFile, isEntry: boolean, cache: ParseCache | undefined): Finding[] {
  const key = file;
  const hit = isEntry ? undefined : schemaCache.get(key);
  if (hit) return hit;
  // Entry results are reused only where an entry's text alone decides its value (no anchors).
  const entries = cache && !file.parsed.hasAnchors ? { cache: schemaEntriesOf(cache, file.path), text: file.text } : undefined;
  const problems = file.parsed.fatal ? [] : validateFile(file.parsed.root, { isEntry, entries });
  const out = problems.map((p) => coreFinding(p.code, file.path, p.span, p.message));
  if (!isEntry) schemaCache.set(key, out);
  return out;
}

export async function lintLandscape(entry: string, host: Host, options: LintOptions = {}): Promise<LintResult> {
  // While this lint runs, its files' trees are its own (ParseCache.hold): another lint on the
  // same cache must not move their nodes.
  const release = options.cache?.hold();
  try {
    return await lintHeld(entry, host, options);
  } finally {
    release?.();
  }
}

async function lintHeld(entry: string, host: Host, options: LintOptions): Promise<LintResult> {
  const rules = options.rules ?? ALL_RULES;
  // What is kept for the next lint after an edit, only where there will be one (ParseCache.forEdits).
  const editing = options.cache?.forEdits ? options.cache : undefined;
  const timings: Record<string, number> | undefined = options.profile ? {} : undefined;
  let mark = performance.now();
  const lap = (name: string): void => {
    if (!timings) return;
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + now - mark;
    mark = now;
  };
  const loaded = await loadLandscape(entry, host, { allowImportsOutsideRoot: options.allowImportsOutsideRoot, cache: options.cache });
  const findings: Finding[] = [...loaded.findings];
  lap('load');
  for (const f of loaded.files) {
    pushAll(findings, f.problems);
    pushAll(findings, schemaFindings(f, f.path === entry, editing));
  }
  lap('schema');
  const entryFile = loaded.files.find((f) => f.path === entry);
  const config = await resolveConfig({ entry, lint: entryFile?.model.lint ?? null, host, rules, settingsRules: options.settingsRules });
  pushAll(findings, config.findings);
  lap('config');

  const metaAsOf = asScalar(getValue(entryFile?.model.metadata ?? null, 'asOf'))?.text;
  // A metadata.asOf that is no date (reported by the schema) pins nothing (util/dates.ts).
  const asOf = options.asOf ?? (metaAsOf === undefined ? undefined : calendarDateOf(metaAsOf)) ?? options.today ?? today();
  const models = loaded.files.filter((f) => !f.parsed.fatal).map((f) => f.model);
  const merged = editing?.companion(entry, LAST_MERGE);
  const lastLandscape = merged?.last;
  const landscape = merged ? (merged.last = mergeLandscapeAgain(lastLandscape, entry, models, asOf)) : mergeLandscape(entry, models, asOf);
  const texts = new Map(loaded.files.map((f) => [f.path, f.text] as const));
  pushAll(findings, viewFindings(landscape));
  lap('merge');

  const ruleById = new Map(rules.map((r) => [r.meta.id, r] as const));
  const settingsCache = new Map<string, RuleSettings>();
  // Without overrides every file has the entry's settings: no lookup per file.
  const fileSettings = config.overrides.length === 0 ? (): RuleSettings => config.base : (file: string): RuleSettings => {
    let s = settingsCache.get(file);
    if (!s) settingsCache.set(file, (s = settingsForFile(config, file, ruleById)));
    return s;
  };
  // The distinct settings of the files, in the order they first occur in the load order: the
  // rules below loop over these (usually one), not over every file once per rule.
  const settingsInOrder = [...new Set(loaded.files.map((f) => fileSettings(f.path)))];
  const entrySettings = fileSettings(entry);
  const ruleFindings: Finding[] = [];
  const locate = relatedLocator(landscape, editing !== undefined, lastLandscape);
  const textOf = (file: string): string => texts.get(file) ?? '';
  const cache = options.cache;
  // Rule results of the last lint of this entry, kept where this lint's inputs are the same (rule-reuse.ts).
  const runs = editing?.companion(entry, RULE_RUNS);
  const runKey = runs ? ruleRunKey(asOf, settingsInOrder, config.overrides.length ? loaded.files.map((f) => settingsInOrder.indexOf(fileSettings(f.path))) : []) : '';
  const keptRuns = runs?.reusable(landscape, runKey, rules);
  const previousRuns = runs?.previous(runKey, rules);
  const thisRun = new Map<string, RuleRun>();
  for (const rule of rules) {
    const id = rule.meta.id;
    // Where the rule is on, and the options in force there: one object per distinct option set
    // (usually one; overrides may add more), shared by the files that have it.
    const optionsBySettings = new Map<RuleSettings, Record<string, unknown>>();
    const distinct = new Map<string, Record<string, unknown>>();
    const bySetting = new Map<RuleSetting, Record<string, unknown>>();
    for (const settings of settingsInOrder) {
      const s = settings.get(id);
      if (!s || s.severity === 'off') continue;
      let o = bySetting.get(s);
      if (!o) {
        const k = JSON.stringify(s.options);
        o = distinct.get(k);
        if (!o) distinct.set(k, (o = s.options));
        bySetting.set(s, o);
      }
      optionsBySettings.set(settings, o);
    }
    if (optionsBySettings.size === 0) continue;
    const options = optionsBySettings.get(entrySettings) ?? optionsBySettings.values().next().value!;
    /** The options in force in a file, or undefined where the rule is off. */
    const optionsOf = (file: string): Record<string, unknown> | undefined => optionsBySettings.get(fileSettings(file));
    // One run per lint, whatever the number of option sets: the rule reads the options of the
    // file it reports in (RuleContext.optionsFor). Running once per option set walked the whole
    // landscape once per overridden file.
    let run = keptRuns?.get(id);
    if (run) tally('rule:kept');
    else {
      tally('rule:run');
      tally('rule:entities', landscape.entities.length);
      const fresh = (run = new RuleRun());
      const before = previousRuns?.get(id);
      try {
        rule.check({
          landscape,
          options,
          optionsFor: (file) => optionsOf(file) ?? options,
          asOf,
          text: (file) => {
            fresh.readText = true;
            return textOf(file);
          },
          report: (v) => fresh.list.push(v),
          previous: before?.list ?? [],
        });
      } catch (e) {
        ruleFindings.push(coreFinding('core/internal', entry, { start: 0, end: 0 },
          `Rule ${id} crashed and was skipped: ${(e as Error)?.message ?? String(e)}. Please report this.`));
        continue;
      }
      if (before && !fresh.readText) fresh.adoptEqual(before);
    }
    thisRun.set(id, run);
    const first = ruleFindings.length;
    const violations = run.list;
    // Without overrides the rule has one severity everywhere: no lookups per violation (tens of thousands).
    const everywhere = config.overrides.length === 0 ? entrySettings.get(id)!.severity : undefined;
    for (let i = 0; i < violations.length; i++) {
      const v = violations[i];
      const severity = everywhere ?? (optionsOf(v.file) === undefined ? 'off' : fileSettings(v.file).get(id)!.severity);
      if (severity === 'off') continue;
      // The message is made here, for the findings kept (the rule reported its id and values).
      const message = run.message(rule, i);
      // The finding made of this violation before (RuleRun keeps them together), kept where an edit only moved it (kept-findings.ts).
      const before = run.findings[i];
      if (before && before.severity === severity && before.message === message && v.subjectAt === undefined && v.navigation === undefined && moveToNode(before, v.span)) {
        locate.keep(before, v.related);
        tally('rule:finding-kept');
        ruleFindings.push(before);
        continue;
      }
      const f: Finding = { rule: id, severity, message, messageId: v.messageId, subject: v.subject, related: v.related, file: v.file, span: spanOf(v.span), data: v.data, fixes: v.fixes, relatedLocations: locate(v.related) };
      // Rare (a duplicate id's finding): set only when given, so other findings keep their shape.
      if (v.subjectAt) f.subjectAt = v.subjectAt;
      if (v.navigation) f.navigation = v.navigation;
      run.findings[i] = f;
      ruleFindings.push(f);
    }
    if (distinct.size > 1) groupByOptionSet(ruleFindings, first, optionsOf, distinct);
    // A rule's time includes turning its violations into findings.
    lap(`rule:${id}`);
  }
  runs?.remember(landscape, runKey, rules, thisRun);
  const known = new Set(rules.map((r) => r.meta.id));
  const sup = applySuppressions(ruleFindings, landscape, (rule, file) => (fileSettings(file).get(rule)?.severity ?? 'off') !== 'off', known);
  pushAll(pushAll(findings, sup.kept), sup.notes);
  sortFindings(findings);
  lap('finish');
  const parsed = new Map(loaded.files.map((f) => [f.path, f] as const));
  const current = cache ? (file: string): boolean => { const f = parsed.get(file); return f !== undefined && !cache.wasMoved(f); } : (): boolean => true;
  return { entry, files: loaded.files, findings, suppressed: sup.suppressed, landscape, config, current, timings };
}

/**
 * The findings of one rule from `first` on, stably grouped by option set in the order the sets
 * first occur in the load order: the order they had when the rule ran once per option set
 * (`suppressed` keeps it, and sorting keeps the order of equal findings).
 */
function groupByOptionSet(findings: Finding[], first: number, optionsOf: (file: string) => object | undefined, distinct: Map<string, object>): void {
  const rank = new Map<object, number>();
  for (const o of distinct.values()) rank.set(o, rank.size);
  const part = findings.slice(first);
  part.sort((a, b) => rank.get(optionsOf(a.file)!)! - rank.get(optionsOf(b.file)!)!);
  for (let i = 0; i < part.length; i++) findings[first + i] = part[i];
}

/** The date a lint runs as and the rule settings of its files: what rules read besides the landscape. */
function ruleRunKey(asOf: string, settings: readonly RuleSettings[], fileSettingIndex: readonly number[]): string {
  return JSON.stringify([asOf, settings.map((s) => [...s]), fileSettingIndex]);
}

/**
 * The quick fixes of a finding of `result`, made now from the nodes it was found at and the
 * texts of that lint. None once a later lint has re-parsed the finding's file in place: that
 * moved those nodes to the newer text (ParseCache.hold).
 */
export function fixesOf(result: LintResult, f: Finding): Fix[] {
  if (!f.fixes || !result.current(f.file)) return [];
  const text = (file: string): string => result.files.find((s) => s.path === file)?.text ?? '';
  return f.fixes(text);
}

/**
 * The text a finding's offsets are in: a landscape file of the lint, or a ruleset file its
 * configuration read (`lint.extends`); undefined for any other path.
 */
export function sourceText(result: LintResult, file: string): string | undefined {
  return result.files.find((f) => f.path === file)?.text ?? result.config.sources.find((s) => s.path === file)?.text;
}

export function sortFindings(findings: Finding[]): void {
  findings.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 :
    a.span.start - b.span.start || a.span.end - b.span.end ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    ((a.subject ?? '') < (b.subject ?? '') ? -1 : (a.subject ?? '') > (b.subject ?? '') ? 1 : 0));
}
