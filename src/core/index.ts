/**
 * The public face of the core: front ends (CLI, extension, webview host) import only this.
 * No vscode, no DOM, no node:* imports anywhere under src/core (checked by a test).
 */
export type { Finding, Fix, TextEdit, Placeholder, Severity, SeverityOrOff, RelatedLocation, Span, DefinitionAt, NavigationTarget } from './types';
export type { Host } from './load/host';
export { memoryHost } from './load/host';
export { ParseCache, loadLandscape, type SourceFile } from './load/load-landscape';
export { lintLandscape, sortFindings, sourceText, type LintOptions, type LintResult } from './lint/engine';
export { today, isCalendarDate } from './util/dates';
export { DidYouMean } from './util/did-you-mean';
export { makeBaseline, filterByBaseline, parseBaseline, type Baseline } from './lint/baseline';
export { ALL_RULES, RULES_BY_ID } from './rules/index';
export { docsUrl, type Rule, type RuleMeta } from './rules/rule';
export { LineIndex, type Position } from './util/line-index';
export { parseYaml } from './parse/parse-yaml';
export * from './parse/yaml-tree';
export * from './model/entities';
export type { Landscape } from './model/landscape';
export { coupling, type Edge, type Graph, type Coupling } from './model/graph';
export { forEachReference, referenceSites, type ReferenceSite, type ReferenceVisitor } from './model/references';
export { dirname, join, relative, normalize, isInside } from './util/paths';
export { suppressEdit, REASON_PLACEHOLDER } from './lint/suppress-edit';
export { subjectEntity } from './lint/subject';
export { CORE_CODES, coreCodeInfo, type CoreCode, type CoreCodeInfo } from './findings/core-codes';
export { insertKeyEdit } from './rules/locate';
export { LANDSCAPE_SCHEMA, ID_PATTERN } from './schema/landscape-schema';
export { describeKey, keyAt, schemaAt } from './schema/describe-key';
export { findingsAt, entityAt, idAt, type IdAt } from './model/positions';
export * from './diagram/index';
