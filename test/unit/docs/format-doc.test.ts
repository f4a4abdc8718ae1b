/**
 * docs/format.md, the format reference shipped with the product: its generated field tables
 * match the JSON Schema (stale = fail), every mapping of the schema has a table, and every
 * YAML example in the docs reads without a format (core/*) finding when the engine lints it.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LANDSCAPE_SCHEMA, lintLandscape, memoryHost } from '../../../src/core/index';
import { formatDoc } from '../../../scripts/gen-docs';
import { mappingPaths, type Schema } from '../../../scripts/format-tables';
import { codeBlocks } from '../../helpers/markdown';

const ROOT = path.resolve(__dirname, '../../..');
const FORMAT = path.join(ROOT, 'docs', 'format.md');
const schema = (): Schema => JSON.parse(JSON.stringify(LANDSCAPE_SCHEMA)) as Schema;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

describe('docs/format.md', () => {
  const current = readFileSync(FORMAT, 'utf8');

  it('is up to date with the schema and the rule metadata (run npm run docs when this fails)', () => {
    assert.equal(formatDoc(current), current);
  });

  it('goes stale when a schema description, default or enum changes', () => {
    const changed = schema();
    const systems = (changed.properties!.systems.items as Schema).properties!;
    systems.mode.description = 'Changed for the test.';
    assert.notEqual(formatDoc(current, changed), current);
    const withDefault = schema();
    (withDefault.properties!.rollouts.items as Schema).properties!.status.default = 'done';
    assert.match(formatDoc(current, withDefault), /\| `status` \| string \| `done` \|/);
    const withValue = schema();
    (withValue.properties!.systems.items as Schema).properties!.mode.enum!.push('mode3');
    assert.match(formatDoc(current, withValue), /`gearbox`, `mode3`/);
  });

  it('has a field table for every mapping of the schema, and refuses to drop one', () => {
    for (const p of mappingPaths(schema())) assert.ok(current.includes(`<!-- fields:${p} `), `no table for ${p}`);
    const withoutSecurity = current.replace(/<!-- fields:systems\[\]\.security [\s\S]*?<!-- \/fields -->/, '');
    assert.throws(() => formatDoc(withoutSecurity), /no field table for systems\[\]\.security/);
    const withNewSection = schema();
    withNewSection.properties!.contracts = { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } };
    assert.throws(() => formatDoc(current, withNewSection), /no field table for contracts\[\]/);
  });

  it('documents every field with its type and its default', () => {
    assert.match(current, /\| `lifecycle` \| string \| `active` \| `plan`, `phaseIn`, `active`, `phaseOut`, `endOfLife` \|/);
    assert.match(current, /\| `interaction` \| string \| `sync` \| `sync`, `async` \| Timing of this dependency/);
    assert.match(current, /\| `consumes` \| list of api ids or mappings \|/);
    // Each value of an enum with what it means (the schema's markdownEnumDescriptions).
    assert.match(current, /\| `mode` \| string, \*\*required\*\* \| {2}\| `mode1`, `mode2`, `gearbox` \| [^|]*<br>`mode1`: \*\*Mode 1\*\*, a system of record: [^|]*<br>`gearbox`: \*\*Gearbox\*\*, the integration layer [^|]*\|/);
    assert.match(current, /\| `provider` \| system id, \*\*required\*\* \|/);
    assert.match(current, /\| `id` \| id, \*\*required\*\* \|/);
    assert.match(current, /\| \[`max-fan-out`\]\(rules\/max-fan-out\.md\) \| warn \| `max: 7`, `ignoreModes: \["gearbox"\]` \|/);
  });
});

/** Keys a landscape file starts with: a YAML block that starts otherwise (a CI step, a JSON report) is no landscape. */
const LANDSCAPE_START = /^(apiVersion|kind|metadata|imports|lint|owners|domains|systems|apis|dataStores|rollouts|x-[\w-]*):/;

/** Whether a YAML block is (part of) a landscape file: its first line that is no comment starts with a top-level key. */
export function isLandscapeYaml(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  return first !== undefined && LANDSCAPE_START.test(first);
}

/**
 * The ```yaml landscape blocks of a document, linted. A block starting with `# file: <path>` is
 * a file of the document's one multi-file example: those blocks form a folder, and each entry
 * file among them (kind: Landscape) is linted with the others beside it. Any other block is
 * linted alone, with the `apiVersion` line snippets leave out.
 */
