/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning — one run, every rule with its
 * description and help link, results with physical locations, related locations for the
 * related ids, and fingerprints that survive unrelated edits.
 */
import type * as Sarif from 'sarif';
import { ALL_RULES, docsUrl } from '../../core/index';
import type { EntryReport } from '../report-model';

const CORE_RULES: [string, string][] = [
  ['core/yaml-syntax', 'The file is not valid YAML (or not text).'],
  ['core/schema', 'The file does not match the landscape format.'],
  ['core/unknown-property', 'A property the format does not know.'],
  ['core/import-not-found', 'An import that cannot be resolved or is refused.'],
  ['core/invalid-config', 'Invalid lint configuration.'],
  ['core/internal', 'A rule crashed; the other rules still ran.'],
  ['core/unused-suppression', 'A suppression that suppresses nothing.'],
];

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

export function formatSarif(reports: EntryReport[], version: string): string {
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
    ...CORE_RULES.map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: id === 'core/unknown-property' ? 'warning' : id === 'core/unused-suppression' ? 'note' : 'error' } } satisfies Sarif.ReportingDescriptor)),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  const results: Sarif.Result[] = [];
  const artifacts = new Set<string>();
  const seen = new Set<string>();
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const f = d.finding;
      const key = `${d.file}:${d.line}:${d.column}:${f.rule}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      artifacts.add(d.file);
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(d.file, d)],
        relatedLocations: d.related.map((rel, i) => ({ id: i + 1, ...location(rel.file, rel), message: { text: `'${rel.id}' is defined here` } })),
        partialFingerprints: { 'landscapeFinding/v1': [f.rule, f.subject ?? '', [...f.related].sort().join(','), d.file].join('|') },
        properties: { subject: f.subject, related: f.related },
      });
    }
  }
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'landscape', version, semanticVersion: version, informationUri: 'https://github.com/landscape-tools/landscape', rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(process.cwd())}/` } },
      artifacts: [...artifacts].map((uri) => ({ location: { uri, uriBaseId: '%SRCROOT%' } })),
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

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
