/**
 * What a change does to a landscape (issue 12, review mode): two lint results, base and head,
 * compared as a reviewer reads them. Entities by (kind, id) with the fields that changed;
 * dependencies (the graph edges of SPEC §2.4) by (from, to, via) with the modes they join;
 * findings by (rule, subject, set of related ids), never by line, since lines move whenever
 * anything above them changes; and the figures of both sides.
 *
 * Every match is a hash lookup, so the diff is linear in the two landscapes plus the sorts of
 * its output (n log n): it runs beside two lints and must cost less than one.
 * A missing base (`null`: the old revision did not parse, or had no landscape) is an empty one.
 */
import type { Finding } from '../types';
import type { LintResult } from '../lint/engine';
import { SECTIONS, type Entity, type EntityKind, type Interaction } from '../model/entities';
import { coupling, GEARBOX, MODE1, MODE2, type Edge, type Graph } from '../model/graph';
import { passThroughs } from '../rules/passthrough-paths';
import { compareStrings } from '../util/collections';
import { dirname, relative } from '../util/paths';
import { tally } from '../util/work-counter';
import { entityFields, sameValue, type FieldValue } from './entity-fields';

export interface EntityKey {
  kind: EntityKind;
  id: string;
}

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export interface EntityChange extends EntityKey {
  fields: FieldChange[];
}

/** The speed of a system as an edge's class names it: its mode, or `none` (absent or not one of the three). */
export type Speed = 'mode1' | 'gearbox' | 'mode2' | 'none';

export interface DependencyDelta {
  from: string;
  to: string;
  /** The API the edge goes through, or null for a `dependsOn` entry. */
  via: string | null;
  interaction: Interaction;
  /** The modes it joins, e.g. `mode2→mode1` (head's for added and changed, base's for removed). */
  modes: `${Speed}→${Speed}`;
  /** Both ends have a mode and they differ. */
  crossing: boolean;
  /** For a changed dependency: what it was at base. */
  before?: { interaction: Interaction; modes: `${Speed}→${Speed}`; crossing: boolean };
}

export interface SystemCoupling {
  id: string;
  ca: number;
  ce: number;
  /** Ce / (Ca + Ce), rounded to 3 decimals; null when both are 0. */
  instability: number | null;
}

export interface Figures {
  systems: Record<Speed, number>;
  dependencies: number;
  /** Dependencies whose ends are of two different modes. */
  acrossSpeeds: number;
  /** Synchronous Mode-2 → Mode-1 paths: direct edges, and pass-throughs over gearboxes (SPEC §3.3.6). */
  syncMode2ToMode1: { direct: number; throughGearbox: number };
  /** Ca/Ce/instability of every touched system present on this side, by id. */
  coupling: SystemCoupling[];
}

export interface LandscapeDiff {
  entities: { added: EntityKey[]; removed: EntityKey[]; changed: EntityChange[] };
  dependencies: { added: DependencyDelta[]; removed: DependencyDelta[]; changed: DependencyDelta[] };
  /** `new` in head's order (file, position), `fixed` in base's, with base's files and spans. */
  findings: { new: Finding[]; fixed: Finding[]; unchanged: number };
  figures: { base: Figures; head: Figures };
  /** Systems added, removed or changed, and the ends of every added, removed or changed dependency; sorted. */
  touched: string[];
}

const SPEEDS: readonly Speed[] = ['none', 'mode1', 'gearbox', 'mode2'];
const KIND_ORDER = new Map(SECTIONS.map(([, kind], i) => [kind, i] as const));

