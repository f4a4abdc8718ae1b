import { defineRule } from './rule';
import { insertKeyEdit, fix } from './locate';

export default defineRule({
  meta: {
    id: 'require-owner',
    category: 'integrity',
    defaultSeverity: 'error',
    description: 'A system without an owner.',
    rationale: 'Ownership is the basis for CIO/CTO accountability and incident routing (Backstage requires spec.owner; LeanIX responsible subscriptions).',
    optionsSchema: {},
    defaultOptions: {},
    fixable: true,
    docs: `Flags every system without \`owner\`. APIs inherit their provider's owner and data stores their system's, so only systems need one.

**Fix:** add \`owner: <team>\`. The quick fix inserts \`owner: \` and the editor then completes owner ids, the domain owner's teams first.`,
  },
  check(ctx) {
    const { landscape } = ctx;
    for (const s of landscape.systems) {
      if (s.owner) continue;
      const domainOwner = s.domain ? (landscape.byId.get(s.domain.id) as { owner?: { id: string } } | undefined)?.owner?.id : undefined;
      // Candidates: the domain owner's descendants first, then every other owner.
      const candidates = landscape.owners
        .map((o) => o.id)
        .sort((a, b) => Number(isUnder(landscape, b, domainOwner)) - Number(isUnder(landscape, a, domainOwner)));
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: s.idSpan,
        message: `System '${s.id}' has no owner; name the accountable team (owner: <owner id>).`,
        data: { candidates: candidates.slice(0, 20) },
        fixes: [fix(`Add owner to '${s.id}'`, 'insert-owner', [insertKeyEdit(s.file, ctx.text(s.file), s.node, 'owner', '')])],
      });
    }
  },
});

function isUnder(l: import('../model/landscape').Landscape, ownerId: string, ancestor: string | undefined): boolean {
  if (!ancestor) return false;
  const seen = new Set<string>();
  let cur: string | undefined = ownerId;
  while (cur && !seen.has(cur)) {
    if (cur === ancestor) return true;
    seen.add(cur);
    cur = l.ownerById.get(cur)?.parent?.id;
  }
  return false;
}
