/**
 * What the Landscape language server says beyond LSP, typed once for the server and its clients
 * (the VS Code extension imports this file, never the server): the diagram of a landscape, its
 * changes and its history, the rules' documentation, a lint on demand and the server's status. Params and
 * results are plain JSON.
 */
import { NotificationType, RequestType, RequestType0, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramPick, Grouping, History, PickChoices, PickOutcome } from '../core/index';
import type { CodeLens, Diagnostic as LspDiagnostic, Range } from 'vscode-languageserver-protocol';

/** The commands code actions and lenses carry (a client maps them onto its own). */
export { COMMANDS } from '../language-service/commands';

export interface DiagramParams {
  /** A file of the landscape: its entry file, or a fragment it imports (its first entry then). Absent: the first landscape. */
  uri?: string;
  /** Domain groups to draw expanded (large landscapes open collapsed by domain). */
  expanded?: string[];
  /** Draw this part of the landscape instead of the whole (the webview's focus, impact and view pickers). */
  pick?: DiagramPick;
  /** Group by domain or owner always, or never (absent: `auto`, by domain above 300 systems). */
  grouping?: Grouping;
}

export interface DiagramResult {
  /** The entry file whose landscape is drawn. */
  entry: string;
  diagram: Diagram;
  /** The open documents' versions the drawing was linted from (uri → version): the cursor maps only onto those. */
  versions: Record<string, number>;
  /** Every file of the landscape. */
  files: string[];
  /** Where each system is defined: its mapping's offsets in the linted text (a cursor inside highlights it). */
  systems: { id: string; uri: string; start: number; end: number }[];
  /** What the webview's pickers offer: every system, the saved views. */
  choices: PickChoices;
  /** The part drawn for the `pick` asked for (or why the whole landscape is drawn instead); absent when none was asked for. */
  picked?: PickOutcome;
}

/** The laid-out diagram of a landscape; each system keeps its place from the server's previous layout of it. null: no landscape holds the file. */
export const DiagramRequest = new RequestType<DiagramParams, DiagramResult | null, void>('landscape/diagram');

export interface DidChangeDiagramParams {
  /** The entry file whose landscape was linted again (or removed: `removed: true`). */
  entry: string;
  removed?: boolean;
}

/** Sent after every lint of a landscape whose result was published: a client showing its diagram asks again. */
export const DidChangeDiagramNotification = new NotificationType<DidChangeDiagramParams>('landscape/didChangeDiagram');

export interface RuleDocsParams {
  /** A rule id (or a core code); absent: only the list of rules. */
  rule?: string;
}

export interface RuleDocsResult {
  /** The rule's documentation, Markdown, offline (absent when no rule was asked for). */
  markdown?: string;
  /** Every rule with its one-line description. */
  rules: { id: string; description: string }[];
}

export const RuleDocsRequest = new RequestType<RuleDocsParams, RuleDocsResult, void>('landscape/ruleDocs');

export interface DiffParams {
  /** A file of the landscape: its entry file, or a fragment it imports. */
  uri: string;
  /** The git revision to compare with (`HEAD`, a branch, a tag, a commit): the server reads its tree with git, never checks it out. */
  base: string;
  /** Domain groups to draw expanded, besides those that hold a change. */
  expanded?: string[];
}

