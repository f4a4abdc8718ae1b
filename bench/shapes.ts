/**
 * Adversarial landscape shapes (issue "scale without cliffs"): the shapes large enterprises
 * have and `generate.ts` does not make — typos, ownerless systems, deep owner trees, hub
 * APIs, block scalars, override globs, glob diamonds, gearbox meshes and chains, 100,000 tiny
 * systems, … Each builds a landscape of n systems as files (paths relative to the entry's
 * folder), deterministically. `npm run bench:shapes` measures them at several sizes; the
 * complexity tests (test/unit/complexity) count the work on the same shapes at two sizes.
 */
import { generateLandscape } from './generate';

export interface ShapeFiles {
  /** The entry file, relative to the landscape's folder. */
  entry: string;
  /** Path (relative, '/'-separated) → text. */
  files: Record<string, string>;
}

export interface Shape {
  name: string;
  description: string;
  /** Sizes the benchmark runs (systems). */
  sizes: number[];
  build(n: number): ShapeFiles;
}

const HEADER = ['apiVersion: landscape/v1', 'kind: Landscape', 'metadata: { name: shape, asOf: 2026-02-01 }'];
const FRAGMENT = ['apiVersion: landscape/v1', 'kind: LandscapeFragment'];
const ORG = [
  'owners:',
  '  - { id: ceo, type: executive, role: CEO }',
  '  - { id: cio, type: executive, role: CIO, parent: ceo }',
  '  - { id: cto, type: executive, role: CTO, parent: ceo }',
  '  - { id: team-core, type: team, parent: cio }',
  '  - { id: team-int, type: team, parent: cio }',
  '  - { id: team-web, type: team, parent: cto }',
];
const DEFAULT_SIZES = [1000, 3000, 10000];

/** A seeded PRNG, so every shape is the same landscape at every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function one(lines: string[]): ShapeFiles {
  return { entry: 'landscape.yaml', files: { 'landscape.yaml': `${lines.join('\n')}\n` } };
}

const ownerOf = (mode: string): string => (mode === 'mode1' ? 'team-core' : mode === 'gearbox' ? 'team-int' : 'team-web');

/** A typo of an id: one character changed, one dropped or two swapped, by turns. */
function typo(id: string, k: number): string {
  const i = 1 + (k % Math.max(1, id.length - 2));
  switch (k % 3) {
    case 0: return `${id.slice(0, i)}x${id.slice(i + 1)}`;
    case 1: return id.slice(0, i) + id.slice(i + 1);
    default: return id.slice(0, i - 1) + id[i] + id[i - 1] + id.slice(i + 1);
  }
}

