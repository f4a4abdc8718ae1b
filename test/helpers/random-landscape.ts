/**
 * Random landscapes that the schema accepts (no core/* finding) but that hold everything else a
 * landscape may hold: every section and every field of the format (SPEC §2.3), references that
 * dangle or point at the wrong kind, hostile texts, tags and annotation keys Backstage refuses,
 * empty lists and mappings, dates with times, suppressions and a `lint` block. For properties
 * that must hold of any landscape, such as `import(export(x)) = x` (test/unit/interop/round-trip.test.ts).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };
type Fields = Record<string, Plain>;

const WORDS = ['core', 'pay', 'web', 'ledger', 'crm', 'erp', 'hub', 'cards', 'loan', 'risk', 'a', 'x1', '42'];
/** Texts hostile to YAML, JSON, Backstage's label and tag formats and the exporters' languages. */
const TEXTS = ['', ' ', 'yes', 'null', '1.0', '2026-02-01', 'a: b', '# hash', '- dash', '"q"', "it's", 'tab\there', 'two\nlines', 'trail\n', '\\', '${x}', '<b>&amp;</b>', 'Ünïcödé 😀', 'landscape.dev/mode', '[a, b]', '{a: b}', 'x'.repeat(70)];
const DATES = ['2024-02-29', '2025-10-01', '2026-12-31', '2025-06-01T10:00:00Z', '2026-01-15 08:30:00 +01:00'];
const TAGS = ['erp', 'java', 'c++', 'Needs Review', 'UPPER', 'a-b', 'x'.repeat(64), '', 'über'];
const ANNOTATION_KEYS = ['leanix.net/id', 'backstage.io/techdocs-ref', 'github.com/project-slug', 'plain', 'Bad Key', 'landscape.dev/label.go', 'landscape.dev/backstage.spec.system', 'landscape.dev/mode', 'a/b/c', '-x'];
const RULES = ['require-owner', 'no-shadow-it', 'max-fan-out', 'no-orphan-system', 'require-security-review', 'lifecycle-date-passed', 'no-dangling-reference'];

const MODES = ['mode1', 'gearbox', 'mode2'];
const LIFECYCLES = ['plan', 'phaseIn', 'active', 'phaseOut', 'endOfLife'];
const OWNER_TYPES = ['executive', 'department', 'team', 'business-unit', 'vendor', 'person'];
const API_TYPES = ['openapi', 'asyncapi', 'graphql', 'grpc', 'soap', 'odata', 'rfc', 'idoc', 'file', 'other'];
const STORE_TYPES = ['database', 'file-share', 'object-store', 'data-warehouse', 'cache', 'queue'];

/** The `yaml` package writes U+FFFE and U+FFFF as they are, which YAML cannot hold: they are left out of its input. */
const yamlCanHold = (s: string): string => s.replace(/[\ufffe\uffff]/g, '');
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }).map(yamlCanHold));
const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
/** Optional fields: each is there or not; `undefined` ones are left out when the entity is made. */
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 });

