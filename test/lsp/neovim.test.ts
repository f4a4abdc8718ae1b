/**
 * A real second editor: Debian's Neovim (0.7, installed by scripts/ensure-test-env.sh), headless,
 * with its built-in LSP client started on `landscape lsp --stdio` by test/lsp/nvim.lua. Through
 * Neovim's own client it reads the diagnostics of a fragment (the same as `landscape lint`'s), a
 * hover, a definition in another file, and a rename it applies and writes to disk.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, jsonReport, landscape } from '../cli/cli-helpers';
import { copyOf, ROOT, uriOf } from './lsp-client';

interface NvimResult {
  error?: string;
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; source: string; code: string }[];
  hover: { contents: { kind: string; value: string }; range: unknown };
  definition: { uri: string; range: unknown };
  renamed: string;
}

describe('Neovim (headless, its built-in LSP client) against landscape lsp --stdio', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('gets the diagnostics, a hover, a definition and a rename', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, 'nvim is missing: run scripts/ensure-test-env.sh (it installs Debian\'s neovim)');
    const dir = copyOf('examples/fjordbank');
    const out = path.join(dir, 'nvim-results.json');
    const cli = jsonReport(landscape(['lint', 'landscape.yaml', '--format', 'json'], dir).stdout).results[0].diagnostics.filter((d) => d.file === 'systems/mode2.yaml');
    const mode2 = path.join(dir, 'systems', 'mode2.yaml');
    const env = { ...process.env, LANDSCAPE_NODE: process.execPath, LANDSCAPE_CLI: path.join(ROOT, 'dist', 'cli.js'), LANDSCAPE_ROOT: dir, LANDSCAPE_FILE: mode2, LANDSCAPE_OUT: out, NODE_OPTIONS: '', XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir };
    const r = spawnSync('nvim', ['--headless', '-u', path.join(ROOT, 'test', 'lsp', 'nvim.lua'), '-c', 'lua LandscapeTest()', '-c', 'qa!'], { cwd: dir, env, encoding: 'utf8', timeout: 100_000 });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(got.error, undefined);

    // Neovim's diagnostics (0-based) are landscape lint's (1-based) for the file (before the rename).
    assert.deepEqual(
      got.diagnostics.map((d) => [d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1, ['', 'error', 'warn', 'info'][d.severity], d.code, d.message, d.source]),
      cli.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.rule, d.message, 'landscape']),
    );
    assert.equal(got.diagnostics.length, 7);

    assert.equal(got.hover.contents.kind, 'markdown');
    assert.match(got.hover.contents.value, /^\*\*system `mobile-bank`\*\* — Mobile bank backend\n\n- mode: mode2\n- owner: team-mobile\n/);
    assert.deepEqual(got.hover.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 19 } });
    assert.deepEqual(got.definition, { uri: uriOf(path.join(dir, 'systems', 'mode1.yaml')), range: { start: { line: 34, character: 10 }, end: { line: 34, character: 25 } } });

    // The rename, applied by Neovim to both files and written.
    assert.equal(got.renamed, '    consumes: [balance-api, payment-events, offers-api, card-limits-v1]');
    assert.equal(readFileSync(mode2, 'utf8').split('\n')[10], got.renamed);
    assert.equal(readFileSync(path.join(dir, 'systems', 'mode1.yaml'), 'utf8').split('\n')[34], '  - { id: card-limits-v1,    provider: card-system,  type: soap, lifecycle: phaseOut, successor: card-limits-v2 }');
  });
});
