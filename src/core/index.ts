/**
 * The public face of the core: front ends (CLI, extension, webview host) import only this.
 * No vscode, no DOM, no node:* imports anywhere under src/core (checked by a test).
 */
export type { Finding, RelatedLocation, TextEdit } from './types';
export type { Host } from './load/host';
export { memoryHost } from './load/host';
export { ParseCache, loadLandscape } from './load/load-landscape';
export { fixesOf, lintLandscape, sortFindings, sourceText, type LintResult } from './lint/engine';
export { today, isCalendarDate } from './util/dates';
export { DidYouMean } from './util/did-you-mean';
export { makeBaseline, filterByBaseline, parseBaseline } from './lint/baseline';
export { ALL_RULES, RULES_BY_ID } from './rules/index';
export { docsUrl, type Rule, type RuleMeta } from './rules/rule';
export { LineIndex } from './util/line-index';
export { dropSpareParseBuffers, parseYaml, spareParseBufferBytes } from './parse/parse-yaml';
export { changedRange } from './parse/incremental';
export * from './parse/yaml-tree';
export * from './model/entities';
export { coupling } from './model/graph';
export { DIRECTIONS, type Direction } from './model/propagation';
export { impactOf, neighbourhoodOf, type Impact, type ImpactMode } from './model/impact';
export { readViews, viewSystems } from './model/views';
export { forEachReference, referenceSites, type ReferenceSite } from './model/references';
export { suppressEdit } from './lint/suppress-edit';
export { subjectEntity } from './lint/subject';
export { CORE_CODES, coreCodeInfo } from './findings/core-codes';
export { LANDSCAPE_SCHEMA, ID_PATTERN } from './schema/landscape-schema';
export { starterLandscape } from './schema/starter-landscape';
export { describeKey, keyAt } from './schema/describe-key';
export { idAt } from './model/positions';
export * from './diagram/index';
export { diffLandscapes, type LandscapeDiff, type DependencyDelta } from './review/diff';
export { neighbourhoodMermaid } from './review/neighbourhood';
export { importBackstage } from './interop/backstage/import-backstage';
export type { ImportResult } from './interop/messages';
export { importCsv } from './interop/csv/import-csv';
export { reviewDiagramModel, reviewLayout } from './review/overlay';
export { landscapeHistory, type History } from './review/history';
export { historySvg, historyHtml, historyPanelHtml, type HistoryPanelStatus } from './review/history-chart';
export { EXPORT_FORMATS, EXPORT_EXTENSIONS, exportLandscape, exportBackstageFiles, type ExportFormat } from './interop/export/index';
export { tally } from './util/work-counter';
