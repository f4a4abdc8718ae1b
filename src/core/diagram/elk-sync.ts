/**
 * ELK (elkjs 0.12.1, pinned) called synchronously. elkjs's public API is a Promise around a
 * worker; without a Worker it uses a "fake worker" that dispatches on a timer in the same
 * thread. We call that fake worker's dispatcher directly: the same computation, without
 * making every caller of the layout async (the layout must run inside the extension host's
 * lint update and the CLI's render alike). A test pins this against the installed elkjs.
 *
 * Loaded lazily: ELK's GWT start-up takes ~200 ms, which `landscape lint` never needs to pay.
 * The Node bundles do not even contain it (1.6 MB of source slowed every start by ~0.2 s):
 * scripts/build.mjs turns this require into one of `dist/elk-worker.min.js`, shipped beside.
 * Never throws: a failure (or an elkjs whose internals moved) gives undefined, and the
 * caller keeps its own order.
 */
export interface ElkNode {
  id: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  layoutOptions?: Record<string, string>;
}

export interface ElkGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkNode[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}

interface FakeWorker {
  onmessage?: (m: { data: { data?: unknown; error?: unknown } }) => void;
  dispatcher: { saveDispatch(e: { data: Record<string, unknown> }): void };
}

let worker: FakeWorker | null | undefined;

function elk(): FakeWorker | null {
  if (worker !== undefined) return worker;
  try {
    // A lazy require: esbuild bundles the module but evaluates it on first use.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above): an import would load ELK with the module
    const mod = require('elkjs/lib/elk-worker.min.js') as { Worker: new () => FakeWorker };
    const w = new mod.Worker();
    if (!w.dispatcher || typeof w.dispatcher.saveDispatch !== 'function') return (worker = null);
    const registered = call(w, { cmd: 'register', algorithms: ['layered'] });
    worker = registered.ok ? w : null;
  } catch {
    worker = null;
  }
  return worker;
}

function call(w: FakeWorker, data: Record<string, unknown>): { ok: boolean; data?: unknown } {
  let reply: { data?: unknown; error?: unknown } | undefined;
  w.onmessage = (m) => (reply = m.data);
  w.dispatcher.saveDispatch({ data: { id: 0, ...data } });
  return reply && reply.error === undefined ? { ok: true, data: reply.data } : { ok: false };
}

/** The graph with positions, or undefined if ELK is unavailable or fails. */
export function layoutSync(graph: ElkGraph): ElkGraph | undefined {
  const w = elk();
  if (!w) return undefined;
  try {
    const r = call(w, { cmd: 'layout', graph });
    return r.ok ? (r.data as ElkGraph) : undefined;
  } catch {
    return undefined;
  }
}