export const SHAPES: Shape[] = [
  {
    name: 'realistic',
    description: 'bench/generate.ts: a realistic mix of modes, APIs, data stores, shadow IT and rollouts',
    sizes: DEFAULT_SIZES,
    build: (n) => one([generateLandscape(n)]),
  },
  {
    name: 'dangling-mix',
    description: 'the realistic mix with ~1.5% of systems consuming an unresolved API (typos of existing ids)',
    sizes: DEFAULT_SIZES,
    build(n) {
      const text = generateLandscape(n);
      let k = 0;
      // Every 67th consumption of an API gets a typo (≈200 among 10,000 systems).
      const out = text.replace(/^( {6}- )(api-[0-9-]+)$/gm, (m, indent: string, id: string) => (k++ % 67 === 0 ? indent + typo(id, k) : m));
      return one([out]);
    },
  },
  {
    name: 'typos',
    description: 'every third system consumes a typo of an existing API id (many dangling references)',
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, ...ORG, 'systems:'];
      for (let i = 0; i < n; i++) {
        const mode = ['mode1', 'gearbox', 'mode2'][i % 3];
        const consumes = i % 3 === 2 ? `, consumes: [${typo(`api-${(i * 7) % n}`, i)}]` : i > 0 ? `, consumes: [api-${i - 1}]` : '';
        L.push(`  - { id: sys-${i}, mode: ${mode}, owner: ${ownerOf(mode)}${consumes} }`);
      }
      L.push('apis:');
      for (let i = 0; i < n; i++) L.push(`  - { id: api-${i}, provider: sys-${i}, type: asyncapi }`);
      return one(L);
    },
  },
  {
    name: 'ownerless',
    description: 'systems without an owner among n/10 owners in a tree (did-you-mean owner candidates per finding)',
    sizes: DEFAULT_SIZES,
    build(n) {
      const owners = Math.max(10, Math.round(n / 10));
      const L = [...HEADER, 'owners:', '  - { id: cio, type: executive, role: CIO }'];
      for (let o = 0; o < owners; o++) L.push(`  - { id: team-${o}, type: team, parent: ${o === 0 ? 'cio' : `team-${Math.floor((o - 1) / 3)}`} }`);
      L.push('domains:');
      const domains = Math.max(3, Math.round(n / 40));
      for (let d = 0; d < domains; d++) L.push(`  - { id: domain-${d}, owner: team-${(d * 7) % owners} }`);
      L.push('systems:');
      for (let i = 0; i < n; i++) L.push(`  - { id: sys-${i}, mode: mode1, domain: domain-${i % domains}${i % 2 ? '' : `, dependsOn: [sys-${(i + 1) % n}]`} }`);
      return one(L);
    },
  },
  ...(['aligned', 'misaligned'] as const).map((how): Shape => ({
    name: `deep-owners-${how}`,
    description: `one owner chain n deep, every system owned by its own link of the chain (${how === 'aligned' ? 'a CIO at the root: 0 findings' : 'a CTO at the root of Mode-1 systems: a finding each'})`,
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, 'owners:', `  - { id: root, type: executive, role: ${how === 'aligned' ? 'CIO' : 'CTO'} }`];
      for (let o = 0; o < n; o++) L.push(`  - { id: o-${o}, type: team, parent: ${o === 0 ? 'root' : `o-${o - 1}`} }`);
      L.push('systems:');
      for (let i = 0; i < n; i++) L.push(`  - { id: sys-${i}, mode: mode1, owner: o-${n - 1 - i}${i ? `, dependsOn: [sys-${i - 1}]` : ''} }`);
      return one(L);
    },
  })),
  ...(['mode2', 'mode1'] as const).map((hub): Shape => ({
    name: `hub-api-${hub}`,
    description: hub === 'mode2'
      ? 'one Mode-2 API consumed by every system: a third gearbox wrappers, a third Mode-1 systems consuming it directly'
      : 'one Mode-1 API consumed by every system: a third gearbox wrappers, a third Mode-2 systems consuming it directly',
    sizes: DEFAULT_SIZES,
    build(n) {
      const other = hub === 'mode2' ? 'mode1' : 'mode2';
      const L = [...HEADER, ...ORG, 'systems:', `  - { id: hub, mode: ${hub}, owner: ${ownerOf(hub)} }`];
      for (let i = 1; i < n; i++) {
        const mode = i % 2 ? 'gearbox' : other;
        L.push(`  - { id: sys-${i}, mode: ${mode}, owner: ${ownerOf(mode)}, consumes: [hub-api] }`);
      }
      L.push('apis:', '  - { id: hub-api, provider: hub, type: openapi }');
      for (let i = 1; i < n; i += 2) L.push(`  - { id: wrap-${i}, provider: sys-${i}, type: asyncapi }`);
      return one(L);
    },
  })),
  {
    name: 'block-scalars',
    description: 'a multi-line description on every system: literal (|) in the first half, folded (>) in the second',
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, ...ORG, 'systems:'];
      for (let i = 0; i < n; i++) {
        const mode = ['mode1', 'gearbox', 'mode2'][i % 3];
        L.push(`  - id: sys-${i}`, `    mode: ${mode}`, `    owner: ${ownerOf(mode)}`);
        L.push(`    description: ${i < n / 2 ? '|' : '>'}`, `      System ${i} keeps the records of part ${i}.`, '      It is a block scalar: the parser finds its indicator.', '');
        if (i) L.push(`    dependsOn: [{ system: sys-${i - 1}, interaction: async }]`);
      }
      return one(L);
    },
  },
  {
    name: 'override-globs',
    description: 'n/10 fragment files (10 systems each) and n/10 lint.overrides with globs',
    sizes: DEFAULT_SIZES,
    build(n) {
      const parts = Math.max(1, Math.round(n / 10));
      const L = [...HEADER, 'imports: [./parts/*.yaml]', 'lint:', '  extends: recommended', '  overrides:'];
      for (let p = 0; p < parts; p++) L.push(`    - { files: ["parts/p-${p}.yaml", "parts/q-*-${p}.yaml"], rules: { no-orphan-system: ${p % 2 ? 'info' : 'warn'} } }`);
      L.push(...ORG);
      return { entry: 'landscape.yaml', files: { 'landscape.yaml': `${L.join('\n')}\n`, ...fragments(n, parts) } };
    },
  },
  {
    name: 'override-options',
    description: 'n/10 fragment files, each with its own lint.overrides entry giving max-fan-out a different max',
    sizes: DEFAULT_SIZES,
    build(n) {
      const parts = Math.max(1, Math.round(n / 10));
      const L = [...HEADER, 'imports: [./parts/*.yaml]', 'lint:', '  extends: recommended', '  overrides:'];
      for (let p = 0; p < parts; p++) L.push(`    - { files: ["parts/p-${p}.yaml"], rules: { max-fan-out: [warn, { max: ${1 + (p % 50)} }] } }`);
      L.push(...ORG);
      return { entry: 'landscape.yaml', files: { 'landscape.yaml': `${L.join('\n')}\n`, ...fragments(n, parts) } };
    },
  },
  {
    name: 'glob-diamonds',
    description: 'n/10 fragment files, each importing all its siblings by glob (./*.yaml)',
    sizes: DEFAULT_SIZES,
    build(n) {
      const parts = Math.max(1, Math.round(n / 10));
      const files = fragments(n, parts, ['imports: [./*.yaml]']);
      return { entry: 'landscape.yaml', files: { 'landscape.yaml': `${[...HEADER, 'imports: [./parts/p-0.yaml]', ...ORG].join('\n')}\n`, ...files } };
    },
  },
  ...(['list', 'glob', 'chain'] as const).map((how): Shape => ({
    name: `many-imports-${how}`,
    description: `an entry importing n fragment files of one system each (${how === 'chain' ? 'each fragment imports the next' : `imports as a ${how}`})`,
    sizes: DEFAULT_SIZES,
    build(n) {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        const mode = ['mode1', 'gearbox', 'mode2'][i % 3];
        const imp = how === 'chain' && i + 1 < n ? [`imports: [./f-${i + 1}.yaml]`] : [];
        files[`f/f-${i}.yaml`] = `${[...FRAGMENT, ...imp, 'systems:', `  - { id: sys-${i}, mode: ${mode}, owner: ${ownerOf(mode)}${i ? `, dependsOn: [sys-${i - 1}]` : ''} }`].join('\n')}\n`;
      }
      const imports = how === 'list' ? ['imports:', ...Array.from({ length: n }, (_, i) => `  - ./f/f-${i}.yaml`)] : how === 'glob' ? ['imports: [./f/*.yaml]'] : ['imports: [./f/f-0.yaml]'];
      return { entry: 'landscape.yaml', files: { 'landscape.yaml': `${[...HEADER, ...imports, ...ORG].join('\n')}\n`, ...files } };
    },
  })),
  {
    name: 'deep-imports',
    description: 'imports nested n/10 folders deep (a/b/c/…), 10 systems per file',
    sizes: DEFAULT_SIZES,
    build(n) {
      const parts = Math.max(1, Math.round(n / 10));
      const files: Record<string, string> = {};
      let dir = '';
      for (let p = 0; p < parts; p++) {
        const sys: string[] = [];
        for (let k = 0; k < 10; k++) {
          const i = p * 10 + k;
          const mode = ['mode1', 'gearbox', 'mode2'][i % 3];
          sys.push(`  - { id: sys-${i}, mode: ${mode}, owner: ${ownerOf(mode)}${i ? `, dependsOn: [{ system: sys-${i - 1}, interaction: async }]` : ''} }`);
        }
        const imp = p + 1 < parts ? [`imports: [./d/part.yaml]`] : [];
        files[`${dir}d/part.yaml`] = `${[...FRAGMENT, ...imp, 'systems:', ...sys].join('\n')}\n`;
        dir += 'd/';
      }
      return { entry: 'landscape.yaml', files: { 'landscape.yaml': `${[...HEADER, 'imports: [./d/part.yaml]', ...ORG].join('\n')}\n`, ...files } };
    },
  },
  {
    name: 'sync-mesh',
    description: 'a synchronous gearbox mesh (n/3 gearboxes, 2–3 sync links each, some to one of 5 Mode-1 systems) reached by the other 2n/3, Mode-2 systems',
    sizes: DEFAULT_SIZES,
    build(n) {
      const rnd = prng(7);
      const g = Math.max(3, Math.floor(n / 3));
      // Few Mode-1 targets: a finding per (Mode-2, Mode-1) pair, so more would make the output itself quadratic.
      const m1 = 5;
      const m2 = Math.max(1, n - g - m1);
      const L = [...HEADER, ...ORG, 'systems:'];
      for (let i = 0; i < m1; i++) L.push(`  - { id: core-${i}, mode: mode1, owner: team-core }`);
      for (let i = 0; i < g; i++) {
        const links = new Set<string>();
        const count = 2 + Math.floor(rnd() * 2);
        for (let k = 0; k < count; k++) links.add(`gw-api-${Math.floor(rnd() * g)}`);
        if (rnd() < 0.05) links.add(`core-api-${Math.floor(rnd() * m1)}`);
        L.push(`  - { id: gw-${i}, mode: gearbox, owner: team-int, consumes: [${[...links].join(', ')}] }`);
      }
      for (let i = 0; i < m2; i++) L.push(`  - { id: app-${i}, mode: mode2, owner: team-web, consumes: [gw-api-${Math.floor(rnd() * g)}] }`);
      L.push('apis:');
      for (let i = 0; i < m1; i++) L.push(`  - { id: core-api-${i}, provider: core-${i}, type: odata }`);
      for (let i = 0; i < g; i++) L.push(`  - { id: gw-api-${i}, provider: gw-${i}, type: openapi }`);
      return one(L);
    },
  },
  {
    name: 'gearbox-chain',
    description: 'a synchronous gearbox chain n long from ten Mode-2 systems to a Mode-1 system (ten findings with n related ids each)',
    sizes: DEFAULT_SIZES,
    build(n) {
      // Entering at the head keeps the output linear: each finding names the whole chain (SPEC: related = the path).
      const g = Math.max(2, n - 11);
      const L = [...HEADER, ...ORG, 'systems:', '  - { id: core, mode: mode1, owner: team-core }'];
      for (let i = 0; i < g; i++) L.push(`  - { id: gw-${i}, mode: gearbox, owner: team-int, dependsOn: [${i + 1 < g ? `gw-${i + 1}` : 'core'}] }`);
      for (let i = 0; i < 10; i++) L.push(`  - { id: app-${i}, mode: mode2, owner: team-web, dependsOn: [gw-0] }`);
      return one(L);
    },
  },
  {
    name: 'tiny',
    description: 'n tiny systems in one file, most with a finding or two (no owner, orphan)',
    sizes: [10000, 30000, 100000],
    build(n) {
      const L = [...HEADER, 'systems:'];
      for (let i = 0; i < n; i++) L.push(`  - { id: s${i}, mode: mode${i % 2 ? 1 : 2} }`);
      return one(L);
    },
  },
  {
    name: 'wide-consumer',
    description: 'one Mode-2 system consuming n APIs of Mode-1 systems (n findings on one system, one huge flow sequence)',
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, ...ORG, 'systems:'];
      for (let i = 0; i < n; i++) L.push(`  - { id: sys-${i}, mode: mode1, owner: team-core }`);
      L.push(`  - { id: front, mode: mode2, owner: team-web, consumes: [${Array.from({ length: n }, (_, i) => `api-${i}`).join(', ')}] }`);
      L.push('apis:');
      for (let i = 0; i < n; i++) L.push(`  - { id: api-${i}, provider: sys-${i}, type: odata }`);
      return one(L);
    },
  },
  {
    name: 'many-rollouts',
    description: 'a rollout per system, each incomplete (several rollout findings each) and targeting three systems',
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, ...ORG, 'systems:'];
      for (let i = 0; i < n; i++) {
        const mode = ['mode1', 'gearbox', 'mode2'][i % 3];
        L.push(`  - { id: sys-${i}, mode: ${mode}, owner: ${ownerOf(mode)}, criticality: missionCritical${i ? `, dependsOn: [sys-${i - 1}]` : ''} }`);
      }
      L.push('rollouts:');
      for (let i = 0; i < n; i++) L.push(`  - { id: ro-${i}, targets: [sys-${i}, sys-${(i + 1) % n}, sys-${(i + 2) % n}], owner: team-core, start: 2026-03-01, strategy: big-bang, downtime: planned }`);
      return one(L);
    },
  },
  {
    name: 'long-lines',
    description: 'every system on one line with a 1,500-character description and ten dependsOn entries (17 MB at 10,000: under the 20 MB file limit)',
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, ...ORG, 'systems:'];
      const words = 'records customers orders stock prices '.repeat(40);
      for (let i = 0; i < n; i++) {
        const deps = Array.from({ length: 10 }, (_, k) => `sys-${(i + k + 1) % n}`).join(', ');
        L.push(`  - { id: sys-${i}, mode: gearbox, owner: team-int, description: "${words}", dependsOn: [${deps}] }`);
      }
      return one(L);
    },
  },
  {
    name: 'owners-per-domain',
    description: 'n owners, all teams of one domain owner, and systems spread over them',
    sizes: DEFAULT_SIZES,
    build(n) {
      const L = [...HEADER, 'owners:', '  - { id: cio, type: executive, role: CIO }'];
      for (let o = 0; o < n; o++) L.push(`  - { id: team-${o}, type: team, parent: cio }`);
      L.push('domains:', '  - { id: everything, owner: cio }', 'systems:');
      for (let i = 0; i < n; i++) L.push(`  - { id: sys-${i}, mode: mode1, domain: everything, owner: team-${i}${i ? `, dependsOn: [sys-${i - 1}]` : ''} }`);
      return one(L);
    },
  },
  {
    name: 'findings-per-system',
    description: 'n/10 Mode-2 systems, each with ten direct consumptions of Mode-1 APIs and a dependency on a retiring system',
    sizes: DEFAULT_SIZES,
    build(n) {
      const front = Math.max(1, Math.floor(n / 10));
      const back = n - front;
      const L = [...HEADER, ...ORG, 'systems:'];
      for (let i = 0; i < back; i++) L.push(`  - { id: sys-${i}, mode: mode1, owner: team-core, lifecycle: phaseOut }`);
      for (let i = 0; i < front; i++) {
        const apis = Array.from({ length: 10 }, (_, k) => `api-${(i * 10 + k) % back}`).join(', ');
        L.push(`  - { id: front-${i}, mode: mode2, owner: team-web, consumes: [${apis}], dependsOn: [sys-${i % back}] }`);
      }
      L.push('apis:');
      for (let i = 0; i < back; i++) L.push(`  - { id: api-${i}, provider: sys-${i}, type: odata }`);
      return one(L);
    },
  },
  {
    name: 'million-findings',
    description: 'n tiny mission-critical systems without owner or edges, each the target of a bare rollout: 7 findings per system (1,001,000 at 143,000)',
    sizes: [143000],
    build(n) {
      // require-owner, no-orphan-system, and rollout-requires-{communication, monitoring,
      // pilot, prodlike-test, rollback}: seven findings per system, ~16 MB of YAML.
      const L = [...HEADER, 'systems:'];
      for (let i = 0; i < n; i++) L.push(`  - { id: s${i}, mode: mode${i % 2 ? 1 : 2}, criticality: missionCritical }`);
      L.push('rollouts:');
      for (let i = 0; i < n; i++) L.push(`  - { id: r${i}, targets: [s${i}], start: 2026-03-01 }`);
      return one(L);
    },
  },
];

