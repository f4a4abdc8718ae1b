/**
 * Navigation and editing help computed from the latest lint result: definition, references,
 * rename across files, hover cards, document and workspace symbols, CodeLens per system.
 */
import * as vscode from 'vscode';
import { coupling, describeKey, ID_PATTERN, idAt, KIND_LABEL, referenceSites, type Entity, type LintResult, type ReferenceSite, type SystemEntity } from '../core/index';
import { rangeOf } from './diagnostics';
import type { LandscapeService } from './landscape-service';
import { corePath, uriOf, yamlExtensionActive } from './vscode-host';

function locate(result: LintResult, e: Entity): vscode.Location {
  return new vscode.Location(uriOf(e.file), rangeOf(result, e.file, e.idSpan));
}

function at(service: LandscapeService, doc: vscode.TextDocument, pos: vscode.Position) {
  const result = service.resultFor(doc.uri);
  if (!result?.landscape) return undefined;
  const hit = idAt(result.landscape, corePath(doc.uri), doc.offsetAt(pos));
  return hit ? { result, hit } : undefined;
}

/** Reference sites by the id they name, once per lint result: CodeLens asks for every system. */
const sitesById = new WeakMap<LintResult, Map<string, ReferenceSite[]>>();

function sitesOf(result: LintResult, id: string): ReferenceSite[] {
  let byId = sitesById.get(result);
  if (!byId) {
    byId = new Map();
    for (const s of referenceSites(result.landscape.entities)) {
      const list = byId.get(s.ref.id);
      if (list) list.push(s);
      else byId.set(s.ref.id, [s]);
    }
    sitesById.set(result, byId);
  }
  return byId.get(id) ?? [];
}

function allReferences(result: LintResult, id: string): vscode.Location[] {
  return sitesOf(result, id).map((s) => new vscode.Location(uriOf(s.holder.file), rangeOf(result, s.holder.file, s.ref.span)));
}

/** A system's coupling lens; its references are looked up only when VS Code shows the lens. */
class SystemLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly title: string, readonly uri: vscode.Uri, readonly result: LintResult, readonly systemId: string) {
    super(range);
  }
}

function idCard(result: LintResult, e: Entity): string {
  const lines = [`**${KIND_LABEL[e.kind]} \`${e.id}\`**${e.name ? ` — ${e.name}` : ''}`, ''];
  const row = (k: string, v: string | undefined): void => {
    if (v) lines.push(`- ${k}: ${v}`);
  };
  if (e.kind === 'system') {
    row('mode', e.mode);
    row('owner', e.owner?.id);
    row('domain', e.domain?.id);
    row('lifecycle', e.lifecycle);
    row('governance', e.governance === 'shadow' ? 'shadow IT' : undefined);
    const c = coupling(result.landscape.graph, e.id);
    row('coupling', `Ca ${c.ca} · Ce ${c.ce} · instability ${c.instability === undefined ? '–' : c.instability.toFixed(2)}`);
  } else if (e.kind === 'api') {
    const p = e.provider ? result.landscape.systemById.get(e.provider.id) : undefined;
    row('provider', p ? `${p.id} (${p.mode ?? 'no mode'})` : e.provider?.id);
    row('type', e.type);
    row('lifecycle', e.lifecycle);
  } else if (e.kind === 'owner') {
    row('type', e.type);
    row('role', e.role);
    row('parent', e.parent?.id);
  } else if (e.kind === 'dataStore') row('system', e.system?.id);
  else if (e.kind === 'rollout') {
    row('targets', e.targets.map((t) => t.id).join(', '));
    row('status', e.status);
  }
  const findings = result.findings.filter((f) => f.subject === e.id);
  if (findings.length) lines.push('');
  for (const f of findings) lines.push(`- ${f.severity}: ${f.message} (\`${f.rule}\`)`);
  return lines.join('\n');
}

