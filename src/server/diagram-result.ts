/**
 * A laid-out diagram with what a client needs to follow the cursor on it (`landscape/diagram`,
 * `landscape/diff`): the entry, the files of the landscape, the open documents' versions the
 * lint read, where each system is defined in the linted text, and what the pickers offer.
 */
import { diagramModelOf, pickChoices, resolveViews, type Diagram, type LintResult, type PickChoices } from '../core/index';
import type { Uris } from '../language-service/index';
import type { Lint } from './lint-workspace';
import type { DiagramResult } from './protocol';

/** What the pickers offer, once per lint result (a panel asks for its diagram many times between two lints). */
const choices = new WeakMap<LintResult, PickChoices>();
function choicesOf(result: LintResult): PickChoices {
  let c = choices.get(result);
  if (!c) {
    const model = diagramModelOf(result);
    choices.set(result, (c = pickChoices(model, resolveViews(result.landscape, model.title))));
  }
  return c;
}

export function diagramResultOf(lint: Lint, diagram: Diagram, uris: Uris): DiagramResult {
  const versions: Record<string, number> = {};
  for (const [p, v] of lint.versions) versions[uris.uriOf(p)] = v;
  const systems = lint.result.landscape.systems.map((s) => ({ id: s.id, uri: uris.uriOf(s.file), start: s.node.start, end: s.node.end }));
  return { entry: uris.uriOf(lint.entry), diagram, versions, files: lint.result.files.map((f) => uris.uriOf(f.path)), systems, choices: choicesOf(lint.result) };
}
