/**
 * Every relative link and image of README.md, CHANGELOG.md, CONTRIBUTING.md and docs/**\/*.md resolves: in the
 * repository, in the packaged .vsix (its files, and the README as vsce rewrote it) and in the
 * npm package (`npm pack --dry-run`, whatever package.json's `files` ships). Anchors must name a
 * heading of their target, by GitHub's slug rules.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { brokenLinks, brokenPackagedLinks, type FileSet } from '../../helpers/link-check';
import { anchors, slug } from '../../helpers/markdown';
import { zipEntries } from '../../helpers/zip';
import { ensureBuilt } from '../../cli/cli-helpers';
import { starterLandscape } from '../../../src/core/index';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; repository: { url: string } };
/** The repository's web address (package.json may say git+https://….git), which vsce rewrites links to. */
const REPOSITORY = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Files of the repository: tracked, or new and not ignored (so a file being added counts, dist/ does not). */
function repositoryFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\0').filter((f) => f !== '' && existsSync(path.join(ROOT, f)));
}

/** A file set over a list of paths; Markdown is read from the repository (the packages ship it unchanged). */
function fileSet(paths: Iterable<string>): FileSet {
  const all = new Set(paths);
  return {
    has: (p) => (p.endsWith('/') ? [...all].some((f) => f.startsWith(p)) : all.has(p)),
    read: (p) => (all.has(p) ? readFileSync(path.join(ROOT, p), 'utf8') : undefined),
  };
}

/** The documents whose links are checked: the README, the changelog, CONTRIBUTING.md (in the repository only: no package ships it) and docs/. */
const isDoc = (f: string): boolean => f === 'README.md' || f === 'CHANGELOG.md' || f === 'CONTRIBUTING.md' || (f.startsWith('docs/') && f.endsWith('.md'));

/** Problems of every doc that is in the set, checked against the set (images against `imagesFrom`). */
function problemsIn(paths: string[], imagesFrom: string[] = paths): string[] {
  const files = fileSet(paths);
  return paths.filter(isDoc).flatMap((doc) => brokenLinks(doc, files.read(doc)!, files, REPOSITORY, fileSet(imagesFrom)));
}

describe('links in the docs', function () {
  this.timeout(120_000);
  const repo = repositoryFiles();

  it('README.md, CONTRIBUTING.md and docs/ exist and are in the repository', () => {
    assert.ok(repo.includes('README.md') && repo.includes('CONTRIBUTING.md') && repo.includes('docs/format.md'));
    assert.ok(repo.filter((f) => f.startsWith('docs/rules/')).length >= 25);
  });

  it('resolve in the repository (files and #anchors)', () => {
    assert.deepEqual(problemsIn(repo), []);
  });

  it('the README points to the format reference and shows the screenshots from media/', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(/\]\(docs\/format\.md\)/.test(readme), 'README.md links docs/format.md');
    assert.ok(/!\[[^\]]*\]\(media\/screenshot-diagram\.png\)/.test(readme), 'README.md shows media/screenshot-diagram.png');
  });

  describe('in the packaged .vsix', () => {
    let dir: string;
    let entries: Map<string, () => Buffer>;
    /** vsce stores the extension under extension/, and renames the readme, the changelog and the licence. */
    const RENAMED: Record<string, string> = { 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md', 'LICENSE.txt': 'LICENSE' };
    let shipped: string[];

    before(() => {
      ensureBuilt();
      dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-vsix-'));
      const out = path.join(dir, 'landscape.vsix');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-vsix.mjs'), '--no-build', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
      entries = zipEntries(out);
      shipped = [...entries.keys()].filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length)).map((e) => RENAMED[e] ?? e);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('ships the docs the README links to', () => {
      assert.ok(shipped.includes('docs/format.md'), shipped.join(', '));
      assert.ok(shipped.includes('media/screenshot-diagram.png'));
    });

    it('every relative link of its docs resolves among its files', () => {
      assert.deepEqual(problemsIn(shipped), []);
    });

    it('the README as vsce rewrote it links only to files of the repository that the .vsix ships', () => {
      const readme = entries.get('extension/readme.md')!().toString('utf8');
      assert.ok(readme.includes(`](${REPOSITORY}/blob/HEAD/docs/format.md)`), 'the link to docs/format.md, rewritten');
      assert.ok(readme.includes(`](${REPOSITORY}/raw/HEAD/media/screenshot-diagram.png)`), 'the screenshot, rewritten');
      assert.deepEqual(brokenPackagedLinks(readme, fileSet(shipped.filter((f) => repo.includes(f))), REPOSITORY), []);
    });

    it('so does the changelog (vsce rewrites it the same way)', () => {
      const changelog = entries.get('extension/changelog.md')!().toString('utf8');
      assert.deepEqual(brokenPackagedLinks(changelog, fileSet(shipped.filter((f) => repo.includes(f))), REPOSITORY, 'packaged changelog'), []);
    });
  });

  describe('in the npm package', () => {
    let shipped: string[];
    before(() => {
      const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      shipped = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    });

    it('ships the README and the docs it links to, where `landscape init` says the format reference is', () => {
      assert.ok(shipped.includes('README.md') && shipped.includes('docs/format.md'), shipped.join(', '));
      const text = starterLandscape('2026-01-01');
      assert.ok(text.includes(`node_modules/${pkg.name}/docs/format.md`), 'the starter file points to the installed reference');
      assert.ok(text.includes(`${REPOSITORY}/blob/HEAD/docs/format.md`), 'and to the one in the repository');
    });

    // The screenshots stay out of the CLI's tarball (test/cli/package.test.ts): npmjs.com, like
    // the Marketplace, loads a README's relative images from the repository (raw, HEAD), so
    // they must be files of the repository; the text links must be files of the package.
    it('every relative link of its docs resolves among its files, every image in the repository', () => {
      assert.deepEqual(problemsIn(shipped, repo), []);
    });
  });
});

