/**
 * The saved views checked against the landscape (`core/invalid-view`): every id a view names
 * exists, and no view repeats an earlier one's name. A warning placed at the id or the name,
 * never a crash and never a fatal error, so a stale view never stops `render` or `lint`.
 */
import { coreFinding } from '../findings/core-finding';
import type { Landscape } from '../model/landscape';
import { readViews, type ViewRefKind } from '../model/views';
import type { Finding } from '../types';
import { didYouMeanFor } from '../util/did-you-mean';

export function viewFindings(l: Landscape): Finding[] {
  const { views, repeated } = readViews(l);
  const out: Finding[] = [];
  for (const v of repeated) out.push(coreFinding('core/invalid-view', v.file, v.nameNode, `A view named '${v.name}' is defined earlier; this one is ignored. Give it another name.`));
  if (!views.some((v) => v.refs.length)) return out;
  const ids: Record<ViewRefKind, () => string[]> = {
    system: () => l.graph.ids as string[],
    domain: () => l.domains.map((d) => d.id),
    owner: () => l.owners.map((o) => o.id),
  };
  const domains = new Set(ids.domain());
  const exists: Record<ViewRefKind, (id: string) => boolean> = {
    system: (id) => l.systemById.has(id),
    domain: (id) => domains.has(id),
    owner: (id) => l.ownerById.has(id),
  };
  for (const v of views) {
    for (const r of v.refs) {
      if (exists[r.kind](r.id)) continue;
      const near = didYouMeanFor(`view:${r.kind}`, ids[r.kind]()).suggest(r.id, 1);
      out.push(coreFinding('core/invalid-view', v.file, r.node, `View '${v.name}' names ${r.kind} '${r.id}', which the landscape does not have${near.length ? `; did you mean '${near[0]}'?` : '.'}`));
    }
  }
  return out;
}
