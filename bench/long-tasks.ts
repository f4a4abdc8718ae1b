/**
 * The extension host's long tasks in a V8 CPU profile, and whose code they ran. A task is a run
 * of samples between two idle ones (Node marks the event loop's waits as `(idle)` while the
 * inspector profiles). Each sample is charged to the innermost frame that says whose work it
 * is: our bundle (dist/extension.js, split by the module comments esbuild writes into an
 * unminified bundle: our own `src/` or the language client it bundles), Node's IPC channel
 * (the only IPC child of the extension host is our language server: parsing its messages), the
 * bench's own code in the extension host (bench/editor-host, bundled into a vscode-suite-*
 * folder), a built-in extension of VS Code, garbage collection, or VS Code itself. A sample whose stack
 * holds a frame of our bundle is ours even if VS Code's code runs at its top: a
 * DiagnosticCollection.set we call serialises for the workbench in that call.
 */
import { readFileSync } from 'node:fs';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; parent?: number; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Whose work a sample is. "ours" covers the first three. */
export type Owner = 'extension' | 'language client' | 'server IPC' | 'bench harness' | 'gc' | 'vscode' | `builtin ${string}`;
export const OURS: readonly Owner[] = ['extension', 'language client', 'server IPC'];

export interface LongTask {
  /** Milliseconds from the profile's start. */
  startMs: number;
  ms: number;
  byOwner: Partial<Record<Owner, number>>;
  /** The time of our code in it (extension, language client, IPC parse of the server's messages). */
  oursMs: number;
  /** The functions with the most self time in the task, `name module:line ms`. */
  top: string[];
}

/** Line number (0-based) → module path, from the `// path` comments of an unminified esbuild bundle. */
export function bundleModules(bundleFile: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  readFileSync(bundleFile, 'utf8').split('\n').forEach((text, line) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
    if (m) starts.push({ line, module: m[1] });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '(bundle prelude)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].line <= line) {
        found = starts[mid].module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/**
 * Long tasks (over `overMs`) of a profile. `bundleUrl` ends the url of our extension bundle in
 * the profile; `moduleAt` maps its lines to modules.
 */
export function longTasks(profile: CpuProfile, bundleUrl: string, moduleAt: (line: number) => string, overMs = 10): LongTask[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const ownerCache = new Map<number, { owner: Owner; frame: string }>();
  const ownerOf = (id: number): { owner: Owner; frame: string } => {
    const cached = ownerCache.get(id);
    if (cached) return cached;
    const leaf = byId.get(id)!;
    const name = (n: typeof leaf): string => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.endsWith(bundleUrl) ? moduleAt(n.callFrame.lineNumber) : n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;
    const stack: (typeof leaf)[] = [];
    for (let n: typeof leaf | undefined = leaf; n; n = n.parent === undefined ? undefined : byId.get(n.parent)) stack.push(n);
    const ours = stack.find((n) => n.callFrame.url.endsWith(bundleUrl));
    const builtin = stack.map((n) => /\/extensions\/([^/]+)\//.exec(n.callFrame.url)?.[1]).find((x) => x !== undefined);
    const owner: Owner = ours
      ? moduleAt(ours.callFrame.lineNumber).startsWith('src/')
        ? 'extension'
        : 'language client'
      : stack.some((n) => n.callFrame.url.includes('/vscode-suite-'))
        ? 'bench harness'
        : builtin
          ? `builtin ${builtin}`
          : stack.some((n) => n.callFrame.url === 'node:internal/child_process/serialization' || n.callFrame.functionName === 'channel.onread')
            ? 'server IPC'
            : leaf.callFrame.functionName === '(garbage collector)'
              ? 'gc'
              : 'vscode';
    const r = { owner, frame: name(leaf) };
    ownerCache.set(id, r);
    return r;
  };

  const tasks: LongTask[] = [];
  let t = profile.startTime;
  let current: { start: number; ms: number; byOwner: Map<Owner, number>; self: Map<string, number> } | undefined;
  const close = (): void => {
    if (current && current.ms > overMs) {
      const byOwner = Object.fromEntries([...current.byOwner].map(([k, v]) => [k, Math.round(v * 10) / 10])) as Partial<Record<Owner, number>>;
      tasks.push({
        startMs: Math.round((current.start - profile.startTime) / 100) / 10,
        ms: Math.round(current.ms * 10) / 10,
        byOwner,
        oursMs: Math.round(OURS.reduce((s, o) => s + (current!.byOwner.get(o) ?? 0), 0) * 10) / 10,
        top: [...current.self].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, ms]) => `${f} ${ms.toFixed(1)}`),
      });
    }
    current = undefined;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i])!;
    if (node.callFrame.functionName === '(idle)') {
      close();
      continue;
    }
    current ??= { start: t, ms: 0, byOwner: new Map(), self: new Map() };
    const { owner, frame } = ownerOf(node.id);
    current.ms += ms;
    current.byOwner.set(owner, (current.byOwner.get(owner) ?? 0) + ms);
    const key = `[${owner}] ${frame}`;
    current.self.set(key, (current.self.get(key) ?? 0) + ms);
  }
  close();
  return tasks;
}
