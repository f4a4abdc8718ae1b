/**
 * Completion: reference ids filtered by the kind the field expects, with their architectural
 * detail (kind, mode, provider, lifecycle; retiring ones tagged deprecated and sorted last) and
 * the id card on resolve; enum values and keys from the schema. Keys and enums are left to the
 * Red Hat YAML extension when it is active (it reads the same schema), so nothing is offered twice.
 */
import { KIND_LABEL, LANDSCAPE_SCHEMA, type Entity, type EntityKind, type LintResult } from '../core/index';
import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Context } from './context';
import { idCard, isRetiring } from './id-card';
import { lineText, wordRangeAt } from './text';

type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[]; const?: string; description?: string; else?: Schema; enumDescriptions?: string[]; markdownEnumDescriptions?: string[] };

const SECTION_KIND: Record<string, EntityKind> = { owners: 'owner', domains: 'domain', systems: 'system', apis: 'api', dataStores: 'dataStore', rollouts: 'rollout' };

/** What a resolve needs to find the item's entity again. */
interface ItemData {
  uri: string;
  id: string;
}

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
function sectionOf(doc: TextDocument, line: number): string | undefined {
  for (let l = line; l >= 0; l--) {
    const m = /^([A-Za-z][\w-]*)\s*:/.exec(lineText(doc, l));
    if (m) return m[1];
  }
  return undefined;
}

/** The field whose value is being typed: `key: par|`, `key: [a, par|`, or a `- par|` item under `key:`. */
function fieldAt(doc: TextDocument, pos: Position): string | undefined {
  const before = lineText(doc, pos.line).slice(0, pos.character);
  const inline = /([A-Za-z]+)\s*:\s*(?:\[[^\]]*?)?[\w-]*$/.exec(before);
  if (inline) return inline[1];
  const item = /^(\s*)-\s+[\w-]*$/.exec(before);
  if (!item) return undefined;
  const indent = item[1].length;
  for (let l = pos.line - 1; l >= 0; l--) {
    const text = lineText(doc, l);
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const m = /^(\s*)(?:-\s+)?([A-Za-z]+)\s*:\s*$/.exec(text);
    if (m && m[1].length <= indent) return m[2];
    if (/^\S/.test(text)) return undefined;
  }
  return undefined;
}

/** One line of architecture beside the id: kind, then mode or provider, then a lifecycle other than active, then the name. */
function detailOf(result: LintResult, e: Entity): string {
  const parts = [KIND_LABEL[e.kind]];
  if (e.kind === 'system' && e.mode) parts.push(e.mode);
  if (e.kind === 'api' && e.provider) {
    const p = result.landscape.systemById.get(e.provider.id);
    parts.push(`by ${e.provider.id}${p?.mode ? ` (${p.mode})` : ''}`);
  }
  if ((e.kind === 'system' || e.kind === 'api') && e.lifecycle !== 'active') parts.push(e.lifecycle);
  return `${parts.join(' · ')}${e.name ? ` — ${e.name}` : ''}`;
}

function withRange(item: CompletionItem, range: Range | undefined, newText = item.label): CompletionItem {
  if (range) item.textEdit = { range, newText };
  else if (newText !== item.label) item.insertText = newText;
  return item;
}

/** The whole value after `key:` on the position's line (`landscape/v1` is more than one word). */
function valueRange(doc: TextDocument, pos: Position): Range | undefined {
  const m = /^([\w-]+\s*:\s*)(\S+)/.exec(lineText(doc, pos.line));
  return m ? { start: { line: pos.line, character: m[1].length }, end: { line: pos.line, character: m[1].length + m[2].length } } : undefined;
}

/**
 * A value of an enum: what this value means beside it (`mode1`, `gearbox` and `mode2` each say
 * their own), the field's description under it; from the schema's per-value descriptions.
 */
function enumItem(value: string, i: number, prop: Schema): CompletionItem {
  const meaning = prop.markdownEnumDescriptions?.[i];
  const item: CompletionItem = { label: value, kind: CompletionItemKind.EnumMember, detail: prop.enumDescriptions?.[i] ?? prop.description };
  if (meaning) item.documentation = { kind: MarkupKind.Markdown, value: prop.description ? `${meaning}\n\n${prop.description}` : meaning };
  return item;
}

export async function completion(ctx: Context, doc: TextDocument, pos: Position): Promise<CompletionItem[]> {
  const section = sectionOf(doc, pos.line);
  const field = fieldAt(doc, pos);
  const range = wordRangeAt(doc, pos);
  if (field) {
    const kind = expectedKind(section, field);
    const path = ctx.uris.pathOf(doc.uri);
    const result = kind && path !== undefined ? await ctx.results.resultFor(path) : undefined;
    if (kind && result?.landscape) {
      return result.landscape.entities.filter((e) => e.kind === kind).map((e) => {
        const retiring = isRetiring(e);
        const data: ItemData = { uri: doc.uri, id: e.id };
        const item: CompletionItem = { label: e.id, kind: CompletionItemKind.Reference, detail: detailOf(result, e), sortText: `${retiring ? 1 : 0}${e.id}`, data };
        if (retiring) item.tags = [CompletionItemTag.Deprecated];
        return withRange(item, range);
      });
    }
    if (ctx.schemaByYamlExtension() || !section) return [];
    // A top-level key (`apiVersion:`, `kind:`) is its own section: its values are the root schema's.
    const topLevel = section === field && /^[A-Za-z]/.test(lineText(doc, pos.line));
    const prop = topLevel ? (LANDSCAPE_SCHEMA as Schema).properties?.[field] : entitySchema(section)?.properties?.[field];
    // A `const` (apiVersion's `landscape/v1`) is an enum of one value.
    const values = prop?.enum ?? (prop?.const === undefined ? [] : [prop.const]);
    return values.map((v, i) => withRange(enumItem(v, i, prop!), topLevel ? valueRange(doc, pos) ?? range : range));
  }
  if (ctx.schemaByYamlExtension() || !section || !SECTION_KIND[section]) return [];
  const before = lineText(doc, pos.line).slice(0, pos.character);
  if (!/^\s+(?:-\s+)?[\w]*$/.test(before)) return [];
  const props = entitySchema(section)?.properties ?? {};
  return Object.entries(props).map(([key, s]) => withRange({ label: key, kind: CompletionItemKind.Property, documentation: { kind: MarkupKind.Markdown, value: s.description ?? '' } }, range, `${key}: `));
}

/** The id card of a completed id (computed only for the item the user looks at). */
export async function resolveCompletion(ctx: Context, item: CompletionItem): Promise<CompletionItem> {
  const data = item.data as Partial<ItemData> | undefined;
  const path = data?.uri === undefined ? undefined : ctx.uris.pathOf(data.uri);
  if (path === undefined || data?.id === undefined) return item;
  const result = await ctx.results.resultFor(path);
  const e = result?.landscape.byId.get(data.id);
  if (result && e) item.documentation = { kind: MarkupKind.Markdown, value: idCard(result, e) };
  return item;
}
