/**
 * What an id means in the architecture, in Markdown: kind, name, mode, owner, domain, lifecycle,
 * coupling (Ca, Ce, instability) or provider, and its findings. The hover on an id and the
 * resolved completion item show it.
 */
import { coupling, KIND_LABEL, type Entity, type LintResult } from '../core/index';

/** Lifecycle phases the completion marks deprecated (the LeanIX phases after `active`). */
const RETIRING = new Set(['phaseOut', 'endOfLife']);

const SEVERITY_RANK: Record<LintResult['findings'][number]['severity'], number> = { error: 0, warn: 1, info: 2 };

export function isRetiring(e: Entity): boolean {
  return (e.kind === 'system' || e.kind === 'api') && RETIRING.has(e.lifecycle);
}

/** Where the card is shown: the hovered id's span in its file. */
export interface Hovered {
  file: string;
  start: number;
  end: number;
}

/**
 * `here`: the hovered id. VS Code draws the problem hover (its findings' messages and related
 * lines) above any extension's hover, which cannot be reordered; the findings at this very id
 * are in it, so the card leaves them out and counts them, and stays short enough to be seen
 * without scrolling. Its other findings (elsewhere in its entity) are listed as always.
 */
export function idCard(result: LintResult, e: Entity, here?: Hovered): string {
  const lines = [`**${KIND_LABEL[e.kind]} \`${e.id}\`**${e.name ? ` — ${e.name}` : ''}`, ''];
  const row = (k: string, v: string | undefined): void => {
    if (v) lines.push(`- ${k}: ${v}`);
  };
  if (e.kind === 'system') {
    row('mode', e.mode);
    row('owner', e.owner?.id);
    row('domain', e.domain?.id);
    row('lifecycle', e.lifecycle);
    row('governance', e.governance === 'shadow' ? 'shadow IT' : undefined);
    const c = coupling(result.landscape.graph, e.id);
    row('coupling', `Ca ${c.ca} · Ce ${c.ce} · instability ${c.instability === undefined ? '–' : c.instability.toFixed(2)}`);
  } else if (e.kind === 'api') {
    const p = e.provider ? result.landscape.systemById.get(e.provider.id) : undefined;
    row('provider', p ? `${p.id} (${p.mode ?? 'no mode'})` : e.provider?.id);
    row('type', e.type);
    row('lifecycle', e.lifecycle);
  } else if (e.kind === 'owner') {
    row('type', e.type);
    row('role', e.role);
    row('parent', e.parent?.id);
  } else if (e.kind === 'dataStore') row('system', e.system?.id);
  else if (e.kind === 'rollout') {
    row('targets', e.targets.map((t) => t.id).join(', '));
    row('status', e.status);
  }
  // The worst first, as the Problems view sorts them (the order found is the rules' order).
  const all = result.findings.filter((f) => f.subject === e.id).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const above = here ? all.filter((f) => f.file === here.file && f.span.start < here.end && f.span.end > here.start) : [];
  const findings = all.filter((f) => !above.includes(f));
  if (all.length) lines.push('');
  for (const f of findings) lines.push(`- ${f.severity}: ${f.message} (\`${f.rule}\`)`);
  if (above.length) lines.push(`- ${above.length === 1 ? '1 finding' : `${above.length} findings`} at this id: shown above`);
  return lines.join('\n');
}
