/**
 * What is at an offset of a file: an entity's id, or a reference to one. The editor's
 * definition, references, rename and hover all start here.
 */
import type { Entity, EntityKind } from './entities';
import type { Landscape } from './landscape';
import { referenceSites } from './references';

export interface IdAt {
  id: string;
  /** The span of the id text under the cursor. */
  span: { start: number; end: number };
  /** 'definition' when on an entity's own id, else the referencing field. */
  role: 'definition' | 'reference';
  /** The kind the id must have (for references), or the entity's kind. */
  kind: EntityKind;
  holder: Entity;
}

const inside = (span: { start: number; end: number }, offset: number): boolean => offset >= span.start && offset <= span.end;

export function idAt(l: Landscape, file: string, offset: number): IdAt | undefined {
  for (const e of [...l.entities, ...l.duplicates]) {
    if (e.file === file && inside(e.idSpan, offset)) return { id: e.id, span: e.idSpan, role: 'definition', kind: e.kind, holder: e };
  }
  for (const site of referenceSites(l.entities)) {
    if (site.holder.file === file && inside(site.ref.span, offset)) return { id: site.ref.id, span: site.ref.span, role: 'reference', kind: site.expected, holder: site.holder };
  }
  return undefined;
}
