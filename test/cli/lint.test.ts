import { strict as assert } from 'node:assert';
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { ensureBuilt, jsonReport, landscape, workspace, ROOT, type Manifest } from './cli-helpers';

const H = 'apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\n';
const OWNERS = 'owners:\n  - { id: cio, type: executive, role: CIO }\n  - { id: cto, type: executive, role: CTO }\n';
const CLEAN = `${H}${OWNERS}systems:\n  - { id: sap, mode: mode1, owner: cio, consumes: [shop-events] }\n  - { id: hub, mode: gearbox, owner: cio }\n  - { id: shop, mode: mode2, owner: cto, consumes: [shop-events] }\napis:\n  - { id: shop-events, provider: hub, type: asyncapi }\n`;
// One error (direct Mode 2 → Mode 1) on a line with non-ASCII text before it.
const ERR = `${H}${OWNERS}systems:\n  - { id: sap, mode: mode1, owner: cio, name: "SAP Jönköping 😀" }\n  - { id: shop, name: "Båt 😀", mode: mode2, owner: cto, consumes: [sap-api] }\napis:\n  - { id: sap-api, provider: sap, type: odata }\n`;
const WARN = `${H}${OWNERS}systems:\n  - { id: lonely, mode: mode2, owner: cto }\n`;

