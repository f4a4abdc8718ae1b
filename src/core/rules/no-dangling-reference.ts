import { didYouMeanFor, MAX_SUGGESTIONS } from '../util/did-you-mean';
import { KIND_LABEL, type Consumption, type Dependency, type Entity, type EntityKind, type Ref } from '../model/entities';
import { forEachReference } from '../model/references';
import { fix, replaceEdit } from './locate';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-dangling-reference',
    category: 'integrity',
    defaultSeverity: 'error',
    description: 'A reference that does not resolve to an entity of the expected kind.',
    rationale: 'A graph with holes produces wrong results in every other rule (Backstage entity references; dependency-cruiser couldNotResolve).',
    messages: {
      unknown: "{{field}} of {{holderKind}} '{{holder}}' refers to unknown {{kind}} '{{id}}'.",
      unknownDidYouMean: "{{field}} of {{holderKind}} '{{holder}}' refers to unknown {{kind}} '{{id}}'. Did you mean '{{candidate}}'?",
      wrongKind: "{{field}} of {{holderKind}} '{{holder}}' refers to '{{id}}', which is {{actual}}, not {{expected}}.",
      wrongKindDidYouMean: "{{field}} of {{holderKind}} '{{holder}}' refers to '{{id}}', which is {{actual}}, not {{expected}}. Did you mean '{{candidate}}'?",
    },
    fixable: true,
    docs: `Checks every reference field: \`owners[].parent\`, \`domains[].owner\`, \`systems[].owner/domain/successor/security.reviewedBy\`, \`systems[].consumes[].api\`, \`systems[].dependsOn[].system\`, \`systems[].dataAccess[].store\`, \`apis[].provider/owner/successor\`, \`dataStores[].system\`, \`rollouts[].targets[]/owner\`. One finding per reference; when the id exists but names another kind of entity (an API id in \`dependsOn\`), the message says so.

**Fix:** *Change to '<candidate>'* for ids of the expected kind within edit distance 2, nearest first (ties in string order), at most ${MAX_SUGGESTIONS}: the finding's \`data.candidates\` holds the same list.`,
  },
  check(ctx) {
    const { landscape } = ctx;
    // consumes and dependsOn entries that gave a graph edge resolved to an API or a system
    // already: the edges of a system come in the order of those entries, so one pointer per
    // system finds them without a lookup (a third of all references in a large landscape).
    const g = landscape.graph;
    let system = -1;
    let holderSeen: Entity | null = null;
    let k = 0;
    const resolvedByEdge = (holder: Entity, ref: Ref, field: string): boolean => {
      if (holder.kind !== 'system' || (field !== 'consumes' && field !== 'dependsOn')) return false;
      if (holder !== holderSeen) {
        holderSeen = holder;
        system = g.indexOf(holder.id);
        if (system >= 0 && landscape.systems[system] !== holder) system = -1;
        k = system < 0 ? 0 : g.outBegin(system);
      }
      if (system < 0 || k >= g.outEnd(system)) return false;
      const entry = g.edgeAt(k).entry;
      if ((field === 'consumes' ? (entry as Consumption).api : (entry as Dependency).system) !== ref) return false;
      k++;
      return true;
    };
    // An API's provider that the graph resolved is a system. APIs come in `landscape.apis`
    // order here, so a forward scan finds each one's index.
    let api = 0;
    const resolvedProvider = (holder: Entity, field: string): boolean => {
      if (holder.kind !== 'api' || field !== 'provider') return false;
      while (api < landscape.apis.length && landscape.apis[api] !== holder) api++;
      return api < landscape.apis.length && g.providerOf(api) >= 0;
    };
    // First the dangling references, then their suggestions all at once per expected kind (an
    // index over the ids of the kind answers them together: did-you-mean.ts, suggestAll).
    const dangling: { holder: Entity; ref: Ref; expected: EntityKind; field: string; target: Entity | undefined }[] = [];
    forEachReference(landscape.entities, (holder, ref, expected, field) => {
      if (resolvedByEdge(holder, ref, field) || resolvedProvider(holder, field)) return;
      const target = landscape.byId.get(ref.id);
      if (target && target.kind === expected) return;
      dangling.push({ holder, ref, expected, field, target });
    });
    if (dangling.length === 0) return;
    const suggestions = suggestionsByKind(landscape.entities, dangling);
    for (const { holder, ref, expected, field, target } of dangling) {
      const candidates = suggestions.get(expected)!.get(ref.id)!;
      // One of four texts: another kind or no entity at all, with or without a suggestion.
      const messageId = target ? (candidates.length ? 'wrongKindDidYouMean' : 'wrongKind') : candidates.length ? 'unknownDidYouMean' : 'unknown';
      const messageData = {
        field, holderKind: KIND_LABEL[holder.kind], holder: holder.id, id: ref.id, kind: KIND_LABEL[expected], candidate: candidates[0] ?? '',
        actual: target ? withArticle(KIND_LABEL[target.kind]) : '', expected: withArticle(KIND_LABEL[expected]),
      };
      ctx.report({
        messageId,
        messageData,
        subject: holder.id,
        related: [holder.id, ref.id],
        file: holder.file,
        span: ref.span,
        data: { missing: ref.id, expectedKind: expected, actualKind: target?.kind ?? null, candidates },
        fixes: () => candidates.map((c) => fix(`Change to '${c}'`, 'replace-reference', [replaceEdit(holder.file, ref.span, c)], candidates.length === 1)),
      });
    }
  },
});

/**
 * The suggestions for each dangling id, by the kind its field expects: ids of that kind within
 * distance 2. The index of a kind is kept across lints while its ids stay the same (every
 * keystroke in the editor: didYouMeanFor), so only ids not seen before are looked up.
 */
function suggestionsByKind(entities: readonly Entity[], dangling: readonly { ref: Ref; expected: EntityKind }[]): Map<EntityKind, Map<string, string[]>> {
  const wanted = new Map<EntityKind, string[]>();
  for (const { ref, expected } of dangling) {
    const list = wanted.get(expected);
    if (list) list.push(ref.id);
    else wanted.set(expected, [ref.id]);
  }
  const idsByKind = new Map<EntityKind, string[]>();
  for (const e of entities) {
    if (!wanted.has(e.kind)) continue;
    const list = idsByKind.get(e.kind);
    if (list) list.push(e.id);
    else idsByKind.set(e.kind, [e.id]);
  }
  const out = new Map<EntityKind, Map<string, string[]>>();
  for (const [kind, ids] of wanted) out.set(kind, didYouMeanFor(`reference:${kind}`, idsByKind.get(kind) ?? []).suggestAll(ids));
  return out;
}

/** "a system", "an API": a kind with its indefinite article. */
function withArticle(kind: string): string {
  return `a${/^[aeiou]/i.test(kind) ? 'n' : ''} ${kind}`;
}
