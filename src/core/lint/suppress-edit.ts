/**
 * The "Suppress for this entity" edit: adds `{ rule, reason }` to the subject entity's
 * `suppress` list (creating the list when absent), keeping the file's layout and comments.
 */
import type { EntityBase } from '../model/entities';
import { asSeq, findPair } from '../parse/yaml-tree';
import { lineBreakOf, setValueEdit } from '../rules/locate';
import type { TextEdit } from '../types';

const REASON_PLACEHOLDER = 'TODO: why this is accepted';

/** The edit, with the reason marked as the placeholder an editor selects for the user to replace. */
export function suppressEdit(text: string, entity: EntityBase, rule: string): TextEdit {
  const edit = suppressTextEdit(text, entity, rule);
  const at = edit.newText.lastIndexOf(REASON_PLACEHOLDER);
  return { ...edit, placeholders: [{ start: at, end: at + REASON_PLACEHOLDER.length }] };
}

function suppressTextEdit(text: string, entity: EntityBase, rule: string): TextEdit {
  const item = `{ rule: ${rule}, reason: "${REASON_PLACEHOLDER}" }`;
  const pair = findPair(entity.node, 'suppress');
  const seq = pair ? asSeq(pair.value) : null;
  // No list yet, or a `suppress:` key without one: the list with the item.
  if (!pair || !seq) return setValueEdit(entity.file, text, entity.node, 'suppress', `[${item}]`);
  const last = seq.items[seq.items.length - 1];
  if (seq.flow || !last) {
    if (!last) return { file: entity.file, start: seq.start + 1, end: seq.end - 1, newText: item };
    return { file: entity.file, start: last.end, end: last.end, newText: `, ${item}` };
  }
  // Block list: a new "- item" line after the last item's line, at the column of its dash.
  const dash = text.lastIndexOf('-', last.start);
  const lineStart = text.lastIndexOf('\n', dash) + 1;
  let eol = text.indexOf('\n', last.end);
  if (eol < 0) eol = text.length;
  const at = text[eol - 1] === '\r' ? eol - 1 : eol;
  return { file: entity.file, start: at, end: at, newText: `${lineBreakOf(text)}${' '.repeat(dash - lineStart)}- ${item}` };
}
