/**
 * The in-process half of `npm run bench:shapes`, bundled with esbuild and run in a child
 * process per shape and size, so its peak memory belongs to it alone and a cliff can be
 * killed from outside. Prints one JSON line per finished run, so the parent can kill it when
 * a single run takes too long and still keep what was measured before.
 *
 *   shapes-measure.js lint <shape> <n> <fullRuns> <editRuns>
 *     {"event":"lint","ms":…,"findings":…}      a full lint (memoryHost, cold ParseCache)
 *     {"event":"warm","ms":…}                    the lint that fills the ParseCache
 *     {"event":"relint","ms":…,"findings":…}    a re-lint after a one-line edit (a comment appended), warm ParseCache
 *     {"event":"retype","ms":…,"findings":…}    a re-lint after a character typed into the same line's id
 *     (each kind of edit after WARM_EDITS unmeasured ones of that kind)
 *     {"event":"done","maxRssMb":…,"editedFile":…}
 *   shapes-measure.js yls <file>
 *     {"event":"yls","coldMs":…,"warmMs":…,"diagnostics":…,"schemaApplied":…}
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type * as TextDocuments from 'vscode-languageserver-textdocument';
import type * as Yls from 'yaml-language-server';
import { lintLandscape, memoryHost, ParseCache } from '../src/core/index';
import { shape, shapeUnder } from './shapes';

/** Runs longer than this are not repeated: their median is of the runs done (≥ 1). */
const REPEAT_BELOW_MS = 10_000;
/** Edits made before those timed, per kind of edit (see timeEdits). */
const WARM_EDITS = 2;
const emit = (o: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(o)}\n`);

/**
 * The file to edit: the largest that has a `systems:` section, and in it the system entry
 * (`  - …`) in the middle of the section. The edit appends a comment to that line: the same
 * one-line change on every shape (flow or block style), and the entry's text changes, so the
 * incremental re-parse and the per-entry schema cache do their real work.
 */
function editSite(files: Record<string, string>): { file: string; line: number } {
  const candidates = Object.keys(files).filter((p) => /^systems:/m.test(files[p])).sort((a, b) => files[b].length - files[a].length);
  if (!candidates.length) throw new Error('no file with a systems: section');
  const file = candidates[0];
  const lines = files[file].split('\n');
  const start = lines.findIndex((l) => l.startsWith('systems:'));
  const entries: number[] = [];
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]); i++) if (lines[i].startsWith('  - ')) entries.push(i);
  if (!entries.length) throw new Error(`no system entry in ${file}`);
  return { file, line: entries[Math.floor(entries.length / 2)] };
}

async function lintMode(name: string, n: number, fullRuns: number, editRuns: number): Promise<void> {
  const { entry, files } = shapeUnder('/ws', shape(name).build(n));
  let spent = 0;
  for (let i = 0; i < fullRuns && (i === 0 || spent / i < REPEAT_BELOW_MS); i++) {
    const t = performance.now();
    const r = await lintLandscape(entry, memoryHost(files));
    const ms = performance.now() - t;
    spent += ms;
    emit({ event: 'lint', ms, findings: r.findings.length });
  }
  const site = editSite(files);
  const lines = files[site.file].split('\n');
  const original = lines[site.line];
  const cache = new ParseCache();
  const t0 = performance.now();
  await lintLandscape(entry, memoryHost(files), { cache });
  // Its own line, so the parent's one-minute watchdog times each re-lint, not warm-up + re-lint.
  emit({ event: 'warm', ms: performance.now() - t0 });
  /** Re-lints after `edit(i)` of the line, each timed and reported as `event`. */
  const timeEdits = async (event: 'relint' | 'retype', edit: (i: number) => string): Promise<void> => {
    // Unmeasured first edits of the same kind: V8 compiles and re-optimises the code a kind of
    // edit runs over its first few keystrokes (a character typed into an id ran at ~550, 350,
    // 320, then ~200 ms on many-rollouts at 10,000 systems), and an editor's server has typed
    // many by the time anyone waits for one. Skipped when one takes as long as a repeat may.
    for (let w = 0, spent = 0; w < WARM_EDITS && spent < REPEAT_BELOW_MS; w++) {
      lines[site.line] = edit(editRuns + w);
      const t = performance.now();
      await lintLandscape(entry, memoryHost({ ...files, [site.file]: lines.join('\n') }), { cache });
      spent += performance.now() - t;
    }
    let spentOnEdits = 0;
    for (let i = 0; i < editRuns && (i === 0 || spentOnEdits / i < REPEAT_BELOW_MS); i++) {
      lines[site.line] = edit(i);
      const edited = { ...files, [site.file]: lines.join('\n') };
      const t = performance.now();
      const r = await lintLandscape(entry, memoryHost(edited), { cache });
      const ms = performance.now() - t;
      spentOnEdits += ms;
      emit({ event, ms, findings: r.findings.length });
    }
  };
  await timeEdits('relint', (i) => `${original} # edited ${i}`);
  // The same line, its id typed into: the entry now means something else (the entity, the
  // references to it, every rule's input change), so nothing kept across keystrokes applies.
  lines[site.line] = original;
  await lintLandscape(entry, memoryHost({ ...files, [site.file]: lines.join('\n') }), { cache });
  await timeEdits('retype', (i) => original.replace(/\bid: ([\w.-]+)/, (_, id: string) => `id: ${id}${'x'.repeat(i % 2 + 1)}`));
  emit({ event: 'done', maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), editedFile: site.file.slice('/ws/'.length), editedLine: site.line + 1 });
}

