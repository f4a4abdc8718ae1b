/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning — one run, every rule with its
 * description and help link, results with physical locations, related locations for the
 * related ids, and fingerprints that survive unrelated edits. Written in pieces (the results
 * one group at a time), byte for byte what `JSON.stringify(log, null, 2)` prints.
 */
import type * as Sarif from 'sarif';
import { ALL_RULES, CORE_CODES, docsUrl } from '../../core/index';
import type { EntryReport } from '../report-model';
import { chunked } from './chunks';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

export interface SarifOptions {
  /**
   * A review's comparison state of each result (`landscape diff --format sarif`): `new` for a
   * finding the change adds, `absent` for one it fixes (located at the base). Absent: a lint.
   */
  baselineState?: (d: EntryReport['diagnostics'][number]) => 'new' | 'absent';
}

export function* formatSarif(reports: EntryReport[], version: string, options: SarifOptions = {}): Iterable<string> {
  const rules: Sarif.ReportingDescriptor[] = [
    ...ALL_RULES.map((r) => ({
      id: r.meta.id,
      name: r.meta.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: `${r.meta.description} ${r.meta.rationale}` },
      helpUri: docsUrl(r.meta.id),
      help: { text: r.meta.rationale, markdown: r.meta.docs },
      defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity], enabled: r.meta.defaultSeverity !== 'off' },
      properties: { category: r.meta.category },
    } satisfies Sarif.ReportingDescriptor)),
    ...Object.entries(CORE_CODES).map(([id, c]) => ({ id, shortDescription: { text: c.description }, defaultConfiguration: { level: LEVEL[c.severity] } } satisfies Sarif.ReportingDescriptor)),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  // A fragment imported by two entries gives its findings once.
  const unique: EntryReport['diagnostics'] = [];
  const artifacts = new Set<string>();
  const seen = new Set<string>();
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const key = `${d.file}:${d.line}:${d.column}:${d.finding.rule}:${d.finding.message}:${options.baselineState?.(d) ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      artifacts.add(d.file);
      unique.push(d);
    }
  }
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'landscape', version, semanticVersion: version, informationUri: 'https://github.com/landscape-tools/landscape', rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(process.cwd())}/` } },
      artifacts: [...artifacts].map((uri) => ({ location: { uri, uriBaseId: '%SRCROOT%' } })),
      results: [RESULTS as unknown as Sarif.Result],
      columnKind: 'utf16CodeUnits',
    }],
  };
  // The document around the results, split where the results go.
  const [before, after] = JSON.stringify(log, null, 2).split(RESULTS_JSON);
  if (unique.length === 0) {
    yield `${before.replace(/\[\s*$/, '[')}${after.replace(/^\s*\]/, ']')}\n`;
    return;
  }
  yield before.replace(/\s*$/, '');
  yield* chunked(unique, (d, i) => {
    const f = d.finding;
    const result: Sarif.Result = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(d.file, d)],
      relatedLocations: d.related.map((rel, k) => ({ id: k + 1, ...location(rel.file, rel), message: { text: `'${rel.id}' is defined here` } })),
      partialFingerprints: { 'landscapeFinding/v1': [f.rule, f.subject ?? '', [...f.related].sort().join(','), d.file].join('|') },
      properties: { subject: f.subject, related: f.related },
    };
    const state = options.baselineState?.(d);
    if (state) result.baselineState = state;
    return `${i ? ',' : ''}\n        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}`;
  });
  yield `${after.replace(/^\s*/, '\n      ')}\n`;
}

/** Stands where the results go while the rest of the log is printed. */
const RESULTS = '\u0000results\u0000';
const RESULTS_JSON = JSON.stringify(RESULTS);

function location(file: string, p: { line: number; column: number; endLine: number; endColumn: number }): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
      region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: Math.max(p.endColumn, p.endLine === p.line ? p.column : 1) },
    },
  };
}

function pathToFileUri(p: string): string {
  return `file://${encodeURI(p.split('\\').join('/').replace(/^([A-Za-z]):/, '/$1:'))}`;
}
