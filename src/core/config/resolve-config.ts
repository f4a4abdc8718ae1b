/**
 * Lint configuration (SPEC §2.6): preset or ruleset file (`extends`, recursively) → `rules`
 * → matching `overrides` (per file, later entries win) → editor settings (SPEC §5.3). Every problem is a
 * `core/invalid-config` finding at the offending node; the engine then runs with what is valid.
 */
import type { ValidateFunction } from 'ajv';
import { ruleOptions } from '../schema/generated/validators';
import type { Host } from '../load/host';
import { coreFinding } from '../findings/core-finding';
import { parseSource } from '../load/load-landscape';
import { asMap, asScalar, asSeq, deref, getValue, keyText, spanOf, type Span, type YNode } from '../parse/yaml-tree';
import type { Finding, SeverityOrOff } from '../types';
import { dirname, join, relative } from '../util/paths';
import { OverrideGlobs } from './override-globs';
import { DidYouMean } from '../util/did-you-mean';
import { pushAll } from '../util/collections';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export type RuleSettings = Map<string, RuleSetting>;

export interface ResolvedConfig {
  /** Settings for files no override matches. */
  base: RuleSettings;
  overrides: { files: string[]; rules: Map<string, PartialSetting> }[];
  /** Editor settings (`landscape.rules`): they win over the whole lint block, overrides included. */
  settings?: Map<string, PartialSetting>;
  findings: Finding[];
  /** Folder the override globs are relative to (the entry file's). */
  root: string;
  /** The ruleset files read through `extends`, with their text: findings may sit in them. */
  sources: { path: string; text: string }[];
}

interface PartialSetting {
  severity: SeverityOrOff;
  options?: Record<string, unknown>;
}

/**
 * What configuration knows of a rule: its id, default severity and options. Configuration sits
 * below the rules (src/README.md, layering), so it names no rule type; `Rule` (rules/rule.ts) has these.
 */
export interface ConfigurableRule {
  readonly meta: {
    readonly id: string;
    readonly defaultSeverity: SeverityOrOff;
    readonly optionsSchema: object;
    readonly defaultOptions: object;
  };
}

const PRESETS = ['recommended', 'strict', 'none'] as const;

/** The validator of a rule's options, compiled ahead of time (scripts/gen-validators.ts): no compiler at run time. */
function optionsValidator(rule: ConfigurableRule): ValidateFunction {
  const v = ruleOptions[rule.meta.id];
  if (!v) throw new Error(`No options validator for rule ${rule.meta.id}: run npm run docs`);
  return v;
}

export function presetSettings(preset: string, rules: ReadonlyArray<ConfigurableRule>): RuleSettings {
  const m: RuleSettings = new Map();
  for (const r of rules) {
    const severity: SeverityOrOff = preset === 'strict' ? 'error' : preset === 'none' ? 'off' : r.meta.defaultSeverity;
    m.set(r.meta.id, { severity, options: { ...r.meta.defaultOptions } });
  }
  return m;
}

/** Severity forms: off|info|warn|error, 0|1|2, false (= off). */
function parseSeverity(v: unknown): SeverityOrOff | undefined {
  if (v === false || v === 0 || v === 'off') return 'off';
  if (v === 1 || v === 'warn') return 'warn';
  if (v === 2 || v === 'error') return 'error';
  if (v === 'info') return 'info';
  return undefined;
}

interface Ctx {
  host: Host;
  rules: ReadonlyArray<ConfigurableRule>;
  byId: Map<string, ConfigurableRule>;
  findings: Finding[];
  sources: ResolvedConfig['sources'];
  /** Rule ids as a did-you-mean index, made for the first unknown rule. */
  ruleIds?: DidYouMean;
}

/** A value from YAML (with a node to report at) or from editor settings (without). */
interface Located {
  value: unknown;
  node: YNode | null;
}

function plain(node: YNode | null): unknown {
  const n = deref(node);
  if (!n) return null;
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map((i) => plain(i));
  if (n.kind === 'map') {
    const o: Record<string, unknown> = {};
    for (const p of n.pairs) {
      const k = keyText(p);
      if (k !== null && !(k in o)) o[k] = plain(p.value);
    }
    return o;
  }
  return null;
}


