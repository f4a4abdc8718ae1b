/**
 * `import(export(x)) = x` for Backstage (issue 13, docs/interop.md): a landscape exported as a
 * catalog (one multi-document file, and a folder of one file per entity with a Location) and
 * imported back through the real core functions has the same entities with the same fields, the
 * same metadata and lint block, and the same findings. On random landscapes (fast-check,
 * test/helpers/random-landscape.ts) and on the repository's example.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { exportBackstageFiles, exportLandscape, importBackstage, lintLandscape, memoryHost, type LintResult } from '../../../src/core/index';
import { toPlain } from '../../../src/core/parse/yaml-tree';
import { catalogDocuments, validateEntity } from '../../helpers/backstage-validators';
import { essence } from '../../helpers/landscape-essence';
import { lintFiles } from '../../helpers/lint-snippet';
import { randomLandscape } from '../../helpers/random-landscape';

/** The example's folder as the memory host holds it (core paths), and its files from disk. */
const EXAMPLE = '/ws/fjordbank';
function exampleFiles(): Record<string, string> {
  const dir = path.resolve(__dirname, '../../../examples/fjordbank');
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.yaml')) out[`${EXAMPLE}/${name.split(path.sep).join('/')}`] = readFileSync(path.join(dir, name), 'utf8');
  }
  return out;
}

/** The catalog imported back (into the entry's folder, so relative paths mean the same), linted. */
async function importBack(files: Record<string, string>, input: string): Promise<{ result: LintResult; text: string; messages: string[] }> {
  const imported = await importBackstage(memoryHost(files), [input], { outDir: '/ws' });
  const messages = imported.messages.map((m) => `${m.level}: ${m.text}`);
  assert.ok(imported.text !== undefined, messages.join('\n'));
  // Nothing to say but the references that dangle in the landscape too (no-dangling-reference reports them again).
  assert.deepEqual(messages.filter((m) => !/^warning: \d+ referenced entit(y is|ies are) not in the catalog; kept as ids/.test(m)), [], imported.text);
  return { result: await lintFiles({ '/ws/landscape.yaml': imported.text }), text: imported.text, messages };
}

async function assertRoundTrip(original: LintResult): Promise<void> {
  const want = essence(original);
  const catalog = exportLandscape('backstage', original.landscape);
  for (const entity of catalogDocuments(catalog)) await validateEntity(entity);
  const one = await importBack({ '/out/catalog.yaml': catalog }, '/out/catalog.yaml');
  assert.deepEqual(essence(one.result), want, `${catalog}\n---- imported:\n${one.text}`);
  const folder = Object.fromEntries(exportBackstageFiles(original.landscape).map((f) => [`/out/catalog/${f.name}`, f.text]));
  const many = await importBack(folder, '/out/catalog/catalog-info.yaml');
  assert.deepEqual(essence(many.result), want, many.text);
  // The same landscape, whichever way the catalog was written (the header names the input).
  assert.equal(many.text.split('\n').slice(1).join('\n'), one.text.split('\n').slice(1).join('\n'));
}

describe('Backstage round trip: import(export(x)) = x', function () {
  this.timeout(300_000);

  it('holds on random landscapes: same entities, fields, metadata, lint block and findings (property)', async () => {
    await fc.assert(
      fc.asyncProperty(randomLandscape, async ({ data, text }) => {
        const original = await lintFiles({ '/ws/landscape.yaml': text });
        // The generator's own check: the text is the data, and valid (an export refuses core/* errors).
        assert.deepEqual(toPlain(original.landscape.files[0].root), data, text);
        assert.deepEqual(original.findings.filter((f) => f.rule.startsWith('core/') && f.severity === 'error').map((f) => `${f.rule}: ${f.message}`), [], text);
        await assertRoundTrip(original);
      }),
      { numRuns: 200 },
    );
  });

  it('holds on the example landscape: its fragments merged into one file beside the entry, the ruleset it extends found there', async () => {
    const files = exampleFiles();
    const original = await lintLandscape(`${EXAMPLE}/landscape.yaml`, memoryHost(files), { today: '2026-02-01' });
    const l = original.landscape;
    // Every kind the exporter writes, and findings to compare.
    assert.ok(l.owners.length && l.domains.length && l.apis.length && l.dataStores.length && l.rollouts.length && original.findings.length > 5);
    const imported = await importBackstage(memoryHost({ '/out/catalog.yaml': exportLandscape('backstage', l) }), ['/out/catalog.yaml'], { outDir: EXAMPLE });
    assert.ok(imported.text !== undefined);
    const back = await lintLandscape(`${EXAMPLE}/round-trip.yaml`, memoryHost({ ...files, [`${EXAMPLE}/round-trip.yaml`]: imported.text }), { today: '2026-02-01' });
    assert.deepEqual(essence(back), essence(original));
    assert.deepEqual(imported.messages, []);
  });
});

