/**
 * The owner tree answers, once per owner, what the rules used to walk per system: "is this
 * owner under that one", "does this chain hold an allowed role", how long a chain is and
 * where it ends. Checked against plain chain walks written from the SPEC ("the owner and its
 * parents, cycles stopped") on random owner forests with cycles, self-parents and parents
 * that name no owner.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { OwnerTree } from '../../../src/core/model/owner-tree';
import type { Owner } from '../../../src/core/model/entities';

/** The chain of ids from `start`: the owner, its parent, … until a repeat or a parent that names no owner. */
function plainChain(byId: Map<string, Owner>, start: string, followDangling: boolean): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let cur: string | undefined = start;
  while (cur !== undefined && !seen.has(cur)) {
    if (!byId.has(cur) && !followDangling) break;
    seen.add(cur);
    chain.push(cur);
    cur = byId.get(cur)?.parent?.id;
  }
  return chain;
}

const forest = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 100, max: 102 })), { minLength: n, maxLength: n }),
    fc.array(fc.constantFrom(undefined, 'CIO', 'CTO', 'CEO'), { minLength: n, maxLength: n }),
  ));

function build([n, parents, roles]: [number, number[], (string | undefined)[]]): Owner[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'owner', id: `o${i}`, role: roles[i],
    parent: parents[i] === -1 ? undefined : { id: parents[i] >= 100 ? `ghost${parents[i] - 100}` : `o${parents[i]}` },
  }) as unknown as Owner);
}

describe('owner tree', () => {
  it('rankedUnder equals a stable sort of all owners by "the ancestor is on its chain"', () => {
    fc.assert(fc.property(forest, fc.integer({ min: 1, max: 20 }), (f, limit) => {
      const owners = build(f);
      const byId = new Map(owners.map((o) => [o.id, o] as const));
      const tree = new OwnerTree(owners);
      for (const a of [undefined, 'ghost0', 'ghost2', 'nobody', ...owners.map((o) => o.id)]) {
        const expected = owners.map((o) => o.id)
          .sort((x, y) => Number(a !== undefined && plainChain(byId, y, true).includes(a)) - Number(a !== undefined && plainChain(byId, x, true).includes(a)))
          .slice(0, limit);
        assert.deepEqual(tree.rankedUnder(a, limit), expected, `ancestor ${a}`);
      }
    }), { numRuns: 400 });
  });

  it('chainHas, chainShape: the verdict, length and last link of every chain', () => {
    fc.assert(fc.property(forest, fc.constantFrom('CIO', 'CTO', 'CEO'), fc.boolean(), (f, role, followDangling) => {
      const owners = build(f);
      const byId = new Map(owners.map((o) => [o.id, o] as const));
      const tree = new OwnerTree(owners);
      const has = tree.chainHas((v) => v < owners.length && owners[v].role === role, followDangling);
      const shape = tree.chainShape(followDangling);
      // Ask in a scrambled order: memoised answers must not depend on which was asked first.
      const order = owners.map((_, i) => (i * 7) % owners.length);
      for (const i of order) {
        const chain = plainChain(byId, owners[i].id, followDangling);
        assert.equal(has(i), chain.some((id) => byId.get(id)?.role === role), `chainHas o${i}`);
        const s = shape(i);
        assert.equal(s.length, chain.length, `length o${i}`);
        assert.equal(tree.ids[s.last], chain[chain.length - 1], `last o${i}`);
      }
    }), { numRuns: 400 });
  });
});
