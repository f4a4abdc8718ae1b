import { didYouMeanFor, MAX_SUGGESTIONS, type DidYouMean } from '../util/did-you-mean';
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
    // Built on the first dangling reference only (most landscapes have none), one index per
    // expected kind for the whole lint.
    let idsByKind: Map<EntityKind, string[]> | undefined;
    const indexes = new Map<EntityKind, DidYouMean>();
    const suggestionsFor = (id: string, kind: EntityKind): string[] => {
      let index = indexes.get(kind);
      if (!index) {
        if (!idsByKind) {
          idsByKind = new Map();
          for (const e of landscape.entities) {
            const list = idsByKind.get(e.kind) ?? [];
            list.push(e.id);
            idsByKind.set(e.kind, list);
          }
        }
        // Kept across lints while the ids of the kind stay the same (every keystroke in the editor).
        index = didYouMeanFor(`reference:${kind}`, idsByKind.get(kind) ?? []);
        indexes.set(kind, index);
      }
      return index.suggest(id);
    };
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
    forEachReference(landscape.entities, (holder, ref, expected, field) => {
      if (resolvedByEdge(holder, ref, field) || resolvedProvider(holder, field)) return;
      const target = landscape.byId.get(ref.id);
      if (target && target.kind === expected) return;
      const candidates = suggestionsFor(ref.id, expected);
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
    });
  },
});

/** "a system", "an API": a kind with its indefinite article. */
function withArticle(kind: string): string {
  return `a${/^[aeiou]/i.test(kind) ? 'n' : ''} ${kind}`;
}
