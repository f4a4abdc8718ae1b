/**
 * The Landscape language server (LSP 3.17, vscode-languageserver): one process per editor window
 * serving every landscape of every workspace folder. The lint service (lint-workspace.ts) lints;
 * the language service (src/language-service) answers every feature from its latest results;
 * this file speaks the protocol between them and the client.
 */
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  SemanticTokensRefreshRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagramOf, docsUrl, groupingLayout, spareParseBufferBytes, type Diagram } from '../core/index';
import { CODE_ACTION_KINDS, COMMANDS, fileUris, LanguageService, ruleMarkdown, ruleSummaries, SEMANTIC_TOKENS_LEGEND, SERVER_COMMANDS, type Uris } from '../language-service/index';
import { answer } from './cancellation';
import { compactSymbols, SymbolResults } from './compact-symbols';
import { DiagnosticsPublisher } from './diagnostics';
import { diagramResultOf } from './diagram-result';
import { PickedDiagrams } from './picked-diagram';
import { LintStatusReporter } from './lint-status';
import { LintWorkspace, type Lint } from './lint-workspace';
import { registerOutline } from './outline';
import { registerHistory } from './history';
import { registerReview } from './review';
import type { Timers } from './idle';
import type { DiskReader } from './node-host';
import { CodeLensesInRequest, DiagramRequest, DocumentSymbolsRequest, DidChangeDiagramNotification, FoldingLinesRequest, LintRequest, LintStatusNotification, PackedSemanticTokensRequest, packTokenNumbers, RuleDocsRequest, ServerStatusRequest, type InitializationOptions, type ServerStatus } from './protocol';
import { DEFAULT_SETTINGS, sectionOf, settingsOf, type Settings } from './settings';

declare const LANDSCAPE_VERSION: string | undefined;
const VERSION = typeof LANDSCAPE_VERSION === 'string' ? LANDSCAPE_VERSION : '0.0.0-dev';

export interface ServerHandle {
  /** The lint service (tests and benchmarks read its state). */
  workspace: LintWorkspace;
}

export interface ServerOptions {
  /** How files are read from disk (default node:fs): tests hold a read to overtake a running lint. */
  readFile?: DiskReader;
  /** The clock that drops the parser's spare storage when idle (tests fire it themselves). */
  idleTimers?: Timers;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  /** Core path → the URI the client opened it by (published diagnostics use the client's spelling). */
  const openUris = new Map<string, string>();
  const uris: Uris = {
    uriOf: (path) => openUris.get(path) ?? fileUris.uriOf(path),
    pathOf: (uri) => fileUris.pathOf(uri),
  };
  const open = {
    byPath(p: string) {
      const u = openUris.get(p);
      return u === undefined ? undefined : documents.get(u);
    },
  };
  let settings: Settings = DEFAULT_SETTINGS;
  let caps: ClientCapabilities = {};
  let init: InitializationOptions = {};
  let folders: string[] = [];
  let publisher: DiagnosticsPublisher | undefined;
  /** Set once the folders are searched and their first lints are under way: requests wait for it. */
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const diagrams = new Map<string, Diagram>();
  /** The parts the diagrams' pickers asked for, per landscape. */
  const picked = new PickedDiagrams();

  /** Open documents edited in the client since their landscape's last lint. */
  const editedSinceLint = new Set<string>();
  /** Whether the landscape has an open file not edited since its last lint (consumes the edits). */
  function othersOpen(lint: Lint | undefined, previous: Lint | undefined): boolean {
    const open = new Set([...(lint?.result.files ?? []), ...(previous?.result.files ?? [])].map((f) => f.path).filter((p) => openUris.has(p)));
    const others = [...open].some((p) => !editedSinceLint.has(p));
    for (const p of open) editedSinceLint.delete(p);
    return others;
  }