/** Reads one `rules` map (YAML node or settings object) into partial settings. */
function readRules(ctx: Ctx, file: string, rulesNode: YNode | null, settings: Record<string, unknown> | undefined, where: string): Map<string, PartialSetting> {
  const out = new Map<string, PartialSetting>();
  const items: { key: string; keyNode: YNode | null; value: Located }[] = [];
  const map = asMap(rulesNode);
  if (rulesNode && !map) {
    ctx.findings.push(coreFinding('core/invalid-config', file, spanOf(rulesNode), `${where}: rules must be a mapping of rule id to severity.`));
  }
  for (const p of map?.pairs ?? []) {
    const k = keyText(p);
    if (k !== null) items.push({ key: k, keyNode: p.key, value: { value: plain(p.value), node: deref(p.value) } });
  }
  for (const [k, v] of Object.entries(settings ?? {})) items.push({ key: k, keyNode: null, value: { value: v, node: null } });

  for (const { key, keyNode, value } of items) {
    const at = (node: YNode | null): Span => spanOf(node ?? keyNode ?? rulesNode);
    const rule = ctx.byId.get(key);
    if (!rule) {
      const hint = (ctx.ruleIds ??= new DidYouMean(ctx.byId.keys())).nearest(key);
      ctx.findings.push(coreFinding('core/invalid-config', file, at(keyNode), `${where}: unknown rule '${key}'${hint ? `; did you mean '${hint}'?` : '.'}`));
      continue;
    }
    let sevValue = value.value;
    let sevNode = value.node;
    let options: Record<string, unknown> | undefined;
    let optNode: YNode | null = null;
    if (Array.isArray(sevValue)) {
      const seq = asSeq(value.node);
      sevNode = seq ? deref(seq.items[0]) : null;
      optNode = seq ? deref(seq.items[1]) : null;
      const [s, o, ...rest] = sevValue as unknown[];
      sevValue = s;
      if (rest.length) {
        ctx.findings.push(coreFinding('core/invalid-config', file, at(value.node), `${where}: '${key}' takes [severity, options]; extra items are not allowed.`));
        continue;
      }
      if (o !== undefined) {
        if (o === null || typeof o !== 'object' || Array.isArray(o)) {
          ctx.findings.push(coreFinding('core/invalid-config', file, at(optNode), `${where}: the options of '${key}' must be a mapping.`));
          continue;
        }
        options = o as Record<string, unknown>;
      }
    }
    const severity = parseSeverity(sevValue);
    if (!severity) {
      ctx.findings.push(coreFinding('core/invalid-config', file, at(sevNode),
        `${where}: invalid severity ${JSON.stringify(sevValue)} for '${key}'; use off, info, warn, error, 0, 1 or 2.`));
      continue;
    }
    if (options) {
      const validate = optionsValidator(rule);
      if (!validate(options)) {
        const e = validate.errors?.[0];
        const prop = e?.instancePath?.split('/')[1] ?? (e?.params as { additionalProperty?: string })?.additionalProperty;
        const detail = e?.keyword === 'additionalProperties'
          ? `unknown option '${prop}' (allowed: ${Object.keys(rule.meta.optionsSchema).join(', ') || 'none'})${didYouMeanOption(prop, Object.keys(rule.meta.optionsSchema))}`
          : `option '${prop}' ${e?.message ?? 'is invalid'}`;
        const optMap = asMap(optNode);
        const propNode = optMap && prop ? optMap.pairs.find((p) => keyText(p) === prop) : undefined;
        ctx.findings.push(coreFinding('core/invalid-config', file, at(propNode ? (e?.keyword === 'additionalProperties' ? propNode.key : propNode.value) : optNode), `${where}: ${key}: ${detail}${detail.endsWith('?') ? '' : '.'}`));
        continue;
      }
    }
    out.set(key, { severity, options });
  }
  return out;
}

/** "; did you mean 'max'?" for a mistyped option name, by the one suggestion policy (util/did-you-mean.ts). */
function didYouMeanOption(prop: string | undefined, names: string[]): string {
  const near = prop === undefined ? undefined : new DidYouMean(names).nearest(prop);
  return near ? `; did you mean '${near}'?` : '';
}

function apply(target: RuleSettings, partial: Map<string, PartialSetting>, rules: Map<string, ConfigurableRule>): void {
  for (const [id, p] of partial) {
    const prev = target.get(id) ?? { severity: 'off', options: { ...rules.get(id)!.meta.defaultOptions } };
    // Options are shallow-merged over the rule defaults (SPEC §2.6), not over earlier layers' options.
    target.set(id, { severity: p.severity, options: p.options ? { ...rules.get(id)!.meta.defaultOptions, ...p.options } : prev.options });
  }
}

