/**
 * Issue 3: every fix offered on the examples applies cleanly — the edited file still parses,
 * every comment line survives, nothing outside the edit changes, and the finding the fix is
 * for goes away (for the fixes that settle it).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fixesOf, lintLandscape, memoryHost, parseYaml, type Finding } from '../../../src/core/index';
import { applyEdits } from '../../helpers/lint-snippet';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = [
  path.resolve(ROOT, '..', 'shared', 'spec', 'examples', 'nordhem-retail', 'landscape.yaml'),
  path.join(ROOT, 'examples', 'fjordbank', 'landscape.yaml'),
  ...readdirSync(path.join(ROOT, 'test', 'conformance', 'cases')).map((c) => path.join(ROOT, 'test', 'conformance', 'cases', c, 'landscape.yaml')),
].filter(existsSync);

function readTree(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) readTree(p, out);
    else if (/\.ya?ml$/.test(n)) out[p] = readFileSync(p, 'utf8');
  }
  return out;
}

const SETTLING = new Set(['replace-reference', 'set-exposure-internal', 'set-lifecycle-endoflife', 'set-testing-production-like', 'insert-rollback', 'insert-communicationPlan', 'insert-monitoring', 'insert-pilot', 'use-gearbox-api']);

describe('every quick fix offered on the examples', function () {
  this.timeout(60_000);
  for (const entry of EXAMPLES) {
    it(path.relative(path.resolve(ROOT, '..'), entry), async () => {
      const files = readTree(path.dirname(entry));
      const first = await lintLandscape(entry, memoryHost(files));
      const withFixes = first.findings.filter((f) => fixesOf(first, f).length);
      for (const finding of withFixes) {
        for (const fix of fixesOf(first, finding)) {
          const changed: Record<string, string> = { ...files };
          for (const file of new Set(fix.edits.map((e) => e.file))) {
            const before = files[file];
            const after = applyEdits(before, fix.edits.filter((e) => e.file === file));
            assert.equal(parseYaml(after).fatal, false, `${fix.title}: ${file} still parses`);
            for (const line of before.split('\n')) {
              const c = line.indexOf('#');
              if (c >= 0 && /^\s*#|\s#/.test(line)) assert.ok(after.includes(line.slice(line.indexOf('#', Math.max(0, c - 1)))), `${fix.title}: comment kept: ${line.trim()}`);
            }
            changed[file] = after;
          }
          if (!SETTLING.has(fix.kind)) continue;
          const second = await lintLandscape(entry, memoryHost(changed));
          const same = (f: Finding): boolean => f.rule === finding.rule && f.subject === finding.subject && JSON.stringify(f.related) === JSON.stringify(finding.related);
          assert.ok(second.findings.filter(same).length < first.findings.filter(same).length, `${fix.title} settles ${finding.rule} on ${finding.subject}`);
        }
      }
    });
  }

  it('the examples offer fixes at all', async () => {
    const entry = path.join(ROOT, 'examples', 'fjordbank', 'landscape.yaml');
    const r = await lintLandscape(entry, memoryHost(readTree(path.dirname(entry))));
    const kinds = new Set(r.findings.flatMap((f) => fixesOf(r, f).map((x) => x.kind)));
    assert.ok(kinds.size >= 3, [...kinds].join());
  });
});
