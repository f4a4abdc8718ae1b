/**
 * A language client for the protocol tests: the server in this process over a pair of streams
 * (vscode-languageserver's connection on one end, vscode-languageserver-protocol's on the other),
 * or the built `landscape lsp --stdio` as a child process. It answers the server's requests as a
 * client does (configuration, registrations, progress, refresh, showDocument), records what the
 * server sends, and waits for conditions on each message (never sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';
import type { Timers } from '../../src/server/idle';
import type { DiskReader } from '../../src/server/node-host';
import { ServerStatusRequest, type ServerStatus } from '../../src/server/protocol';
import { startServer, type ServerHandle } from '../../src/server/server';
import { generateLandscape } from '../../bench/generate';

export const ROOT = path.resolve(__dirname, '../..');

/** A copy of an example (or any folder of the repository) in a temporary folder: the tests edit files. */
export function copyOf(rel: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-lsp-'));
  cpSync(path.join(ROOT, rel), dir, { recursive: true });
  return dir;
}

/** A generated landscape of `systems` systems (bench/generate.ts) as the landscape.yaml of a new temporary folder. */
export function generatedWorkspace(systems: number): { dir: string; file: string; text: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-lsp-'));
  const file = path.join(dir, 'landscape.yaml');
  const text = generateLandscape(systems);
  writeFileSync(file, text);
  return { dir, file, text };
}

export const uriOf = (file: string): string => pathToFileURL(file).toString();

/** The capabilities of a full client: pull diagnostics, snippets, progress, dynamic watchers. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
    completion: { completionItem: { snippetSupport: true, tagSupport: { valueSet: [1] }, resolveSupport: { properties: ['documentation'] } } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    rename: { prepareSupport: true },
  },
  window: { workDoneProgress: true, showDocument: { support: true } },
};

export interface Started {
  client: TestClient;
  initialize: InitializeResult;
}

export class TestClient {
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every request and notification the server sent that the tests look at (method and params). */
  readonly received: { method: string; params: unknown }[] = [];
  /** Answer the lens and token refresh requests with an error. */
  failRefresh = false;
  /** What `workspace/configuration` answers for the section `landscape`. */
  settings: unknown = {};
  private readonly listeners = new Set<() => void>();
  private version = new Map<string, number>();

  constructor(readonly conn: ProtocolConnection, readonly server: ServerHandle | undefined, readonly child: ChildProcess | undefined) {
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.changed();
    });
    for (const method of ['$/progress', 'landscape/didChangeDiagram', 'landscape/lintStatus', 'window/showMessage', 'window/logMessage']) conn.onNotification(method, (params: unknown) => this.record(method, params));
    const record = (method: string, result: unknown) => (params: unknown) => {
      this.record(method, params);
      return result;
    };
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.record('workspace/configuration', p);
      return p.items.map((i) => (i.section === 'landscape' ? this.settings : null));
    });
    conn.onRequest('client/registerCapability', record('client/registerCapability', null));
    conn.onRequest('window/workDoneProgress/create', record('window/workDoneProgress/create', null));
    conn.onRequest('workspace/diagnostic/refresh', record('workspace/diagnostic/refresh', null));
    for (const method of ['workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) {
      conn.onRequest(method, (params: unknown) => {
        this.record(method, params);
        // A client may fail it: the server must not mind.
        if (this.failRefresh) throw new Error('refresh failed');
        return null;
      });
    }
    conn.onRequest('window/showDocument', record('window/showDocument', { success: true }));
    conn.listen();
  }

  private record(method: string, params: unknown): void {
    this.received.push({ method, params });
    this.changed();
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** The latest diagnostics published for a URI (undefined: none yet). */
  diagnostics(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** Resolves when `check` returns a value, checked now and after every message from the server. */
  waitFor<T>(check: () => T | undefined | false, what: string, ms = 30_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const test = (): void => {
        const v = check();
        if (v === undefined || v === false) return;
        this.listeners.delete(test);
        clearTimeout(timer);
        resolve(v);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(test);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      this.listeners.add(test);
      test();
    });
  }

  open(file: string, text = readFileSync(file, 'utf8')): string {
    const uri = uriOf(file);
    this.version.set(uri, 1);
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** One incremental change; returns the document's new version. */
  edit(uri: string, range: Range, text: string): number {
    const version = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, version);
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  save(uri: string): void {
    void this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  /** Resolves once the server sent `$/progress` end (its first lint of the workspace is published). */
  firstLint(): Promise<unknown> {
    return this.waitFor(() => this.received.some((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'end'), 'the first lint');
  }

  /** `landscape/serverStatus`. */
  status(): Promise<ServerStatus> {
    return this.conn.sendRequest(ServerStatusRequest);
  }

  dispose(): void {
    this.conn.dispose();
    // An in-process server would otherwise run a debounced lint after the test (a 10 s debounce
    // kept mocha's process alive past its last test).
    this.server?.workspace.dispose();
    this.child?.kill();
  }
}

async function initialize(client: TestClient, folders: string[], capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<Started> {
  const initializeResult = await client.conn.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: uriOf(folders[0]),
    workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
    capabilities,
    initializationOptions,
  });
  await client.conn.sendNotification(InitializedNotification.type, {});
  return { client, initialize: initializeResult };
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** In process only: how the server reads the disk. */
  readFile?: DiskReader;
  settings?: unknown;
  initializationOptions?: unknown;
  /** More workspace folders after the first (multi-root). */
  moreFolders?: string[];
  /** In process only: the clock that drops the parser's spare storage when idle. */
  idleTimers?: Timers;
}

/** The server in this process, over two in-memory streams. */
export async function startInProcess(folder: string, o: StartOptions = {}): Promise<Started> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Reader and writer objects, not the streams: the node connection would end the process when a stream closes.
  const server = startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { readFile: o.readFile, idleTimers: o.idleTimers });
  const client = new TestClient(createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)), server, undefined);
  client.settings = o.settings ?? {};
  return initialize(client, [folder, ...(o.moreFolders ?? [])], o.capabilities ?? FULL_CAPABILITIES, o.initializationOptions);
}

/** A server process: `node <bin> <args>` (the built CLI's `lsp --stdio` by default). */
export async function startProcess(folder: string, o: StartOptions & { command?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<Started> {
  const child = spawn(process.execPath, o.command ?? [path.join(ROOT, 'dist', 'cli.js'), 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: o.env ?? process.env });
  const client = new TestClient(createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin)), undefined, child);
  client.settings = o.settings ?? {};
  return initialize(client, [folder, ...(o.moreFolders ?? [])], o.capabilities ?? FULL_CAPABILITIES, o.initializationOptions);
}