/** Resolves `extends` (a preset name or a ruleset file path, or a list of them) into settings. */
async function resolveExtends(ctx: Ctx, file: string, node: YNode | null, into: RuleSettings, chain: string[]): Promise<void> {
  const n = deref(node);
  const list = n?.kind === 'seq' ? n.items.map((i) => deref(i)) : [n];
  for (const item of list) {
    const s = asScalar(item);
    if (!s || typeof s.value !== 'string') {
      if (item) ctx.findings.push(coreFinding('core/invalid-config', file, spanOf(item), `extends must be recommended, strict, none or a path to a ruleset file.`));
      continue;
    }
    const name = s.text;
    if ((PRESETS as readonly string[]).includes(name)) {
      for (const [k, v] of presetSettings(name, ctx.rules)) into.set(k, v);
      continue;
    }
    if (!/[./]/.test(name) || !/\.(ya?ml|json)$/i.test(name)) {
      const near = new DidYouMean(PRESETS).nearest(name);
      ctx.findings.push(coreFinding('core/invalid-config', file, spanOf(s), `Unknown preset '${name}': use recommended, strict, none or a path to a ruleset file (.yaml)${near ? `; did you mean '${near}'?` : '.'}`));
      continue;
    }
    const path = join(dirname(file), name);
    if (chain.includes(path)) {
      ctx.findings.push(coreFinding('core/invalid-config', file, spanOf(s), `Ruleset '${name}' extends itself (cycle: ${[...chain, path].map((p) => relative(dirname(chain[0]), p)).join(' → ')}).`));
      continue;
    }
    let content: string | Uint8Array | undefined;
    try {
      content = await ctx.host.readFile(path);
    } catch {
      content = undefined;
    }
    if (content === undefined) {
      ctx.findings.push(coreFinding('core/invalid-config', file, spanOf(s), `Ruleset file '${name}' not found.`));
      continue;
    }
    const src = parseSource(path, content);
    ctx.sources.push({ path, text: src.text });
    pushAll(ctx.findings, src.problems);
    const root = asMap(src.parsed.root);
    if (!root) {
      if (!src.parsed.fatal) ctx.findings.push(coreFinding('core/invalid-config', path, { start: 0, end: 0 }, `Ruleset file must be a mapping with extends and rules.`));
      continue;
    }
    const ext = getValue(root, 'extends');
    if (ext) await resolveExtends(ctx, path, ext, into, [...chain, path]);
    apply(into, readRules(ctx, path, getValue(root, 'rules'), undefined, `Ruleset ${relative(dirname(chain[0]), path)}`), ctx.byId);
  }
}

export interface ConfigInput {
  entry: string;
  /** The entry file's `lint` node (null: no lint block = recommended). */
  lint: YNode | null;
  host: Host;
  rules: ReadonlyArray<ConfigurableRule>;
  /** Editor settings (`landscape.rules`), applied over the file's rules. */
  settingsRules?: Record<string, unknown>;
}

export async function resolveConfig(input: ConfigInput): Promise<ResolvedConfig> {
  const byId = new Map(input.rules.map((r) => [r.meta.id, r] as const));
  const ctx: Ctx = { host: input.host, rules: input.rules, byId, findings: [], sources: [] };
  const base = presetSettings('recommended', input.rules);
  const lint = asMap(input.lint);
  const root = dirname(input.entry);
  const overrides: ResolvedConfig['overrides'] = [];
  if (input.lint && !lint && deref(input.lint)?.kind !== 'scalar') {
    ctx.findings.push(coreFinding('core/invalid-config', input.entry, spanOf(input.lint), 'lint must be a mapping with extends, rules and overrides.'));
  }
  if (lint) {
    const ext = getValue(lint, 'extends');
    if (ext) await resolveExtends(ctx, input.entry, ext, base, [input.entry]);
    apply(base, readRules(ctx, input.entry, getValue(lint, 'rules'), undefined, 'lint'), byId);
    const ov = asSeq(getValue(lint, 'overrides'));
    for (const item of ov?.items ?? []) {
      const m = asMap(item);
      if (!m) continue;
      const filesNode = deref(getValue(m, 'files'));
      const files = filesNode?.kind === 'seq' ? filesNode.items.map((i) => asScalar(i)?.text).filter((s): s is string => !!s) : asScalar(filesNode)?.text ? [asScalar(filesNode)!.text] : [];
      if (files.length === 0) {
        ctx.findings.push(coreFinding('core/invalid-config', input.entry, spanOf(item), 'Each override needs files: a list of globs (relative to the entry file).'));
        continue;
      }
      overrides.push({ files, rules: readRules(ctx, input.entry, getValue(m, 'rules'), undefined, 'lint.overrides') });
    }
  }
  let settings: Map<string, PartialSetting> | undefined;
  if (input.settingsRules && Object.keys(input.settingsRules).length) {
    settings = readRules(ctx, input.entry, null, input.settingsRules, 'Setting landscape.rules');
    apply(base, settings, byId);
  }
  return { base, overrides, settings, findings: ctx.findings, root, sources: ctx.sources };
}

/** The compiled override globs of each resolved configuration (compiled on first use, once). */
const overrideGlobs = new WeakMap<ResolvedConfig['overrides'], OverrideGlobs>();

/** Settings for the rules of findings located in `file` (overrides applied). */
export function settingsForFile(cfg: ResolvedConfig, file: string, rules: Map<string, ConfigurableRule>): RuleSettings {
  if (cfg.overrides.length === 0) return cfg.base;
  let globs = overrideGlobs.get(cfg.overrides);
  if (!globs) overrideGlobs.set(cfg.overrides, (globs = new OverrideGlobs(cfg.overrides)));
  // A glob on the whole path relative to the entry file (SPEC §2.6): `x.yaml` matches only the
  // x.yaml beside the entry, `**/x.yaml` any x.yaml below it.
  const rel = relative(cfg.root, file);
  let result: RuleSettings | null = null;
  for (const i of globs.matching(rel)) {
    result ??= new Map([...cfg.base].map(([k, v]) => [k, { ...v }]));
    apply(result, cfg.overrides[i].rules, rules);
  }
  // SPEC §5.3: the landscape.rules setting overrides the entry's lint block, overrides included.
  if (result && cfg.settings) apply(result, cfg.settings, rules);
  return result ?? cfg.base;
}