async function formatFindings(doc: string): Promise<string[]> {
  const problems: string[] = [];
  const blocks = codeBlocks(readFileSync(doc, 'utf8')).filter((b) => b.lang === 'yaml');
  const named = new Map<string, { text: string; line: number }>();
  for (const b of blocks) {
    const name = /^# file: (\S+)/.exec(b.text)?.[1];
    if (name) {
      named.set(`/example/${name}`, { text: b.text, line: b.line });
      continue;
    }
    if (!isLandscapeYaml(b.text)) continue;
    const text = /^apiVersion:/m.test(b.text) ? b.text : `apiVersion: landscape/v1\n${b.text}`;
    const r = await lintLandscape('/snippet/landscape.yaml', memoryHost({ '/snippet/landscape.yaml': text }), { today: '2026-02-01' });
    for (const f of r.findings.filter((x) => x.rule.startsWith('core/'))) problems.push(`line ${b.line}: ${f.rule}: ${f.message}`);
  }
  const files = Object.fromEntries([...named].map(([p, b]) => [p, b.text]));
  const loaded = new Set<string>();
  for (const [p, b] of named) {
    if (!/^kind: Landscape$/m.test(b.text)) continue;
    const r = await lintLandscape(p, memoryHost(files), { today: '2026-02-01' });
    for (const f of r.files) loaded.add(f.path);
    for (const f of r.findings.filter((x) => x.rule.startsWith('core/'))) problems.push(`line ${b.line} (${p}): ${f.rule} in ${f.file}: ${f.message}`);
  }
  for (const [p, b] of named) {
    if (/^apiVersion:/m.test(b.text) && !loaded.has(p)) problems.push(`line ${b.line}: ${p} is imported by no entry file of the example`);
  }
  return problems;
}

describe('YAML examples in the docs', () => {
  const docs = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))];

  for (const doc of docs) {
    it(`${path.relative(ROOT, doc)}: every yaml example lints without a core/* finding`, async () => {
      assert.deepEqual(await formatFindings(doc), []);
    });
  }

  it('docs/format.md has examples, all of them landscape files, a multi-file one among them', () => {
    const blocks = codeBlocks(readFileSync(FORMAT, 'utf8')).filter((b) => b.lang === 'yaml');
    assert.ok(blocks.length >= 15, `${blocks.length} yaml blocks`);
    assert.deepEqual(blocks.filter((b) => !b.text.startsWith('# file: ') && !isLandscapeYaml(b.text)).map((b) => b.line), []);
    assert.ok(blocks.filter((b) => b.text.startsWith('# file: ')).length >= 3);
  });

  it('the complete examples of docs/format.md (the small file, the one in several files) have no finding at all', async () => {
    const blocks = codeBlocks(readFileSync(FORMAT, 'utf8')).filter((b) => b.lang === 'yaml');
    const small = blocks[0].text;
    assert.match(small, /^apiVersion: landscape\/v1\nkind: Landscape\n/);
    const one = await lintLandscape('/small/landscape.yaml', memoryHost({ '/small/landscape.yaml': small }));
    assert.deepEqual(one.findings.map((f) => `${f.rule}: ${f.message}`), []);
    const files = Object.fromEntries(blocks.filter((b) => b.text.startsWith('# file: ')).map((b) => [`/split/${/^# file: (\S+)/.exec(b.text)![1]}`, b.text]));
    const split = await lintLandscape('/split/landscape.yaml', memoryHost(files));
    assert.deepEqual(split.findings.map((f) => `${f.rule}: ${f.message}`), []);
    assert.equal(split.files.length, 5);
  });

  it('tells landscape examples from other YAML', () => {
    assert.ok(isLandscapeYaml('# a comment\nsystems:\n  - { id: a, mode: mode1 }'));
    assert.ok(isLandscapeYaml('lint:\n  extends: strict'));
    assert.ok(!isLandscapeYaml('- run: npx landscape lint landscape.yaml --format github'));
    assert.ok(!isLandscapeYaml('on: [push]\njobs: {}'));
  });

  it('catches an example with a format error, alone or as a fragment', async function () {
    const bad = path.join(tmpdir(), `format-doc-${process.pid}.md`);
    writeFileSync(bad, [
      '```yaml', 'systems:', '  - { id: a, mode: mode3, owner: o }', '```',
      '```yaml', '# file: landscape.yaml', 'apiVersion: landscape/v1', 'kind: Landscape', 'imports: [./frag.yaml, ./missing.yaml]', '```',
      '```yaml', '# file: frag.yaml', 'apiVersion: landscape/v1', 'systems:', '  - { id: b, mode: mode2, colour: red }', '```',
      '```yaml', '# file: orphan.yaml', 'apiVersion: landscape/v1', '```',
    ].join('\n'));
    const problems = (await formatFindings(bad)).join('\n');
    rmSync(bad);
    assert.match(problems, /line 1: core\/schema/);
    assert.match(problems, /core\/import-not-found/);
    assert.match(problems, /core\/unknown-property in \/example\/frag\.yaml/);
    assert.match(problems, /orphan\.yaml is imported by no entry file/);
  });
});
