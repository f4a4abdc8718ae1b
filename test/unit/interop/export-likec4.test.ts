/**
 * `landscape export likec4` checked by the real LikeC4 CLI (npm likec4, offline: its layout is
 * Graphviz compiled to WebAssembly): `likec4 validate` passes and `likec4 export json` lays out
 * every view; the titles it reads back are the names as written, hostile ones included.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportLandscape } from '../../../src/core/index';
import { exportLikeC4, likec4String } from '../../../src/core/interop/export/likec4';
import { pictureOf } from '../../../src/core/interop/export/picture';
import { HOSTILE, HOSTILE_LANDSCAPE } from '../../helpers/hostile-landscape';
import { lintFiles } from '../../helpers/lint-snippet';
import { exampleLandscape } from './export-fixtures';

const LIKEC4 = path.join(path.dirname(require.resolve('likec4/package.json')), 'bin', 'likec4.mjs');

interface LikeC4Json {
  elements: Record<string, { title: string; kind: string; tags?: string[]; description?: { txt?: string } }>;
  relations: Record<string, { title?: string; kind?: string; technology?: string; source: { model: string }; target: { model: string } }>;
  views: Record<string, { _stage: string; title: string | null; nodes: { id: string; kind: string; x: number; y: number; width: number; height: number }[]; edges: unknown[] }>;
}

/** Runs the LikeC4 CLI on the model in a folder of its own; no network is needed (checked: the test machine has none to LikeC4's sites). */
function likec4(model: string): { validate: { status: number | null; output: string }; json: LikeC4Json } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-likec4-'));
  try {
    writeFileSync(path.join(dir, 'landscape.c4'), model);
    const run = (args: string[]): { status: number | null; output: string } => {
      const r = spawnSync(process.execPath, [LIKEC4, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      return { status: r.status, output: `${r.stdout}${r.stderr}` };
    };
    const validate = run(['validate', '.']);
    const exported = run(['export', 'json', '-o', 'model.json', '.']);
    assert.equal(exported.status, 0, exported.output);
    return { validate, json: JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as LikeC4Json };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function assertLaidOut(json: LikeC4Json, views: string[]): void {
  assert.deepEqual(Object.keys(json.views).sort(), [...views].sort());
  for (const [id, v] of Object.entries(json.views)) {
    assert.equal(v._stage, 'layouted', `view ${id} is laid out`);
    for (const n of v.nodes) assert.ok([n.x, n.y, n.width, n.height].every(Number.isFinite), `node ${n.id} of view ${id} has a place`);
  }
}

describe('export likec4 (the real LikeC4 CLI)', function () {
  this.timeout(120_000);

  it('writes the specification, domains, systems, relationships and views of a small landscape exactly', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': `apiVersion: landscape/v1
metadata: { name: small, title: Small }
domains: [{ id: pay, name: Payments }]
systems:
  - { id: ledger, name: Ledger, mode: mode1, domain: pay, type: erp, owner: t }
  - { id: 9-web, mode: mode2, lifecycle: phaseIn, consumes: [ledger-api], dependsOn: [{ system: ledger, interaction: async }] }
apis: [{ id: ledger-api, name: Ledger API, provider: ledger, type: odata }]
`,
    });
    assert.equal(exportLandscape('likec4', r.landscape), `// Small: exported by landscape export likec4
specification {
  element domain {
    style {
      shape rectangle
      color secondary
    }
  }
  element system
  tag mode1
  tag gearbox
  tag mode2
  tag nomode
  tag shadow
  relationship sync {
    line solid
  }
  relationship async {
    line dashed
  }
}

model {
  domain d_pay 'Payments' {
    system s_ledger 'Ledger' {
      #mode1
      technology 'erp'
      metadata {
        id 'ledger'
        lifecycle 'active'
        owner 't'
      }
    }
  }
  system s_9_web '9-web' {
    #mode2
    metadata {
      id '9-web'
      lifecycle 'phaseIn'
    }
  }
  s_9_web -[sync]-> s_ledger 'Ledger API' {
    technology 'odata'
  }
  s_9_web -[async]-> s_ledger 'depends on'
}

views {
  view index {
    title 'Small'
    group 'Mode 1 · record' {
      include element.tag = #mode1
    }
    group 'Mode 2 · engagement' {
      include element.tag = #mode2
    }
  }
  view d_pay of d_pay {
    title 'Payments'
    include *
  }
}
`);
  });

  it('escapes backslashes, quotes, line breaks and tabs as LikeC4 strings read them', () => {
    assert.equal(likec4String('a\\b\'c"d\ne\rf\tg<&>'), "'a\\\\b\\'c\"d\\ne\\rf\\tg<&>'");
  });

  it('validates and lays out every view of the example landscape', async () => {
    const l = await exampleLandscape();
    const { validate, json } = likec4(exportLandscape('likec4', l));
    assert.equal(validate.status, 0, validate.output);
    assert.doesNotMatch(validate.output, /ERROR|Invalid/);
    const picture = pictureOf(l);
    assertLaidOut(json, ['index', ...picture.domains.map((d) => `d_${d.id.replace(/-/g, '_')}`)]);
    // Every system and every dependency is in the model, each system once, in the index view.
    const systems = Object.values(json.elements).filter((e) => e.kind === 'system');
    assert.deepEqual(systems.map((e) => e.title).sort(), l.systems.map((s) => s.name ?? s.id).sort());
    assert.equal(Object.keys(json.relations).length, picture.edges.length);
    assert.equal(json.views.index.nodes.filter((n) => n.kind === 'system').length, l.systems.length);
  });

  it('keeps hostile names exactly as written, through the LikeC4 parser', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': HOSTILE_LANDSCAPE });
    const { validate, json } = likec4(exportLikeC4(pictureOf(r.landscape)));
    assert.equal(validate.status, 0, validate.output);
    assertLaidOut(json, ['index', 'd_pay']);
    const title = (id: string): string | undefined => json.elements[id]?.title;
    assert.equal(title('d_pay'), HOSTILE.domain);
    assert.equal(title('d_pay.s_evil'), HOSTILE.system);
    assert.equal(title('d_pay.s_multi'), HOSTILE.system2);
    assert.equal(title('s_specials'), HOSTILE.system3);
    assert.equal(title('s_unicode'), HOSTILE.system4);
    assert.equal(json.elements['d_pay.s_evil'].description?.txt, HOSTILE.system3);
    assert.deepEqual(json.elements.s_specials.tags, ['mode2', 'shadow']);
    const apiEdges = Object.values(json.relations).filter((x) => x.title === HOSTILE.api);
    assert.deepEqual(apiEdges.map((x) => `${x.source.model} -[${x.kind}]-> ${x.target.model}`).sort(), ['d_pay.s_multi -[sync]-> d_pay.s_evil', 's_specials -[async]-> d_pay.s_evil']);
    // A view title is one line in LikeC4: the landscape's two-line title is joined.
    assert.equal(json.views.index.title, HOSTILE.title.replace('\n', ' '));
  });
});
