/**
 * A laid-out diagram with what a client needs to follow the cursor on it (`landscape/diagram`,
 * `landscape/diff`): the entry, the files of the landscape, the open documents' versions the
 * lint read, and where each system is defined in the linted text.
 */
import type { Diagram } from '../core/index';
import type { Uris } from '../language-service/index';
import type { Lint } from './lint-workspace';
import type { DiagramResult } from './protocol';

export function diagramResultOf(lint: Lint, diagram: Diagram, uris: Uris): DiagramResult {
  const versions: Record<string, number> = {};
  for (const [p, v] of lint.versions) versions[uris.uriOf(p)] = v;
  const systems = lint.result.landscape.systems.map((s) => ({ id: s.id, uri: uris.uriOf(s.file), start: s.node.start, end: s.node.end }));
  return { entry: uris.uriOf(lint.entry), diagram, versions, files: lint.result.files.map((f) => uris.uriOf(f.path)), systems };
}
