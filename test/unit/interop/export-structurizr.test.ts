/**
 * `landscape export structurizr`, checked against the Structurizr DSL's published rules (no
 * Structurizr parser runs on Node: it is Java). The rules, from the DSL's language reference
 * ("DSL rules") and its tokenizer (com.structurizr.dsl.Tokenizer), are written down here:
 * 1. lines are read in order, and identifiers must be defined before they are used;
 * 2. tokens are separated by whitespace; a string in double quotes is one token, `\"` inside
 *    it is a quote, and a backslash before the closing quote would escape it;
 * 3. a line ending in `\` continues on the next line (so no line may end in one);
 * 4. `{` is the last token of its line and `}` stands alone on its line; braces balance;
 * 5. tags are comma-separated; software system names are unique in a workspace.
 */
import * as assert from 'node:assert/strict';
import { exportLandscape } from '../../../src/core/index';
import { structurizrString } from '../../../src/core/interop/export/structurizr';
import { HOSTILE, HOSTILE_LANDSCAPE } from '../../helpers/hostile-landscape';
import { lintFiles } from '../../helpers/lint-snippet';
import { exampleLandscape } from './export-fixtures';

/** Rule 2: a line's tokens, quoted strings unquoted (`\"` read as a quote), as the DSL's tokenizer reads them. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(line))) {
    assert.match(line.slice(end, m.index), /^\s*$/, `tokens are separated by whitespace: ${line}`);
    tokens.push(m[1] !== undefined ? m[1].replace(/\\"/g, '"') : m[2]);
    end = m.index + m[0].length;
  }
  return tokens;
}

interface Checked {
  names: Map<string, string>;
  tags: Map<string, string[]>;
  relationships: { from: string; to: string; description: string; technology: string; tags: string }[];
  views: string[];
}

/** Checks rules 1–5 on a whole workspace and returns what it defines. */
function checkWorkspace(dsl: string): Checked {
  const lines = dsl.split('\n');
  assert.equal(lines.pop(), '', 'the file ends with a line break');
  const defined = new Set<string>();
  const names = new Map<string, string>(), tags = new Map<string, string[]>();
  const relationships: Checked['relationships'] = [];
  const views: string[] = [];
  let depth = 0;
  for (const line of lines) {
    assert.doesNotMatch(line, /\\$/, `rule 3: no line ends in a backslash: ${line}`);
    // eslint-disable-next-line no-control-regex -- the characters a DSL line must not hold
    assert.doesNotMatch(line, /[\r\u0000-\u0008\u000b-\u001f]/, 'no control character in a line');
    const tokens = tokenize(line.trim());
    if (tokens.length === 0) continue;
    if (tokens.includes('}')) {
      assert.deepEqual(tokens, ['}'], `rule 4: } alone on its line: ${line}`);
      depth--;
      assert.ok(depth >= 0, 'rule 4: braces balance');
      continue;
    }
    const opens = line.trimEnd().endsWith(' {') || line.trim() === '{';
    assert.ok(!tokens.slice(0, -1).includes('{'), `rule 4: { only last: ${line}`);
    if (opens) depth++;
    const body = opens ? tokens.slice(0, -1) : tokens;
    if (body[1] === '=' && body[2] === 'softwareSystem') {
      assert.ok(!defined.has(body[0]), `identifier ${body[0]} defined once`);
      defined.add(body[0]);
      assert.ok(![...names.values()].includes(body[3]), `rule 5: software system names are unique: ${body[3]}`);
      names.set(body[0], body[3]);
      tags.set(body[0], body[5].split(','));
    } else if (body[1] === '->') {
      assert.ok(defined.has(body[0]) && defined.has(body[2]), `rule 1: ${body[0]} and ${body[2]} defined before ${line}`);
      relationships.push({ from: body[0], to: body[2], description: body[3], technology: body[4], tags: body[5] });
    } else if (body[0] === 'systemLandscape') views.push(body[1]);
  }
  assert.equal(depth, 0, 'rule 4: every { is closed');
  return { names, tags, relationships, views };
}

describe('export structurizr (the DSL rules, written down)', () => {
  it('writes groups per lane, software systems with tags, relationships, a systemLandscape view and styles', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': `apiVersion: landscape/v1
metadata: { title: Small }
systems:
  - { id: ledger, name: Ledger, mode: mode1, domain: pay }
  - { id: web, name: Ledger, mode: mode2, governance: shadow, consumes: [ledger-api] }
domains: [{ id: pay }]
apis: [{ id: ledger-api, name: Ledger API, provider: ledger, type: odata }]
`,
    });
    const dsl = exportLandscape('structurizr', r.landscape);
    const c = checkWorkspace(dsl);
    assert.deepEqual([...c.names], [['s_ledger', 'Ledger (ledger)'], ['s_web', 'Ledger (web)']]);
    assert.deepEqual([...c.tags], [['s_ledger', ['Mode 1']], ['s_web', ['Mode 2', 'Shadow IT']]]);
    assert.deepEqual(c.relationships, [{ from: 's_web', to: 's_ledger', description: 'Ledger API', technology: 'odata', tags: 'sync' }]);
    assert.deepEqual(c.views, ['landscape']);
    assert.match(dsl, /\n {4}group "Mode 1 · record" \{\n {6}s_ledger = softwareSystem "Ledger \(ledger\)" "" "Mode 1" \{\n {8}properties \{\n {10}"landscape.id" "ledger"\n {10}"landscape.lifecycle" "active"\n {10}"landscape.domain" "pay"\n/);
    assert.match(dsl, /\n {6}element "Shadow IT" \{\n {8}border dashed\n/);
    assert.match(dsl, /\n {6}relationship "async" \{\n {8}dashed true\n/);
  });

  it('escapes quotes, drops line breaks, keeps a trailing backslash off the closing quote and ${ off substitution', () => {
    assert.equal(structurizrString('a "b"\nc\td\\'), '"a \\"b\\" c d\\ "');
    assert.equal(structurizrString('${HOME}'), '"$ {HOME}"');
  });

  it('keeps the rules on the example landscape, every system and dependency present', async () => {
    const l = await exampleLandscape();
    const c = checkWorkspace(exportLandscape('structurizr', l));
    assert.equal(c.names.size, l.systems.length);
    assert.equal(c.relationships.length, l.graph.edgeCount);
  });

  it('keeps the rules with hostile names, which read back as written (line breaks as spaces)', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': HOSTILE_LANDSCAPE });
    const c = checkWorkspace(exportLandscape('structurizr', r.landscape));
    const oneLine = (s: string): string => s.replace(/[\n\t]/g, ' ').replace(/\$\{/g, '$ {').replace(/\\$/, '\\ ');
    assert.deepEqual([...c.names.values()], [HOSTILE.system, HOSTILE.system2, HOSTILE.system3, HOSTILE.system4].map(oneLine));
    assert.deepEqual(c.relationships.map((x) => x.description), [oneLine(HOSTILE.api), oneLine(HOSTILE.api), 'depends on', 'depends on']);
  });
});
