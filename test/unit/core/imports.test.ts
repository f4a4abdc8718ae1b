import { strict as assert } from 'node:assert';
import { loadLandscape, memoryHost } from '../../../src/core/index';
import { lintFiles } from '../../helpers/lint-snippet';

const H = 'apiVersion: landscape/v1\n';
const sys = (id: string): string => `systems:\n  - { id: ${id}, mode: mode2, owner: t }\n`;

describe('imports (SPEC §2.5)', () => {
  it('loads depth-first pre-order, each file once; diamond and cyclic imports are harmless', async () => {
    const files = {
      '/ws/landscape.yaml': `${H}imports: [./a.yaml, ./b.yaml]\n`,
      '/ws/a.yaml': `${H}imports: [./c.yaml]\n${sys('a')}`,
      '/ws/b.yaml': `${H}imports: [./c.yaml, ./landscape.yaml]\n${sys('b')}`,
      '/ws/c.yaml': `${H}imports: [./a.yaml]\n${sys('c')}`,
    };
    const r = await loadLandscape('/ws/landscape.yaml', memoryHost(files));
    assert.deepEqual(r.files.map((f) => f.path), ['/ws/landscape.yaml', '/ws/a.yaml', '/ws/c.yaml', '/ws/b.yaml']);
    assert.deepEqual(r.findings, []);
  });

  it('expands globs in lexical order', async () => {
    const files = {
      '/ws/landscape.yaml': `${H}imports: ["./systems/*.yaml"]\n`,
      '/ws/systems/b.yaml': `${H}${sys('b')}`,
      '/ws/systems/a.yaml': `${H}${sys('a')}`,
      '/ws/systems/notes.txt': 'x',
      '/ws/systems/deep/c.yaml': `${H}${sys('c')}`,
    };
    const r = await loadLandscape('/ws/landscape.yaml', memoryHost(files));
    assert.deepEqual(r.files.map((f) => f.path), ['/ws/landscape.yaml', '/ws/systems/a.yaml', '/ws/systems/b.yaml']);
  });

  it('reports a missing import at the import entry, and a glob matching nothing', async () => {
    const text = `${H}imports:\n  - ./org.yaml\n  - ./missing.yaml\n  - ./none/*.yaml\n`;
    const r = await loadLandscape('/ws/landscape.yaml', memoryHost({ '/ws/landscape.yaml': text, '/ws/org.yaml': H }));
    assert.deepEqual(r.findings.map((f) => [f.rule, text.slice(f.span.start, f.span.end)]), [
      ['core/import-not-found', './missing.yaml'],
      ['core/import-not-found', './none/*.yaml'],
    ]);
    assert.match(r.findings[0].message, /not found/);
  });

  it('refuses an import outside the entry folder unless allowed', async () => {
    const text = `${H}imports: [../shared/org.yaml]\n`;
    const files = { '/ws/app/landscape.yaml': text, '/ws/shared/org.yaml': `${H}${sys('x')}` };
    const refused = await loadLandscape('/ws/app/landscape.yaml', memoryHost(files));
    assert.equal(refused.findings.length, 1);
    assert.equal(refused.findings[0].rule, 'core/import-not-found');
    assert.match(refused.findings[0].message, /leaves the folder/);
    assert.equal(text.slice(refused.findings[0].span.start, refused.findings[0].span.end), '../shared/org.yaml');
    assert.equal(refused.files.length, 1);
    const allowed = await loadLandscape('/ws/app/landscape.yaml', memoryHost(files), { allowImportsOutsideRoot: true });
    assert.deepEqual(allowed.findings, []);
    assert.equal(allowed.files.length, 2);
  });

  it('merges all files into one id space: references resolve across files, first occurrence wins', async () => {
    const files = {
      '/ws/landscape.yaml': `${H}imports: [./mode1.yaml, ./mode2.yaml]\nowners: [{ id: t, type: team }]\n`,
      '/ws/mode1.yaml': `${H}systems:\n  - { id: sap, mode: mode1, owner: t }\napis:\n  - { id: sap-api, provider: sap, type: odata }\n`,
      '/ws/mode2.yaml': `${H}systems:\n  - { id: shop, mode: mode2, owner: t, consumes: [sap-api] }\n  - { id: sap, mode: mode2, owner: t }\n`,
    };
    const r = await lintFiles(files);
    const l = r.landscape;
    assert.equal(l.systemById.get('sap')!.mode, 'mode1');
    assert.equal(l.systemById.get('sap')!.file, '/ws/mode1.yaml');
    assert.deepEqual(l.graph.out.get('shop')!.map((e) => [e.to, e.via, e.interaction]), [['sap', 'sap-api', 'sync']]);
    const dup = r.findings.filter((f) => f.rule === 'no-duplicate-id');
    assert.equal(dup.length, 1);
    assert.equal(dup[0].file, '/ws/mode2.yaml');
  });

  it('reads lint from the entry only: a fragment\'s lint block is ignored', async () => {
    const files = {
      '/ws/landscape.yaml': `${H}imports: [./frag.yaml]\n`,
      '/ws/frag.yaml': `${H}lint: { extends: none }\nsystems:\n  - { id: lonely, mode: mode2 }\n`,
    };
    const r = await lintFiles(files);
    assert.ok(r.findings.some((f) => f.rule === 'require-owner' && f.subject === 'lonely'));
  });
});
