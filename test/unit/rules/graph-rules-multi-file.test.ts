/**
 * Rules 4-13 on a landscape split over fragments (test/conformance/cases/graph-rules-multi-file):
 * every finding sits in the file that defines its subject, on the node SPEC §3 names. The
 * conformance test checks the same case's (rule, severity, subject, related) through the CLI.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findingsOf, lintFiles } from '../../helpers/lint-snippet';

const CASE = path.join(__dirname, '..', '..', 'conformance', 'cases', 'graph-rules-multi-file');

describe('graph rules across fragments', () => {
  it('places every finding in the subject\'s file, on the entry, id or key the SPEC names', async () => {
    const files: Record<string, string> = {};
    for (const n of readdirSync(CASE)) if (n.endsWith('.yaml')) files[`/ws/${n}`] = readFileSync(path.join(CASE, n), 'utf8');
    const r = await lintFiles(files, '/ws/landscape.yaml');
    const rules = [...new Set(r.findings.filter((f) => !f.rule.startsWith('core/')).map((f) => f.rule))];
    const got = rules.flatMap((rule) => findingsOf(r, rule).map((f) => `${rule} ${f.subject} ${path.basename(f.file)} ${JSON.stringify(f.at)}`)).sort();
    assert.deepEqual(got, [
      'max-fan-out shop mode2.yaml "shop"',
      'no-circular-dependency esb gearbox.yaml "esb"',
      'no-dependency-on-retiring esb gearbox.yaml "mf-api"',
      'no-direct-mode2-to-mode1 shop mode2.yaml "sap-odata"',
      'no-mode1-depends-on-mode2 mainframe mode1.yaml "promo-api"',
      'no-mode1-internet-exposure sap mode1.yaml "exposure: internet"',
      'no-mode1-internet-exposure sap-odata mode1.yaml "exposure: internet"',
      'no-orphan-system legacy-fax mode1.yaml "legacy-fax"',
      // Both pairs start with the first *synchronous* entry to gw (the async one before it does not count).
      'no-sync-passthrough-to-mode1 shop mode2.yaml "gw-api"',
      'no-sync-passthrough-to-mode1 shop mode2.yaml "gw-api"',
      'no-shared-datastore shop mode2.yaml "{ store: sap-db, access: read }"',
      'stable-dependencies promo mode2.yaml "{ api: shop-events, interaction: sync }"',
    ].sort());
    const pass = r.findings.filter((f) => f.rule === 'no-sync-passthrough-to-mode1');
    assert.deepEqual(pass.map((f) => f.span), [pass[0].span, pass[0].span]);
    assert.equal(r.files.find((f) => f.path === '/ws/mode2.yaml')!.text.slice(0, pass[0].span.start).split('\n').length, 10, 'the third consumes entry, line 10');
  });
});
