/**
 * `landscape export <format> <entry.yaml> [-o file | dir/]`, the built program: files written, exit
 * codes, refusals; and the Backstage round trip end to end (export, then `landscape import backstage`).
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintLandscape } from '../../src/core/index';
import { nodeHost, toCorePath } from '../../src/cli/node-host';
import { essence } from '../helpers/landscape-essence';
import { ensureBuilt, jsonReport, landscape, ROOT, workspace } from './cli-helpers';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: small, title: Small }
owners: [{ id: t, type: team }]
systems:
  - { id: ledger, mode: mode1, owner: t }
  - { id: web, mode: mode2, owner: t, dependsOn: [ledger] }
`;

describe('landscape export (built CLI)', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('writes each format to stdout, the same text the core makes, exit 0', () => {
    const dir = workspace({ 'landscape.yaml': LANDSCAPE });
    for (const format of ['backstage', 'likec4', 'structurizr', 'plantuml', 'drawio']) {
      const r = landscape(['export', format, 'landscape.yaml'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.ok(r.stdout.length > 0);
    }
    assert.match(landscape(['export', 'likec4', 'landscape.yaml'], dir).stdout, /^ {2}s_web -\[sync\]-> s_ledger 'depends on'$/m);
  });

  it('writes a file with -o, and a folder of one file per entity with -o dir/ for backstage', () => {
    const dir = workspace({ 'landscape.yaml': LANDSCAPE });
    const r = landscape(['export', 'plantuml', 'landscape.yaml', '-o', 'out/landscape.puml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'Wrote out/landscape.puml (2 systems, 1 dependency).\n');
    assert.equal(readFileSync(path.join(dir, 'out/landscape.puml'), 'utf8'), landscape(['export', 'plantuml', 'landscape.yaml'], dir).stdout);
    const b = landscape(['export', 'backstage', 'landscape.yaml', '-o', 'catalog/'], dir);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(b.stderr, 'Wrote 5 files into catalog/ (3 entities, a Location in catalog-info.yaml).\n');
    assert.deepEqual(readdirSync(path.join(dir, 'catalog')).sort(), ['catalog-info.yaml', 'component-ledger.yaml', 'component-web.yaml', 'group-t.yaml', 'landscape-small.yaml']);
    const d = landscape(['export', 'drawio', 'landscape.yaml', '-o', 'catalog'], dir);
    assert.equal(d.stderr, `Wrote ${path.join('catalog', 'landscape.drawio')} (2 systems, 1 dependency).\n`);
  });

  it('import backstage gives back the example landscape it exported: same entities, fields and findings (round trip, end to end)', async () => {
    const dir = workspace({});
    cpSync(path.join(ROOT, 'examples', 'fjordbank'), dir, { recursive: true });
    const folder = landscape(['export', 'backstage', 'landscape.yaml', '-o', 'catalog/'], dir);
    assert.equal(folder.code, 0, folder.stderr);
    const file = landscape(['export', 'backstage', 'landscape.yaml', '-o', 'catalog.yaml'], dir);
    assert.equal(file.code, 0, file.stderr);
    // Imported beside the entry, so the ruleset its lint block extends (./governance/ruleset.yaml) is found.
    const outputs = ['from-folder.yaml', 'from-file.yaml'];
    for (const [input, output] of [['catalog/catalog-info.yaml', outputs[0]], ['catalog.yaml', outputs[1]]]) {
      const r = landscape(['import', 'backstage', input, '-o', output], dir);
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', `Wrote ${output}: 11 owners, 3 domains, 11 systems, 10 APIs, 1 data store, 2 rollouts.\n`]);
    }
    const original = await lintLandscape(toCorePath(path.join(dir, 'landscape.yaml')), nodeHost, { today: '2026-02-01' });
    for (const output of outputs) {
      const back = await lintLandscape(toCorePath(path.join(dir, output)), nodeHost, { today: '2026-02-01' });
      assert.deepEqual(essence(back), essence(original), output);
      // And as landscape lint reports it: the same findings, the same exit code.
      const [a, b] = ['landscape.yaml', output].map((f) => landscape(['lint', f, '--format', 'json', '--as-of', '2026-02-01'], dir));
      assert.equal(b.code, a.code);
      const said = (r: typeof a): string[] => jsonReport(r.stdout).results[0].diagnostics.map((d) => `${d.rule} ${d.severity} ${d.subject} [${[...d.related].sort().join(',')}] ${d.message}`).sort();
      assert.deepEqual(said(b), said(a));
      assert.ok(said(a).length > 5);
    }
  });

  it('refuses an unknown format, a missing file and a landscape with a core error: exit 2, nothing written', () => {
    const dir = workspace({ 'landscape.yaml': LANDSCAPE, 'broken.yaml': 'apiVersion: landscape/v1\nsystems: [\n' });
    const f = landscape(['export', 'likec5', 'landscape.yaml'], dir);
    assert.equal(f.code, 2);
    assert.equal(f.stderr, "landscape export: unknown format 'likec5' (use backstage, likec4, structurizr, plantuml, drawio); did you mean 'likec4'?\nRun 'landscape export --help' for usage.\n");
    const m = landscape(['export', 'likec4', 'nope.yaml'], dir);
    assert.equal(m.code, 2);
    assert.equal(m.stderr, 'landscape export: cannot read nope.yaml: no such file\n');
    const b = landscape(['export', 'likec4', 'broken.yaml', '-o', 'out.c4'], dir);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /core\/yaml-syntax/);
    assert.match(b.stderr, /landscape export: nothing written: fix the error above first/);
    assert.ok(!existsSync(path.join(dir, 'out.c4')));
    const u = landscape(['export', 'likec4'], dir);
    assert.equal(u.code, 2);
    assert.equal(u.stderr, "landscape export: give a format and one entry file, e.g. landscape export likec4 landscape.yaml\nRun 'landscape export --help' for usage.\n");
  });
});
