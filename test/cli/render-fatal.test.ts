/**
 * `landscape render` on input with a fatal (core/* error) finding: it writes no diagram, which
 * would look valid while leaving out a file or a value, and prints the fatal findings to
 * stderr in lint's stylish format, then exits 2 (issue 10 §5).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, landscape, workspace } from './cli-helpers';

const H = 'apiVersion: landscape/v1\nmetadata: { asOf: 2025-10-01 }\n';
// Line 6: 'owner' is indented 3 spaces, between the item's keys (4) and the list (2).
const SYNTAX = `${H}systems:\n  - id: a\n    mode: mode1\n   owner: x\n`;
// Line 8 repeats 'mode': YAML keeps the first, so a diagram would show a Mode 1 system.
const DUP_KEY = `${H}owners: [{ id: cio, type: executive, role: CIO }]\nsystems:\n  - id: a\n    mode: mode1\n    owner: cio\n    mode: mode2\n`;
const NOTHING = /^landscape render: nothing written: fix the error above first \(landscape lint shows every finding\)\.\n$/m;

describe('landscape render on fatal input (built CLI)', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  for (const format of ['svg', 'html', 'mermaid', 'json']) {
    it(`a syntax error: no ${format} written, lint's stylish report on stderr, exit 2`, () => {
      const dir = workspace({ 'bad.yaml': SYNTAX });
      const r = landscape(['render', 'bad.yaml', '--format', format, '-o', `bad.${format}`], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(existsSync(path.join(dir, `bad.${format}`)), false, 'no diagram file');
      const lint = landscape(['lint', 'bad.yaml'], dir);
      assert.equal(lint.code, 2);
      assert.equal(lint.stdout, [
        '',
        'bad.yaml',
        "  6:4  error  This line is indented 3 spaces, which lines up with no key above it: indent it 4 spaces to line up with 'mode' on line 5, or 0 spaces to line up with 'systems' on line 3.  core/yaml-syntax",
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 infos)',
        '',
      ].join('\n'));
      assert.equal(r.stderr, `${lint.stdout}landscape render: nothing written: fix the error above first (landscape lint shows every finding).\n`);
    });
  }

  it('a syntax error, to stdout: nothing on stdout', () => {
    const dir = workspace({ 'bad.yaml': SYNTAX });
    const r = landscape(['render', 'bad.yaml'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /core\/yaml-syntax/);
    assert.match(r.stderr, NOTHING);
  });

  it('a duplicate key: only the fatal finding is printed, and an older diagram at -o is left as it was', () => {
    const dir = workspace({ 'landscape.yaml': DUP_KEY, 'old.svg': '<svg>older</svg>' });
    const r = landscape(['render', 'landscape.yaml', '-o', 'old.svg'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(path.join(dir, 'old.svg'), 'utf8'), '<svg>older</svg>');
    const lines = r.stderr.split('\n');
    assert.equal(lines[1], 'landscape.yaml');
    assert.equal(lines[2], "  8:5  error  Duplicate key 'mode' in this mapping, first defined on line 6: YAML allows each key once, so this one is ignored. Remove one of them.  core/schema");
    assert.equal(lines[3], '');
    assert.equal(lines[4], '✖ 1 problem (1 error, 0 warnings, 0 infos)');
    assert.match(r.stderr, NOTHING);
    assert.doesNotMatch(r.stderr, /no-orphan-system/, 'rule findings are lint\'s business');
  });

  it('warnings and rule errors do not stop it: the diagram is written, exit 0', () => {
    const dir = workspace({ 'landscape.yaml': `${H}systems:\n  - { id: a, mode: mode1 }\n` });
    const r = landscape(['render', 'landscape.yaml', '-o', 'd.svg'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(path.join(dir, 'd.svg'), 'utf8'), /<\/svg>\n$/);
    assert.equal(r.stderr, 'Wrote d.svg (1 systems, 0 dependencies).\n');
  });

  it('a syntax error in an imported fragment stops it too, reported in the fragment at the unclosed brace', () => {
    const dir = workspace({ 'landscape.yaml': `${H}imports: [./part.yaml]\nsystems: []\n`, 'part.yaml': 'apiVersion: landscape/v1\nsystems:\n  - { id: a, mode: mode1\n' });
    const r = landscape(['render', 'landscape.yaml', '-o', 'd.svg'], dir);
    assert.equal(r.code, 2);
    assert.equal(existsSync(path.join(dir, 'd.svg')), false);
    assert.match(r.stderr, /^\npart\.yaml\n {2}3:5 {2}error {2}This '\{' is never closed: add the closing '\}' after the last entry of the \{ \} mapping\. {2}core\/yaml-syntax\n/);
  });
});
