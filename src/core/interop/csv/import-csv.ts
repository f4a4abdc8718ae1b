/**
 * `landscape import csv`: one system per row of an inventory sheet, by a mapping file that
 * says which column is which field (docs/interop.md). Owners and domains named in the sheet
 * become entries of their own (id made from the name), dependency columns list other rows by
 * id or name, cells a value map does not cover and columns no field takes are kept as
 * `landscape.dev/csv.<column>` annotations, and every row that cannot be a system is said.
 */
import type { Host } from '../../load/host';
import { safeRead } from '../../load/import-targets';
import { decode } from '../../parse/decode';
import { CSV_ENUM_FIELDS } from '../../schema/csv-mapping-schema';
import { ID_PATTERN } from '../../schema/landscape-schema';
import { calendarDateOf } from '../../util/dates';
import { relative, dirname } from '../../util/paths';
import { IdSpace, toIdWords } from '../ids';
import { inFieldOrder, PREFIX } from '../landscape-fields';
import { Messages, type ImportResult } from '../messages';
import { writeLandscape, type OutEntity, type YamlValue } from '../yaml-writer';
import { parseCsv, type CsvTable } from './parse-csv';
import { readMapping, type CsvMapping } from './read-mapping';

const ID = new RegExp(ID_PATTERN);

export async function importCsv(host: Host, csvFile: string, mappingFile: string): Promise<ImportResult> {
  const messages = new Messages();
  const [csvText, mappingText] = [await readText(host, csvFile, messages), await readText(host, mappingFile, messages)];
  if (csvText === undefined || mappingText === undefined) return { text: undefined, messages: messages.list, counts: {} };
  const mapping = readMapping(mappingText, mappingFile, messages);
  const table = mapping && parseCsv(csvText, csvFile, mapping.separator, messages);
  if (!mapping || !table || !columnsExist(mapping, table, csvFile, mappingFile, mappingText, messages)) return { text: undefined, messages: messages.list, counts: {} };
  return new CsvImport(mapping, table, csvFile, messages).run(dirname(csvFile));
}

async function readText(host: Host, file: string, messages: Messages): Promise<string | undefined> {
  const bytes = await safeRead(host, file);
  if (bytes === undefined) {
    messages.add('fatal', `cannot read ${file}: no such file`);
    return undefined;
  }
  const decoded = decode(bytes);
  if (decoded.problem) {
    messages.add('fatal', decoded.problem.message, { file });
    return undefined;
  }
  return decoded.text;
}

/** Every column the mapping names is in the header; else fatal, at the mapping's line, with the nearest header. */
function columnsExist(mapping: CsvMapping, table: CsvTable, csvFile: string, mappingFile: string, mappingText: string, messages: Messages): boolean {
  const named = [...Object.entries(mapping.columns).map(([f, c]) => [`columns.${f}`, c] as const), ...(mapping.dependencies ?? []).map((d, i) => [`dependencies[${i}].column`, d.column] as const)];
  let ok = true;
  for (const [where, column] of named) {
    if (table.headers.includes(column)) continue;
    ok = false;
    const near = table.headers.find((h) => h.toLowerCase() === column.toLowerCase().trim());
    const line = mappingText.slice(0, Math.max(0, mappingText.indexOf(column))).split('\n').length;
    messages.add('fatal', `${where}: ${csvFile.slice(csvFile.lastIndexOf('/') + 1)} has no column '${column}'${near ? `; did you mean '${near}'?` : ''} (its columns: ${table.headers.map((h) => `'${h}'`).join(', ')}; separator '${table.separator === '\t' ? '\\t' : table.separator}')`, { file: mappingFile, line });
  }
  return ok;
}

/** Rows are found by id or name whatever the case and spacing ("Search\nengine" is "search engine"). */
function nameKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** A cell in a message: in quotes, and on one line whatever it holds. */
function quote(s: string): string {
  // eslint-disable-next-line no-control-regex -- a control character would break the message's line
  return /[\0-\x1f\x7f-\x9f\u2028\u2029]/.test(s) ? JSON.stringify(s) : `'${s}'`;
}

class CsvImport {
  private readonly ids = new IdSpace();
  private readonly owners = new Map<string, string>();
  private readonly domains = new Map<string, string>();
  private readonly comments: string[] = [];

  constructor(private readonly m: CsvMapping, private readonly t: CsvTable, private readonly file: string, private readonly messages: Messages) {}

