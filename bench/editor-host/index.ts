/**
 * Runs inside code-server's extension host (bench/editor.ts starts it through
 * test/vscode/run-in-code-server.mjs --suite bench/editor-host). Opens the workspace's
 * landscape.yaml, waits for the first diagnostics, then per debounce setting makes small
 * edits that each add or remove a finding (comment out / restore one system's `owner:` line,
 * so require-owner appears / disappears) and times every step from the edit to
 * `onDidChangeDiagnostics` delivering the changed diagnostics. A 10 ms ticker measures how
 * long the extension host's event loop was blocked. Raw figures go to $LANDSCAPE_BENCH_OUT.
 * A benchmark, not a test: nothing here asserts a time. The lint runs in the language server's
 * process (the extension is its client): its duration and end come from the server's
 * `landscape/serverStatus` after each edit (the end as epoch milliseconds, so the two processes'
 * clocks on this machine line up), the edit to diagnostics and the extension host's stalls are
 * measured here.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as vscode from 'vscode';

const EXT_ID = 'landscape-tools.landscape-lint';
const EDITS = Number(process.env.LANDSCAPE_BENCH_EDITS ?? 20);
const WARMUP = 4;
const DEBOUNCES = (process.env.LANDSCAPE_BENCH_DEBOUNCES ?? '150,0').split(',').map(Number);
const TIMEOUT_MS = 60_000;
/** Edits that add or remove a line (`line`) instead of two characters within one. */
const MOVE_LINES = process.env.LANDSCAPE_BENCH_EDIT === 'line';
/** Where to write a CPU profile of the extension host over the measured edits (optional). */
const PROFILE = process.env.LANDSCAPE_BENCH_PROFILE;

interface ServerStatus {
  landscapes: { entry: string; lints: number; lastLintMs: number; lastLintEnd: number }[];
  memory: { rss: number; heapUsed: number };
}

interface Api {
  /** Lints the document as it is now (if not yet) and resolves when its diagnostics are published. */
  lint(uri: vscode.Uri): Promise<void>;
  client: { sendRequest<R>(method: string): Promise<R> };
}

/** Now on the monotonic clock, in µs: the clock of V8's CPU profile timestamps. */
const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** Now, in milliseconds since the epoch (as the server stamps its lints' ends). */
const epochNow = (): number => performance.timeOrigin + performance.now();

export interface EditSample {
  system: string;
  expectFinding: boolean;
  /** editor.edit() resolved: the workbench applied the edit and sent it back. */
  appliedMs: number;
  /** onDidChangeTextDocument reached the extension host (the start of what the extension controls). */
  changeMs: number;
  /** From the edit to the server starting its lint (the edit's trip to the server and the debounce). */
  lintStartMs: number;
  /** The lint itself, in the server's process (its figure). */
  lintMs: number;
  /** From the end of the lint in the server to onDidChangeDiagnostics here (publish, JSON-RPC, conversion, VS Code's batching). */
  listenersMs: number;
  /** From the edit to the diagnostics collection holding the changed diagnostics. */
  collectionMs: number;
  /** From the edit to onDidChangeDiagnostics delivering them (includes VS Code's 50 ms event debounce). */
  eventMs: number;
  /** Longest the extension host's event loop was blocked during this edit (10 ms ticker). */
  maxBlockedMs: number;
  /** Lints that ran for this edit (more than one: a re-lint triggered by something else). */
  lints: number;
  /** The edit's start and its onDidChangeDiagnostics on the monotonic clock in µs (a CPU profile's timestamps), to find its tasks in the profile. */
  monotonicUs: [number, number];
}

const landscapeDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'landscape');
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const hasOwnerFinding = (uri: vscode.Uri, system: string): boolean => landscapeDiagnostics(uri).some((d) => codeOf(d) === 'require-owner' && d.message.includes(`'${system}'`));

