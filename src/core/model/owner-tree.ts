/**
 * The owners' reporting lines (`parent`), decided once per lint in linear time. Each owner
 * has at most one parent, so the lines form a functional graph: trees hanging off roots or off
 * cycles (SPEC: chains "stopped at cycles"). Rules ask per system "is this owner under that
 * one?" or "does this owner's chain hold an allowed role?"; walking the chain per question was
 * O(depth) each, so an owner tree 10,000 deep cost O(n²). Here every answer is memoised per
 * owner, and cycles are found once (colouring walk), so the whole forest costs O(owners).
 *
 * Nodes are the owners in load order, then one node per parent id that names no owner (a
 * dangling parent: it ends a chain but can still be named, e.g. as a domain owner).
 */
import type { Owner } from './entities';
import { tally } from '../util/work-counter';

export class OwnerTree {
  /** Node ids: the owners in order (0..owners-1), then unresolved parent ids. */
  readonly ids: string[] = [];
  /** Parent node index, or -1. */
  readonly parent: Int32Array;
  /** The cycle a node lies on (index into `cycles`), or -1. */
  readonly cycleOf: Int32Array;
  readonly owners: readonly Owner[];
  private readonly index = new Map<string, number>();
  private readonly cycles: number[][] = [];
  private topMemo?: number[][];

  constructor(owners: readonly Owner[]) {
    this.owners = owners;
    for (const o of owners) this.node(o.id);
    const parents: number[] = owners.map((o) => (o.parent?.id ? this.node(o.parent.id) : -1));
    this.parent = new Int32Array(this.ids.length).fill(-1);
    parents.forEach((p, i) => (this.parent[i] = p));
    this.cycleOf = new Int32Array(this.ids.length).fill(-1);
    this.findCycles();
  }