  run(outDir: string): ImportResult {
    const rows = this.t.rows.map((r) => ({ ...r, get: (column: string | undefined) => (column === undefined ? '' : (r.cells[this.t.headers.indexOf(column)] ?? '').trim()) }));
    // Ids first, all of them, so dependencies can name rows further down.
    const byName = new Map<string, string>();
    const systemIds = rows.map((r) => {
      if (r.cells.every((c) => c.trim() === '')) return undefined; // a blank row (only separators)
      const written = r.get(this.m.columns.id);
      const name = r.get(this.m.columns.name);
      if (written === '' && name === '') {
        this.messages.add('error', 'a row with neither id nor name is not imported', { file: this.file, line: r.line });
        this.comments.push(`line ${r.line}: no id and no name, not imported: ${r.cells.join(' | ')}`);
        return undefined;
      }
      const wanted = ID.test(written) && written.length <= 63 ? written : toIdWords(written || name);
      const id = this.ids.take(wanted, 'system', `line ${r.line}`);
      if (written !== '' && wanted !== written) this.messages.add('warning', `id ${quote(written)} is not kebab-case: ${id}`, { file: this.file, line: r.line });
      for (const key of [written, name]) if (key !== '' && !byName.has(nameKey(key))) byName.set(nameKey(key), id);
      return id;
    });
    const ignored = new Set([...Object.values(this.m.columns), ...(this.m.dependencies ?? []).map((d) => d.column), ...(this.m.ignore ?? [])]);
    const kept = this.t.headers.filter((h) => !ignored.has(h));
    if (kept.length) this.messages.add('note', `columns without a field in the mapping are kept as annotations ${PREFIX}csv.<column> (list them under ignore: to leave them out): ${kept.join(', ')}`, { file: this.file });
    const systems: OutEntity[] = [];
    rows.forEach((r, i) => {
      const id = systemIds[i];
      if (id === undefined) return;
      const fields: Record<string, unknown> = { id };
      const annotations: Record<string, string> = {};
      const comments: string[] = [];
      const at = { file: this.file, line: r.line };
      for (const [field, column] of Object.entries(this.m.columns)) {
        if (field === 'id') continue;
        const cell = r.get(column);
        const value = cell === '' ? this.m.defaults?.[field] : this.valueOf(field, cell, column, annotations, at);
        if (value === undefined || value === '') continue;
        if (field === 'tags') fields.tags = value.split(this.m.listSeparator ?? ',').map((t) => t.trim()).filter(Boolean);
        else if (field === 'owner') fields.owner = this.entry(this.owners, value, 'owner');
        else if (field === 'domain') fields.domain = this.entry(this.domains, value, 'domain');
        else if (field === 'endOfLife' && !calendarDateOf(value)) {
          annotations[`${PREFIX}csv.${column}`] = value;
          this.messages.add('warning', `${column} ${quote(value)} is no date as YYYY-MM-DD: kept as annotation`, at);
        } else fields[field] = value;
      }
      if (fields.mode === undefined) {
        fields.mode = this.m.defaults?.mode ?? 'mode2';
        comments.push(`mode not stated in the sheet: ${String(fields.mode)}${this.m.defaults?.mode ? ' from defaults.mode' : ' (no mode column, no defaults.mode)'}; decide mode1, gearbox or mode2`);
      }
      for (const d of this.m.dependencies ?? []) {
        for (const item of r.get(d.column).split(d.separator ?? this.m.listSeparator ?? ',').map((s) => s.trim()).filter(Boolean)) {
          const target = byName.get(nameKey(item)) ?? (toIdWords(item) || undefined);
          if (target === undefined || target === id) continue;
          if (!byName.has(nameKey(item))) this.messages.add('warning', `${d.column}: ${quote(item)} is no row of the sheet: kept as ${target} for landscape lint to report`, at);
          const list = (fields.dependsOn ??= []) as YamlValue[];
          if (!list.some((e) => (typeof e === 'string' ? e : (e as { system: string }).system) === target)) list.push(d.interaction ? { system: target, interaction: d.interaction } : target);
        }
      }
      r.cells.forEach((cell, c) => {
        const header = this.t.headers[c] ?? `column-${c + 1}`;
        if ((c >= this.t.headers.length || kept.includes(header)) && cell.trim() !== '') annotations[`${PREFIX}csv.${header}`] = cell;
      });
      if (Object.keys(annotations).length) fields.annotations = annotations;
      systems.push({ fields: inFieldOrder('systems', fields) as Record<string, YamlValue>, comments });
    });
    for (const rn of this.ids.renamings) this.messages.add('warning', rn.takenBy ? `${rn.source} gets id ${rn.id}: ${rn.wanted} is the id of ${rn.takenBy}` : `${rn.source} has no letter or digit: id ${rn.id}`, { file: this.file });
    const named = (map: Map<string, string>): OutEntity[] => [...map].map(([name, id]) => ({ fields: name === id ? { id } : { id, name } }));
    const sections = { owners: named(this.owners), domains: named(this.domains), systems };
    const text = writeLandscape({
      header: [`Imported from ${relative(outDir, this.file)} by landscape import csv (docs/interop.md).`, 'Systems whose mode the sheet does not state carry a comment: decide them, then run landscape lint.'],
      sections,
      trailer: this.comments.length ? ['Not imported from the sheet:', ...this.comments.map((c) => `  ${c}`)] : [],
    });
    return { text, messages: this.messages.list, counts: { owners: sections.owners.length, domains: sections.domains.length, systems: systems.length } };
  }

  /** A cell through the field's value map; a value the format does not know is kept as an annotation. */
  private valueOf(field: string, cell: string, column: string, annotations: Record<string, string>, at: { file: string; line: number }): string | undefined {
    const allowed = CSV_ENUM_FIELDS[field];
    if (!allowed) return cell;
    const map = this.m.values?.[field] ?? {};
    const mapped = map[cell] ?? Object.entries(map).find(([k]) => k.trim().toLowerCase() === cell.toLowerCase())?.[1] ?? allowed.find((v) => v.toLowerCase() === cell.toLowerCase());
    if (mapped !== undefined) return mapped;
    annotations[`${PREFIX}csv.${column}`] = cell;
    const fallback = this.m.defaults?.[field];
    this.messages.add('warning', `${column} ${quote(cell)} is in no value map of ${field} (values.${field}) and is not one of ${allowed.join(', ')}: kept as annotation${fallback ? `, ${field} ${fallback} from defaults` : ''}`, at);
    return fallback;
  }

  /** The id of an owner or domain named in a cell, made once per distinct name. */
  private entry(map: Map<string, string>, name: string, kind: string): string {
    const known = map.get(name);
    if (known !== undefined) return known;
    const id = this.ids.take(ID.test(name) ? name : toIdWords(name), kind, `${kind} '${name}'`);
    map.set(name, id);
    return id;
  }
}