  const status = new LintStatusReporter((s) => void (init.lintStatus && connection.sendNotification(LintStatusNotification, s)), uris);
  const listener = {
    lintStarted: (entry: string) => status.started(entry),
    didLint(entry: string, lint: Lint | undefined, previous: Lint | undefined): void {
      publisher?.didLint(lint, previous);
      status.didLint(entry, lint, workspace.statsOf(entry)?.lastLintMs ?? 0);
      // Lenses (coupling) and tokens (modes, retiring) may change with any file of the landscape.
      // A refresh re-asks every open editor (at 10,000 systems, megabytes through the client):
      // only when an open file may show stale ones, not for the file just edited, which the
      // client asks again by itself (and whose answer waits for this lint). A client that fails
      // the request changes nothing here.
      if (othersOpen(lint, previous)) {
        if (caps.workspace?.codeLens?.refreshSupport) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        if (caps.workspace?.semanticTokens?.refreshSupport) connection.sendRequest(SemanticTokensRefreshRequest.type).catch(() => undefined);
      }
      if (!lint) {
        diagrams.delete(entry);
        picked.forget(entry);
      }
      if (init.diagramUpdates) void connection.sendNotification(DidChangeDiagramNotification, { entry: uris.uriOf(entry), ...(lint ? {} : { removed: true }) });
    },
    lintFailed(entry: string, error: unknown): void {
      status.failed(entry);
      connection.console.error(`landscape: the lint of ${entry} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  };
  const workspace = new LintWorkspace(open, () => settings, listener, { readFile: options.readFile, timers: options.idleTimers });

  const language = new LanguageService({
    results: {
      async resultFor(path) {
        await ready;
        await workspace.settled(path);
        return workspace.lintFor(path)?.result;
      },
      results: () => workspace.lints().map((l) => l.result),
      async current(path, text) {
        await ready;
        return (await workspace.current(path, text))?.result;
      },
    },
    uris,
    schemaByYamlExtension: () => init.schemaByYamlExtension === true,
    ruleDocsHref: (rule) => (init.ruleDocsLink ? init.ruleDocsLink.split('{rule}').join(encodeURIComponent(rule)) : docsUrl(rule)),
    formatReferenceHref: () => init.formatReferenceLink,
    maxItemsComputed: () => settings.maxItemsComputed,
  });
  const versionsOf = (lints: readonly Lint[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const l of lints) for (const [p, v] of l.versions) out[uris.uriOf(p)] = v;
    return out;
  };
  const abilities = () => ({ snippetEdits: (caps.experimental as { snippetTextEdit?: boolean } | undefined)?.snippetTextEdit === true });
  const pathOf = (uri: string): string | undefined => uris.pathOf(uri);

  async function readSettings(fromNotification?: unknown): Promise<void> {
    if (caps.workspace?.configuration) {
      settings = settingsOf(await connection.workspace.getConfiguration({ section: 'landscape' }));
    } else if (fromNotification !== undefined) settings = settingsOf(sectionOf(fromNotification));
  }

  /** Finds the folders' landscapes and lints them; `started` is called once their lints are due (requests then wait for them). */
  async function addFolders(paths: string[], withProgress: boolean, started?: () => void): Promise<void> {
    const added: string[] = [];
    for (const f of paths) for (const e of await workspace.addFolder(f)) added.push(e);
    // The first lint of a workspace can take seconds (thousands of systems): the client shows how far it is.
    const progress = withProgress && caps.window?.workDoneProgress && added.length > 0 ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Landscape', 0, `Linting ${added.length} landscape${added.length === 1 ? '' : 's'}`, false);
    const lints = workspace.lintAll(added, (done) => progress?.report(Math.round((done / added.length) * 100), `${done}/${added.length} landscapes`));
    started?.();
    await lints;
    progress?.done();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (init.settings !== undefined) settings = settingsOf(sectionOf(init.settings));
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map(pathOf).filter((p): p is string => p !== undefined);
    const pull = caps.textDocument?.diagnostic !== undefined && init.diagnostics === undefined;
    publisher = new DiagnosticsPublisher(connection, language, workspace, { pull, refresh: caps.workspace?.diagnostics?.refreshSupport === true, shards: init.diagnostics === 'shards', follow: init.diagnosticsFollowEdits === true, isOpen: (p) => openUris.has(p), versionOf, uris });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'], resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        codeLensProvider: { resolveProvider: true },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true } },
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        ...(pull ? { diagnosticProvider: { identifier: 'landscape', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'landscape-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => void initialized());

  async function initialized(): Promise<void> {
    try {
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
      }
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'landscape' });
      if (caps.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
          for (const f of e.removed) {
            const p = pathOf(f.uri);
            if (p !== undefined) workspace.removeFolder(p);
          }
          await addFolders(e.added.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined), false);
        });
      }
      await readSettings();
      await addFolders(folders, true, readyResolve);
    } catch (e) {
      connection.console.error(`landscape: start-up failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      readyResolve();
    }
  }

  connection.onDidChangeConfiguration((params) => {
    void readSettings(params.settings).then(() => workspace.relintAll());
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      if (path === undefined) continue;
      // An open document's text wins over the disk: its change on disk changes nothing linted.
      if (change.type === FileChangeType.Deleted) workspace.deleted(path);
      else if (openUris.has(path)) continue;
      else if (change.type === FileChangeType.Created) workspace.created(path);
      else workspace.changed(path, 0);
    }
  });