describe('the link check itself', () => {
  const files = fileSet(['README.md', 'docs/format.md', 'docs/rules/max-fan-out.md', 'media/screenshot-diagram.png']);
  const check = (md: string): string[] => brokenLinks('README.md', md, files, 'https://github.com/landscape-tools/landscape');

  it('checks images against their own set when given one', () => {
    const noImages = fileSet(['README.md']);
    assert.match(brokenLinks('README.md', '![s](media/screenshot-diagram.png)', noImages, 'https://x').join(), /no such file/);
    assert.deepEqual(brokenLinks('README.md', '![s](media/screenshot-diagram.png)', noImages, 'https://x', files), []);
    assert.match(brokenLinks('README.md', '[s](media/screenshot-diagram.png)', noImages, 'https://x', files).join(), /no such file/);
  });

  it("finds the README's old link to ../shared/SPEC.md, missing files, folders and anchors", () => {
    assert.match(check('The format is in [`../shared/SPEC.md`](../shared/SPEC.md).').join(), /leaves the repository/);
    assert.match(check('[x](docs/missing.md)').join(), /no such file \(docs\/missing\.md\)/);
    assert.match(check('[x](docs/format.md#no-such-heading)').join(), /no heading '#no-such-heading' in docs\/format\.md/);
    assert.match(check('[x](#nowhere)').join(), /no heading '#nowhere' in README\.md/);
    assert.match(check('[x](/docs/format.md)').join(), /a path from the root/);
    assert.match(check('![shot](https://example.com/shot.png)').join(), /image from outside/);
    assert.match(check('[x](https://github.com/landscape-tools/landscape/blob/main/docs/format.md)').join(), /by URL/);
    assert.match(check('<img src="media/missing.png">').join(), /no such file/);
    assert.deepEqual(check('[ok](docs/format.md#imports-one-landscape-in-several-files) ![s](media/screenshot-diagram.png) [r](docs/rules/) [w](https://example.com) `[code](nowhere.md)`'), []);
  });

  it('finds links the packaged README left relative or pointed outside the repository', () => {
    const base = 'https://github.com/landscape-tools/landscape';
    const md = `# Title\n[a](${base}/blob/HEAD/../shared/SPEC.md) [b](docs/format.md) [c](${base}/blob/HEAD/docs/gone.md) [d](#title) [e](#gone) [#10](${base}/issues/10) [f](${base}/tree/main)`;
    const problems = brokenPackagedLinks(md, files, base).join('\n');
    assert.match(problems, /SPEC\.md: leaves the repository/);
    assert.match(problems, /docs\/format\.md: left relative/);
    assert.match(problems, /docs\/gone\.md is not in the package/);
    assert.match(problems, /#gone: no such heading/);
    assert.doesNotMatch(problems, /#title|issues\/10/);
    assert.match(problems, /tree\/main: not a file of the repository at HEAD/);
  });

  it("makes GitHub's anchors", () => {
    assert.equal(slug('Landscape — IT landscape as code'), 'landscape--it-landscape-as-code');
    assert.equal(slug('`owners` · `domains`'), 'owners--domains');
    assert.equal(slug('Imports: one landscape in several files'), 'imports-one-landscape-in-several-files');
    assert.equal(slug('[`dataStores`](#datastores) and *emphasis*'), 'datastores-and-emphasis');
    assert.deepEqual([...anchors('# A\n## A\n```\n# not a heading\n```\n### B_c')], ['a', 'a-1', 'b_c']);
  });
});
