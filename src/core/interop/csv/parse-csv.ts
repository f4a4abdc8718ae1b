/**
 * RFC 4180 CSV → rows of cells by column header, with csv-parse (quotes, doubled quotes,
 * line breaks inside quotes, a byte-order mark; README "Dependencies and why"). Its browser
 * build, because the core runs anywhere (the Node build relies on Node's Buffer). The separator
 * is the mapping's, else the one of `, ; tab |` the header line uses most outside quotes (a
 * sheet saved in a comma-decimal locale uses `;`).
 */
import { parse, type CsvError } from 'csv-parse/browser/esm/sync';
import type { Messages } from '../messages';

export interface CsvTable {
  headers: string[];
  /** Each record with the 1-based line it starts on. */
  rows: { line: number; cells: string[] }[];
  separator: string;
}

const SEPARATORS = [',', ';', '\t', '|'];

export function detectSeparator(text: string): string {
  const counts = new Map(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** The table, or undefined after a fatal message at the line csv-parse stopped at. */
export function parseCsv(text: string, file: string, separator: string | undefined, messages: Messages): CsvTable | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const sep = separator ?? detectSeparator(body);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter: sep, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as CsvError & { lines?: number };
    messages.add('fatal', `not RFC 4180 CSV: ${err.message}`, { file, ...(typeof err.lines === 'number' ? { line: err.lines } : {}) });
    return undefined;
  }
  if (records.length === 0) {
    messages.add('fatal', 'the CSV file is empty: its first line must name the columns', { file });
    return undefined;
  }
  const headers = records[0].record.map((h) => h.trim());
  const rows: CsvTable['rows'] = [];
  for (const { record, info } of records.slice(1)) {
    // info.lines is the line a record ends on: back by the line breaks inside its quoted cells.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (record.length !== headers.length) {
      const what = record.length < headers.length ? 'the missing ones are empty' : `the extra ones are kept as annotations landscape.dev/csv.column-<n>`;
      messages.add('warning', `${record.length} fields where the header has ${headers.length}: ${what}`, { file, line });
    }
    rows.push({ line, cells: record });
  }
  return { headers, rows, separator: sep };
}
