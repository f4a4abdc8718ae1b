/**
 * `landscape diff` (issue 12) on a real git repository made here: a series of commits, each one
 * change a reviewer must see (a direct Mode-2 → Mode-1 dependency, a removed system, a changed
 * mode, a renamed id, a system moved to another fragment, a commit that does not parse), each
 * compared with the one before through git revisions, and the base given as a path.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { generateLandscape } from '../../bench/generate';
import { makeReviewRepo, type ReviewRepo } from './review-repo';

/** The JSON of each step, exactly (a revision compared with the one before it). */
const STEPS: [string, string, unknown][] = [
  ['base', 'direct', {"version":1,"base":{"ref":"base","entry":"landscape.yaml"},"head":{"ref":"direct","entry":"landscape.yaml"},"entities":{"added":[],"removed":[],"changed":[{"kind":"system","id":"app","fields":[{"field":"consumes","before":["acl-api"],"after":["acl-api","core-api"]}]}]},"dependencies":{"added":[{"from":"app","to":"core","via":"core-api","interaction":"sync","modes":"mode2→mode1","crossing":true}],"removed":[],"changed":[]},"findings":{"new":[{"rule":"no-direct-mode2-to-mode1","severity":"error","subject":"app","related":["app","core-api","core"],"message":"Mode-2 system 'app' consumes 'core-api' of Mode-1 system 'core' directly; route it through the gearbox (e.g. gearbox API 'acl-api').","file":"systems/digital.yaml","line":7,"column":66,"endLine":7,"endColumn":74}],"fixed":[],"unchanged":0},"figures":{"base":{"systems":{"mode1":1,"gearbox":1,"mode2":2,"none":0},"dependencies":3,"acrossSpeeds":3,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"app","ca":0,"ce":1,"instability":1},{"id":"core","ca":1,"ce":0,"instability":0}]},"head":{"systems":{"mode1":1,"gearbox":1,"mode2":2,"none":0},"dependencies":4,"acrossSpeeds":4,"syncMode2ToMode1":{"direct":1,"throughGearbox":0},"coupling":[{"id":"app","ca":0,"ce":2,"instability":1},{"id":"core","ca":2,"ce":0,"instability":0}]}}}],
  ['direct', 'remove', {"version":1,"base":{"ref":"direct","entry":"landscape.yaml"},"head":{"ref":"remove","entry":"landscape.yaml"},"entities":{"added":[],"removed":[{"kind":"system","id":"web"}],"changed":[]},"dependencies":{"added":[],"removed":[{"from":"web","to":"acl","via":"acl-api","interaction":"sync","modes":"mode2→gearbox","crossing":true}],"changed":[]},"findings":{"new":[],"fixed":[],"unchanged":1},"figures":{"base":{"systems":{"mode1":1,"gearbox":1,"mode2":2,"none":0},"dependencies":4,"acrossSpeeds":4,"syncMode2ToMode1":{"direct":1,"throughGearbox":0},"coupling":[{"id":"acl","ca":2,"ce":1,"instability":0.333},{"id":"web","ca":0,"ce":1,"instability":1}]},"head":{"systems":{"mode1":1,"gearbox":1,"mode2":1,"none":0},"dependencies":3,"acrossSpeeds":3,"syncMode2ToMode1":{"direct":1,"throughGearbox":0},"coupling":[{"id":"acl","ca":1,"ce":1,"instability":0.5}]}}}],
  ['remove', 'mode', {"version":1,"base":{"ref":"remove","entry":"landscape.yaml"},"head":{"ref":"mode","entry":"landscape.yaml"},"entities":{"added":[],"removed":[],"changed":[{"kind":"system","id":"app","fields":[{"field":"mode","before":"mode2","after":"gearbox"}]}]},"dependencies":{"added":[],"removed":[],"changed":[{"from":"app","to":"acl","via":"acl-api","interaction":"sync","modes":"gearbox→gearbox","crossing":false,"before":{"interaction":"sync","modes":"mode2→gearbox","crossing":true}},{"from":"app","to":"core","via":"core-api","interaction":"sync","modes":"gearbox→mode1","crossing":true,"before":{"interaction":"sync","modes":"mode2→mode1","crossing":true}}]},"findings":{"new":[],"fixed":[{"rule":"no-direct-mode2-to-mode1","severity":"error","subject":"app","related":["app","core-api","core"],"message":"Mode-2 system 'app' consumes 'core-api' of Mode-1 system 'core' directly; route it through the gearbox (e.g. gearbox API 'acl-api').","file":"systems/digital.yaml","line":7,"column":66,"endLine":7,"endColumn":74}],"unchanged":0},"figures":{"base":{"systems":{"mode1":1,"gearbox":1,"mode2":1,"none":0},"dependencies":3,"acrossSpeeds":3,"syncMode2ToMode1":{"direct":1,"throughGearbox":0},"coupling":[{"id":"acl","ca":1,"ce":1,"instability":0.5},{"id":"app","ca":0,"ce":2,"instability":1},{"id":"core","ca":2,"ce":0,"instability":0}]},"head":{"systems":{"mode1":1,"gearbox":2,"mode2":0,"none":0},"dependencies":3,"acrossSpeeds":2,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"acl","ca":1,"ce":1,"instability":0.5},{"id":"app","ca":0,"ce":2,"instability":1},{"id":"core","ca":2,"ce":0,"instability":0}]}}}],
  ['mode', 'rename', {"version":1,"base":{"ref":"mode","entry":"landscape.yaml"},"head":{"ref":"rename","entry":"landscape.yaml"},"entities":{"added":[{"kind":"system","id":"bridge"}],"removed":[{"kind":"system","id":"acl"}],"changed":[{"kind":"api","id":"acl-api","fields":[{"field":"provider","before":"acl","after":"bridge"}]}]},"dependencies":{"added":[{"from":"app","to":"bridge","via":"acl-api","interaction":"sync","modes":"gearbox→gearbox","crossing":false},{"from":"bridge","to":"core","via":"core-api","interaction":"async","modes":"gearbox→mode1","crossing":true}],"removed":[{"from":"acl","to":"core","via":"core-api","interaction":"async","modes":"gearbox→mode1","crossing":true},{"from":"app","to":"acl","via":"acl-api","interaction":"sync","modes":"gearbox→gearbox","crossing":false}],"changed":[]},"findings":{"new":[],"fixed":[],"unchanged":0},"figures":{"base":{"systems":{"mode1":1,"gearbox":2,"mode2":0,"none":0},"dependencies":3,"acrossSpeeds":2,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"acl","ca":1,"ce":1,"instability":0.5},{"id":"app","ca":0,"ce":2,"instability":1},{"id":"core","ca":2,"ce":0,"instability":0}]},"head":{"systems":{"mode1":1,"gearbox":2,"mode2":0,"none":0},"dependencies":3,"acrossSpeeds":2,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"app","ca":0,"ce":2,"instability":1},{"id":"bridge","ca":1,"ce":1,"instability":0.5},{"id":"core","ca":2,"ce":0,"instability":0}]}}}],
  ['rename', 'move', {"version":1,"base":{"ref":"rename","entry":"landscape.yaml"},"head":{"ref":"move","entry":"landscape.yaml"},"entities":{"added":[],"removed":[],"changed":[{"kind":"system","id":"core","fields":[{"field":"file","before":"landscape.yaml","after":"systems/core.yaml"}]}]},"dependencies":{"added":[],"removed":[],"changed":[]},"findings":{"new":[],"fixed":[],"unchanged":0},"figures":{"base":{"systems":{"mode1":1,"gearbox":2,"mode2":0,"none":0},"dependencies":3,"acrossSpeeds":2,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"core","ca":2,"ce":0,"instability":0}]},"head":{"systems":{"mode1":1,"gearbox":2,"mode2":0,"none":0},"dependencies":3,"acrossSpeeds":2,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"core","ca":2,"ce":0,"instability":0}]}}}],
  ['broken', 'repaired', {"version":1,"base":{"ref":"broken","entry":"landscape.yaml","parsed":false,"fatal":[{"rule":"core/yaml-syntax","severity":"error","subject":null,"related":[],"message":"This '{' is never closed: add the closing '}' after the last entry of the { } mapping.","file":"systems/digital.yaml","line":3,"column":12,"endLine":3,"endColumn":21}]},"head":{"ref":"repaired","entry":"landscape.yaml"},"entities":{"added":[{"kind":"owner","id":"cio"},{"kind":"owner","id":"cto"},{"kind":"owner","id":"team-app"},{"kind":"owner","id":"team-core"},{"kind":"system","id":"app"},{"kind":"system","id":"bridge"},{"kind":"system","id":"core"},{"kind":"api","id":"acl-api"},{"kind":"api","id":"core-api"}],"removed":[],"changed":[]},"dependencies":{"added":[{"from":"app","to":"bridge","via":"acl-api","interaction":"sync","modes":"gearbox→gearbox","crossing":false},{"from":"app","to":"core","via":"core-api","interaction":"sync","modes":"gearbox→mode1","crossing":true},{"from":"bridge","to":"core","via":"core-api","interaction":"async","modes":"gearbox→mode1","crossing":true}],"removed":[],"changed":[]},"findings":{"new":[],"fixed":[],"unchanged":0},"figures":{"base":{"systems":{"mode1":0,"gearbox":0,"mode2":0,"none":0},"dependencies":0,"acrossSpeeds":0,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[]},"head":{"systems":{"mode1":1,"gearbox":2,"mode2":0,"none":0},"dependencies":3,"acrossSpeeds":2,"syncMode2ToMode1":{"direct":0,"throughGearbox":0},"coupling":[{"id":"app","ca":0,"ce":2,"instability":1},{"id":"bridge","ca":1,"ce":1,"instability":0.5},{"id":"core","ca":2,"ce":0,"instability":0}]}}}],
];