/** A finding of one side, placed in that side's text (a fixed one at base: open it with `landscape/revisionText`). */
export interface DiffFinding {
  rule: string;
  severity: 'error' | 'warn' | 'info';
  message: string;
  subject: string | null;
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * What the head (the landscape as the client has it now) changes against the base revision:
 * the diagram of both overlaid (nodes and edges carry `change`: added, removed or changed; a
 * removed one has base's file and span), the new and fixed findings, and the counts.
 */
export interface DiffResult extends DiagramResult {
  base: { ref: string; commit: string; /** false: the base did not parse and was compared as an empty landscape. */ parsed: boolean };
  findings: { new: DiffFinding[]; fixed: DiffFinding[]; unchanged: number };
  entities: { added: number; removed: number; changed: number };
  dependencies: { added: number; removed: number; changed: number };
}

/** The landscape compared with a git revision (the editor's *Compare with…*). null: no landscape holds the file. An error: no git repository, or no such revision. */
export const DiffRequest = new RequestType<DiffParams, DiffResult | null, void>('landscape/diff');

export interface RevisionTextParams {
  /** A file as the working tree names it. */
  uri: string;
  /** The full commit hash of a `DiffResult`'s base. */
  commit: string;
}

/** A file's text at a revision (to show where a fixed finding was), or null when the revision has no such file. */
export const RevisionTextRequest = new RequestType<RevisionTextParams, string | null, void>('landscape/revisionText');

export interface HistoryParams extends WorkDoneProgressParams {
  /** A file of the landscape: its entry file, or a fragment it imports. */
  uri: string;
  /** The newest this many commits that changed the landscape (default 100). */
  maxCount?: number;
}

export interface HistoryResult {
  /** The entry file whose history this is. */
  entry: string;
  /** Every file of the landscape as it is now (a client keeps one view per landscape). */
  files: string[];
  /** The repository's root folder. */
  repository: string;
  /** The figures at each commit of HEAD's first-parent history that changed the landscape, oldest first (`landscape history`'s JSON; `entry` relative to the repository). */
  history: History;
}

/**
 * The landscape over its git history (the editor's *Show history*), read by the server with git
 * as `landscape history` reads it (committed revisions only: unsaved and uncommitted edits are
 * not in it). Progress through the request's `workDoneToken` (one report per commit read);
 * cancellable. null: no landscape holds the file. An error: not in a git repository.
 */
export const HistoryRequest = new RequestType<HistoryParams, HistoryResult | null, void>('landscape/history');

export interface LintParams {
  /** Lint this document's landscapes as the client has it now, if that text is not linted yet. Absent: every landscape again. */
  uri?: string;
}

export interface LintResponse {
  /** The open documents' versions the lints read (uri → version). */
  versions: Record<string, number>;
}

/** Lint now (a client's "Lint" command), answered once the lints are published. */
export const LintRequest = new RequestType<LintParams, LintResponse, void>('landscape/lint');

export interface ServerStatus {
  /** Each landscape linted: its entry file, how many files it has, how many lints ran and the last one's time. */
  landscapes: { entry: string; files: number; lints: number; lastLintMs: number; lastLintEnd: number }[];
  /** Files whose parse is kept for the next lint: only files of the landscapes above. */
  parsedFiles: number;
  /** Bytes the parser keeps between parses; dropped after 30 s without a lint. */
  spareParseBufferBytes: number;
  /** The server process's memory, in bytes (Node's process.memoryUsage). */
  memory: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
}

/** What the server holds and how its lints went (as rust-analyzer's analyzerStatus and memoryUsage): for a status view and benchmarks. */
export const ServerStatusRequest = new RequestType0<ServerStatus, void>('landscape/serverStatus');

/** One shard of a file's diagnostics: all of them that fall into it (none: the shard is empty now). */
export interface DiagnosticShard {
  shard: number;
  diagnostics: LspDiagnostic[];
}

export interface PublishDiagnosticShardsParams {
  uri: string;
  /** The version of the open document the lint read (with `diagnosticsFollowEdits`: the version they are placed for, the server's latest; a client moves them by the changes it sent after it). */
  version?: number;
  /** The shards that changed since the last notification for this file; the others are as they were. */
  shards: DiagnosticShard[];
}

/**
 * publishDiagnostics in shards (`diagnostics: 'shards'`): a file's diagnostics are split by their
 * rule and message into a fixed number of shards (the client keeps one collection per shard), and
 * a lint sends only the shards whose diagnostics changed (src/server/diagnostic-shards.ts), in
 * notifications of about 100 diagnostics (a shard is never split), so no one message is large.
 */
export const PublishDiagnosticShardsNotification = new NotificationType<PublishDiagnosticShardsParams>('landscape/publishDiagnosticShards');

/**
 * How a client that asked for `diagnosticsFollowEdits` moves the diagnostics it shows with each
 * text change it sends, and how the server follows it to know what the client shows: the same
 * function on both sides, applied to the same changes in the same order. An Enter above 3,000
 * findings moved every one of them, and the server sent every shard again (~3 MB the shared
 * extension host parsed, converted and set); now the client moves them itself, at the edit, and
 * the server sends only the shards whose diagnostics differ from the moved ones (usually those
 * the edit changed). What the rule does with a position inside replaced text does not matter for
 * correctness: the server compares the lint's diagnostics with what the client then shows and
 * sends every shard that differs.
 */
export interface Move {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  /** Where the inserted text ends: line and character. */
  newEndLine: number;
  newEndCharacter: number;
}

/** A change as LSP sends it (incremental sync): the range it replaced and the text put there. */
export function moveOf(change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }): Move {
  const { start, end } = change.range;
  let lines = 0;
  let lastBreak = -1;
  for (let i = change.text.indexOf('\n'); i !== -1; i = change.text.indexOf('\n', i + 1)) {
    lines++;
    lastBreak = i;
  }
  return {
    startLine: start.line,
    startCharacter: start.character,
    endLine: end.line,
    endCharacter: end.character,
    newEndLine: start.line + lines,
    newEndCharacter: lines === 0 ? start.character + change.text.length : change.text.length - lastBreak - 1,
  };
}

/**
 * Where a position is after the change, or undefined where it stays: before the replaced range it
 * stays, after it it moves with the range's end (by lines, and by characters on the end's line),
 * inside it goes to the range's start.
 */
export function movedPosition(line: number, character: number, m: Move): { line: number; character: number } | undefined {
  if (line < m.startLine || (line === m.startLine && character < m.startCharacter)) return undefined;
  // Below a change that adds or removes no line nothing moves (most keystrokes: no object made per position).
  if (line > m.endLine && m.newEndLine === m.endLine) return undefined;
  let to: { line: number; character: number };
  if (line > m.endLine) to = { line: line - m.endLine + m.newEndLine, character };
  else if (line === m.endLine && character >= m.endCharacter) to = { line: m.newEndLine, character: character - m.endCharacter + m.newEndCharacter };
  else to = { line: m.startLine, character: m.startCharacter };
  return to.line === line && to.character === character ? undefined : to;
}


export interface CodeLensesInParams {
  textDocument: { uri: string };
  /** Line ranges (start and end lines inclusive; characters ignored): the lenses of systems whose id is on one of them. */
  ranges: Range[];
}

/**
 * The lenses of a file on some of its lines: a client that knows what it shows (the VS Code
 * extension, for a long file) asks for those around its visible lines instead of every lens of
 * the file (10,000 in a 10,000-system file, 1 MB to parse after each keystroke). The lenses are
 * those of `textDocument/codeLens` and resolve the same way.
 */
export const CodeLensesInRequest = new RequestType<CodeLensesInParams, CodeLens[], void>('landscape/codeLensesIn');

/** Numbers per symbol in `CompactSymbols.numbers`: kind, parent (-1: none), range (4), selection range (4). */
export const COMPACT_SYMBOL_NUMBERS = 10;

/** A file's document symbols depth-first, parents before their children (src/server/compact-symbols.ts). */
export interface CompactSymbols {
  names: string[];
  details: string[];
  /** COMPACT_SYMBOL_NUMBERS per symbol: kind, parent index or -1, range start line and character, end line and character, then the selection range's. */
  numbers: number[];
}

/**
 * `textDocument/documentSymbol` in a compact form (the same symbols): the outline of a large
 * file is thousands of symbols, which as LSP objects cost the client a long parse.
 */
export const DocumentSymbolsRequest = new RequestType<DocumentSymbolsParams, CompactSymbols | CompactSymbolsDelta, void>('landscape/documentSymbols');

/**
 * With `previousResultId` present (null when the client has no outline of the file yet), the
 * answer carries a `resultId`, and when the server still has the result of that id it answers
 * with what changed since (`CompactSymbolsDelta`, as `semanticTokens/full/delta`): at 10,000
 * systems the whole outline is ~290 KB to parse in the extension host per keystroke, and most
 * keystrokes change none of it. Without the key, the full answer as before.
 */
export interface DocumentSymbolsParams {
  textDocument: { uri: string };
  previousResultId?: string | null;
}

/** A full answer of a client that asked with `previousResultId`. */
export interface CompactSymbolsResult extends CompactSymbols {
  resultId: string;
}

/**
 * The outline of `resultId` as changes to that of `previousResultId` (src/server/compact-symbols.ts,
 * `applySymbolsDelta`): first every line number at or below `shift.from` moves by `shift.by` (a
 * line inserted or removed above most symbols resends none of them), then the edits, in order of
 * `start`, each replacing `deleteCount` symbols of the previous result from its index `start` by
 * those given (their parents as indices of the new result). A symbol kept has the parent it had,
 * at its new index. No edit and no shift: unchanged.
 */
export interface CompactSymbolsDelta {
  resultId: string;
  previousResultId: string;
  shift?: { from: number; by: number };
  edits: CompactSymbolsEdit[];
}

export interface CompactSymbolsEdit extends CompactSymbols {
  start: number;
  deleteCount: number;
}

/** What a client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** A YAML extension validates, completes and describes keys from our schema: leave that to it. */
  schemaByYamlExtension?: boolean;
  /** Send `landscape/didChangeDiagram` after each lint (a client that shows diagrams). */
  diagramUpdates?: boolean;
  /**
   * `push`: push every file's diagnostics even to a client that could pull them (one collection
   * for open and closed files alike). `shards`: as `push`, but in `landscape/publishDiagnosticShards`
   * instead of publishDiagnostics, only the shards that changed.
   */
  diagnostics?: 'push' | 'shards';
  /**
   * With `diagnostics: 'shards'`: the client moves the diagnostics it shows with each change it
   * sends (`movedPosition` in this file, for each diagnostic's range and its
   * related locations in the changed file, change after change), and takes a notification's
   * diagnostics as those of its `version` (moved by the changes it sent after that). The server
   * then sends only the shards whose diagnostics differ from what the client shows: an edit that
   * moves lines sends the shards it changed, not every shard below it.
   */
  diagnosticsFollowEdits?: boolean;
  /** Where a rule's documentation is for this client, `{rule}` standing for the encoded rule id (default: its web page). */
  ruleDocsLink?: string;
  /** Where the format reference is for this client (default: its web page). */
  formatReferenceLink?: string;
  /** Send `landscape/lintStatus` as each lint begins and ends (a client that shows the server's work). */
  lintStatus?: boolean;
  /** Settings for a client without `workspace/configuration`: `{ landscape: { rules, lint: { run, debounceMs } } }`. */
  settings?: unknown;
}