/** Resolves when `check` holds, re-checked on every diagnostics change (or `event`); rejects after `ms`. */
function until(check: () => boolean, what: string, event: vscode.Event<unknown> = vscode.languages.onDidChangeDiagnostics, ms = TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (err?: Error): void => {
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    const sub = event(() => check() && finish());
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}`)), ms);
    if (check()) finish();
  });
}

/**
 * The event loop's longest stall: a 10 ms interval that notes how late each tick comes. While
 * the host is profiled it also keeps every tick's time (monotonic µs): a gap between two ticks
 * is a stall, and the profile's samples inside it say whose code ran (bench/long-tasks.ts).
 */
class Ticker {
  private last = performance.now();
  max = 0;
  readonly ticksUs: number[] = [];
  recording = false;
  private readonly handle = setInterval(() => {
    const now = performance.now();
    this.max = Math.max(this.max, now - this.last - 10);
    this.last = now;
    if (this.recording) this.ticksUs.push(monotonicUs());
  }, 10);
  reset(): void {
    this.last = performance.now();
    this.max = 0;
  }
  dispose(): void {
    clearInterval(this.handle);
  }
}

/** The server's figures for the landscape of `uri`. */
async function serverStatus(api: Api, uri: vscode.Uri): Promise<{ lints: number; lastLintMs: number; lastLintEnd: number; rss: number }> {
  const status = await api.client.sendRequest<ServerStatus>('landscape/serverStatus');
  const l = status.landscapes.find((x) => x.entry === uri.toString());
  if (!l) throw new Error(`the server has no landscape ${uri.toString()}`);
  return { lints: l.lints, lastLintMs: l.lastLintMs, lastLintEnd: l.lastLintEnd, rss: status.memory.rss };
}

async function measureEdit(api: Api, editor: vscode.TextEditor, system: string, ticker: Ticker): Promise<EditSample> {
  const doc = editor.document;
  const uri = doc.uri;
  const text = doc.getText();
  const at = text.indexOf(`  - id: ${system}\n`);
  if (at < 0) throw new Error(`no system ${system} in ${uri.fsPath}`);
  const ownerLine = /\n {4}(?:# )?owner: /g;
  ownerLine.lastIndex = at;
  const hit = ownerLine.exec(text);
  if (!hit) throw new Error(`no owner line for ${system}`);
  const line = doc.positionAt(hit.index + 1).line;
  const commented = doc.lineAt(line).text.startsWith('    # owner:');
  const expectFinding = !commented;
  const wanted = (): boolean => hasOwnerFinding(uri, system) === expectFinding;

  let changeAt = 0;
  let eventAt = 0;
  const changed = vscode.workspace.onDidChangeTextDocument((e) => {
    if (!changeAt && e.document === doc && e.contentChanges.length) changeAt = performance.now();
  });
  const event = vscode.languages.onDidChangeDiagnostics((e) => {
    if (!eventAt && e.uris.some((u) => u.toString() === uri.toString()) && wanted()) eventAt = performance.now();
  });
  try {
    const before = await serverStatus(api, uri);
    ticker.reset();
    const startUs = monotonicUs();
    const t0 = performance.now();
    const t0Epoch = epochNow();
    // LANDSCAPE_BENCH_EDIT=line: the edit also adds or removes a line (`    #` above the owner line), so every finding below it moves.
    const ok = await editor.edit(
      (b) => (MOVE_LINES && (!commented || doc.lineAt(line - 1).text === '    #')
        ? commented ? b.delete(new vscode.Range(line - 1, 4, line, 6)) : b.insert(new vscode.Position(line, 4), '#\n    # ')
        : commented ? b.delete(new vscode.Range(line, 4, line, 6)) : b.insert(new vscode.Position(line, 4), '# ')),
      { undoStopBefore: false, undoStopAfter: false },
    );
    const applied = performance.now();
    if (!ok) throw new Error('the edit was not applied');
    await until(() => eventAt > 0, `require-owner for ${system} to ${expectFinding ? 'appear' : 'disappear'}`);
    const maxBlockedMs = Math.max(0, ticker.max);
    const endUs = monotonicUs();
    const eventEpoch = performance.timeOrigin + eventAt;
    const server = await serverStatus(api, uri);
    return {
      system,
      expectFinding,
      appliedMs: applied - t0,
      changeMs: changeAt - t0,
      lintStartMs: server.lastLintEnd - server.lastLintMs - t0Epoch,
      lintMs: server.lastLintMs,
      listenersMs: eventEpoch - server.lastLintEnd,
      collectionMs: eventAt - t0,
      eventMs: eventAt - t0,
      maxBlockedMs,
      lints: server.lints - before.lints,
      monotonicUs: [startUs, endUs],
    };
  } finally {
    changed.dispose();
    event.dispose();
  }
}

export async function run(): Promise<void> {
  const out = process.env.LANDSCAPE_BENCH_OUT;
  if (!out) throw new Error('LANDSCAPE_BENCH_OUT is not set');
  const ext = vscode.extensions.getExtension<Api>(EXT_ID);
  if (!ext) throw new Error(`${EXT_ID} is not loaded`);
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'landscape.yaml');
  const ticker = new Ticker();
  const tOpen = performance.now();
  const api = await ext.activate();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await until(() => landscapeDiagnostics(uri).length > 0, 'the first diagnostics');
  const firstDiagnosticsMs = performance.now() - tOpen;
  const atStart = await serverStatus(api, uri);
  const first = { firstDiagnosticsMs, lintMs: atStart.lastLintMs, maxBlockedMs: ticker.max, diagnostics: landscapeDiagnostics(uri).length, lines: editor.document.lineCount, bytes: editor.document.getText().length, serverRssMB: atStart.rss / 2 ** 20 };
  console.log(`first diagnostics: ${first.diagnostics} after ${first.firstDiagnosticsMs.toFixed(0)} ms (lint ${first.lintMs.toFixed(0)} ms)`);

  // Systems spread over the file; each is edited twice (owner commented out, then restored).
  const systems = (editor.document.getText().match(/^ {2}- id: (sys-\d+)$/gm) ?? []).map((l) => l.slice(8));
  const pick = (i: number): string => systems[Math.floor(((i * 0.618034) % 1) * systems.length)];
  const phases = [];
  const session = PROFILE ? new Session() : undefined;
  const post = (method: string, params?: object): Promise<unknown> => new Promise((resolve, reject) => session!.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    ticker.recording = true;
  }
  for (const debounceMs of DEBOUNCES) {
    await vscode.workspace.getConfiguration('landscape').update('lint.debounceMs', debounceMs, vscode.ConfigurationTarget.Workspace);
    await until(() => vscode.workspace.getConfiguration('landscape').get('lint.debounceMs') === debounceMs, 'the setting', vscode.workspace.onDidChangeConfiguration);
    await api.lint(uri); // settles the re-lint the setting change started
    const samples: EditSample[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const s = await measureEdit(api, editor, pick(Math.floor(i / 2) + 1 + phases.length * 100), ticker);
      if (i >= WARMUP) samples.push(s);
    }
    console.log(`debounce ${debounceMs} ms: ${samples.map((s) => s.eventMs.toFixed(0)).join(' ')}`);
    phases.push({ debounceMs, samples });
  }
  ticker.dispose();
  if (session) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(PROFILE!, JSON.stringify(profile));
    session.disconnect();
  }
  const serverRssMB = (await serverStatus(api, uri)).rss / 2 ** 20;
  writeFileSync(out, JSON.stringify({ first, phases, serverRssMB, vscode: vscode.version, extensionHostNode: process.version, ...(session ? { ticksUs: ticker.ticksUs } : {}) }));
}
