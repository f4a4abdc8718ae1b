/**
 * A reader that stops early (`landscape lint … | head -c 1`) closes the pipe. The CLI must end
 * quietly: no "write EPIPE … Unhandled 'error' event" and no stack trace, for every lint format
 * and for render to stdout; the exit code stays the command's own (seen through pipefail).
 * Each report is far larger than a pipe's buffer (64 KB), so the CLI is still writing when
 * `head` exits: the closed pipe is certain, not a race.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CLI, ensureBuilt, workspace } from './cli-helpers';

/** 1,000 systems without an owner: an error and a warning each, megabytes in every format. */
function manyFindings(): string {
  const lines = ['apiVersion: landscape/v1', 'metadata: { asOf: 2025-10-01 }', 'systems:'];
  for (let i = 0; i < 1000; i++) lines.push(`  - { id: sys-${i}, mode: mode1 }`);
  return `${lines.join('\n')}\n`;
}

/** 200 clean systems in a ring, with long names (below the size where the diagram collapses into groups): over 100 KB in every format. */
function bigDiagram(): string {
  const lines = ['apiVersion: landscape/v1', 'metadata: { asOf: 2025-10-01 }', 'owners: [{ id: cio, type: executive, role: CIO }]', 'systems:'];
  const long = 'a system whose display name goes on and on '.repeat(12);
  for (let i = 0; i < 200; i++) {
    const deps = [1, 2].map((d) => `system-${(i + d) % 200}`).join(', ');
    lines.push(`  - { id: system-${i}, name: ${long}${i}, mode: mode1, owner: cio, dependsOn: [${deps}] }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `landscape <args> | head -c 1` in bash with pipefail: what the user sees and the CLI's exit code. */
function piped(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${quoted} | head -c 1`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a closed stdout pipe ends the CLI quietly (built CLI)', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    ensureBuilt();
    dir = workspace({ 'landscape.yaml': manyFindings(), 'diagram.yaml': bigDiagram() });
  });

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    it(`lint --format ${format} | head -c 1: one byte, nothing on stderr, exit 1 (the findings' code)`, () => {
      const r = piped(['lint', '--format', format, 'landscape.yaml'], dir);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout.length, 1);
      assert.equal(r.stdout, format === 'json' || format === 'sarif' ? '{' : format === 'github' ? ':' : '\n');
      assert.equal(r.code, 1);
    });
  }

  for (const format of ['svg', 'html', 'mermaid', 'json']) {
    it(`render --format ${format} | head -c 1: one byte, nothing on stderr, exit 0`, () => {
      const r = piped(['render', '--format', format, path.join(dir, 'diagram.yaml')], dir);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout.length, 1);
      assert.equal(r.code, 0);
    });
  }
});
