/**
 * Checks the links of a Markdown document against a set of files (the repository, or the
 * files of a package): every relative link and image must name a file of the set, and every
 * `#anchor` a heading of its target (GitHub's slugs). Images must be files of the set too.
 */
import * as posix from 'node:path/posix';
import { anchors, links } from './markdown';

export interface FileSet {
  /** Whether the path (relative to the set's root, `/`-separated) is a file, or, ending in `/`, a folder with files. */
  has(path: string): boolean;
  /** A Markdown file's text, for its anchors (undefined: not in the set). */
  read(path: string): string | undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Problems with the links of `doc` (its path in the set, its text), as `doc:line: …` lines.
 * `imageFiles`: where images must be, when not among `files` (the npm package leaves them out).
 */
export function brokenLinks(doc: string, md: string, files: FileSet, ownRepositoryUrl: string, imageFiles: FileSet = files): string[] {
  const problems: string[] = [];
  const own = ownRepositoryUrl.replace(/\.git$/, '').replace(/\/$/, '').toLowerCase();
  for (const link of links(md)) {
    const at = `${doc}:${link.line}: ${link.target}`;
    if (SCHEME.test(link.target)) {
      if (link.image) problems.push(`${at}: an image from outside the repository (keep it in media/ and link it relatively)`);
      else if (link.target.toLowerCase().startsWith(`${own}/`)) problems.push(`${at}: a link into this repository by URL (make it relative)`);
      continue;
    }
    const hash = link.target.indexOf('#');
    const target = decodeURIComponent(hash < 0 ? link.target : link.target.slice(0, hash));
    const fragment = hash < 0 ? undefined : decodeURIComponent(link.target.slice(hash + 1));
    if (target.startsWith('/')) {
      problems.push(`${at}: a path from the root (make it relative to ${doc})`);
      continue;
    }
    const joined = target === '' ? doc : posix.normalize(posix.join(posix.dirname(doc), target));
    const resolved = target.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
    if (resolved.startsWith('../') || resolved === '..') {
      problems.push(`${at}: leaves the repository`);
      continue;
    }
    if (!(link.image ? imageFiles : files).has(resolved)) {
      problems.push(`${at}: no such file (${resolved})`);
      continue;
    }
    if (fragment !== undefined && resolved.endsWith('.md')) {
      const text = files.read(resolved);
      if (text === undefined || !anchors(text).has(fragment)) problems.push(`${at}: no heading '#${fragment}' in ${resolved}`);
    }
  }
  return problems;
}

/**
 * Problems with a README as vsce packed it: vsce rewrites relative links to
 * `<repository>/blob/HEAD/<path>` and images to `<repository>/raw/HEAD/<path>` (VS Code's
 * extension view and the Marketplace load only https images and open only http(s) links), so
 * each rewritten link must name a file of the repository that the package ships too.
 */
export function brokenPackagedLinks(md: string, files: FileSet, repositoryUrl: string, name = 'packaged readme'): string[] {
  const problems: string[] = [];
  const own = repositoryUrl.replace(/\.git$/, '').replace(/\/$/, '');
  const headings = anchors(md);
  for (const link of links(md)) {
    const at = `${name}:${link.line}: ${link.target}`;
    if (link.target.startsWith('#')) {
      if (!headings.has(decodeURIComponent(link.target.slice(1)))) problems.push(`${at}: no such heading`);
      continue;
    }
    if (!SCHEME.test(link.target)) {
      problems.push(`${at}: left relative (VS Code and the Marketplace cannot open it)`);
      continue;
    }
    if (!link.target.startsWith(`${own}/`)) continue;
    // vsce also turns "#12" into a link to issue 12: not a file, nothing to check.
    if (/^\/(issues|pull)\/\d+$/.test(link.target.slice(own.length))) continue;
    const m = /^\/(blob|raw)\/HEAD\/([^#]*)(?:#(.*))?$/.exec(link.target.slice(own.length));
    if (!m) {
      problems.push(`${at}: not a file of the repository at HEAD`);
      continue;
    }
    const target = decodeURIComponent(m[2]);
    if (target.split('/').includes('..') || target.startsWith('/')) {
      problems.push(`${at}: leaves the repository`);
      continue;
    }
    if (!files.has(target)) problems.push(`${at}: ${target} is not in the package`);
    else if (m[3] !== undefined && target.endsWith('.md') && !anchors(files.read(target) ?? '').has(decodeURIComponent(m[3]))) {
      problems.push(`${at}: no heading '#${m[3]}' in ${target}`);
    }
  }
  return problems;
}