export function diffLandscapes(base: LintResult | null, head: LintResult): LandscapeDiff {
  const entities = diffEntities(base, head);
  const dependencies = diffDependencies(base?.landscape.graph, head.landscape.graph);
  const touchedSet = new Set<string>();
  for (const list of [entities.added, entities.removed, entities.changed]) for (const e of list) if (e.kind === 'system') touchedSet.add(e.id);
  for (const list of [dependencies.added, dependencies.removed, dependencies.changed]) {
    for (const d of list) {
      touchedSet.add(d.from);
      touchedSet.add(d.to);
    }
  }
  const touched = [...touchedSet].sort(compareStrings);
  return {
    entities,
    dependencies,
    findings: diffFindings(base?.findings ?? [], head.findings),
    figures: { base: figures(base?.landscape.graph, touched), head: figures(head.landscape.graph, touched) },
    touched,
  };
}

// --- entities

function diffEntities(base: LintResult | null, head: LintResult): LandscapeDiff['entities'] {
  const key = (e: { kind: string; id: string }): string => `${e.kind}\0${e.id}`;
  const before = new Map<string, Entity>();
  for (const e of base?.landscape.entities ?? []) before.set(key(e), e);
  // The entry is named as head's on both sides: a base given as another entry file (a copy,
  // `old.yaml`) is that landscape's entry, and its systems did not move.
  const entryName = relative(dirname(head.entry), head.entry);
  const baseFile = fileNamer(base?.entry ?? '/', entryName);
  const headFile = fileNamer(head.entry, entryName);
  const added: EntityKey[] = [], removed: EntityKey[] = [], changed: EntityChange[] = [];
  const seen = new Set<string>();
  for (const e of head.landscape.entities) {
    tally('review:entity');
    const k = key(e);
    seen.add(k);
    const b = before.get(k);
    if (!b) {
      added.push({ kind: e.kind, id: e.id });
      continue;
    }
    const after = entityFields(e, headFile(e.file));
    const was = entityFields(b, baseFile(b.file));
    const fields: FieldChange[] = [];
    for (let i = 0; i < after.length; i++) if (!sameValue(was[i][1], after[i][1])) fields.push({ field: after[i][0], before: was[i][1], after: after[i][1] });
    if (fields.length) changed.push({ kind: e.kind, id: e.id, fields });
  }
  for (const [k, b] of before) {
    tally('review:entity');
    if (!seen.has(k)) removed.push({ kind: b.kind, id: b.id });
  }
  const order = (a: EntityKey, b: EntityKey): number => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || compareStrings(a.id, b.id);
  return { added: added.sort(order), removed: removed.sort(order), changed: changed.sort(order) };
}

/** A file's path relative to the entry's folder (the entry itself as `entryName`), computed once per file. */
function fileNamer(entry: string, entryName: string): (file: string) => string {
  const dir = dirname(entry);
  const names = new Map<string, string>([[entry, entryName]]);
  return (file) => {
    let n = names.get(file);
    if (n === undefined) names.set(file, (n = relative(dir, file)));
    return n;
  };
}

// --- dependencies

function speedOf(g: Graph, i: number): Speed {
  return SPEEDS[g.mode[i]];
}

function delta(g: Graph, e: Edge): DependencyDelta {
  const a = g.mode[e.fromIndex], b = g.mode[e.toIndex];
  return { from: e.from, to: e.to, via: e.via ?? null, interaction: e.interaction, modes: `${speedOf(g, e.fromIndex)}→${speedOf(g, e.toIndex)}`, crossing: a !== 0 && b !== 0 && a !== b };
}

function edgeKey(e: Edge): string {
  return `${e.from}\0${e.to}\0${e.via ?? ''}`;
}

/**
 * Edges matched by (from, to, via). Two entries of one system to the same target (rare, and
 * reported by no-duplicate rules of their own) are matched in declaration order.
 */
