/**
 * `landscape/outline`: the landscape of a file as its sections and their entities, each with the
 * findings about it (the findings whose subject it is) by severity: the VS Code extension's tree
 * view reads it, so the extension host never lints. From the latest lint, after the file's
 * pending edits are linted (as every request).
 */
import type { Connection } from 'vscode-languageserver';
import { SECTIONS, type Entity, type LintResult } from '../core/index';
import { rangeOf, type Uris } from '../language-service/index';
import { answer } from './cancellation';
import { titleOf } from './lint-status';
import type { LintWorkspace } from './lint-workspace';
import { OutlineRequest, type OutlineEntity, type OutlineResult } from './protocol';

export interface OutlineDeps {
  ready: Promise<void>;
  workspace: LintWorkspace;
  uris: Uris;
}

function outlineOf(result: LintResult, uris: Uris): OutlineResult {
  const counts = new Map<string, { errors: number; warnings: number; infos: number }>();
  for (const f of result.findings) {
    if (!f.subject) continue;
    let c = counts.get(f.subject);
    if (!c) counts.set(f.subject, (c = { errors: 0, warnings: 0, infos: 0 }));
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warn') c.warnings++;
    else c.infos++;
  }
  const entityOf = (e: Entity): OutlineEntity => ({
    id: e.id,
    ...(e.name ? { name: e.name } : {}),
    uri: uris.uriOf(e.file),
    range: rangeOf(result, e.file, e.idSpan),
    ...(counts.get(e.id) ?? { errors: 0, warnings: 0, infos: 0 }),
  });
  const byKind = new Map<string, OutlineEntity[]>();
  for (const e of result.landscape.entities) {
    const list = byKind.get(e.kind) ?? [];
    list.push(entityOf(e));
    byKind.set(e.kind, list);
  }
  const sections = SECTIONS.filter(([, kind]) => byKind.has(kind)).map(([section, kind]) => ({ section, entities: byKind.get(kind)! }));
  return { entry: uris.uriOf(result.entry), title: titleOf(result), sections };
}

export function registerOutline(connection: Connection, deps: OutlineDeps): void {
  connection.onRequest(OutlineRequest, (params, token) => answer(token, async (): Promise<OutlineResult | null> => {
    await deps.ready;
    const path = deps.uris.pathOf(params.uri);
    if (path === undefined) return null;
    await deps.workspace.settled(path);
    const lint = deps.workspace.lintFor(path);
    return lint ? outlineOf(lint.result, deps.uris) : null;
  }));
}