export function registerLanguageFeatures(context: vscode.ExtensionContext, service: LandscapeService): void {
  const selector: vscode.DocumentSelector = [{ scheme: 'file', language: 'yaml' }];
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(doc, pos) {
        const a = at(service, doc, pos);
        const target = a && a.result.landscape.byId.get(a.hit.id);
        return target ? locate(a.result, target) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(doc, pos, ctx) {
        const a = at(service, doc, pos);
        if (!a) return undefined;
        const refs = allReferences(a.result, a.hit.id);
        const def = a.result.landscape.byId.get(a.hit.id);
        return ctx.includeDeclaration && def ? [locate(a.result, def), ...refs] : refs;
      },
    }),
    vscode.languages.registerRenameProvider(selector, {
      prepareRename(doc, pos) {
        const a = at(service, doc, pos);
        if (!a || !a.result.landscape.byId.has(a.hit.id)) throw new Error('Place the cursor on the id of an entity or on a reference to one.');
        return { range: rangeOf(a.result, corePath(doc.uri), a.hit.span), placeholder: a.hit.id };
      },
      provideRenameEdits(doc, pos, newName) {
        const a = at(service, doc, pos);
        if (!a) return undefined;
        if (!new RegExp(ID_PATTERN).test(newName) || newName.length > 63) throw new Error(`'${newName}' is not a valid id: use kebab-case (lowercase letters, digits, single hyphens), at most 63 characters.`);
        if (newName !== a.hit.id && a.result.landscape.byId.has(newName)) throw new Error(`'${newName}' is already used by another entity.`);
        const edit = new vscode.WorkspaceEdit();
        const def = a.result.landscape.byId.get(a.hit.id);
        const spans = [...(def ? [{ file: def.file, span: def.idSpan }] : []), ...[...referenceSites(a.result.landscape.entities)].filter((s) => s.ref.id === a.hit.id).map((s) => ({ file: s.holder.file, span: s.ref.span }))];
        for (const s of spans) edit.replace(uriOf(s.file), rangeOf(a.result, s.file, s.span), newName);
        return edit;
      },
    }),
    vscode.languages.registerHoverProvider(selector, {
      provideHover(doc, pos) {
        const a = at(service, doc, pos);
        const e = a && a.result.landscape.byId.get(a.hit.id);
        if (a && e) return new vscode.Hover(new vscode.MarkdownString(idCard(a.result, e)), rangeOf(a.result, corePath(doc.uri), a.hit.span));
        // Keys: the schema's description — unless the Red Hat YAML extension shows it already.
        if (yamlExtensionActive()) return undefined;
        const result = service.resultFor(doc.uri);
        const file = result?.files.find((f) => f.path === corePath(doc.uri));
        if (!result || !file || file.text !== doc.getText()) return undefined;
        const key = describeKey(file.parsed.root, doc.offsetAt(pos));
        if (!key) return undefined;
        // One click from any key to the whole format reference (docs/format.md, shipped).
        const md = new vscode.MarkdownString(`${key.markdown}\n\n[Format reference](command:landscape.showFormatReference)`);
        md.isTrusted = { enabledCommands: ['landscape.showFormatReference'] };
        return new vscode.Hover(md, rangeOf(result, file.path, key.span));
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      provideDocumentSymbols(doc) {
        const result = service.resultFor(doc.uri);
        if (!result?.landscape) return [];
        const path = corePath(doc.uri);
        const sections = new Map<string, vscode.DocumentSymbol>();
        const KIND_SECTION: Record<string, [string, vscode.SymbolKind]> = {
          owner: ['owners', vscode.SymbolKind.Object], domain: ['domains', vscode.SymbolKind.Package], system: ['systems', vscode.SymbolKind.Class],
          api: ['apis', vscode.SymbolKind.Interface], dataStore: ['dataStores', vscode.SymbolKind.Struct], rollout: ['rollouts', vscode.SymbolKind.Event],
        };
        for (const e of [...result.landscape.entities, ...result.landscape.duplicates]) {
          if (e.file !== path) continue;
          const [section, kind] = KIND_SECTION[e.kind];
          const full = rangeOf(result, path, e.node);
          const sym = new vscode.DocumentSymbol(e.id, e.kind === 'system' ? e.mode ?? '' : e.name ?? '', kind, full, rangeOf(result, path, e.idSpan));
          let parent = sections.get(section);
          if (!parent) {
            parent = new vscode.DocumentSymbol(section, '', vscode.SymbolKind.Namespace, full, full);
            sections.set(section, parent);
          }
          parent.children.push(sym);
          parent.range = parent.range.union(full);
        }
        return [...sections.values()];
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const q = query.toLowerCase();
        const out: vscode.SymbolInformation[] = [];
        const seen = new Set<string>();
        for (const result of service.results()) {
          for (const e of result.landscape?.entities ?? []) {
            if (seen.has(e.id) || (q && !e.id.includes(q) && !(e.name ?? '').toLowerCase().includes(q))) continue;
            seen.add(e.id);
            out.push(new vscode.SymbolInformation(e.id, vscode.SymbolKind.Class, KIND_LABEL[e.kind], locate(result, e)));
          }
        }
        return out;
      },
    }),
    vscode.languages.registerCodeLensProvider(selector, {
      onDidChangeCodeLenses: service.onDidUpdate as unknown as vscode.Event<void>,
      provideCodeLenses(doc) {
        const result = service.resultFor(doc.uri);
        if (!result?.landscape) return [];
        const path = corePath(doc.uri);
        return result.landscape.systems.filter((s: SystemEntity) => s.file === path).map((s) => {
          const c = coupling(result.landscape.graph, s.id);
          const title = `${c.ca} consumer${c.ca === 1 ? '' : 's'} · ${c.ce} dependenc${c.ce === 1 ? 'y' : 'ies'}${c.instability === undefined ? '' : ` · I ${c.instability.toFixed(2)}`}`;
          return new SystemLens(rangeOf(result, path, s.idSpan), title, doc.uri, result, s.id);
        });
      },
      resolveCodeLens(lens: SystemLens) {
        lens.command = { title: lens.title, command: 'editor.action.showReferences', arguments: [lens.uri, lens.range.start, allReferences(lens.result, lens.systemId)] };
        return lens;
      },
    }),
  );
}
