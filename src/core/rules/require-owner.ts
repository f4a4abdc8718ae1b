import { ownerTreeOf } from '../model/owner-tree';
import { defineRule } from './rule';
import { fix, setValueEdit, skeleton } from './locate';
import { fixesPerEntity } from './entity-fixes';
import type { SystemEntity } from '../model/entities';

/** The fix of a system without an owner, one function per system (kept across lints with it). */
const addOwner = fixesPerEntity((s: SystemEntity, text) => [fix(`Add owner to '${s.id}'`, 'insert-owner', [setValueEdit(s.file, text(s.file), s.node, 'owner', skeleton('‹›'))])]);

export default defineRule({
  meta: {
    id: 'require-owner',
    category: 'integrity',
    defaultSeverity: 'error',
    description: 'A system without an owner.',
    rationale: 'Ownership is the basis for CIO/CTO accountability and incident routing (Backstage requires spec.owner; LeanIX responsible subscriptions).',
    messages: {
      noOwner: "System '{{system}}' has no owner; name the accountable team (owner: <owner id>).",
    },
    fixable: true,
    docs: `Flags every system without \`owner\`. APIs inherit their provider's owner and data stores their system's, so only systems need one.

**Fix:** add \`owner: <team>\`. The quick fix inserts \`owner: \` and the editor then completes owner ids, the domain owner's teams first.`,
  },
  check(ctx) {
    const { landscape } = ctx;
    // Candidates per domain owner, decided once: thousands of ownerless systems share a few domains.
    const ranked = new Map<string | undefined, string[]>();
    for (const s of landscape.systems) {
      if (s.owner) continue;
      const domainOwner = s.domain ? (landscape.byId.get(s.domain.id) as { owner?: { id: string } } | undefined)?.owner?.id : undefined;
      let candidates = ranked.get(domainOwner);
      // The domain owner's descendants first, then every other owner (for the owner completion).
      if (!candidates) ranked.set(domainOwner, (candidates = ownerTreeOf(landscape.owners).rankedUnder(domainOwner, MAX_CANDIDATES)));
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: s.idSpan,
        messageId: 'noOwner',
        messageData: { system: s.id },
        data: { candidates },
        fixes: addOwner(s),
      });
    }
  },
});

const MAX_CANDIDATES = 20;