describe('landscape lint (built CLI)', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('exit 0 and no output for a clean landscape', () => {
    const ws = workspace({ 'landscape.yaml': CLEAN });
    const r = landscape(['lint', 'landscape.yaml'], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exit 1 on error findings; stylish output grouped by file with a summary', () => {
    const ws = workspace({ 'landscape.yaml': ERR });
    const r = landscape(['lint', 'landscape.yaml'], ws);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^\nlandscape\.yaml\n/);
    assert.match(r.stdout, /8:69 {2}error {2}Mode-2 system 'shop' consumes 'sap-api'.*no-direct-mode2-to-mode1/);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 infos\)/);
  });

  it('json: the SPEC §5.2 document with exact UTF-16 positions and relative paths', () => {
    const ws = workspace({ 'cases/bank/landscape.yaml': ERR });
    const r = landscape(['lint', '--format', 'json', 'cases/bank/landscape.yaml'], ws);
    assert.equal(r.code, 1);
    const doc = jsonReport(r.stdout);
    assert.equal(doc.version, 1);
    assert.equal(doc.results.length, 1);
    const res = doc.results[0];
    assert.equal(res.entry, 'cases/bank/landscape.yaml');
    assert.deepEqual(res.files, ['cases/bank/landscape.yaml']);
    assert.deepEqual(res.summary, { error: 1, warn: 0, info: 0 });
    const d = res.diagnostics[0];
    // "  - { id: shop, name: "Båt 😀", mode: mode2, owner: cto, consumes: [" is 68 UTF-16 units (😀 counts 2; 67 code points).
    assert.deepEqual({ ...d, message: undefined }, { rule: 'no-direct-mode2-to-mode1', severity: 'error', subject: 'shop', related: ['shop', 'sap-api', 'sap'], message: undefined, file: 'cases/bank/landscape.yaml', line: 8, column: 69, endLine: 8, endColumn: 76 });
  });

  it('github: workflow commands with escaped properties', () => {
    const ws = workspace({ 'landscape.yaml': ERR });
    const r = landscape(['lint', '--format', 'github', 'landscape.yaml'], ws);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error file=landscape\.yaml,line=8,col=69,endLine=8,endColumn=76,title=no-direct-mode2-to-mode1::Mode-2 system 'shop'/);
  });

  it('a finding inside a ruleset file (lint.extends) is placed at its line and column, in every format', () => {
    const ruleset = 'extends: recommended\nrules:\n  max-fan-out: warn\n  no-such-rule: error\n';
    const dir = workspace({ 'landscape.yaml': `${CLEAN.replace(H, `${H}lint: { extends: ./ruleset.yaml }\n`)}`, 'ruleset.yaml': ruleset });
    const stylish = landscape(['lint', 'landscape.yaml'], dir);
    assert.match(stylish.stdout, /^ruleset\.yaml\n\s+4:3\s+error\s+.*no-such-rule/m, stylish.stdout);
    const json = JSON.parse(landscape(['lint', 'landscape.yaml', '--format', 'json'], dir).stdout) as { results: { diagnostics: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }[] }[] };
    const d = json.results[0].diagnostics.find((x) => x.file === 'ruleset.yaml')!;
    assert.deepEqual([d.rule, d.line, d.column, d.endLine, d.endColumn], ['core/invalid-config', 4, 3, 4, 15]);
    assert.match(landscape(['lint', 'landscape.yaml', '--format', 'github'], dir).stdout, /^::error file=ruleset\.yaml,line=4,col=3,endLine=4,endColumn=15/m);
  });

  it('--max-warnings: warnings pass until there are too many', () => {
    const ws = workspace({ 'landscape.yaml': WARN });
    assert.equal(landscape(['lint', 'landscape.yaml'], ws).code, 0);
    assert.equal(landscape(['lint', 'landscape.yaml', '--max-warnings', '1'], ws).code, 0);
    const r = landscape(['lint', 'landscape.yaml', '--max-warnings', '0'], ws);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too many warnings/);
  });

  it('--as-of changes date-based results', () => {
    const ws = workspace({ 'landscape.yaml': `${H}${OWNERS}systems:\n  - { id: c, mode: mode2, owner: cto, endOfLife: 2026-01-31, consumes: [x] }\n  - { id: x-sys, mode: mode2, owner: cto }\napis: [{ id: x, provider: x-sys }]\n` });
    assert.equal(landscape(['lint', 'landscape.yaml'], ws).code, 0);
    const r = landscape(['lint', 'landscape.yaml', '--as-of', '2026-01-31', '--format', 'json'], ws);
    assert.equal(r.code, 1);
    assert.deepEqual(jsonReport(r.stdout).results[0].diagnostics.map((d) => d.rule), ['lifecycle-date-passed']);
    assert.equal(landscape(['lint', 'landscape.yaml', '--as-of', '2026-02-30'], ws).code, 2);
  });

  it('baseline: records current findings and reports only new ones', () => {
    const ws = workspace({ 'landscape.yaml': ERR });
    const u = landscape(['lint', 'landscape.yaml', '--baseline', 'known.json', '--update-baseline'], ws);
    assert.equal(u.code, 0, u.stderr);
    const baseline: unknown = JSON.parse(readFileSync(path.join(ws, 'known.json'), 'utf8'));
    assert.deepEqual(baseline, { version: 1, findings: [{ rule: 'no-direct-mode2-to-mode1', subject: 'shop', related: ['sap', 'sap-api', 'shop'], file: 'landscape.yaml' }] });
    assert.equal(landscape(['lint', 'landscape.yaml', '--baseline', 'known.json'], ws).code, 0);
    // A new violation on top of the recorded one is still reported.
    const more = ERR.replace('apis:', '  - { id: app, mode: mode2, owner: cto, consumes: [sap-api] }\napis:');
    const ws2 = workspace({ 'landscape.yaml': more, 'known.json': readFileSync(path.join(ws, 'known.json'), 'utf8') });
    const r = landscape(['lint', 'landscape.yaml', '--baseline', 'known.json', '--format', 'json'], ws2);
    assert.equal(r.code, 1);
    assert.deepEqual(jsonReport(r.stdout).results[0].diagnostics.map((d) => d.subject), ['app']);
  });

  it('exit 2 on fatal input, bad usage and unreadable files — never a stack trace', () => {
    const cases: [Record<string, string | Buffer>, string[]][] = [
      [{ 'landscape.yaml': `${H}systems: [\n` }, ['lint', 'landscape.yaml']],
      [{ 'landscape.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, ['lint', 'landscape.yaml']],
      [{ 'landscape.yaml': '' }, ['lint', 'landscape.yaml']],
      [{ 'landscape.yaml': `${H}x-deep: ${'['.repeat(10000)}${']'.repeat(10000)}\n` }, ['lint', 'landscape.yaml']],
      [{ 'landscape.yaml': `${H}imports: [./missing.yaml]\n` }, ['lint', 'landscape.yaml']],
      [{ 'landscape.yaml': `${H}lint: { rules: { no-such-rule: error } }\n` }, ['lint', 'landscape.yaml']],
      [{ 'landscape.yaml': CLEAN }, ['lint', 'nope.yaml']],
      [{ 'landscape.yaml': CLEAN }, ['lint', '--format', 'xml', 'landscape.yaml']],
      [{ 'landscape.yaml': CLEAN }, ['lint', '--bogus', 'landscape.yaml']],
      [{ 'landscape.yaml': CLEAN }, ['lint']],
      [{ 'landscape.yaml': CLEAN }, ['frobnicate']],
    ];
    for (const [files, args] of cases) {
      const r = landscape(args, workspace(files));
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at .*\(.*:\d+:\d+\)/, 'no stack trace');
    }
  });

  it('is deterministic: same output twice, sorted by file then position', () => {
    const ws = workspace({
      'landscape.yaml': `${H}imports: [./b.yaml, ./a.yaml]\n${OWNERS}`,
      'a.yaml': 'apiVersion: landscape/v1\nsystems:\n  - { id: a1, mode: mode2, owner: cto }\n  - { id: a2, mode: mode2, owner: cto }\n',
      'b.yaml': 'apiVersion: landscape/v1\nsystems:\n  - { id: b1, mode: mode2, owner: cto }\n',
    });
    const one = landscape(['lint', '--format', 'json', 'landscape.yaml'], ws).stdout;
    const two = landscape(['lint', '--format', 'json', 'landscape.yaml'], ws).stdout;
    assert.equal(one, two);
    const ds = jsonReport(one).results[0].diagnostics.map((d) => `${d.file}:${d.line}`);
    assert.deepEqual(ds, ['a.yaml:3', 'a.yaml:4', 'b.yaml:3']);
    assert.deepEqual(jsonReport(one).results[0].files, ['landscape.yaml', 'b.yaml', 'a.yaml']);
  });

  it('one result per entry given', () => {
    const ws = workspace({ 'one/landscape.yaml': CLEAN, 'two/landscape.yaml': WARN });
    const doc = jsonReport(landscape(['lint', '--format', 'json', 'one/landscape.yaml', 'two/landscape.yaml'], ws).stdout);
    assert.deepEqual(doc.results.map((r) => [r.entry, r.summary]), [['one/landscape.yaml', { error: 0, warn: 0, info: 0 }], ['two/landscape.yaml', { error: 0, warn: 1, info: 0 }]]);
  });

  it('sarif validates with the official SARIF validator (no error results)', function () {
    this.timeout(180_000);
    const ws = workspace({ 'landscape.yaml': ERR, 'fragment.yaml': 'apiVersion: landscape/v1\n' });
    const r = landscape(['lint', '--format', 'sarif', 'landscape.yaml', '-o', 'out.sarif'], ws);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(readFileSync(path.join(ws, 'out.sarif'), 'utf8')) as Sarif.Log;
    assert.equal(log.version, '2.1.0');
    const result = log.runs[0].results![0];
    assert.equal(result.ruleId, 'no-direct-mode2-to-mode1');
    assert.equal(log.runs[0].tool.driver.rules![result.ruleIndex!].id, result.ruleId);
    assert.deepEqual(result.locations![0].physicalLocation!.region, { startLine: 8, startColumn: 69, endLine: 8, endColumn: 76 });
    assert.deepEqual(result.relatedLocations!.map((l) => l.message!.text), ["'shop' is defined here", "'sap-api' is defined here", "'sap' is defined here"]);
    const tool = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
    assert.ok(existsSync(tool), 'the SARIF multitool is installed');
    const v = spawnSync(tool, ['validate', path.join(ws, 'out.sarif'), '-o', path.join(ws, 'report.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.equal(v.status, 0, v.stdout + v.stderr);
    const report = JSON.parse(readFileSync(path.join(ws, 'report.sarif'), 'utf8')) as Sarif.Log;
    const errors = report.runs.flatMap((run) => run.results ?? []).filter((x) => x.level === 'error');
    assert.deepEqual(errors, []);
  });
});

describe('landscape init, --help, --version', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('init writes a starter that lints clean, and refuses to overwrite', () => {
    const ws = workspace({});
    const r = landscape(['init', 'new'], ws);
    assert.equal(r.code, 0, r.stderr);
    const lint = landscape(['lint', 'new/landscape.yaml', '--max-warnings', '0'], ws);
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.equal(landscape(['init', 'new'], ws).code, 2);
  });

  it('--version prints the package version; --help the usage', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    assert.equal(landscape(['--version'], ROOT).stdout.trim(), pkg.version);
    const help = landscape(['--help'], ROOT);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /landscape lint \[options\] <entry\.yaml>\.\.\./);
    assert.match(help.stdout, /landscape render \[options\] <entry\.yaml>/);
    assert.match(help.stdout, /-f, --format svg\|html\|mermaid\|json/);
  });

  it("<command> --help prints that command's options (exit 0); an unknown option is bad usage (exit 2), with a did-you-mean", () => {
    const help = landscape(['lint', '--help'], ROOT);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: landscape lint \[options\] <entry\.yaml>\.\.\.\n/);
    assert.match(help.stdout, /^ {6}--as-of <YYYY-MM-DD> +"today" for date-based rules/m);
    const bad = landscape(['lint', '--as-off', '2026-01-01', 'landscape.yaml'], ROOT);
    assert.deepEqual(bad, { code: 2, stdout: '', stderr: "landscape lint: unknown option '--as-off'; did you mean '--as-of'?\nRun 'landscape lint --help' for usage.\n" });
  });
});
