/**
 * One landscape entity being made from one Backstage entity: the fields every kind shares
 * (name, description, tags, links, annotations), the `landscape.dev/` labels and annotations
 * (docs/interop.md: each sets the field it names, and wins), and at the end whatever of the
 * Backstage entity no field took, kept as `landscape.dev/backstage.<path>` annotations, never
 * dropped. The result is checked against the section's schema, so a value the landscape does
 * not accept is kept as an annotation with a warning instead of making `landscape lint` fail.
 */
import * as validators from '../../schema/generated/validators';
import { calendarDateOf } from '../../util/dates';
import { ABSENT_KEY, FIELDS, fieldText, fieldValue, inFieldOrder, isMap, PREFIX } from '../landscape-fields';
import type { Messages } from '../messages';
import type { OutEntity, OutSection, YamlValue } from '../yaml-writer';
import { DEFAULT_NAMESPACE, refText } from './entity-ref';
import type { Placed } from './catalog-index';

/** Keys under the prefix that are no field: what an earlier import kept, carried as they are. */
const CARRIED = /^landscape\.dev\/(backstage-ref$|backstage\.|label\.)/;
/** Catalog bookkeeping, not the entity's data (a catalog export has them): not kept. */
const BOOKKEEPING = new Set(['uid', 'etag', 'generation']);
/** Spec keys of Backstage named otherwise than the landscape field they show. */
const SPEC_FIELD: Record<string, string> = { consumesApis: 'consumes' };
const META_MAPPED = new Set(['name', 'namespace', 'title', 'description', 'labels', 'annotations', 'tags', 'links', ...BOOKKEEPING]);

export class Draft {
  readonly fields: Record<string, unknown> = {};
  readonly annotations: Record<string, string> = {};
  readonly comments: string[] = [];
  /** The fields the `landscape.dev/` keys set (they win over the mapping), parsed. */
  readonly ours = new Map<string, unknown>();
  /** Fields the landscape did not have (`landscape.dev/absent`): left out. */
  readonly absent = new Set<string>();
  private readonly specTaken = new Set<string>();
  readonly at: { file: string; line: number };

  constructor(readonly placed: Placed, readonly section: OutSection, private readonly messages: Messages) {
    this.at = { file: placed.entity.file, line: placed.entity.line };
    this.fields.id = placed.id;
    this.readCommon();
  }

  get spec(): Record<string, unknown> {
    return this.placed.entity.spec;
  }

  /**
   * A spec field, marked as mapped (not kept as an annotation at the end). Nothing when the
   * field is named in `landscape.dev/absent` (the exporter's placeholder for what Backstage
   * requires) or travels under the prefix (that value wins, so the spec's is what Backstage was
   * shown of it: `spec.definition` for an empty definition, `spec.consumesApis` for `consumes`).
   */
  take(key: string): unknown {
    this.specTaken.add(key);
    const field = SPEC_FIELD[key] ?? key;
    return this.absent.has(field) || this.ours.has(field) ? undefined : this.spec[key];
  }

  /** A spec field as a string, marked as mapped. */
  takeString(key: string): string | undefined {
    const v = this.take(key);
    return typeof v === 'string' && v !== '' ? v : undefined;
  }

  /** A spec field as a list (a single value is a list of one), marked as mapped. */
  takeList(key: string): unknown[] {
    const v = this.take(key);
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  }

  /** Keeps a Backstage value that has no landscape field. */
  keep(path: string, value: unknown): void {
    this.annotations[`${PREFIX}backstage.${path}`] = fieldText(value);
  }

  private readCommon(): void {
    const m = this.placed.entity.metadata;
    if (typeof m.title === 'string' && m.title !== '') this.fields.name = m.title;
    if (typeof m.description === 'string' && m.description !== '') this.fields.description = m.description;
    if (Array.isArray(m.tags) && m.tags.length) this.fields.tags = m.tags.map((t) => (typeof t === 'string' ? t : JSON.stringify(t)));
    if (Array.isArray(m.links) && m.links.length) this.readLinks(m.links);
    const labels = isMap(m.labels) ? m.labels : {};
    const annotations = isMap(m.annotations) ? m.annotations : {};
    for (const [k, v] of Object.entries(annotations)) if (!k.startsWith(PREFIX) || CARRIED.test(k)) this.annotations[k] = fieldText(v);
    for (const [k, v] of Object.entries(labels)) if (!k.startsWith(PREFIX)) this.annotations[`${PREFIX}label.${k}`] = fieldText(v);
    this.readOurs(labels, annotations);
    const { ref } = this.placed;
    if (this.placed.id !== ref.name || ref.namespace !== DEFAULT_NAMESPACE) this.annotations[`${PREFIX}backstage-ref`] = `${ref.kind}:${ref.namespace}/${ref.name}`;
  }

