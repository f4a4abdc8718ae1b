/**
 * The "Architecture invariant" lines of src/README.md that no other test or dependency-cruiser
 * rule checks, checked here on the source and on the engine; and the notes themselves: every
 * module has its invariants, and every file they name exists.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { lintLandscape, memoryHost, RULES_BY_ID, type Rule } from '../../../src/core/index';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Source without comments, so a comment may name what the code must not do. */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const rel = (f: string): string => path.relative(ROOT, f).split(path.sep).join('/');

/** `file: text` for every match of `pattern` in the given files' code. */
function uses(list: string[], pattern: RegExp): string[] {
  return list.flatMap((f) => [...code(f).matchAll(new RegExp(pattern.source, 'g'))].map((m) => `${rel(f)}: ${m[0]}`));
}

describe('architecture invariants of src/README.md', () => {
  describe('the notes', () => {
    const readme = readFileSync(path.join(SRC, 'README.md'), 'utf8');
    const notes = readme.slice(readme.indexOf('## Modules and their architecture invariants'));

    it('every module has its "Architecture invariant" lines', () => {
      const sections = notes.split(/^### /m).slice(1).map((s) => ({ title: s.slice(0, s.indexOf('\n')), invariants: s.match(/^\*\*Architecture invariant:\*\*/gm)?.length ?? 0 }));
      const titles = sections.map((s) => s.title);
      for (const m of ['core/parse', 'core/schema', 'core/model', 'core/load', 'core/config', 'core/rules', 'core/lint', 'core/diagram', 'cli', 'language-service', 'server', 'extension', 'webview']) {
        assert.ok(titles.includes(`\`${m}\``), `a section for ${m} (have: ${titles.join(', ')})`);
      }
      assert.deepEqual(sections.filter((s) => s.invariants === 0).map((s) => s.title), []);
    });

    it('every file and test they name exists', () => {
      const named = [...notes.matchAll(/`((?:src|test|scripts|schemas)\/[^`\s]+|[\w./-]+\.(?:ts|cjs|mjs))`/g)].map((m) => m[1]);
      assert.ok(named.length > 20, named.join(', '));
      const candidates = (p: string): string[] => [p, `src/${p}`, `src/core/${p}`, `src/core/diagram/${p}`, `src/core/rules/${p}`, `src/core/lint/${p}`, `src/core/util/${p}`, `src/core/parse/${p}`, `src/core/model/${p}`, `src/core/schema/${p}`, `src/core/interop/${p}`, `src/core/review/${p}`, `src/node/${p}`, `src/cli/${p}`, `src/extension/${p}`, `src/language-service/${p}`, `src/server/${p}`];
      assert.deepEqual(named.filter((p) => !candidates(p).some((c) => existsSync(path.join(ROOT, c)))), []);
    });
  });

  it('a rule sees only the landscape, its options and texts: it imports nothing of the loader, the host, the configuration, the schema or the engine', () => {
    const allowed = /^(\.\/|\.\.\/(model|parse|util)\/|\.\.\/types$)/;
    const bad = files(path.join(SRC, 'core', 'rules')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]).filter((i) => !allowed.test(i)).map((i) => `${rel(f)} imports ${i}`),
    );
    assert.deepEqual(bad, []);
  });

  it('the core reads no clock outside util/dates.ts, and performance.now() only to time phases for profile', () => {
    const core = files(path.join(SRC, 'core')).filter((f) => !f.includes(`${path.sep}vendor${path.sep}`));
    assert.deepEqual(uses(core.filter((f) => rel(f) !== 'src/core/util/dates.ts'), /\bDate\.now\(|\bnew Date\(|\bMath\.random\(/), []);
    assert.deepEqual(uses(core, /\bperformance\.now\(/).map((u) => u.slice(0, u.indexOf(':'))), ['src/core/lint/engine.ts', 'src/core/lint/engine.ts'], 'the profile timer of the engine only');
  });

  it('the webview never parses markup: no innerHTML, outerHTML, insertAdjacentHTML, DOMParser or document.write', () => {
    assert.deepEqual(uses(files(path.join(SRC, 'webview')), /\b(innerHTML|outerHTML|insertAdjacentHTML|DOMParser|createContextualFragment|document\.write)\b/), []);
  });

  it('the extension host never lints: the extension is a client of the language server', () => {
    const callers = files(path.join(SRC, 'extension')).filter((f) => /\blintLandscape\s*\(|\bloadLandscape\s*\(/.test(code(f))).map(rel);
    assert.deepEqual(callers, []);
  });

  it("only the server's lint service lints the workspace, the review requests git revisions; the language service never lints", () => {
    const callers = [...files(path.join(SRC, 'server')), ...files(path.join(SRC, 'language-service'))].filter((f) => /\blintLandscape\s*\(/.test(code(f))).map(rel);
    assert.deepEqual(callers, ['src/server/history.ts', 'src/server/lint-workspace.ts', 'src/server/review.ts']);
  });

  it('a rule that throws becomes one core/internal finding, and the other rules still run', async () => {
    const crashing: Rule<unknown> = {
      ...RULES_BY_ID.get('require-owner')!,
      check: () => {
        throw new Error('boom');
      },
    };
    const orphan = RULES_BY_ID.get('no-orphan-system')!;
    const r = await lintLandscape('/ws/landscape.yaml', memoryHost({ '/ws/landscape.yaml': 'apiVersion: landscape/v1\nsystems:\n  - { id: lonely, mode: mode2 }\n' }), { rules: [crashing, orphan], today: '2026-01-01' });
    assert.deepEqual(r.findings.map((f) => [f.rule, f.subject, f.message]), [
      ['core/internal', null, 'Rule require-owner crashed and was skipped: boom. Please report this.'],
      ['no-orphan-system', 'lonely', r.findings.find((f) => f.rule === 'no-orphan-system')?.message],
    ]);
  });
});