function diffDependencies(base: Graph | undefined, head: Graph): LandscapeDiff['dependencies'] {
  const before = new Map<string, number[]>();
  for (let k = 0; k < (base?.edgeCount ?? 0); k++) {
    tally('review:edge');
    const key = edgeKey(base!.edgeAt(k));
    const list = before.get(key);
    if (list) list.push(k);
    else before.set(key, [k]);
  }
  const matched = new Uint8Array(base?.edgeCount ?? 0);
  const taken = new Map<string, number>();
  const added: DependencyDelta[] = [], removed: DependencyDelta[] = [], changed: DependencyDelta[] = [];
  for (let k = 0; k < head.edgeCount; k++) {
    tally('review:edge');
    const e = head.edgeAt(k);
    const key = edgeKey(e);
    const n = taken.get(key) ?? 0;
    const b = before.get(key)?.[n];
    const now = delta(head, e);
    if (b === undefined) {
      added.push(now);
      continue;
    }
    taken.set(key, n + 1);
    matched[b] = 1;
    const was = delta(base!, base!.edgeAt(b));
    if (was.interaction !== now.interaction || was.modes !== now.modes) changed.push({ ...now, before: { interaction: was.interaction, modes: was.modes, crossing: was.crossing } });
  }
  for (let k = 0; k < matched.length; k++) if (!matched[k]) removed.push(delta(base!, base!.edgeAt(k)));
  const order = (a: DependencyDelta, b: DependencyDelta): number =>
    compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.via ?? '', b.via ?? '') || compareStrings(a.interaction, b.interaction);
  return { added: added.sort(order), removed: removed.sort(order), changed: changed.sort(order) };
}

// --- findings

/** The identity of a finding across revisions: its rule, subject and related ids as a set (never its line). */
function findingKey(f: Finding): string {
  return `${f.rule}\0${f.subject ?? ''}\0${[...new Set(f.related)].sort(compareStrings).join('\0')}`;
}

/** Matched as multisets: the n-th finding of a key at head is the n-th of that key at base. */
function diffFindings(base: Finding[], head: Finding[]): LandscapeDiff['findings'] {
  const before = new Map<string, number[]>();
  base.forEach((f, i) => {
    tally('review:finding');
    const k = findingKey(f);
    const list = before.get(k);
    if (list) list.push(i);
    else before.set(k, [i]);
  });
  const matched = new Uint8Array(base.length);
  const taken = new Map<string, number>();
  const fresh: Finding[] = [];
  let unchanged = 0;
  for (const f of head) {
    tally('review:finding');
    const k = findingKey(f);
    const n = taken.get(k) ?? 0;
    const b = before.get(k)?.[n];
    if (b === undefined) fresh.push(f);
    else {
      taken.set(k, n + 1);
      matched[b] = 1;
      unchanged++;
    }
  }
  return { new: fresh, fixed: base.filter((_, i) => !matched[i]), unchanged };
}

// --- figures

function figures(g: Graph | undefined, touched: readonly string[]): Figures {
  const systems: Record<Speed, number> = { mode1: 0, gearbox: 0, mode2: 0, none: 0 };
  const out: Figures = { systems, dependencies: 0, acrossSpeeds: 0, syncMode2ToMode1: { direct: 0, throughGearbox: 0 }, coupling: [] };
  if (!g) return out;
  for (let i = 0; i < g.ids.length; i++) systems[SPEEDS[g.mode[i]]]++;
  out.dependencies = g.edgeCount;
  for (let k = 0; k < g.edgeCount; k++) {
    const e = g.edgeAt(k);
    const a = g.mode[e.fromIndex], b = g.mode[e.toIndex];
    if (a !== 0 && b !== 0 && a !== b) out.acrossSpeeds++;
    if (a === MODE2 && b === MODE1 && e.interaction === 'sync') out.syncMode2ToMode1.direct++;
  }
  // The pass-throughs need a gearbox between the two speeds; the search is the rule's own (linear in practice).
  if (g.mode.includes(GEARBOX)) out.syncMode2ToMode1.throughGearbox = passThroughs(g).length;
  for (const id of touched) {
    if (g.indexOf(id) < 0) continue;
    const c = coupling(g, id);
    out.coupling.push({ id, ca: c.ca, ce: c.ce, instability: c.instability === undefined ? null : Math.round(c.instability * 1000) / 1000 });
  }
  return out;
}