/** What one lint of a landscape found (`landscape/lintStatus`, state `linted`). */
export interface LintSummary {
  /** The landscape's `metadata.title`, else its `metadata.name`, else the entry file's name. */
  title: string;
  /** The files of the landscape (URIs, the entry first); absent when they are those of its last summary. */
  files?: string[];
  errors: number;
  warnings: number;
  infos: number;
  /** How long the lint took, in milliseconds. */
  ms: number;
  /** The configuration it ran with, in words (`extends`, rules on, overrides, editor settings). */
  config: string;
}

export interface LintStatus {
  /** The landscape's entry file (URI). */
  entry: string;
  /** `linting`: a lint began; `linted`: it was published; `failed`: it threw (a bug, in the server's log); `removed`: the landscape is gone. */
  state: 'linting' | 'linted' | 'failed' | 'removed';
  summary?: LintSummary;
}

/** A landscape's lint began, was published, or its landscape went away: for a status bar and a log. */
export const LintStatusNotification = new NotificationType<LintStatus>('landscape/lintStatus');

export interface OutlineParams {
  /** A file of the landscape: its entry file, or a fragment it imports. */
  uri: string;
}

/** One entity of the outline, with the findings about it (their subject) by severity. */
export interface OutlineEntity {
  id: string;
  name?: string;
  /** Where its id is written. */
  uri: string;
  range: Range;
  errors: number;
  warnings: number;
  infos: number;
}

