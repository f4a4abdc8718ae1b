import { fix, keySpan, replaceEdit, valueSpan } from './locate';
import { defineRule } from './rule';
import { fixesPerEntity } from './entity-fixes';

/** The fix of a system's or an API's internet exposure, one function per entity (kept across lints with it). */
const setInternal = fixesPerEntity((e: Parameters<typeof valueSpan>[0] & { file: string }) => [fix('Set exposure: internal', 'set-exposure-internal', [replaceEdit(e.file, valueSpan(e, 'exposure'), 'internal')])]);

export default defineRule({
  meta: {
    id: 'no-mode1-internet-exposure',
    category: 'bimodal',
    defaultSeverity: 'error',
    description: 'A Mode 1 system, or an API of a Mode 1 system, exposed to the internet.',
    rationale: 'Systems of record have strict security and availability standards; internet traffic must enter through the gearbox (gateway, WAF, rate limiting) under CIO/CISO governance.',
    messages: {
      system: "Mode-1 system '{{system}}' is exposed to the internet; keep systems of record internal and let internet traffic enter through a gateway in the gearbox.",
      api: "API '{{api}}' of Mode-1 system '{{provider}}' is exposed to the internet; expose a gateway API in the gearbox instead.",
    },
    fixable: true,
    docs: `Flags a \`mode1\` system with \`exposure: internet\`, and an API whose provider is \`mode1\` with \`exposure: internet\`.

Triggers:

\`\`\`yaml
systems:
  - { id: core-banking, mode: mode1, owner: team-core, exposure: internet }
\`\`\`

Does not trigger:

\`\`\`yaml
systems:
  - { id: core-banking, mode: mode1,   owner: team-core, exposure: internal }
  - { id: api-gw,       mode: gearbox, owner: team-int,  exposure: internet }
\`\`\`

**Fix:** *Set exposure: internal*, and publish what the internet needs through a gateway API in the gearbox.`,
  },
  check(ctx) {
    const l = ctx.landscape;
    for (const s of l.systems) {
      if (s.mode !== 'mode1' || s.exposure !== 'internet') continue;
      ctx.report({
        subject: s.id,
        related: [s.id],
        file: s.file,
        span: keySpan(s, 'exposure'),
        messageId: 'system',
        messageData: { system: s.id },
        fixes: setInternal(s),
      });
    }
    for (const a of l.apis) {
      const provider = a.provider && l.systemById.get(a.provider.id);
      if (!provider || provider.mode !== 'mode1' || a.exposure !== 'internet') continue;
      ctx.report({
        subject: a.id,
        related: [a.id, provider.id],
        file: a.file,
        span: keySpan(a, 'exposure'),
        messageId: 'api',
        messageData: { api: a.id, provider: provider.id },
        fixes: setInternal(a),
      });
    }
  },
});
