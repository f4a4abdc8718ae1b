/**
 * Completion: reference ids filtered by the kind the field expects (with detail), enum values
 * and keys from the schema. Keys and enums are left to the Red Hat YAML extension when it is
 * active (it reads the same schema through `yamlValidation`), so nothing is offered twice.
 */
import * as vscode from 'vscode';
import { KIND_LABEL, LANDSCAPE_SCHEMA, type EntityKind } from '../core/index';
import type { LandscapeService } from './landscape-service';

type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[]; description?: string; else?: Schema };

const SECTION_KIND: Record<string, EntityKind> = { owners: 'owner', domains: 'domain', systems: 'system', apis: 'api', dataStores: 'dataStore', rollouts: 'rollout' };

/** Which kind of id a field refers to, by section (successor differs for systems and APIs). */
function expectedKind(section: string | undefined, field: string): EntityKind | undefined {
  switch (field) {
    case 'owner': case 'parent': case 'reviewedBy': return 'owner';
    case 'domain': return 'domain';
    case 'provider': case 'system': case 'targets': case 'dependsOn': return 'system';
    case 'api': case 'consumes': return 'api';
    case 'store': case 'dataAccess': return 'dataStore';
    case 'successor': return section === 'apis' ? 'api' : 'system';
    default: return undefined;
  }
}

function entitySchema(section: string): Schema | undefined {
  return (LANDSCAPE_SCHEMA as Schema).properties?.[section]?.items;
}

/** The top-level section the line belongs to (the nearest unindented key above). */
function sectionOf(doc: vscode.TextDocument, line: number): string | undefined {
  for (let l = line; l >= 0; l--) {
    const m = /^([A-Za-z][\w-]*)\s*:/.exec(doc.lineAt(l).text);
    if (m) return m[1];
  }
  return undefined;
}

/** The field whose value is being typed: `key: par|`, `key: [a, par|`, or a `- par|` item under `key:`. */
function fieldAt(doc: vscode.TextDocument, pos: vscode.Position): string | undefined {
  const before = doc.lineAt(pos.line).text.slice(0, pos.character);
  const inline = /([A-Za-z]+)\s*:\s*(?:\[[^\]]*?)?[\w-]*$/.exec(before);
  if (inline) return inline[1];
  const item = /^(\s*)-\s+[\w-]*$/.exec(before);
  if (!item) return undefined;
  const indent = item[1].length;
  for (let l = pos.line - 1; l >= 0; l--) {
    const text = doc.lineAt(l).text;
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const m = /^(\s*)(?:-\s+)?([A-Za-z]+)\s*:\s*$/.exec(text);
    if (m && m[1].length <= indent) return m[2];
    if (/^\S/.test(text)) return undefined;
  }
  return undefined;
}

export class LandscapeCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly service: LandscapeService, private readonly schemaByYamlExtension: () => boolean) {}

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] {
    const section = sectionOf(doc, pos.line);
    const field = fieldAt(doc, pos);
    const wordRange = doc.getWordRangeAtPosition(pos, /[\w-]+/);
    if (field) {
      const kind = expectedKind(section, field);
      const result = this.service.resultFor(doc.uri);
      if (kind && result?.landscape) {
        return result.landscape.entities.filter((e) => e.kind === kind).map((e) => {
          const item = new vscode.CompletionItem(e.id, vscode.CompletionItemKind.Reference);
          item.detail = `${KIND_LABEL[e.kind]}${e.kind === 'system' && e.mode ? ` · ${e.mode}` : ''}${e.name ? ` — ${e.name}` : ''}`;
          item.range = wordRange;
          return item;
        });
      }
      if (this.schemaByYamlExtension() || !section) return [];
      const prop = entitySchema(section)?.properties?.[field];
      return (prop?.enum ?? []).map((v) => {
        const item = new vscode.CompletionItem(v, vscode.CompletionItemKind.EnumMember);
        item.detail = prop?.description;
        item.range = wordRange;
        return item;
      });
    }
    if (this.schemaByYamlExtension() || !section || !SECTION_KIND[section]) return [];
    const before = doc.lineAt(pos.line).text.slice(0, pos.character);
    if (!/^\s+(?:-\s+)?[\w]*$/.test(before)) return [];
    const props = entitySchema(section)?.properties ?? {};
    return Object.entries(props).map(([key, s]) => {
      const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
      item.documentation = new vscode.MarkdownString(s.description ?? '');
      item.insertText = `${key}: `;
      item.range = wordRange;
      return item;
    });
  }
}