export interface OutlineSection {
  /** The section's key: owners, domains, systems, apis, dataStores, rollouts. */
  section: string;
  entities: OutlineEntity[];
}

export interface OutlineResult {
  /** The landscape's entry file (URI) and its title (as `landscape/lintStatus` says it). */
  entry: string;
  title: string;
  /** The sections with entities, in the format's order; entities in load order (first occurrences). */
  sections: OutlineSection[];
}

/** The landscape of a file as sections → entities with their findings (a client's tree view); null: no landscape holds the file. */
export const OutlineRequest = new RequestType<OutlineParams, OutlineResult | null, void>('landscape/outline');

/*
 * The outline as changes to the last one: the rule both sides apply (the server to check what it
 * sends, the extension to rebuild the outline), here because the extension shares only this
 * file with the server.
 */

/** Line numbers (range start and end, selection start and end) at or below `from` moved by `by`. */
export function shiftedNumbers(numbers: readonly number[], shift: CompactSymbolsDelta['shift']): readonly number[] {
  if (!shift || shift.by === 0) return numbers;
  const out = numbers.slice();
  for (let o = 0; o < out.length; o += COMPACT_SYMBOL_NUMBERS) {
    for (const k of LINE_OFFSETS) if (out[o + k] >= shift.from) out[o + k] += shift.by;
  }
  return out;
}
const LINE_OFFSETS = [2, 4, 6, 8] as const;


/**
 * The previous outline with the delta applied: what the server's full answer was (the client's
 * half, in the extension host: copied by slices, not symbol by symbol).
 */
