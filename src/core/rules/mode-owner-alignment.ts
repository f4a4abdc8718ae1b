import { ownerTreeOf, type OwnerTree } from '../model/owner-tree';
import { keySpan } from './locate';
import { defineRule, perOptions } from './rule';

export default defineRule({
  meta: {
    id: 'mode-owner-alignment',
    category: 'ownership',
    defaultSeverity: 'warn',
    description: "A system whose owner chain has no executive with a role allowed for the system's mode.",
    rationale: 'Accountability split: the CIO owns internal systems (Mode 1, usually the gearbox), the CTO the external product stack (Mode 2), the CDO may deliver systems of innovation; the CISO reviews both.',
    messages: {
      misaligned: "{{mode}} system '{{system}}' is owned by '{{owner}}', whose reporting line ({{chain}}) has no {{roles}}; move it to a team under the right executive or correct its mode.",
    },
    options: {
      mode1: { type: 'array', items: { type: 'string' }, default: ['CIO'], description: 'Roles allowed to own Mode 1 systems.' },
      mode2: { type: 'array', items: { type: 'string' }, default: ['CTO', 'CDO'], description: 'Roles allowed to own Mode 2 systems.' },
      gearbox: { type: 'array', items: { type: 'string' }, default: ['CIO', 'CTO'], description: 'Roles allowed to own gearbox systems.' },
    },
    fixable: false,
    docs: `Flags a non-shadow system whose owner chain — the owner and its \`parent\`s, stopping at cycles — contains no owner with a \`role\` allowed for the system's mode. Roles are compared as written (\`CIO\`, not \`cio\`). Systems without a resolvable owner are skipped (other rules report them). The message shows the reporting line; one longer than 10 links shows its first 9, how many are left out, and its top.

Triggers:

\`\`\`yaml
owners:
  - { id: cto, type: executive, role: CTO }
  - { id: team-lending, type: team, parent: cto }
systems:
  - { id: loan-ledger, mode: mode1, owner: team-lending }
\`\`\`

Does not trigger:

\`\`\`yaml
owners:
  - { id: cio, type: executive, role: CIO }
  - { id: team-lending-core, type: team, parent: cio }
systems:
  - { id: loan-ledger, mode: mode1, owner: team-lending-core }
\`\`\`

**Fix:** move the system to a team under the right executive, or correct its mode.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    const tree = ownerTreeOf(l.owners);
    // Roles are compared exactly as written (SPEC: a `role` allowed for the mode; CIO ≠ cio).
    // One memoised verdict per (owner, mode): owner chains may be thousands deep and shared.
    const verdict = (roles: readonly string[]) => {
      const allowed = new Set(roles);
      return tree.chainHas((v) => { const role = l.owners[v].role; return role !== undefined && allowed.has(role); }, false);
    };
    // The options of the system's file (lint.overrides may give it its own): one verdict per
    // distinct list of roles, shared by the option sets that list the same roles.
    const verdicts = new Map<string, (node: number) => boolean>();
    const verdictOf = (roles: readonly string[]) => {
      const key = JSON.stringify(roles);
      let v = verdicts.get(key);
      if (!v) verdicts.set(key, (v = verdict(roles)));
      return v;
    };
    const okFor = perOptions((o: typeof ctx.options) => ({ mode1: verdictOf(o.mode1), mode2: verdictOf(o.mode2), gearbox: verdictOf(o.gearbox) }));
    const shape = tree.chainShape(false);
    for (const s of l.systems) {
      if (s.governance === 'shadow' || !s.owner) continue;
      const mode = s.mode as keyof typeof ctx.options | undefined;
      if (mode !== 'mode1' && mode !== 'mode2' && mode !== 'gearbox') continue;
      const owner = l.ownerById.get(s.owner.id);
      if (!owner) continue;
      const node = tree.indexOf(owner.id);
      const o = ctx.optionsFor(s.file);
      if (okFor(o)[mode](node)) continue;
      const chain = shownChain(tree, node, shape(node));
      ctx.report({
        subject: s.id,
        related: [s.id, owner.id],
        file: s.file,
        span: keySpan(s, 'owner'),
        messageId: 'misaligned',
        messageData: { mode, system: s.id, owner: owner.id, chain: chain.text, roles: o[mode].join(' or ') },
        data: { chain: chain.ids, chainLength: chain.length, allowedRoles: o[mode] },
      });
    }
  },
});

/** Links of a reporting line shown in full; a longer line shows its first links and its top. */
const SHOWN_LINKS = 10;

/**
 * The reporting line as the message shows it: every link up to SHOWN_LINKS, else the first
 * ones, how many are left out, and the last (the top, or where a cycle turns back). Copying
 * a 10,000-deep chain into every finding made the output quadratic.
 */
function shownChain(tree: OwnerTree, start: number, shape: { length: number; last: number }): { text: string; ids: string[]; length: number } {
  const label = (v: number): string => {
    const o = tree.owners[v];
    return o.role ? `${o.id} (${o.role})` : o.id;
  };
  const ids: string[] = [];
  const parts: string[] = [];
  const head = shape.length <= SHOWN_LINKS ? shape.length : SHOWN_LINKS - 1;
  for (let v = start, k = 0; k < head; k++, v = tree.parent[v]) {
    ids.push(tree.ids[v]);
    parts.push(label(v));
  }
  if (shape.length > head) {
    parts.push(`… ${shape.length - head - 1} more …`, label(shape.last));
    ids.push(tree.ids[shape.last]);
  }
  return { text: parts.join(' → '), ids, length: shape.length };
}
