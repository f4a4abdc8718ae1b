/**
 * The extension host's stalls during bench:editor, and whose code ran in them. A stall is a gap
 * between two ticks of the harness's 10 ms interval (bench/editor-host) longer than 10 ms over
 * the interval: the event loop could not run the timer. (The profile alone cannot tell where a
 * task ends: work that yields through setImmediate leaves no idle sample between its slices.)
 * The CPU profile's samples inside the gap are charged to the innermost frame that says whose
 * work it is: our bundle (dist/extension.js, split by the module comments esbuild writes into an
 * unminified bundle: our own `src/` or the language client it bundles), the bench's own code
 * (bench/editor-host, bundled into a vscode-suite-* folder), a built-in extension of VS Code,
 * Node's IPC channel (the only IPC child of the extension host is our language server: parsing
 * its messages), garbage collection, or VS Code itself. A sample with a frame of our bundle on
 * its stack is ours even if VS Code's code runs at its top: a DiagnosticCollection.set we call
 * serialises for the workbench in that call. On a loaded machine a stall also holds the time
 * the process waited for a core: no samples come then, and it is charged to nobody.
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
  /** How long the timer was late: the stall. */
  ms: number;
  /** Sampled time per owner inside the gap (the rest of the stall: not sampled, the process waiting for a core). */
  byOwner: Partial<Record<Owner, number>>;
  /** The time of our code in it (extension, language client, IPC parse of the server's messages). */
  oursMs: number;
  /** The functions with the most self time in the gap, `[owner] name module:line ms`. */
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
    let found = '(bundle prelude)';
    for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].line <= line) {
        found = starts[mid].module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

type Node = CpuProfile['nodes'][number];

/** Each profile node's owner and leaf name, `bundleUrl` ending the url of our extension bundle. */
function classifier(profile: CpuProfile, bundleUrl: string, moduleAt: (line: number) => string): (id: number) => { owner: Owner; frame: string } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const cache = new Map<number, { owner: Owner; frame: string }>();
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const leaf = byId.get(id)!;
    const stack: Node[] = [];
    for (let n: Node | undefined = leaf; n; n = n.parent === undefined ? undefined : byId.get(n.parent)) stack.push(n);
    const ours = stack.find((n) => n.callFrame.url.endsWith(bundleUrl));
    const builtin = stack.map((n) => /\/extensions\/([^/]+)\//.exec(n.callFrame.url)?.[1]).find((x) => x !== undefined);
    const owner: Owner = ours
      ? moduleAt(ours.callFrame.lineNumber).startsWith('src/') ? 'extension' : 'language client'
      : stack.some((n) => n.callFrame.url.includes('/vscode-suite-')) ? 'bench harness'
        : builtin ? `builtin ${builtin}`
          : stack.some((n) => n.callFrame.url === 'node:internal/child_process/serialization' || n.callFrame.functionName === 'channel.onread') ? 'server IPC'
            : leaf.callFrame.functionName === '(garbage collector)' ? 'gc' : 'vscode';
    const f = leaf.callFrame;
    const r = { owner, frame: `${f.functionName || '(anonymous)'} ${f.url.endsWith(bundleUrl) ? moduleAt(f.lineNumber) : f.url.split('/').slice(-1)[0]}:${f.lineNumber + 1}` };
    cache.set(id, r);
    return r;
  };
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** The longest a sample counts (the profile samples every 0.2 ms; a running thread gets one every ~0.3 ms). */
const SAMPLE_CAP_MS = 1;

/**
 * The stalls over `overMs` between the ticks `ticksUs` (monotonic µs, the clock of the
 * profile's timestamps), each with the profile's samples inside it by owner.
 */
export function stallsOf(profile: CpuProfile, ticksUs: readonly number[], bundleUrl: string, moduleAt: (line: number) => string, overMs = 10): LongTask[] {
  const ownerOf = classifier(profile, bundleUrl, moduleAt);
  // Sample times: a sample stands for the time until the next one.
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const out: LongTask[] = [];
  let i = 0;
  for (let k = 1; k < ticksUs.length; k++) {
    const [from, to] = [ticksUs[k - 1], ticksUs[k]];
    const ms = (to - from) / 1000 - 10;
    while (i < times.length && times[i] < from) i++;
    if (ms <= overMs) continue;
    const byOwner = new Map<Owner, number>();
    const self = new Map<string, number>();
    for (let j = i; j < times.length && times[j] < to; j++) {
      if (idle.has(profile.samples[j])) continue;
      // A sample stands for the time to the next one, but at most SAMPLE_CAP_MS: a longer gap
      // means the thread (or the sampler) was not running, waiting for a core, and that time
      // is nobody's code (on a loaded machine it would otherwise go to whatever frame was on top).
      const d = Math.min(times[j + 1] ?? to, to, times[j] + SAMPLE_CAP_MS * 1000) / 1000 - times[j] / 1000;
      const { owner, frame } = ownerOf(profile.samples[j]);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + d);
      self.set(`[${owner}] ${frame}`, (self.get(`[${owner}] ${frame}`) ?? 0) + d);
    }
    out.push({
      startMs: round((from - profile.startTime) / 1000),
      ms: round(ms),
      byOwner: Object.fromEntries([...byOwner].map(([o, v]) => [o, round(v)])),
      oursMs: round(OURS.reduce((s, o) => s + (byOwner.get(o) ?? 0), 0)),
      top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, v]) => `${f} ${v.toFixed(1)}`),
    });
  }
  return out;
}