  /** TextDocuments follows each open with a content event: that one is the open's, not an edit. */
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    const path = pathOf(e.document.uri);
    if (path === undefined) return;
    openUris.set(path, e.document.uri);
    justOpened.add(e.document.uri);
    publisher?.opened(path);
    void ready.then(() => {
      workspace.opened(path);
      // Opened with text other than what was linted (unsaved in the client): lint what it shows.
      const linted = workspace.lintFor(path)?.result.files.find((f) => f.path === path);
      if (linted && linted.text !== e.document.getText()) workspace.changed(path, 0);
    });
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    const path = pathOf(e.document.uri);
    if (path === undefined || settings.run !== 'onType') return;
    // The client's next asks for this file wait for the lint of this edit (not so on save: then a refresh follows).
    editedSinceLint.add(path);
    workspace.changed(path, settings.debounceMs);
  });
  documents.onDidSave((e) => {
    const path = pathOf(e.document.uri);
    if (path !== undefined) workspace.changed(path, 0);
  });
  documents.onDidClose((e) => {
    const path = pathOf(e.document.uri);
    if (path === undefined) return;
    openUris.delete(path);
    symbolResults.closed(e.document.uri);
    language.closed(e.document.uri);
    publisher?.closed(path);
    workspace.changed(path, 0);
  });

  const doc = (uri: string): TextDocument | undefined => documents.get(uri);
  const symbolResults = new SymbolResults();
  function versionOf(path: string): number | undefined {
    const uri = openUris.get(path);
    return uri === undefined ? undefined : documents.get(uri)?.version;
  }

  connection.languages.diagnostics.on((params, token) => answer(token, async () => {
    await ready;
    const path = pathOf(params.textDocument.uri);
    return path === undefined || !publisher ? { kind: 'full' as const, items: [] } : publisher.pull(path, params.previousResultId);
  }, { retriggerRequest: false }));
  connection.onCodeAction((params, token) => answer(token, () => {
    const d = doc(params.textDocument.uri);
    return language.codeActions({ uri: params.textDocument.uri, text: d?.getText() ?? '', diagnostics: params.context.diagnostics, only: params.context.only }, abilities());
  }));
  connection.onCompletion((params, token) => answer(token, async () => {
    const d = doc(params.textDocument.uri);
    return d ? language.completion(d, params.position) : [];
  }));
  connection.onCompletionResolve((item, token) => answer(token, () => language.resolveCompletion(item)));
  connection.onHover((params, token) => answer(token, async () => {
    const d = doc(params.textDocument.uri);
    return d ? language.hover(d, params.position) : null;
  }));
  connection.onDefinition((params, token) => answer(token, () => language.definition(params.textDocument.uri, params.position)));
  connection.onReferences((params, token) => answer(token, () => language.references(params.textDocument.uri, params.position, params.context.includeDeclaration)));
  connection.onPrepareRename((params, token) => answer(token, () => language.prepareRename(params.textDocument.uri, params.position)));
  connection.onRenameRequest((params, token) => answer(token, () => language.rename(params.textDocument.uri, params.position, params.newName)));
  connection.onDocumentSymbol((params, token) => answer(token, () => language.documentSymbols(params.textDocument.uri)));
  connection.onWorkspaceSymbol((params, token) => answer(token, async () => {
    await ready;
    return language.workspaceSymbols(params.query);
  }));
  connection.onCodeLens((params, token) => answer(token, () => language.codeLenses(params.textDocument.uri)));
  connection.onRequest(DocumentSymbolsRequest, (params, token) => answer(token, async () => {
    const uri = params.textDocument.uri;
    const symbols = compactSymbols(await language.documentSymbols(uri));
    const d = doc(uri);
    // A client that keeps outlines gets what changed since the one it has. The text is the one
    // now, perhaps newer than the symbols: it only guides which lines moved (the edits are checked).
    if (params.previousResultId === undefined || !d) return symbols;
    return symbolResults.answer(uri, params.previousResultId, symbols, d.getText(), d.lineCount);
  }));
  connection.onRequest(CodeLensesInRequest, (params, token) => answer(token, () => language.codeLensesIn(params.textDocument.uri, params.ranges)));
  connection.onCodeLensResolve((lens, token) => answer(token, () => language.resolveCodeLens(lens)));
  connection.languages.semanticTokens.on((params, token) => answer<SemanticTokens>(token, () => language.semanticTokens(params.textDocument.uri)));
  connection.languages.semanticTokens.onDelta((params, token) => answer<SemanticTokens | SemanticTokensDelta>(token, () => language.semanticTokensDelta(params.textDocument.uri, params.previousResultId)));
  connection.onRequest(PackedSemanticTokensRequest, (params, token) => answer(token, async () => {
    const uri = params.textDocument.uri;
    const tokens = params.previousResultId === undefined ? await language.semanticTokens(uri) : await language.semanticTokensDelta(uri, params.previousResultId);
    if ('data' in tokens) return { resultId: tokens.resultId, data: packTokenNumbers(tokens.data) };
    return { resultId: tokens.resultId, edits: tokens.edits.map((e) => ({ start: e.start, deleteCount: e.deleteCount, data: packTokenNumbers(e.data ?? []) })) };
  }));
  connection.onDocumentLinks((params, token) => answer(token, () => language.documentLinks(params.textDocument.uri)));
  connection.onFoldingRanges((params, token) => answer(token, async () => {
    const d = doc(params.textDocument.uri);
    return d ? language.foldingRanges(d) : null;
  }));
  connection.onRequest(FoldingLinesRequest, (params, token) => answer(token, async () => {
    const d = doc(params.textDocument.uri);
    const ranges = d ? await language.foldingRanges(d) : null;
    return ranges && ranges.flatMap((r) => [r.startLine, r.endLine]);
  }));

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    if (params.command === COMMANDS.openRuleDocs && typeof args[0] === 'string') {
      const href = docsUrl(args[0]);
      if (caps.window?.showDocument?.support) await connection.window.showDocument({ uri: href, external: true });
      else void connection.window.showInformationMessage(`Documentation of ${args[0]}: ${href}`);
    } else if (params.command === COMMANDS.goTo && typeof args[0] === 'string') {
      await connection.window.showDocument({ uri: args[0], selection: args[1] as never, takeFocus: true });
    }
  });

  connection.onRequest(DiagramRequest, (params, token) => answer(token, async () => {
    await ready;
    const path = params.uri === undefined ? undefined : pathOf(params.uri);
    if (params.uri !== undefined && path === undefined) return null;
    if (path !== undefined) await workspace.settled(path);
    const lint = path === undefined ? workspace.lints()[0] : workspace.lintFor(path);
    if (!lint?.result.landscape) return null;
    const options = { ...groupingLayout(params.grouping), expanded: params.expanded ?? [] };
    // A focus, an impact or a saved view; the whole landscape when none is asked for, or when the part cannot be drawn (it says why).
    const part = params.pick && picked.draw(lint, params.pick, options);
    if (part?.diagram) return { ...diagramResultOf(lint, part.diagram, uris), picked: part.picked };
    // Each system keeps its place from the previous layout of this landscape.
    const diagram = diagramOf(lint.result, diagrams.get(lint.entry), options);
    diagrams.set(lint.entry, diagram);
    return part ? { ...diagramResultOf(lint, diagram, uris), picked: part.picked } : diagramResultOf(lint, diagram, uris);
  }));
  registerReview(connection, { ready, workspace, uris, settings: () => settings, previousDiagram: (entry) => diagrams.get(entry) });
  registerOutline(connection, { ready, workspace, uris });
  registerHistory(connection, { ready, workspace, uris, settings: () => settings });
  connection.onRequest(LintRequest, (params, token) => answer(token, async () => {
    await ready;
    const path = params.uri === undefined ? undefined : pathOf(params.uri);
    if (path === undefined) {
      await workspace.relintAll();
      return { versions: versionsOf(workspace.lints()) };
    }
    const d = open.byPath(path);
    const lint = d ? await workspace.current(path, d.getText()) : (await workspace.settled(path), workspace.lintFor(path));
    return { versions: versionsOf(lint ? [lint] : []) };
  }));
  connection.onRequest(RuleDocsRequest, (params) => ({ ...(params.rule ? { markdown: ruleMarkdown(params.rule) } : {}), rules: ruleSummaries() }));

  connection.onRequest(ServerStatusRequest, (): ServerStatus => {
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    return {
      landscapes: workspace.lints().map((l) => ({ entry: uris.uriOf(l.entry), files: l.result.files.length, ...workspace.statsOf(l.entry)! })),
      parsedFiles: workspace.parsedFiles,
      spareParseBufferBytes: spareParseBufferBytes(),
      memory: { rss, heapUsed, heapTotal, external, arrayBuffers },
    };
  });

  // The publisher sees each change as sent (TextDocuments keeps only the text): a client that
  // follows edits moved its diagnostics by it. The only handler TextDocuments adds for it.
  documents.listen(Object.assign(Object.create(connection) as Connection, {
    onDidChangeTextDocument: (handler: Parameters<Connection['onDidChangeTextDocument']>[0]) =>
      connection.onDidChangeTextDocument((params) => {
        const path = pathOf(params.textDocument.uri);
        if (path !== undefined && documents.get(params.textDocument.uri) !== undefined) publisher?.didChange(path, params.textDocument.version, params.contentChanges);
        return handler(params);
      }),
  }));
  connection.listen();
  return { workspace };
}