/** `parts` fragment files under parts/ holding n systems between them, 10 per file by default. */
function fragments(n: number, parts: number, extra: string[] = []): Record<string, string> {
  const files: Record<string, string> = {};
  const per = Math.ceil(n / parts);
  for (let p = 0; p < parts; p++) {
    const L = [...FRAGMENT, ...extra, 'systems:'];
    for (let i = p * per; i < Math.min(n, (p + 1) * per); i++) {
      const mode = ['mode1', 'gearbox', 'mode2'][i % 3];
      L.push(`  - { id: sys-${i}, mode: ${mode}, owner: ${ownerOf(mode)}${i ? `, dependsOn: [{ system: sys-${i - 1}, interaction: async }]` : ''} }`);
    }
    files[`parts/p-${p}.yaml`] = `${L.join('\n')}\n`;
  }
  return files;
}

export function shape(name: string): Shape {
  const s = SHAPES.find((x) => x.name === name);
  if (!s) throw new Error(`unknown shape '${name}' (known: ${SHAPES.map((x) => x.name).join(', ')})`);
  return s;
}

/** The shape's files under an absolute folder, for `memoryHost` (e.g. '/ws'). */
export function shapeUnder(dir: string, built: ShapeFiles): { entry: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  for (const [p, text] of Object.entries(built.files)) files[`${dir}/${p}`] = text;
  return { entry: `${dir}/${built.entry}`, files };
}