let repo: string;
let git: ReviewRepo['git'];

async function diff(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const io: Io = { cwd: repo, isTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), now: () => Date.UTC(2026, 1, 1) };
  const code = await main(['diff', ...argv], io);
  return { code, stdout, stderr };
}

async function json(base: string, head: string): Promise<Record<string, unknown>> {
  const r = await diff('landscape.yaml', '--base', base, '--head', head, '--format', 'json', '--fail-on', 'never');
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('landscape diff on a git repository', function () {
  this.timeout(60_000);

  before(() => {
    // Links point into the repository, not to GitHub, whatever CI this runs in.
    for (const v of ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_SHA']) delete process.env[v];
    ({ dir: repo, git } = makeReviewRepo());
  });

  after(() => rmSync(repo, { recursive: true, force: true }));

  for (const [a, b, expected] of STEPS) {
    it(`--base ${a} --head ${b}: exact JSON`, async () => {
      assert.deepEqual(await json(a, b), expected);
    });
  }

  it('a base that does not parse is reported on stderr and compared as empty (exit 0: no new finding)', async () => {
    const r = await diff('landscape.yaml', '--base', 'broken', '--head', 'repaired');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /systems\/digital\.yaml\n\s+3:12\s+error\s+This '\{' is never closed/);
    assert.match(r.stderr, /landscape diff: the base \(broken\) does not parse; compared as an empty landscape\.\n$/);
    assert.match(r.stdout, /^The base does not parse \(1 error\): compared as an empty landscape\.$/m);
  });

  it('--fail-on: exit 1 when the change adds findings at or above it, else 0', async () => {
    const code = async (...argv: string[]): Promise<number> => (await diff('landscape.yaml', ...argv)).code;
    assert.equal(await code('--base', 'base', '--head', 'direct'), 1); // a new error, default new-error
    assert.equal(await code('--base', 'base', '--head', 'direct', '--fail-on', 'new-warning'), 1);
    assert.equal(await code('--base', 'base', '--head', 'direct', '--fail-on', 'never'), 0);
    assert.equal(await code('--base', 'remove', '--head', 'mode'), 0); // fixes one, adds none
    assert.equal(await code('--base', 'direct', '--head', 'direct'), 0);
  });

  it('fatal: head does not parse, an unknown revision (exit 2, one message)', async () => {
    const broken = await diff('landscape.yaml', '--base', 'move', '--head', 'broken');
    assert.equal(broken.code, 2);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /landscape diff: broken does not parse: fix the error above first\.\n$/);
    assert.deepEqual(await diff('landscape.yaml', '--base', 'no-such-rev'), { code: 2, stdout: '', stderr: "landscape diff: --base 'no-such-rev' is neither a file nor a git revision\n" });
  });

  it('the working tree is head by default, read from the disk; git revisions are read without touching it', async () => {
    const before = git('status', '--porcelain');
    const r = await diff('landscape.yaml', '--base', 'rename', '--format', 'json', '--fail-on', 'never');
    const doc = JSON.parse(r.stdout) as { head: unknown; entities: unknown };
    assert.deepEqual(doc.head, { ref: null, entry: 'landscape.yaml' });
    // The working tree is at 'repaired': core moved to its own fragment since 'rename' (and app's fragment rewritten as it was).
    assert.deepEqual(doc.entities, { added: [], removed: [], changed: [{ kind: 'system', id: 'core', fields: [{ field: 'file', before: 'landscape.yaml', after: 'systems/core.yaml' }] }] });
    assert.equal(git('status', '--porcelain'), before);
    assert.equal(before, '');
  });

  it('the base as a path: a copy of the old entry and its fragments in another folder gives the same diff', async () => {
    const copy = path.join(repo, 'old');
    for (const rel of ['landscape.yaml', 'systems/digital.yaml']) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      writeFileSync(path.join(copy, rel), git('show', `rename:${rel}`) + '\n');
    }
    try {
      const byPath = JSON.parse((await diff('landscape.yaml', '--base', 'old/landscape.yaml', '--head', 'move', '--format', 'json')).stdout) as Record<string, unknown>;
      const byRev = await json('rename', 'move');
      assert.deepEqual(byPath.base, { ref: 'old/landscape.yaml', entry: 'old/landscape.yaml' });
      assert.deepEqual({ ...byPath, base: null }, { ...byRev, base: null });
    } finally {
      rmSync(copy, { recursive: true });
    }
  });

  it('markdown: the sticky marker, the verdict, counts, a linked new-finding table, dependencies by crossing, a Mermaid block', async () => {
    const r = await diff('landscape.yaml', '--base', 'base', '--head', 'direct', '--format', 'markdown');
    const md = r.stdout;
    assert.equal(md.split('\n')[0], '<!-- landscape-diff -->');
    assert.equal(md.split('\n')[1], '### Landscape review: This change adds 1 error.');
    assert.match(md, /^\*\*base\*\* → \*\*direct\*\* \(landscape\.yaml\) · entities \+0 −0 ~1 · dependencies \+1 −0 ~0 · findings 1 new, 0 fixed, 0 unchanged$/m);
    assert.match(md, /^\| error \| no-direct-mode2-to-mode1 \| app \| Mode-2 system 'app' consumes 'core-api' of Mode-1 system 'core' directly; route it through the gearbox \\\(e\.g\. gearbox API 'acl-api'\\\)\. \| \[systems\/digital\.yaml:7\]\(systems\/digital\.yaml#L7\) \|$/m);
    assert.match(md, /\*\*Across speeds\*\*\n\n\| Change \| From \| To \| Via \| Interaction \| Modes \| Was \|\n\|---\|---\|---\|---\|---\|---\|---\|\n\| added \| app \| core \| core-api \| sync \| mode2→mode1 \| {2}\|\n/);
    const mermaid = /```mermaid\n([^`]*)```/.exec(md)?.[1];
    assert.equal(mermaid, `flowchart LR
  subgraph mode1["Mode 1"]
    n1["core"]:::touched
  end
  subgraph gearbox["Gearbox"]
    n2["acl"]
  end
  subgraph mode2["Mode 2"]
    n0["app"]:::touched
  end
  n0 -->|"acl-api"| n2
  n0 -->|"added via core-api"| n1
  n2 -.->|"core-api"| n1
  linkStyle 1 stroke:#1a7f37,stroke-width:3px
  classDef added stroke:#1a7f37,stroke-width:3px
  classDef removed stroke:#cf222e,stroke-dasharray:5 4,color:#cf222e
  classDef touched stroke:#9a6700,stroke-width:2px
`);
  });
});

describe('landscape diff --format markdown on a 1,000-system change', function () {
  this.timeout(120_000);
  it('stays under 65,536 characters by summarising whole tables, never cutting one mid-row', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-diff-big-'));
    try {
      writeFileSync(path.join(dir, 'base.yaml'), generateLandscape(1000, 1));
      writeFileSync(path.join(dir, 'head.yaml'), generateLandscape(1000, 2));
      let stdout = '';
      const io: Io = { cwd: dir, isTty: false, stdout: (s) => (stdout += s), stderr: () => undefined, now: () => Date.UTC(2026, 1, 1) };
      await main(['diff', 'head.yaml', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'markdown'], io);
      assert.ok(stdout.length < 65_536, `${stdout.length} characters`);
      assert.ok(stdout.length > 10_000, `${stdout.length} characters: not summarised to nothing`);
      assert.match(stdout, /^…and \d+ more new findings \(the full list: `landscape diff --format json`\)\.$/m);
      // Every table row is whole: a line that starts a row ends it.
      const rows = stdout.split('\n').filter((l) => l.startsWith('|'));
      assert.ok(rows.length > 20);
      assert.deepEqual(rows.filter((l) => !l.endsWith('|')), []);
      assert.equal((stdout.match(/```/g) ?? []).length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