  private node(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      this.index.set(id, (i = this.ids.length));
      this.ids.push(id);
    }
    return i;
  }

  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** One colouring walk per unvisited node: every node is walked once. */
  private findCycles(): void {
    const state = new Uint8Array(this.ids.length); // 0 new, 1 on the current walk, 2 done
    const path: number[] = [];
    for (let start = 0; start < this.ids.length; start++) {
      path.length = 0;
      let v = start;
      while (v >= 0 && state[v] === 0) {
        tally('owners:walk');
        state[v] = 1;
        path.push(v);
        v = this.parent[v];
      }
      if (v >= 0 && state[v] === 1) {
        const cycle = path.slice(path.indexOf(v));
        for (const c of cycle) this.cycleOf[c] = this.cycles.length;
        this.cycles.push(cycle);
      }
      for (const p of path) state[p] = 2;
    }
  }

  /**
   * A memoised "some node on the chain of v satisfies `pred`" for every node (the chain: v, its
   * parent, …, stopped at a cycle; with `followDangling` false it also ends before a parent id
   * that names no owner). Cycle members share one verdict; a tree node's is its own or its parent's.
   */
  chainHas(pred: (node: number) => boolean, followDangling = true): (node: number) => boolean {
    const memo = new Int8Array(this.ids.length); // 0 unknown, 1 yes, 2 no
    const ownerCount = this.owners.length;
    const step = (v: number): number => {
      const p = this.parent[v];
      return p >= 0 && (followDangling || p < ownerCount) ? p : -1;
    };
    const cycleVerdict = (c: number): number => {
      let yes = false;
      for (const v of this.cycles[c]) yes ||= pred(v);
      const verdict = yes ? 1 : 2;
      for (const v of this.cycles[c]) memo[v] = verdict;
      return verdict;
    };
    const path: number[] = [];
    return (start) => {
      if (start < 0) return false;
      path.length = 0;
      let v = start;
      let verdict = 2;
      // Up the chain to a decided node, a node that satisfies pred, a cycle, or the end.
      for (;;) {
        tally('owners:chain');
        if (memo[v]) { verdict = memo[v]; break; }
        if (this.cycleOf[v] >= 0) { verdict = cycleVerdict(this.cycleOf[v]); break; }
        if (pred(v)) { verdict = 1; memo[v] = 1; break; }
        path.push(v);
        const p = step(v);
        if (p < 0) break;
        v = p;
      }
      // Nodes below a "yes" are yes; below a "no" (or the end) none of them satisfied pred.
      for (const u of path) memo[u] = verdict;
      return memo[start] === 1;
    };
  }

  /** The number of distinct nodes on each chain and the last one (where it ends or turns back), memoised. */
  chainShape(followDangling = true): (node: number) => { length: number; last: number } {
    const length = new Int32Array(this.ids.length);
    const last = new Int32Array(this.ids.length).fill(-1);
    const ownerCount = this.owners.length;
    const step = (v: number): number => {
      const p = this.parent[v];
      return p >= 0 && (followDangling || p < ownerCount) ? p : -1;
    };
    const path: number[] = [];
    return (start) => {
      path.length = 0;
      let v = start;
      while (v >= 0 && length[v] === 0) {
        tally('owners:chain');
        const c = this.cycleOf[v];
        if (c >= 0) {
          // Around a cycle from v: every member sees the whole cycle, ending just before itself.
          const cycle = this.cycles[c];
          for (let k = 0; k < cycle.length; k++) {
            length[cycle[k]] = cycle.length;
            last[cycle[k]] = cycle[(k + cycle.length - 1) % cycle.length];
          }
          break;
        }
        path.push(v);
        v = step(v);
      }
      // Unwind: a tree node's chain is itself plus its parent's chain.
      for (let k = path.length - 1; k >= 0; k--) {
        const u = path[k];
        const p = step(u);
        length[u] = 1 + (p >= 0 ? length[p] : 0);
        last[u] = p >= 0 ? last[p] : u;
      }
      return { length: length[start], last: last[start] };
    };
  }

  /**
   * Owner ids, at most `limit`: first those whose chain contains `ancestor` (the ancestor
   * itself included), then the others, each in owner order — what a stable sort by
   * "is under the ancestor" gave, without comparing chains.
   */
  rankedUnder(ancestor: string | undefined, limit: number): string[] {
    const a = ancestor === undefined ? -1 : this.indexOf(ancestor);
    const under = a < 0 ? [] : this.firstInSubtree(a, limit);
    const out = under.map((i) => this.ids[i]);
    const taken = new Set(under);
    for (let i = 0; i < this.owners.length && out.length < limit; i++) if (!taken.has(i)) out.push(this.ids[i]);
    return out;
  }

  /**
   * The first `limit` owners (by owner order) whose chain contains node a. Computed for every
   * node bottom-up once (each node merges its children's capped lists), so any number of
   * questions cost O(owners · limit) together. A cycle's members share the whole component.
   */
  private firstInSubtree(a: number, limit: number): number[] {
    if (!this.topMemo) {
      const n = this.ids.length;
      const owners = this.owners.length;
      // A cycle is one super node: its first member is the root, the other members its
      // children; every tree node is a child of its parent, cycle member or not.
      const children: number[][] = Array.from({ length: n }, () => []);
      const roots: number[] = [];
      for (let v = 0; v < n; v++) {
        const c = this.cycleOf[v];
        if (c >= 0) {
          const rep = this.cycles[c][0];
          if (rep === v) roots.push(v);
          else children[rep].push(v);
        } else if (this.parent[v] < 0) roots.push(v);
        else children[this.parent[v]].push(v);
      }
      const top = new Array<number[]>(n);
      // Post-order without recursion (chains can be 10,000 deep).
      const stack: number[] = [];
      const out: number[] = [];
      for (const r of roots) {
        stack.push(r);
        while (stack.length) {
          const v = stack.pop()!;
          out.push(v);
          for (const c of children[v]) stack.push(c);
        }
      }
      for (let k = out.length - 1; k >= 0; k--) {
        const v = out[k];
        let list: number[] = v < owners ? [v] : [];
        for (const c of children[v]) list = mergeCapped(list, top[c], limit);
        top[v] = list;
      }
      // Every member of a cycle sees the whole component.
      for (const cycle of this.cycles) for (const m of cycle) top[m] = top[cycle[0]];
      this.topMemo = top;
    }
    return this.topMemo[a];
  }
}

/** Merge two ascending lists, keeping the first `limit` values. */
function mergeCapped(a: number[], b: number[], limit: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    tally('owners:merge');
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

const trees = new WeakMap<readonly Owner[], OwnerTree>();

/** The owner tree of a merged landscape's owners, built on first use and shared by every rule of a lint. */
export function ownerTreeOf(owners: readonly Owner[]): OwnerTree {
  let t = trees.get(owners);
  if (!t) trees.set(owners, (t = new OwnerTree(owners)));
  return t;
}