  private readLinks(links: unknown[]): void {
    const out: Record<string, string>[] = [];
    let more = false;
    for (const l of links) {
      if (!isMap(l) || typeof l.url !== 'string') {
        more = true;
        continue;
      }
      out.push({ url: l.url, ...(typeof l.title === 'string' ? { title: l.title } : {}), ...(typeof l.icon === 'string' ? { icon: l.icon } : {}) });
      if (Object.keys(l).some((k) => !['url', 'title', 'icon'].includes(k))) more = true;
    }
    if (out.length) this.fields.links = out;
    if (more) this.keep('metadata.links', links);
  }

  /** The `landscape.dev/<field>` labels and annotations: labels win, a disagreement is said. */
  private readOurs(labels: Record<string, unknown>, annotations: Record<string, unknown>): void {
    const byKey = new Map(FIELDS[this.section].map((f) => [f.key, f] as const));
    const keys = [...new Set([...Object.keys(labels), ...Object.keys(annotations)])].filter((k) => k.startsWith(PREFIX) && !CARRIED.test(k));
    for (const key of keys) {
      const raw = fieldText(key in labels ? labels[key] : annotations[key]);
      if (key in labels && key in annotations && fieldText(annotations[key]) !== raw) this.messages.add('warning', `${refText(this.placed.ref)} has label ${key}: ${raw} and annotation ${key}: ${fieldText(annotations[key])}: the label is used`, this.at);
      if (key === ABSENT_KEY) {
        for (const f of raw.split(',')) if (f.trim()) this.absent.add(f.trim());
        continue;
      }
      const info = byKey.get(key);
      if (!info || info.field === 'id') {
        this.messages.add('warning', `${key} is no field of ${this.section} (docs/interop.md): kept as annotation`, this.at);
        this.annotations[key] = raw;
        continue;
      }
      const value = fieldValue(info, raw);
      if (value === undefined) {
        this.messages.add('warning', `${key} of ${refText(this.placed.ref)} is not valid JSON: kept as annotation`, this.at);
        this.annotations[key] = raw;
      } else this.ours.set(info.field, value);
    }
  }

  /**
   * The entity as written: the `landscape.dev/` fields over the mapped ones, absent fields out,
   * unmapped spec fields kept, then each field the schema refuses moved to an annotation.
   * `unmapped` counts the kept paths per kind, for one line on stderr each.
   */
  finish(unmapped: Map<string, number>): OutEntity {
    for (const [field, value] of this.ours) this.fields[field] = value;
    for (const field of this.absent) delete this.fields[field];
    const kind = this.placed.entity.kind;
    for (const [k, v] of Object.entries(this.spec)) {
      if (this.specTaken.has(k) || this.absent.has(k) || v === undefined) continue;
      this.keep(`spec.${k}`, v);
      countUp(unmapped, `${kind} spec.${k}`);
    }
    for (const [k, v] of Object.entries(this.placed.entity.metadata)) {
      if (META_MAPPED.has(k) || v === undefined) continue;
      this.keep(`metadata.${k}`, v);
      countUp(unmapped, `${kind} metadata.${k}`);
    }
    for (const [k, v] of Object.entries(this.placed.entity.rest)) if (k !== 'relations' && k !== 'status') this.keep(k, v);
    this.refuseInvalid();
    // Backstage's annotations join the landscape's exact ones (`landscape.dev/annotations`, when they travelled so).
    if (Object.keys(this.annotations).length) this.fields.annotations = { ...(isMap(this.fields.annotations) ? this.fields.annotations : {}), ...this.annotations };
    return { fields: inFieldOrder(this.section, this.fields) as Record<string, YamlValue>, comments: this.comments };
  }

  /** Fields the section's schema refuses, or dates that are no calendar day: out, kept as their `landscape.dev/` annotation. */
  private refuseInvalid(): void {
    const validate = validators[this.section];
    const check = { ...this.fields, annotations: {} };
    validate(check);
    const bad = new Set<string>();
    for (const e of validate.errors ?? []) {
      const field = e.instancePath.split('/')[1];
      if (field) bad.add(field);
    }
    for (const f of ['endOfLife', 'start']) if (typeof this.fields[f] === 'string' && !calendarDateOf(this.fields[f])) bad.add(f);
    for (const field of bad) {
      const info = FIELDS[this.section].find((f) => f.field === field);
      if (!info || field === 'id') continue;
      const value = this.fields[field];
      this.annotations[info.key] = fieldText(value);
      delete this.fields[field];
      this.messages.add('warning', `${field} ${JSON.stringify(value)} of ${refText(this.placed.ref)} is not a valid ${field} of the landscape format${info.values ? ` (${info.values.join(', ')})` : ''}: kept as annotation ${info.key}`, this.at);
    }
  }
}


export function countUp(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
