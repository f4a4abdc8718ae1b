import type { Owner } from '../model/entities';
import { keySpan } from './locate';
import { defineRule } from './rule';

interface Options {
  mode1: string[];
  mode2: string[];
  gearbox: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'mode-owner-alignment',
    category: 'ownership',
    defaultSeverity: 'warn',
    description: "A system whose owner chain has no executive with a role allowed for the system's mode.",
    rationale: 'Accountability split: the CIO owns internal systems (Mode 1, usually the gearbox), the CTO the external product stack (Mode 2), the CDO may deliver systems of innovation; the CISO reviews both.',
    optionsSchema: {
      mode1: { type: 'array', items: { type: 'string' }, description: 'Roles allowed to own Mode 1 systems.' },
      mode2: { type: 'array', items: { type: 'string' }, description: 'Roles allowed to own Mode 2 systems.' },
      gearbox: { type: 'array', items: { type: 'string' }, description: 'Roles allowed to own gearbox systems.' },
    },
    defaultOptions: { mode1: ['CIO'], mode2: ['CTO', 'CDO'], gearbox: ['CIO', 'CTO'] },
    fixable: false,
    docs: `Flags a non-shadow system whose owner chain — the owner and its \`parent\`s, stopping at cycles — contains no owner with a \`role\` allowed for the system's mode. Roles are compared as written (\`CIO\`, not \`cio\`). Systems without a resolvable owner are skipped (other rules report them).

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
    // Roles are compared exactly as written (SPEC: a `role` allowed for the mode; CIO ≠ cio).
    const allowed = { mode1: new Set(ctx.options.mode1), mode2: new Set(ctx.options.mode2), gearbox: new Set(ctx.options.gearbox) };
    // Thousands of systems share a handful of owners: each (owner, mode) is decided once.
    const decided = new Map<string, boolean>();
    const walk = (owner: Owner, mode: keyof Options): { ok: boolean; chain: string[]; seen: Set<string> } => {
      const chain: string[] = [];
      const seen = new Set<string>();
      for (let o: Owner | undefined = owner; o && !seen.has(o.id); o = o.parent ? l.ownerById.get(o.parent.id) : undefined) {
        seen.add(o.id);
        chain.push(o.role ? `${o.id} (${o.role})` : o.id);
        if (o.role !== undefined && allowed[mode].has(o.role)) return { ok: true, chain, seen };
      }
      return { ok: false, chain, seen };
    };
    for (const s of l.systems) {
      if (s.governance === 'shadow' || !s.owner) continue;
      const mode = s.mode as keyof Options | undefined;
      if (mode !== 'mode1' && mode !== 'mode2' && mode !== 'gearbox') continue;
      const owner = l.ownerById.get(s.owner.id);
      if (!owner) continue;
      const key = `${mode}\0${owner.id}`;
      let ok = decided.get(key);
      if (ok === undefined) decided.set(key, (ok = walk(owner, mode).ok));
      if (ok) continue;
      const { chain, seen } = walk(owner, mode);
      ctx.report({
        subject: s.id,
        related: [s.id, owner.id],
        file: s.file,
        span: keySpan(s, 'owner'),
        message: `${mode} system '${s.id}' is owned by '${owner.id}', whose reporting line (${chain.join(' → ')}) has no ${ctx.options[mode].join(' or ')}; move it to a team under the right executive or correct its mode.`,
        data: { chain: [...seen], allowedRoles: ctx.options[mode] },
      });
    }
  },
});