const commonArb = fc.record(
  {
    name: text,
    description: text,
    tags: fc.array(fc.oneof(pick(TAGS), text), { maxLength: 4 }),
    links: fc.array(fc.record({ url: fc.oneof(fc.constant('https://example.org/a?b=c#d'), text), title: maybe(text), icon: maybe(fc.constantFrom('docs', 'dashboard', '')) }), { maxLength: 2 }),
    annotations: fc.dictionary(fc.oneof(pick(ANNOTATION_KEYS), text), text, { maxKeys: 3 }),
    suppress: fc.array(fc.record({ rule: pick(RULES), reason: fc.constantFrom('accepted risk', 'see ADR-7: "why"'), until: maybe(pick(DATES)) }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** An index into the ids (`refOf`): most name an entity of the right kind, some the wrong kind or nothing. */
const ref = fc.nat(40);

interface Shape {
  owners: { c: Fields; type?: string; role?: string; parent?: number; email?: string }[];
  domains: { c: Fields; owner?: number }[];
  systems: Record<string, unknown>[];
  apis: Record<string, unknown>[];
  stores: Record<string, unknown>[];
  rollouts: Record<string, unknown>[];
  metadata: Record<string, unknown>;
  lint: Record<string, unknown> | undefined;
}

const systemArb = fc.record(
  {
    c: commonArb,
    mode: pick(MODES),
    paceLayer: pick(['record', 'differentiation', 'innovation']),
    type: fc.oneof(pick(['erp', 'web-app', 'service', 'api-gateway']), text),
    owner: ref,
    domain: ref,
    lifecycle: pick(LIFECYCLES),
    endOfLife: pick(DATES),
    successor: ref,
    criticality: pick(['missionCritical', 'businessCritical', 'businessOperational', 'administrativeService']),
    exposure: pick(['internal', 'partner', 'internet']),
    sourcing: pick(['custom', 'package', 'saas']),
    governance: pick(['sanctioned', 'shadow']),
    dataClassification: pick(['public', 'internal', 'confidential', 'restricted']),
    releaseCadence: fc.oneof(pick(['daily', 'quarterly']), text),
    security: fc.record({ lastReview: pick(DATES), reviewedBy: ref, sso: fc.boolean(), mfa: fc.boolean() }, { requiredKeys: [] }),
    consumes: fc.array(fc.oneof(ref, fc.record({ api: ref, interaction: pick(['sync', 'async']), flow: pick(['in', 'out', 'both']), description: text }, { requiredKeys: ['api'] })), { maxLength: 4 }),
    dependsOn: fc.array(fc.oneof(ref, fc.record({ system: ref, interaction: pick(['sync', 'async']), description: text }, { requiredKeys: ['system'] })), { maxLength: 3 }),
    dataAccess: fc.array(fc.record({ store: ref, access: pick(['read', 'write', 'readwrite', 'cdc']), description: text }, { requiredKeys: ['store'] }), { maxLength: 3 }),
  },
  { requiredKeys: ['c', 'mode'] },
);

const apiArb = fc.record(
  {
    c: commonArb,
    provider: ref,
    type: pick(API_TYPES),
    interaction: pick(['sync', 'async']),
    owner: ref,
    lifecycle: pick(LIFECYCLES),
    endOfLife: pick(DATES),
    successor: ref,
    exposure: pick(['internal', 'partner', 'internet']),
    definition: fc.oneof(pick(['https://example.org/openapi.yaml', './specs/orders.yaml', '../x.json']), text),
  },
  { requiredKeys: ['c', 'provider'] },
);

const storeArb = fc.record({ c: commonArb, system: ref, type: pick(STORE_TYPES), dataClassification: pick(['public', 'internal', 'confidential', 'restricted']) }, { requiredKeys: ['c', 'system'] });

const freeMap = fc.dictionary(fc.constantFrom('audiences', 'channels', 'leadTimeDays', 'scope', 'durationDays', 'dashboards'), fc.oneof(text, fc.integer({ min: 0, max: 90 }), fc.boolean(), fc.array(text, { maxLength: 2 })), { maxKeys: 3 });

const rolloutArb = fc.record(
  {
    c: commonArb,
    targets: fc.array(ref, { maxLength: 3 }),
    owner: ref,
    status: pick(['planned', 'in-progress', 'done']),
    start: pick(DATES),
    strategy: pick(['big-bang', 'phased', 'pilot', 'canary', 'blue-green', 'parallel-run']),
    downtime: pick(['none', 'planned']),
    communicationPlan: freeMap,
    testing: fc.record({ environment: pick(['production-like', 'staging', 'test', 'none']), types: fc.array(text, { maxLength: 2 }) }, { requiredKeys: [] }),
    rollback: fc.record({ plan: text, tested: fc.boolean() }, { requiredKeys: [] }),
    pilot: freeMap,
    monitoring: freeMap,
  },
  { requiredKeys: ['c', 'targets'] },
);

const lintArb = fc.option(
  fc.record(
    {
      extends: pick(['recommended', 'strict', 'none']),
      overrides: fc.array(fc.record({ files: fc.constantFrom(['*.yaml'], 'landscape.yaml'), rules: fc.dictionary(pick(RULES), pick(['off', 'error'] as const), { maxKeys: 2 }) }), { maxLength: 1 }),
      rules: fc.tuple(fc.dictionary(pick(RULES), pick(['off', 'warn', 'error', 'info']), { maxKeys: 3 }), fc.option(fc.constant(['warn', { max: 2 }] as Plain), { nil: undefined })).map(([rules, fanOut]) => (fanOut ? { ...rules, 'max-fan-out': fanOut } : rules)),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  owners: fc.array(fc.record({ c: commonArb, type: maybe(pick(OWNER_TYPES)), role: maybe(fc.oneof(pick(['CIO', 'CTO']), text)), parent: maybe(ref), email: maybe(fc.oneof(fc.constant('ann@example.com'), text)) }), { maxLength: 5 }),
  domains: fc.array(fc.record({ c: commonArb, owner: maybe(ref) }), { maxLength: 3 }),
  systems: fc.array(systemArb, { minLength: 1, maxLength: 7 }),
  apis: fc.array(apiArb, { maxLength: 4 }),
  stores: fc.array(storeArb, { maxLength: 3 }),
  rollouts: fc.array(rolloutArb, { maxLength: 2 }),
  metadata: fc.record({ name: fc.constantFrom('fjord', 'x', 'landscape'), title: text, description: text, asOf: pick(DATES) }, { requiredKeys: [] }),
  lint: lintArb,
}) as fc.Arbitrary<Shape>;

/** The ids of one landscape: one space across kinds (SPEC §2.2), so the kinds take turns in one list. */
function idsFor(shape: Shape): { owners: string[]; domains: string[]; systems: string[]; apis: string[]; stores: string[]; rollouts: string[]; ref: (kind: keyof Omit<Shape, 'metadata' | 'lint'>, i: number) => string } {
  const used = new Set<string>();
  const make = (prefix: string, n: number): string[] =>
    Array.from({ length: n }, (_, i) => {
      let id = `${prefix}-${WORDS[i % WORDS.length]}`;
      for (let k = 2; used.has(id); k++) id = `${prefix}-${WORDS[i % WORDS.length]}-${k}`;
      used.add(id);
      return id;
    });
  const out = {
    owners: make('team', shape.owners.length),
    domains: make('dom', shape.domains.length),
    systems: make('sys', shape.systems.length),
    apis: make('api', shape.apis.length),
    stores: make('db', shape.stores.length),
    rollouts: make('ro', shape.rollouts.length),
  };
  /** Most indexes name an entity of the kind the field wants; some one of the next kind, some nothing (a ghost). */
  const kinds = ['owners', 'domains', 'systems', 'apis', 'stores', 'rollouts'] as const;
  const refOf = (kind: (typeof kinds)[number], i: number): string => {
    const own = out[kind];
    const other = out[kinds[(kinds.indexOf(kind) + 1) % kinds.length]];
    const pool = i < 32 ? own : i < 37 ? other : [];
    return pool[i % Math.max(1, pool.length)] ?? `ghost-${i % 3}`;
  };
  return { ...out, ref: refOf };
}

/** The entity: the common fields, then its own, `undefined` ones left out. */
function entity(id: string, c: Fields, own: Record<string, unknown>): Fields {
  const out: Fields = { id };
  for (const [k, v] of Object.entries({ ...own, ...c })) if (v !== undefined) out[k] = v as Plain;
  return out;
}

function build(shape: Shape): Fields {
  const ids = idsFor(shape);
  const r = ids.ref;
  const owners = shape.owners.map((o, i) => entity(ids.owners[i], o.c, { type: o.type, role: o.role, parent: o.parent === undefined ? undefined : r('owners', o.parent), email: o.email }));
  const domains = shape.domains.map((d, i) => entity(ids.domains[i], d.c, { owner: d.owner === undefined ? undefined : r('owners', d.owner) }));
  const systems = shape.systems.map((s, i) => {
    const { c, owner, domain, successor, security, consumes, dependsOn, dataAccess, ...rest } = s as Record<string, unknown> & { c: Fields };
    const sec = security as Record<string, unknown> | undefined;
    return entity(ids.systems[i], c, {
      ...rest,
      owner: owner === undefined ? undefined : r('owners', owner as number),
      domain: domain === undefined ? undefined : r('domains', domain as number),
      successor: successor === undefined ? undefined : r('systems', successor as number),
      security: sec === undefined ? undefined : { ...sec, ...(sec.reviewedBy === undefined ? {} : { reviewedBy: r('owners', sec.reviewedBy as number) }) },
      consumes: (consumes as unknown[] | undefined)?.map((x) => (typeof x === 'number' ? r('apis', x) : { ...(x as object), api: r('apis', (x as { api: number }).api) })),
      dependsOn: (dependsOn as unknown[] | undefined)?.map((x) => (typeof x === 'number' ? r('systems', x) : { ...(x as object), system: r('systems', (x as { system: number }).system) })),
      dataAccess: (dataAccess as { store: number }[] | undefined)?.map((x) => ({ ...x, store: r('stores', x.store) })),
    });
  });
  const apis = shape.apis.map((a, i) => {
    const { c, provider, owner, successor, ...rest } = a as Record<string, unknown> & { c: Fields };
    return entity(ids.apis[i], c, { ...rest, provider: r('systems', provider as number), owner: owner === undefined ? undefined : r('owners', owner as number), successor: successor === undefined ? undefined : r('apis', successor as number) });
  });
  const dataStores = shape.stores.map((d, i) => {
    const { c, system, ...rest } = d as Record<string, unknown> & { c: Fields };
    return entity(ids.stores[i], c, { ...rest, system: r('systems', system as number) });
  });
  const rollouts = shape.rollouts.map((ro, i) => {
    const { c, targets, owner, ...rest } = ro as Record<string, unknown> & { c: Fields };
    return entity(ids.rollouts[i], c, { ...rest, targets: (targets as number[]).map((t) => r('systems', t)), owner: owner === undefined ? undefined : r('owners', owner as number) });
  });
  const doc: Fields = { apiVersion: 'landscape/v1', kind: 'Landscape' };
  if (Object.keys(shape.metadata).length) doc.metadata = shape.metadata as Fields;
  if (shape.lint) doc.lint = shape.lint as Fields;
  const sections: Record<string, Fields[]> = { owners, domains, systems, apis, dataStores, rollouts };
  for (const [k, v] of Object.entries(sections)) if (v.length) doc[k] = v;
  return doc;
}

/** A random landscape as its plain data and as the text of one `landscape.yaml`. */
export const randomLandscape: fc.Arbitrary<{ data: Fields; text: string }> = shapeArb.map((shape) => {
  // Plain objects (fast-check's dictionaries have no prototype), as a parser gives them.
  const data = JSON.parse(JSON.stringify(build(shape))) as Fields;
  // The `yaml` package writes it, not one of our writers: the thing under test does not make its own input.
  return { data, text: stringify(data, { lineWidth: 0 }) };
});
