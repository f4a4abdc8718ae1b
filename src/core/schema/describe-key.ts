/**
 * What a key means, from the schema's descriptions: the editor's hover on a key
 * (`mode:`, `security.lastReview:`) shows it. The schema is the single source, so a hover
 * can never disagree with the validation or with what the Red Hat YAML extension shows.
 */
import { deref, keyText, spanOf, type YNode } from '../parse/yaml-tree';
import { LANDSCAPE_SCHEMA } from './landscape-schema';

type Schema = {
  description?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  else?: Schema;
  enum?: string[];
  default?: unknown;
};

export interface KeyAt {
  /** Keys and list indexes from the root to the key under the offset. */
  path: (string | number)[];
  /** The key's own span. */
  span: { start: number; end: number };
}

/** The mapping key that contains the offset, with its path from the root. */
export function keyAt(root: YNode | null, offset: number): KeyAt | undefined {
  const path: (string | number)[] = [];
  let node = deref(root);
  // Bounded by the tree's depth: every step descends into a child that contains the offset.
  while (node) {
    if (node.kind === 'map') {
      const pair = node.pairs.find((p) => offset >= p.start && offset <= p.end);
      const key = pair && keyText(pair);
      if (!pair || key === null || key === undefined) return undefined;
      path.push(key);
      if (offset >= pair.key.start && offset <= pair.key.end) return { path, span: spanOf(pair.key) };
      node = deref(pair.value);
    } else if (node.kind === 'seq') {
      const i = node.items.findIndex((item) => offset >= item.start && offset <= item.end);
      if (i < 0) return undefined;
      path.push(i);
      node = deref(node.items[i]);
    } else return undefined;
  }
  return undefined;
}

/** The schema node for a path, following list items and "id or object" entries. */
function schemaAt(path: (string | number)[], schema: Schema = LANDSCAPE_SCHEMA): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') {
      s = s.items;
      continue;
    }
    const props: Record<string, Schema> | undefined = s.properties ?? s.else?.properties;
    const pattern = Object.entries(s.patternProperties ?? {}).find(([re]) => new RegExp(re).test(seg))?.[1];
    s = props?.[seg] ?? pattern ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
  }
  return s;
}

/** Markdown for the hover on the key at the offset, or undefined when it is not a known key. */
export function describeKey(root: YNode | null, offset: number): { markdown: string; span: { start: number; end: number } } | undefined {
  const at = keyAt(root, offset);
  if (!at) return undefined;
  const s = schemaAt(at.path);
  if (!s?.description) return undefined;
  const name = at.path.filter((p) => typeof p === 'string').slice(-1)[0];
  const values = s.enum ? `\n\nValues: ${s.enum.map((v) => `\`${v}\``).join(', ')}` : '';
  const byDefault = s.default !== undefined ? `\n\nDefault: \`${typeof s.default === 'string' ? s.default : JSON.stringify(s.default)}\`` : '';
  return { markdown: `**${name}**: ${s.description}${values}${byDefault}`, span: at.span };
}
