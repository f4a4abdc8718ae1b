/**
 * Review mode in the language server (issue 12): `landscape/diff` compares the landscape as the
 * client has it (an open document) with a git revision the server reads itself, and
 * `landscape/revisionText` gives a file at that revision. On a real git repository made here
 * with the compare fixture of the VS Code tests (test/vscode/fixtures/review): commit `base`,
 * then `edited` (a system added with a direct Mode-2 → Mode-1 call, one removed, one changed,
 * a direct call taken back).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiffRequest, RevisionTextRequest, type DiffResult } from '../../src/server/protocol';
import { makeReviewRepo, type ReviewRepo } from '../cli/review-repo';
import { copyOf, ROOT, startInProcess, uriOf, type TestClient } from './lsp-client';

const fixture = (name: string): string => readFileSync(path.join(ROOT, 'test/vscode/fixtures/review', name), 'utf8');
const BASE = fixture('base.yaml');
const EDIT = fixture('edit.yaml');

const changes = (d: DiffResult): { nodes: string[]; edges: string[] } => ({
  nodes: d.diagram.nodes.filter((n) => n.change).map((n) => `${n.id} ${n.change}`).sort(),
  edges: d.diagram.edges.filter((e) => e.change).map((e) => `${e.id} ${e.change}`).sort(),
});

describe('language server: landscape/diff against a git revision', function () {
  this.timeout(60_000);
  let repo: ReviewRepo;
  let client: TestClient;
  let entry: string;
  let uri: string;

  before(async () => {
    repo = makeReviewRepo([['base', { 'landscape.yaml': BASE }], ['edited', { 'landscape.yaml': EDIT }]]);
    ({ client } = await startInProcess(repo.dir, { settings: { lint: { debounceMs: 0 } } }));
    await client.firstLint();
    entry = path.join(repo.dir, 'landscape.yaml');
    // Open and edited, unsaved: hub's owner back as it was.
    uri = client.open(entry, EDIT.replace('{ id: hub, mode: gearbox, owner: team-web }', '{ id: hub, mode: gearbox, owner: team-core }'));
    await client.waitFor(() => client.diagnostics(uri), 'the open document linted');
  });
  after(() => client.dispose());

  it('against a tag: systems and dependencies added, removed and changed, the new finding in the open text, the fixed one in the tag’s', async () => {
    const d = (await client.conn.sendRequest(DiffRequest, { uri, base: 'base' }))!;
    assert.deepEqual(d.base, { ref: 'base', commit: repo.sha.get('base'), parsed: true });
    assert.equal(d.entry, uri);
    assert.deepEqual(d.entities, { added: 1, removed: 2, changed: 2 });
    assert.deepEqual(d.dependencies, { added: 1, removed: 2, changed: 0 });
    assert.deepEqual(changes(d), { nodes: ['app added', 'hub changed', 'legacy removed', 'shop changed'], edges: ['app->core:core-api added', 'hub->legacy:legacy-api removed', 'shop->core:core-api removed'] });
    assert.deepEqual(d.findings.new.map((f) => [f.rule, f.severity, f.subject, f.uri, f.range]), [['no-direct-mode2-to-mode1', 'error', 'app', uri, { start: { line: 12, character: 56 }, end: { line: 12, character: 64 } }]]);
    assert.deepEqual(d.findings.fixed.map((f) => [f.rule, f.subject, f.uri, f.range]), [['no-direct-mode2-to-mode1', 'shop', uri, { start: { line: 13, character: 57 }, end: { line: 13, character: 65 } }]]);
    assert.equal(d.findings.unchanged, 0);
    // Where the fixed one was: the tag's text, which the server gives, not the open document's.
    const atBase = await client.conn.sendRequest(RevisionTextRequest, { uri, commit: d.base.commit });
    assert.equal(atBase, BASE);
    assert.equal(BASE.split('\n')[13].slice(57, 65), 'core-api');
    // The removed system is drawn in its lane, at a place of its own, with its span in the tag's text.
    const legacy = d.diagram.nodes.find((n) => n.id === 'legacy')!;
    assert.equal(BASE.slice(legacy.span.start, legacy.span.end), 'legacy');
    assert.equal(legacy.lane, 'mode1');
    assert.ok(legacy.w > 0 && d.diagram.nodes.every((n) => n === legacy || n.x !== legacy.x || n.y !== legacy.y));
    assert.ok(d.diagram.review, 'a review diagram (its legend has the change colours)');
  });

  it('against HEAD: only what the open document changes (hub’s owner), the findings unchanged', async () => {
    const d = (await client.conn.sendRequest(DiffRequest, { uri, base: 'HEAD' }))!;
    assert.deepEqual(d.base, { ref: 'HEAD', commit: repo.sha.get('edited'), parsed: true });
    assert.deepEqual(changes(d), { nodes: ['hub changed'], edges: [] });
    assert.deepEqual(d.findings, { new: [], fixed: [], unchanged: 1 });
  });

  it('reads the revisions without touching the working tree or the index', () => {
    assert.equal(repo.git('status', '--porcelain'), '');
    assert.equal(readFileSync(entry, 'utf8'), EDIT);
  });

  it('an unknown revision, or a folder outside git, is an error that says so', async () => {
    await assert.rejects(client.conn.sendRequest(DiffRequest, { uri, base: 'no-such-branch' }), (e: Error) => e.message === `'no-such-branch' names no commit of the repository at ${repo.dir}.`);
    const plain = copyOf('examples/fjordbank');
    const other = await startInProcess(plain, { settings: { lint: { debounceMs: 0 } } });
    try {
      await other.client.firstLint();
      const fjordbank = path.join(plain, 'landscape.yaml');
      await assert.rejects(other.client.conn.sendRequest(DiffRequest, { uri: uriOf(fjordbank), base: 'HEAD' }), (e: Error) => e.message === `${fjordbank} is not in a git repository: there is no revision to compare with.`);
    } finally {
      other.client.dispose();
    }
  });

  it('a file no landscape holds: null; a revision without the file: null', async () => {
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'landscape-none-')), 'x.yaml');
    assert.equal(await client.conn.sendRequest(DiffRequest, { uri: uriOf(outside), base: 'HEAD' }), null);
    assert.equal(await client.conn.sendRequest(RevisionTextRequest, { uri: uriOf(path.join(repo.dir, 'nowhere.yaml')), commit: repo.sha.get('base')! }), null);
  });
});
