import { KIND_LABEL } from '../model/entities';
import { spanOf } from '../parse/yaml-tree';
import { LineIndex } from '../util/line-index';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'no-duplicate-id',
    category: 'integrity',
    defaultSeverity: 'error',
    description: 'An id already used by another entity of any kind in the merged landscape.',
    rationale: 'Ids are the keys every reference resolves through; a duplicate silently changes what a reference points to.',
    messages: {
      duplicate: "Duplicate id '{{id}}': already used by the {{firstKind}} first defined on {{where}}; this {{kind}} is ignored. Give it a unique id.",
    },
    fixable: false,
    docs: `Flags every later occurrence of an id that is already used by an owner, domain, system, API, data store or rollout anywhere in the merged landscape (all imported files share one id space). The first occurrence in load order wins; the later ones are ignored by every other rule.

**Fix:** rename the later entity, or delete it if it is a copy. The editor offers *Go to first definition*.`,
  },
  check(ctx) {
    // One line index per file that holds a first occurrence (not one per duplicate).
    const lines = new Map<string, LineIndex>();
    const lineOf = (file: string, offset: number): number => {
      let index = lines.get(file);
      if (!index) lines.set(file, (index = new LineIndex(ctx.text(file))));
      return index.positionAt(offset).line + 1;
    };
    for (const dup of ctx.landscape.duplicates) {
      const first = ctx.landscape.byId.get(dup.id)!;
      const where = `line ${lineOf(first.file, first.idSpan.start)}${first.file === dup.file ? '' : ` of ${first.file.split('/').pop()}`}`;
      ctx.report({
        subject: dup.id,
        related: [dup.id],
        file: dup.file,
        span: dup.idSpan,
        messageId: 'duplicate',
        messageData: { id: dup.id, firstKind: KIND_LABEL[first.kind], where, kind: KIND_LABEL[dup.kind] },
        data: { firstFile: first.file, firstSpan: spanOf(first.idSpan) },
        // The finding is about this later occurrence: its suppressions count, and the suppress
        // quick fix adds to it (the first entity with the id is another entity).
        subjectAt: { file: dup.file, offset: dup.idSpan.start },
        navigation: [{ title: 'Go to first definition', file: first.file, span: spanOf(first.idSpan) }],
      });
    }
  },
});
