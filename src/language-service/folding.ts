/**
 * Folding ranges from the YAML tree of a landscape file: every key whose value is a mapping or
 * a list over several lines, and every list item over several lines (an entity in a section);
 * the first `maxItemsComputed` of them (VS Code shows no more than 5,000 by default).
 */
import { parseYaml, type YNode } from '../core/index';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Context } from './context';

export async function foldingRanges(ctx: Context, doc: TextDocument): Promise<FoldingRange[] | null> {
  const path = ctx.uris.pathOf(doc.uri);
  const result = path === undefined ? undefined : await ctx.results.resultFor(path);
  // Only the files of a landscape: other YAML keeps the client's own folding.
  if (!result) return null;
  const text = doc.getText();
  const linted = result.files.find((f) => f.path === path);
  const root = linted?.text === text ? linted.parsed.root : parseYaml(text).root;
  const ranges: FoldingRange[] = [];
  const max = ctx.maxItemsComputed();
  const lineOf = (offset: number): number => doc.positionAt(offset).line;
  const add = (start: number, end: number): void => {
    // The end offset is exclusive: the range ends on the line of its last character.
    const first = lineOf(start);
    const last = lineOf(Math.max(start, end - 1));
    if (last > first && ranges.length < max) ranges.push({ startLine: first, endLine: last });
  };
  const visit = (node: YNode | null, depth: number): void => {
    if (!node || depth > 100 || ranges.length >= max) return;
    if (node.kind === 'map') {
      for (const p of node.pairs) {
        if (p.value && (p.value.kind === 'map' || p.value.kind === 'seq')) add(p.key.start, p.value.end);
        visit(p.value, depth + 1);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        if (item.kind === 'map' || item.kind === 'seq') add(item.start, item.end);
        visit(item, depth + 1);
      }
    }
  };
  visit(root, 0);
  return ranges;
}