export function applySymbolsDelta(before: CompactSymbols, delta: Pick<CompactSymbolsDelta, 'shift' | 'edits'>): CompactSymbols {
  const a = shiftedNumbers(before.numbers, delta.shift);
  // Only lines moved, or nothing: the names and details as they were (neither side changes them).
  if (delta.edits.length === 0) return { names: before.names, details: before.details, numbers: a as number[] };
  let names: string[] = [];
  let details: string[] = [];
  let numbers: number[] = [];
  // Where each symbol of `before` went (-2: removed), for the parents of those kept.
  const oldToNew = new Int32Array(before.names.length).fill(-2);
  let i = 0;
  const keepTo = (end: number): void => {
    if (end <= i) return;
    const by = names.length - i;
    for (let k = i; k < end; k++) oldToNew[k] = k + by;
    const kept = a.slice(i * COMPACT_SYMBOL_NUMBERS, end * COMPACT_SYMBOL_NUMBERS);
    for (let o = 1; o < kept.length; o += COMPACT_SYMBOL_NUMBERS) if (kept[o] >= 0) kept[o] = oldToNew[kept[o]];
    names = names.concat(before.names.slice(i, end));
    details = details.concat(before.details.slice(i, end));
    numbers = numbers.concat(kept);
    i = end;
  };
  for (const e of delta.edits) {
    keepTo(e.start);
    // A symbol replaced one for one keeps its children (a section whose range grew).
    const replaced = Math.min(e.deleteCount, e.names.length);
    for (let k = 0; k < replaced; k++) oldToNew[i + k] = names.length + k;
    names = names.concat(e.names);
    details = details.concat(e.details);
    numbers = numbers.concat(e.numbers);
    i += e.deleteCount;
  }
  keepTo(before.names.length);
  return { names, details, numbers };
}

/**
 * `textDocument/semanticTokens/full` and `/full/delta` with the numbers packed into one string
 * (`packTokenNumbers`): a 10,000-system file has ~500,000 of them, a 1.1 MB JSON array the
 * extension host parsed (~35 ms) and copied into a Uint32Array (~13 ms) in one task when the
 * file opened. Packed, the same numbers are one JSON string, decoded natively in a few ms.
 * Without `previousResultId`, or when the server no longer has that result: every number.
 */
export const PackedSemanticTokensRequest = new RequestType<PackedSemanticTokensParams, PackedSemanticTokens | PackedSemanticTokensDelta, void>('landscape/semanticTokens');

export interface PackedSemanticTokensParams {
  textDocument: { uri: string };
  previousResultId?: string;
}

export interface PackedSemanticTokens {
  resultId?: string;
  /** The numbers of LSP's `SemanticTokens.data`, packed. */
  data: string;
}

export interface PackedSemanticTokensDelta {
  resultId?: string;
  edits: { start: number; deleteCount: number; data: string }[];
}

/**
 * Unsigned 32-bit numbers as little-endian bytes in base64: a JSON string that needs no
 * escaping, decoded natively on the other side. Fixed width, not varints: a 10,000-system
 * file's 506,000 numbers are 2.7 MB of string instead of 0.7 MB, but the extension host
 * decodes them without a loop of its own (a varint loop ran once per opening, not yet
 * optimised by V8, and took 19 ms there).
 */
export function packTokenNumbers(numbers: ArrayLike<number>): string {
  const bytes = Buffer.alloc(numbers.length * 4);
  for (let i = 0; i < numbers.length; i++) bytes.writeUInt32LE(numbers[i] >>> 0, i * 4);
  return bytes.toString('base64');
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The numbers `packTokenNumbers` packed (trailing bytes short of a number are dropped). */
export function unpackTokenNumbers(packed: string): Uint32Array {
  const bytes = Buffer.from(packed, 'base64');
  const count = Math.floor(bytes.length / 4);
  // A copy into a buffer of its own: the decoded bytes may sit at any offset of a shared pool.
  const numbers = new Uint32Array(count);
  if (LITTLE_ENDIAN) new Uint8Array(numbers.buffer).set(bytes.subarray(0, count * 4));
  else for (let i = 0; i < count; i++) numbers[i] = bytes.readUInt32LE(i * 4);
  return numbers;
}

/**
 * `textDocument/foldingRange` as one array of line numbers, start and end of each range in turn
 * (ours have no kind and no characters): up to 5,000 ranges (`maxItemsComputed`) the language
 * client otherwise converts object by object after each keystroke in a large file. Null for a
 * file of no landscape, as the LSP request.
 */
export const FoldingLinesRequest = new RequestType<{ textDocument: { uri: string } }, number[] | null, void>('landscape/foldingLines');
