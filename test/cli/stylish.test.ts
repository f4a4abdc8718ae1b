/**
 * `--format stylish` aligns its columns per file as ESLint's stylish does: line numbers
 * right-aligned, then column, severity and message padded, so every message and every rule id
 * starts at the same column, with or without colour (issue 10 §5).
 */
import { strict as assert } from 'node:assert';
import { formatStylish } from '../../src/cli/formatters/stylish';
import type { EntryReport } from '../../src/cli/report-model';
import type { Finding } from '../../src/core/index';
import { ensureBuilt, landscape, workspace } from './cli-helpers';

// Findings on lines 8 to 16 (one and two digits), columns 5 to 17, all three severities.
const FILE = `apiVersion: landscape/v1
metadata: { asOf: 2025-10-01 }
owners: [{ id: cio, type: executive, role: CIO }]
systems:
  - id: a
    mode: mode1
    owner: cio
    dependsOn: [b]
    suppress:
      - { rule: no-shadow-it, reason: not shadow }
  - id: b
    mode: mode2
    owner: cio
  - id: c
    mode: mode1
    owner: nobody
`;

describe('stylish: aligned columns', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('line:column, severity, message and rule each start at one column per file', () => {
    const r = landscape(['lint', 's.yaml'], workspace({ 's.yaml': FILE }));
    assert.equal(r.code, 1);
    const rows = r.stdout.split('\n').slice(2, 7);
    const prefixes = rows.map((row) => /^ {2}[ \d]+:\d+ +\S+ +/.exec(row)![0]);
    assert.deepEqual(prefixes, [
      '   8:17  warning  ',
      '  10:9   info     ',
      '  13:5   warning  ',
      '  14:9   warning  ',
      '  16:12  error    ',
    ]);
    const rules = ['no-mode1-depends-on-mode2', 'core/unused-suppression', 'mode-owner-alignment', 'no-orphan-system', 'no-dangling-reference'];
    const ruleColumn = rows[0].length - rules[0].length;
    rows.forEach((row, i) => {
      assert.ok(row.endsWith(`  ${rules[i]}`), row);
      assert.equal(row.length - rules[i].length, ruleColumn, `rule id of row ${i + 1} starts at column ${ruleColumn}`);
      assert.match(row.slice(18, ruleColumn), /^\S.*\S {2,}$/, 'the message starts at column 18 and is padded up to the rule');
    });
    assert.equal(rows[4].slice(18, ruleColumn).trimEnd(), "owner of system 'c' refers to unknown owner 'nobody'.");
    assert.equal(r.stdout.split('\n').slice(7).join('\n'), '\n✖ 5 problems (1 error, 3 warnings, 1 info)\n');
  });

  it('pads per file: a file with only errors has no room for "warning"', () => {
    const f = (line: number, column: number, severity: Finding['severity'], message: string, rule: string): EntryReport['diagnostics'][number] => ({
      finding: { rule, severity, message, subject: null, related: [], file: '/x', span: { start: 0, end: 0 } },
      file: rule === 'r1' ? 'a.yaml' : 'b.yaml', line, column, endLine: line, endColumn: column, related: [],
    });
    const report: EntryReport = { entry: 'a.yaml', files: ['a.yaml', 'b.yaml'], summary: { error: 2, warn: 1, info: 0 }, diagnostics: [
      f(3, 1, 'error', 'short', 'r1'), f(120, 14, 'error', 'a longer message', 'r1'),
      f(2, 7, 'warn', 'w', 'r2'),
    ] };
    const plain = [...formatStylish([report], false)].join('');
    assert.equal(plain, [
      '',
      'a.yaml',
      '    3:1   error  short             r1',
      '  120:14  error  a longer message  r1',
      '',
      'b.yaml',
      '  2:7  warning  w  r2',
      '',
      '✖ 3 problems (2 errors, 1 warning, 0 infos)',
      '',
    ].join('\n'));
    // Colour codes take no room: without them the coloured report is the plain one.
    const coloured = [...formatStylish([report], true)].join('');
    assert.notEqual(coloured, plain);
    // eslint-disable-next-line no-control-regex -- it removes the terminal's colour codes (ESC [ … m)
    assert.equal(coloured.replace(/\u001b\[[\d;]*m/g, ''), plain);
  });
});
