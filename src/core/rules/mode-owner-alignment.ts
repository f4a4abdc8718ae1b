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
    for (const s of l.systems) {
      if (s.governance === 'shadow' || !s.owner) continue;
      const mode = s.mode as keyof Options | undefined;
      if (mode !== 'mode1' && mode !== 'mode2' && mode !== 'gearbox') continue;
      const owner = l.ownerById.get(s.owner.id);
      if (!owner) continue;
      // Roles are compared exactly as written (SPEC: a `role` allowed for the mode; CIO ≠ cio).
      const allowed = new Set(ctx.options[mode]);
      const chain: string[] = [];
      const seen = new Set<string>();
      let ok = false;
      for (let o = owner as typeof owner | undefined; o && !seen.has(o.id); o = o.parent ? l.ownerById.get(o.parent.id) : undefined) {
        seen.add(o.id);
        chain.push(o.role ? `${o.id} (${o.role})` : o.id);
        if (o.role !== undefined && allowed.has(o.role)) {
          ok = true;
          break;
        }
      }
      if (ok) continue;
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