describe('import backstage: the kinds of our own written by hand', () => {
  it('reads kind Rollout (references in every form, a field it has not, a value the format refuses) and kind Landscape, and only under our apiVersion', async () => {
    const catalog = `apiVersion: landscape.dev/v1alpha1
kind: Landscape
metadata:
  name: Shop Landscape
  title: Shop
  annotations: { landscape.dev/description: '', landscape.dev/absent: title }
spec: { asOf: 2026-02-01, lint: { extends: strict } }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ann }
spec: { memberOf: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: webShop, labels: { landscape.dev/mode: mode2 } }
spec: { type: website, lifecycle: production, owner: user:ann }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: stock, namespace: ops, labels: { landscape.dev/mode: mode1 } }
spec: { type: service, lifecycle: production, owner: user:default/ann }
---
apiVersion: landscape.dev/v1alpha1
kind: Rollout
metadata: { name: shop-relaunch, title: Shop relaunch, tags: [q3] }
spec:
  targets: [webShop, 'Component:ops/stock', component:default/ghost]
  owner: user:ann
  status: in-progress
  start: 2026-03-01
  strategy: canary
  downtime: sometimes
  rollback: { plan: DNS back to the old shop, tested: true }
  pilot: { scope: one store }
  sponsor: cfo
---
apiVersion: landscape.dev/v1alpha1
kind: Landscape
metadata: { name: second }
---
apiVersion: backstage.io/v1alpha1
kind: Rollout
metadata: { name: not-ours }
spec: { targets: [webShop] }
`;
    const r = await importBackstage(memoryHost({ '/ws/catalog.yaml': catalog }), ['/ws/catalog.yaml'], { outDir: '/ws' });
    assert.equal(
      r.text,
      `# Imported from the Backstage catalog catalog.yaml by landscape import backstage.
# The mapping: docs/interop.md. Systems whose mode the catalog does not state, and guessed providers
# and owning systems, carry a comment: decide them, then run landscape lint.
apiVersion: landscape/v1
kind: Landscape
metadata:
  name: shop-landscape
  description: ''
  asOf: 2026-02-01
lint:
  extends: strict

owners:
  - id: ann
    type: person

systems:
  - id: web-shop
    mode: mode2
    type: website
    owner: ann
    lifecycle: active
    annotations:
      landscape.dev/backstage-ref: component:default/webShop
  - id: ops-stock
    mode: mode1
    type: service
    owner: ann
    lifecycle: active
    annotations:
      landscape.dev/backstage-ref: component:ops/stock

rollouts:
  - id: shop-relaunch
    name: Shop relaunch
    targets: [web-shop, ops-stock, ghost]
    owner: ann
    status: in-progress
    start: 2026-03-01
    strategy: canary
    rollback:
      plan: DNS back to the old shop
      tested: true
    pilot:
      scope: one store
    tags: [q3]
    annotations:
      landscape.dev/backstage.spec.sponsor: cfo
      landscape.dev/downtime: sometimes

# Not imported from the catalog:
#   landscape:second (catalog.yaml:38): a second kind Landscape, not imported.
#   rollout:not-ours (catalog.yaml:42): kind Rollout of apiVersion backstage.io/v1alpha1, not imported.
`,
    );
    assert.deepEqual(r.messages.map((m) => `${m.line ?? '-'} ${m.level}: ${m.text}`), [
      `24 warning: downtime "sometimes" of rollout:shop-relaunch is not a valid downtime of the landscape format (none, planned): kept as annotation landscape.dev/downtime`,
      '38 warning: landscape:second: a second kind Landscape; the first one\'s metadata and lint block are used',
      "42 warning: rollout:not-ours: kind Rollout is the landscape's own only under apiVersion landscape.dev/v1alpha1, not backstage.io/v1alpha1; kept as a comment",
      '- warning: 1 referenced entity is not in the catalog; kept as ids for landscape lint to report (no-dangling-reference): component:ghost as ghost (1×)',
      '- note: Rollout spec.sponsor (1 entity) has no landscape field: kept as annotation landscape.dev/backstage.spec.sponsor',
    ]);
    const linted = await lintFiles({ '/ws/landscape.yaml': r.text });
    assert.deepEqual(linted.findings.filter((f) => f.rule.startsWith('core/')), []);
    assert.deepEqual(linted.findings.filter((f) => f.rule === 'no-dangling-reference').map((f) => f.message), ["targets of rollout 'shop-relaunch' refers to unknown system 'ghost'."]);
  });
});
