/**
 * `landscape import backstage|csv` through the built CLI (dist/cli.js): our own catalog
 * (namespaces, every reference form, a missing target, a cycle of Locations, an id collision,
 * hostile names) and CSV inventory with exact output, Backstage's own example catalog end to
 * end, and every output read by the real `landscape lint` with no core/* finding.
 */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, jsonReport, landscape, ROOT, workspace } from './cli-helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const EXAMPLES = path.resolve(ROOT, '..', 'shared', 'interop', 'backstage-examples');
const EXAMPLES_URL = 'https://github.com/spotify/backstage/blob/master/packages/catalog-model/examples/';

/** Lints a written landscape with the real CLI: its findings' rules, and that none is core/*. */
function lintRules(file: string): string[] {
  const r = landscape(['lint', file, '--format', 'json'], path.dirname(file));
  assert.ok(r.code === 0 || r.code === 1, `lint exit ${r.code}: ${r.stderr}`);
  const rules = jsonReport(r.stdout).results[0].diagnostics.map((d) => d.rule);
  assert.deepEqual(rules.filter((rule) => rule.startsWith('core/')), []);
  return rules;
}

describe('landscape import backstage', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('imports our catalog exactly: references in every form, namespaces, a collision, hostile names, Locations with a missing target and a cycle', () => {
    const dir = workspace({});
    cpSync(path.join(FIXTURES, 'backstage'), dir, { recursive: true });
    const r = landscape(['import', 'backstage', 'catalog-info.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(path.join(FIXTURES, 'backstage', 'expected.yaml'), 'utf8'));
    assert.equal(
      r.stderr,
      [
        'catalog-info.yaml:3: warning: Location target ./missing.yaml does not exist',
        'loop/b.yaml:1: warning: Location cycle loop/a.yaml → loop/b.yaml → loop/a.yaml: not read again',
        "systems/shop.yaml:1: warning: dependsOn 'stock' of component:webShop names no kind (Backstage needs one there): taken as component:stock",
        'systems/shop.yaml:73: warning: template:new-service: the landscape has no section for kind Template; kept as a comment',
        "warning: api:orders gets id orders-api: orders is component:orders's",
        'note: Resource spec.owner (1 entity) has no landscape field: kept as annotation landscape.dev/backstage.spec.owner',
        "note: Component spec.lifecycle 'sandbox' (1 entity) has no landscape field: kept as annotation landscape.dev/backstage.spec.lifecycle",
        'Imported 4 owners, 1 domain, 4 systems, 2 APIs, 1 data store (5 warnings).',
        '',
      ].join('\n'),
    );
    const w = landscape(['import', 'backstage', 'catalog-info.yaml', '-o', 'out/landscape.yaml'], dir);
    assert.equal(w.code, 2, 'a folder that does not exist is no place to write');
    assert.match(w.stderr, /landscape import backstage: cannot write out\/landscape\.yaml: ENOENT/);
    const ok = landscape(['import', 'backstage', 'catalog-info.yaml', '-o', 'landscape.yaml'], dir);
    assert.equal(ok.code, 0);
    assert.equal(ok.stdout, '');
    assert.match(ok.stderr, /^Wrote landscape\.yaml: 4 owners, 1 domain, 4 systems, 2 APIs, 1 data store \(5 warnings\)\.$/m);
    assert.deepEqual(lintRules(path.join(dir, 'landscape.yaml')).sort(), [
      'mode-owner-alignment', 'mode-owner-alignment', 'no-dependency-on-retiring', 'no-dependency-on-retiring',
      'no-direct-mode2-to-mode1', 'no-direct-mode2-to-mode1', 'no-shared-datastore', 'require-security-review',
    ]);
  });

  it('--granularity system folds the Components of a System into one system, and --default-mode sets the unstated modes', () => {
    const dir = workspace({});
    cpSync(path.join(FIXTURES, 'backstage'), dir, { recursive: true });
    const r = landscape(['import', 'backstage', 'catalog-info.yaml', '--granularity', 'system', '--default-mode', 'gearbox', '-o', 'landscape.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(path.join(dir, 'landscape.yaml'), 'utf8');
    const commerce = text.slice(text.indexOf('  - id: commerce'), text.indexOf('\n  # mode not stated', text.indexOf('  - id: commerce')));
    assert.equal(
      commerce,
      [
        '  - id: commerce',
        '    description: Everything we sell through',
        '    mode: mode2',
        '    owner: platform-team',
        '    domain: sales',
        // The Component orders is folded, so the API keeps its name as its id.
        '    consumes: [orders, ops-audit]',
        '    dependsOn: [ops-ledger, stock]',
        '    annotations:',
        '      landscape.dev/backstage.components: \'["component:webShop","component:orders"]\'',
      ].join('\n'),
    );
    // The folded Components are named above it, and the store of one of them is the system's own.
    assert.match(text, /# {3}component:webShop \(website, production\): Sells things\. key: value # not a comment\n/);
    assert.match(text, /# mode mode2 from its Components' landscape\.dev\/mode \(they agree\)\n/);
    assert.match(text, /- id: shop-db\n {4}system: commerce\n/);
    assert.match(text, /mode not stated in the catalog \(no landscape\.dev\/mode label\): gearbox from --default-mode; decide mode1, gearbox or mode2\n {2}- id: stock\n {4}mode: gearbox\n/);
    lintRules(path.join(dir, 'landscape.yaml'));
  });

  it("imports Backstage's own example catalog (all.yaml, acme-corp.yaml, the whole folder) and lints it with no core/* finding", function () {
    if (!existsSync(EXAMPLES)) this.skip();
    const dir = workspace({});
    const all = landscape(['import', 'backstage', path.join(EXAMPLES, 'all.yaml'), '-o', 'all.yaml'], dir);
    // One Resource no system can own (nothing depends on it here) is not imported: exit 1, kept as a comment.
    assert.equal(all.code, 1, all.stderr);
    assert.match(all.stderr, /all\.yaml:1: warning: Location target \.\/all-ai-resources\.yaml does not exist/);
    assert.match(all.stderr, /error: resource:artists-db is not imported/);
    assert.match(all.stderr, /Wrote all\.yaml: 3 domains, 6 systems, 7 APIs \(1 not imported, \d+ warnings\)\./);
    assert.match(readFileSync(path.join(dir, 'all.yaml'), 'utf8'), /# Not imported from the catalog:\n# {3}resource:artists-db /);
    lintRules(path.join(dir, 'all.yaml'));

    // acme-corp.yaml's only target is a URL: without a local copy it is said, not fetched.
    const offline = landscape(['import', 'backstage', path.join(EXAMPLES, 'acme-corp.yaml')], dir);
    assert.equal(offline.code, 0);
    assert.match(offline.stderr, /warning: Location target https:\/\/github\.com\/spotify\/backstage\/blob\/master\/packages\/catalog-model\/examples\/acme\/org\.yaml is a URL and is not fetched: give a local copy with --url-map/);
    const acme = landscape(['import', 'backstage', path.join(EXAMPLES, 'acme-corp.yaml'), '--url-map', `${EXAMPLES_URL}=${EXAMPLES}`, '-o', 'acme.yaml'], dir);
    assert.equal(acme.code, 0, acme.stderr);
    assert.match(acme.stderr, /Wrote acme\.yaml: 25 owners\./);
    const acmeText = readFileSync(path.join(dir, 'acme.yaml'), 'utf8');
    assert.match(acmeText, /- id: team-a\n {4}description: Team A\n {4}type: team\n {4}parent: backstage\n/);
    assert.match(acmeText, /- id: development-guest\n {4}name: Guest User\n {4}type: person\n {4}parent: team-a\n/);
    lintRules(path.join(dir, 'acme.yaml'));

    const folder = landscape(['import', 'backstage', EXAMPLES, '-o', 'folder.yaml'], dir);
    assert.equal(folder.code, 0, folder.stderr);
    assert.match(folder.stderr, /apis\/petstore\.oas\.yaml:1: note: a YAML document without apiVersion and kind is no catalog entity: skipped/);
    assert.match(folder.stderr, /warning: api:wayback-archive gets id wayback-archive-api: wayback-archive is component:wayback-archive's/);
    assert.match(folder.stderr, /consumesApis of component:www-artist names component:artist-lookup, which is no API: imported as dependsOn/);
    const rules = lintRules(path.join(dir, 'folder.yaml'));
    assert.ok(rules.includes('no-dangling-reference'), 'owners the catalog does not hold (inpixon, sre) are kept for lint to report');
  });

  it('bad usage and unreadable input write nothing (exit 2)', () => {
    const dir = workspace({ 'broken.yaml': 'kind: [Component\n', 'notes.txt': 'x' });
    const cases: [string[], RegExp][] = [
      [['import'], /^Usage: landscape import backstage/],
      [['import', 'leanix', 'x.xlsx'], /^landscape import: unknown source 'leanix' \(use backstage or csv\)/],
      [['import', 'backstag', 'x.yaml'], /did you mean 'backstage'\?/],
      [['import', 'backstage'], /give at least one catalog file, folder or glob/],
      [['import', 'backstage', 'x.yaml', '--url-map', 'nope'], /--url-map takes <url-prefix>=<dir>/],
      [['import', 'backstage', 'missing.yaml'], /^error|fatal: cannot read .*missing\.yaml: no such file or folder\nlandscape import backstage: nothing written\.\n$/],
      [['import', 'backstage', 'broken.yaml'], /^broken\.yaml:1: fatal: .*\(the file is not read\)\nlandscape import backstage: nothing written\.\n$/],
      [['import', 'backstage', '*.json'], /fatal: .*\*\.json matches no file/],
      [['import', 'csv', 'x.csv'], /give the mapping file with --map <mapping\.yaml>/],
    ];
    for (const [args, expected] of cases) {
      const r = landscape(args, dir);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, expected, args.join(' '));
    }
    assert.match(landscape(['import', '--help'], dir).stdout, /Usage: landscape import csv \[options\] <file\.csv>/);
  });
});

describe('landscape import csv', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('imports an inventory exactly: BOM, ; separator detected, quotes, a line break in a cell, value maps, a dependency column, a blank row', () => {
    const dir = workspace({});
    cpSync(path.join(FIXTURES, 'csv'), dir, { recursive: true });
    const r = landscape(['import', 'csv', 'inventory.csv', '--map', 'mapping.yaml', '-o', 'landscape.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(path.join(dir, 'landscape.yaml'), 'utf8'), readFileSync(path.join(FIXTURES, 'csv', 'expected.yaml'), 'utf8'));
    assert.equal(
      r.stderr,
      [
        "inventory.csv:3: warning: id 'SHOP' is not kebab-case: shop",
        'inventory.csv: note: columns without a field in the mapping are kept as annotations landscape.dev/csv.<column> (list them under ignore: to leave them out): Cost',
        'Wrote landscape.yaml: 2 owners, 2 domains, 3 systems (1 warning).',
        '',
      ].join('\n'),
    );
    assert.deepEqual(lintRules(path.join(dir, 'landscape.yaml')).sort(), [
      'mode-owner-alignment', 'mode-owner-alignment', 'mode-owner-alignment', 'no-dependency-on-retiring', 'no-direct-mode2-to-mode1', 'no-sync-passthrough-to-mode1',
    ]);
  });

  it('a wrong mapping file or a broken CSV is said with its line, and nothing is written', () => {
    const csv = 'App;Mode\nerp;Record\n';
    const cases: [Record<string, string>, string][] = [
      [{ 'm.yaml': 'columns:\n  name: App\n  mdoe: Mode\n' }, "m.yaml:3: fatal: columns: unknown key 'mdoe'; did you mean 'mode'? (known: id, name, description, mode, paceLayer, type, owner, domain, lifecycle, endOfLife, successor, criticality, exposure, sourcing, governance, dataClassification, releaseCadence, tags)"],
      [{ 'm.yaml': 'columns: { name: App, mode: Mode }\nvalues:\n  mode:\n    Record: model1\n' }, 'm.yaml:4: fatal: values.mode.Record: "model1" is not one of "mode1", "mode2", "gearbox"'],
      [{ 'm.yaml': 'columns: { name: Application }\n' }, "m.yaml:1: fatal: columns.name: inv.csv has no column 'Application' (its columns: 'App', 'Mode'; separator ';')"],
      [{ 'm.yaml': 'columns: { mode: Mode }\n' }, 'm.yaml:1: fatal: columns: give the column of id or of name (or both), so each row has an id'],
      [{ 'm.yaml': 'columns: { name: App }\n', 'inv.csv': 'App,Mode\nerp,"Record\n' }, 'inv.csv:2: fatal: not RFC 4180 CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2'],
    ];
    for (const [files, expected] of cases) {
      const dir = workspace({ 'inv.csv': csv, ...files });
      const r = landscape(['import', 'csv', 'inv.csv', '--map', 'm.yaml', '-o', 'out.yaml'], dir);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.split('\n')[0], expected);
      assert.ok(!existsSync(path.join(dir, 'out.yaml')));
    }
  });
});