/**
 * yaml-language-server's schema-only validation (what the Red Hat YAML extension does with
 * our schema), on a fresh language service: the first `doValidation` is cold, as the CLI is;
 * a second one on a new version of the document shows the warm figure.
 */
async function ylsMode(file: string): Promise<void> {
  // Required here, not imported: only this mode needs it, and it stays outside the bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getLanguageService } = require('yaml-language-server') as typeof Yls;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TextDocument } = require('vscode-languageserver-textdocument') as typeof TextDocuments;
  const schemaPath = path.resolve(__dirname, '..', '..', 'schemas', 'landscape.schema.json');
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const service = getLanguageService({
    schemaRequestService: (uri) => Promise.reject(new Error(`no network: ${uri}`)),
    workspaceContext: { resolveRelativePath: (rel, resource) => new URL(rel, resource).toString() },
  });
  // The same association as package.json's yamlValidation contribution.
  service.configure({ validate: true, schemas: [{ uri: 'file:///landscape.schema.json', fileMatch: ['landscape.yaml', '*.landscape.yaml'], schema }] });
  const text = readFileSync(file, 'utf8');
  const uri = `file://${path.resolve(file)}`;
  let t = performance.now();
  const diagnostics = await service.doValidation(TextDocument.create(uri, 'yaml', 1, text), false);
  const coldMs = performance.now() - t;
  t = performance.now();
  await service.doValidation(TextDocument.create(uri, 'yaml', 2, `${text}# warm\n`), false);
  const warmMs = performance.now() - t;
  // Proof that the schema was applied to this file name: a wrong mode must be reported.
  const probe = await service.doValidation(TextDocument.create(uri, 'yaml', 3, 'apiVersion: landscape/v1\nkind: Landscape\nmetadata: { name: probe }\nsystems:\n  - { id: a, mode: mode9 }\n'), false);
  emit({ event: 'yls', coldMs, warmMs, diagnostics: diagnostics.length, schemaApplied: probe.length > 0, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'lint') await lintMode(args[0], Number(args[1]), Number(args[2] ?? 5), Number(args[3] ?? 9));
  else if (mode === 'yls') await ylsMode(args[0]);
  else throw new Error(`usage: shapes-measure.js lint <shape> <n> <fullRuns> <editRuns> | yls <file>`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
