/**
 * Messages that tell the user what is wrong and what to do, at the text to change (issue 10 §5):
 * YAML syntax errors in plain words instead of the parser's grammar terms, and duplicate keys
 * and ids that say where the first one is.
 */
import { strict as assert } from 'node:assert';
import { parseYaml } from '../../../src/core/parse/parse-yaml';
import { lintFiles } from '../../helpers/lint-snippet';

/** The first problem as "line:column `text`: message" (1-based line and column). */
function problem(text: string): string {
  const p = parseYaml(text).problems[0];
  if (!p) return 'no problem';
  const before = text.slice(0, p.span.start);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = p.span.start - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `${line}:${column} \`${text.slice(p.span.start, p.span.end)}\` ${p.code}: ${p.message}`;
}

const CASES: { name: string; yaml: string; want: string }[] = [
  {
    name: 'a key indented less than its siblings (js-yaml: "bad indentation of a sequence entry")',
    yaml: 'systems:\n  - id: a\n    mode: mode1\n   owner: x\n',
    want: "4:4 `owner` core/yaml-syntax: This line is indented 3 spaces, which lines up with no key above it: indent it 4 spaces to line up with 'mode' on line 3, or 0 spaces to line up with 'systems' on line 1.",
  },
  {
    name: 'a key indented more than the key above (js-yaml: "bad indentation of a mapping entry" at its colon)',
    yaml: 'systems:\n  - id: a\n    mode: mode1\n      owner: x\n',
    want: "4:7 `owner` core/yaml-syntax: This line is indented more than 'mode' on line 3, so YAML reads it as part of the value of 'mode'. Indent it 4 spaces to line up with 'mode'.",
  },
  {
    name: 'a key of the entry at the column of the list',
    yaml: 'systems:\n  - id: a\n  mode: mode1\n',
    want: "3:3 `mode` core/yaml-syntax: This line is indented 2 spaces, which lines up with no key above it: indent it 4 spaces to line up with 'id' on line 2, or 0 spaces to line up with 'systems' on line 1.",
  },
  {
    name: 'a list entry at no list\'s column',
    yaml: 'systems:\n  - id: a\n    mode: mode1\n - id: b\n',
    want: '4:2 `- id` core/yaml-syntax: This list entry is indented 1 space, which lines up with no list above it: indent it 2 spaces to line up with the entry on line 2.',
  },
  {
    name: 'a list entry at the top level (js-yaml: "end of the stream or a document separator is expected")',
    yaml: 'apiVersion: landscape/v1\nsystems: []\n- id: a\n',
    want: "3:1 `- id` core/yaml-syntax: This list entry belongs to no list: put it under the key that holds the list (the key alone on a line, ending with ':'), indented further than that key.",
  },
  {
    name: 'a tab in the indentation',
    yaml: 'systems:\n  - id: a\n\tmode: mode1\n',
    want: '3:1 `\t` core/yaml-syntax: Tab in the indentation: YAML indents with spaces only. Replace the tab with spaces.',
  },
  {
    name: 'an unclosed double quote: at the quote, not where the parser gave up',
    yaml: 'systems:\n  - id: "a\n    mode: mode1\n',
    want: '2:9 `"a` core/yaml-syntax: The quoted value that starts here is never closed: add the closing " at its end.',
  },
  {
    name: 'an unclosed single quote at the end of the file',
    yaml: "systems:\n  - id: 'a",
    want: "2:9 `'a` core/yaml-syntax: The quoted value that starts here is never closed: add the closing ' at its end.",
  },
  {
    name: 'an unclosed flow list',
    yaml: 'systems:\n  - id: a\n    tags: [x, y\n    mode: mode1\n',
    want: "3:11 `[x, y` core/yaml-syntax: This '[' is never closed: add the closing ']' after the last entry of the [ ] list.",
  },
  {
    name: 'an unclosed flow mapping',
    yaml: 'systems:\n  - { id: a, mode: mode1\n  - id: b\n',
    want: "2:5 `{ id: a, mode: mode1` core/yaml-syntax: This '{' is never closed: add the closing '}' after the last entry of the { } mapping.",
  },
  {
    name: 'a flow list closed on a line indented less than its key',
    yaml: 'metadata:\n  tags: [a,\n b]\n',
    want: "3:2 `b]` core/yaml-syntax: This line continues the [ ] list that starts on line 2, but is indented less than its key: indent the [ ] list's lines further, or keep it on one line.",
  },
  {
    name: 'a missing colon, found from the next key (js-yaml: "a multiline key may not be an implicit key")',
    yaml: 'systems:\n  - id: a\n    mode mode1\n    owner: x\n',
    want: "3:5 `mode mode1` core/yaml-syntax: This line has no ':' after its key: write it as 'key: value' (or start it with '#' if it is a comment).",
  },
  {
    name: 'a missing colon on the first line (js-yaml: "end of the stream or a document separator is expected")',
    yaml: 'apiVersion landscape/v1\nsystems: []\n',
    want: "1:1 `apiVersion landscape/v1` core/yaml-syntax: This line has no ':' after its key: write it as 'key: value' (or start it with '#' if it is a comment).",
  },
  {
    name: 'a missing space after a colon',
    yaml: 'systems:\n  - id:a\n    mode: mode1\n',
    want: "2:5 `id:a` core/yaml-syntax: Missing space after ':': write 'id: a'. Without the space YAML reads 'id:a' as one text, not as a key and its value.",
  },
  {
    name: 'a missing space after a dash',
    yaml: 'systems:\n  -id: a\n  - id: b\n',
    want: "2:3 `-id:` core/yaml-syntax: Missing space after '-' on line 2: a list entry starts with '- ' (write '- id: a').",
  },
  {
    name: "': ' inside a plain value",
    yaml: 'systems:\n  - id: a\n    name: Foo: Bar\n',
    want: '3:11 `Foo: Bar` core/yaml-syntax: A value that contains \': \' must be quoted, or YAML reads a second key: write name: "Foo: Bar".',
  },
  {
    name: 'a list on the line of its key',
    yaml: 'imports: - ./org.yaml\n',
    want: "1:10 `- ./org.yaml` core/yaml-syntax: A list cannot start on the line of its key: put '- ./org.yaml' on the next line, indented further than 'imports'.",
  },
  {
    name: 'a missing comma in a flow mapping',
    yaml: 'systems:\n  - { id: a mode: mode1 }\n',
    want: "2:17 `:` core/yaml-syntax: Missing ',' between two entries of this { } mapping: separate its entries with commas (a value that contains ': ' must be quoted).",
  },
  {
    name: 'a closing bracket of the wrong kind',
    yaml: 'a: [1, {b: 2]\n',
    want: "1:13 `]` core/yaml-syntax: This ']' does not match the '{' on line 1: close the { } mapping with '}' first.",
  },
  {
    name: 'a closing bracket with nothing open',
    yaml: 'a: [1, 2]]\n',
    want: "1:10 `]` core/yaml-syntax: This ']' closes nothing: no '[' is open here. Remove it, or add the missing '['.",
  },
  {
    name: 'a value starting with a reserved character',
    yaml: 'metadata:\n  name: @fjordbank # the handle\n',
    want: '2:9 `@fjordbank` core/yaml-syntax: A value cannot start with \'@\': YAML reserves it. Put the value in quotes: "@fjordbank".',
  },
  {
    name: 'a known escape in double quotes is no error',
    yaml: 'a: "C:\\temp"\n',
    want: "1:7 `\\t` no problem",
  },
  {
    name: 'an escape YAML does not know',
    yaml: 'a: "C:\\data"\n',
    want: "1:7 `\\d` core/yaml-syntax: '\\d' is not an escape YAML knows: inside double quotes write \\\\ for a backslash, or use single quotes, where a backslash is an ordinary character.",
  },
  {
    name: 'a block scalar header with text after it',
    yaml: 'a: |x\n  b\n',
    want: "1:5 `x` core/yaml-syntax: After '|' or '>' only '-', '+', an indentation digit or a comment may follow on the same line: start the text on the next line, indented further than its key.",
  },
  {
    name: 'a flow mapping closed early, the line going on after it',
    yaml: 'owners:\n  - { id: cto, type: execu}tive, role: CTO }\n',
    want: "2:27 `}` core/yaml-syntax: This '}' ends the { } mapping, but the line goes on after it: remove this '}' if the { } mapping continues, or move what follows to a line of its own.",
  },
  {
    name: 'a line that starts with its colon',
    yaml: 'systems:\n  - id: a\n    exposure: internal\n   : dataClassification: confidential\n',
    want: "4:4 `:` core/yaml-syntax: This line starts with ':': write the key before its ':' (key: value), on one line.",
  },
  {
    name: 'a document separator inside a quoted value',
    yaml: 'metadata:\n  description: "Core banking\n---\n  and cards"\n',
    want: "3:1 `---` core/yaml-syntax: A line '---' inside the quoted value that starts on line 2 ends the YAML document: indent that line, or close the quote before it.",
  },
  {
    name: 'a mapping on the document separator\'s line',
    yaml: '--- apiVersion: landscape/v1\nsystems: []\n',
    want: "1:1 `---` core/yaml-syntax: A mapping cannot start on the '---' line: put 'apiVersion: landscape/v1' on the next line.",
  },
  {
    name: 'a directive without a document separator',
    yaml: '%YAML 1.2\napiVersion: landscape/v1\n',
    want: "2:1 `apiVersion:` core/yaml-syntax: After a '%' directive the document must start with a line '---': add it before this line, or remove the directive.",
  },
  {
    name: 'CRLF line ends: the same lines and columns',
    yaml: 'systems:\r\n  - id: a\r\n    mode: mode1\r\n   owner: x\r\n',
    want: "4:4 `owner` core/yaml-syntax: This line is indented 3 spaces, which lines up with no key above it: indent it 4 spaces to line up with 'mode' on line 3, or 0 spaces to line up with 'systems' on line 1.",
  },
];

describe('syntax errors in plain words', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const want = c.want.endsWith('no problem') ? 'no problem' : c.want;
      assert.equal(problem(c.yaml), want);
      if (want !== 'no problem') assert.equal(parseYaml(c.yaml).fatal, true);
    });
  }

  it('no message uses the parser\'s terms for the common mistakes', () => {
    for (const c of CASES) assert.doesNotMatch(problem(c.yaml), /stream|document separator|implicit key|mapping entry|sequence entry|deficient|scalar|end mark/, c.name);
  });

  it('keeps the parser\'s words for what it does not recognise', () => {
    assert.equal(problem('a: &x &y 1\n'), '1:7 `&y` core/yaml-syntax: YAML syntax error: duplication of an anchor property.');
  });
});

describe('duplicates say where the first one is', () => {
  it('a duplicate key: the line of the first, and the first as related location', async () => {
    const text = 'apiVersion: landscape/v1\nowners: [{ id: t, type: team }]\nsystems:\n  - id: a\n    mode: mode1\n    owner: t\n    mode: mode2\n';
    const p = parseYaml(text).problems;
    assert.equal(p.length, 1);
    assert.equal(p[0].message, "Duplicate key 'mode' in this mapping, first defined on line 5: YAML allows each key once, so this one is ignored. Remove one of them.");
    assert.equal(p[0].span.start, text.lastIndexOf('mode:'));
    assert.deepEqual(p[0].related, [{ id: 'mode', span: { start: text.indexOf('mode:'), end: text.indexOf('mode:') + 4 } }]);
    const r = await lintFiles({ '/ws/landscape.yaml': text });
    const f = r.findings.find((x) => x.rule === 'core/schema')!;
    assert.equal(f.message, p[0].message);
    assert.deepEqual(f.relatedLocations, [{ id: 'mode', file: '/ws/landscape.yaml', span: { start: text.indexOf('mode:'), end: text.indexOf('mode:') + 4 } }]);
  });

  it('a duplicate key in a large mapping (past the scan, a map of keys) names the first line too', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `x-k${i}: ${i}`);
    const text = `${keys.join('\n')}\nx-k7: again\n`;
    const p = parseYaml(text).problems;
    assert.equal(p.length, 1);
    assert.match(p[0].message, /^Duplicate key 'x-k7' in this mapping, first defined on line 8:/);
    assert.equal(p[0].related![0].span.start, text.indexOf('x-k7:'));
  });

  it('a duplicate id: the line of the first, in the same file', async () => {
    const text = 'apiVersion: landscape/v1\nowners: [{ id: t, type: team }]\nsystems:\n  - { id: crm, mode: mode1, owner: t }\n  - { id: crm, mode: mode2, owner: t }\n';
    const r = await lintFiles({ '/ws/landscape.yaml': text });
    const f = r.findings.find((x) => x.rule === 'no-duplicate-id')!;
    assert.equal(f.message, "Duplicate id 'crm': already used by the system first defined on line 4; this system is ignored. Give it a unique id.");
    assert.equal(f.span.start, text.lastIndexOf('crm'));
    assert.deepEqual(f.relatedLocations, [{ id: 'crm', file: '/ws/landscape.yaml', span: { start: text.indexOf('crm'), end: text.indexOf('crm') + 3 } }]);
  });

  it('a duplicate id: the line and the file of the first, in another file', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': 'apiVersion: landscape/v1\nimports: [./org.yaml]\nsystems:\n  - { id: ops, mode: mode1, owner: t }\n',
      '/ws/org.yaml': 'apiVersion: landscape/v1\nkind: LandscapeFragment\nowners:\n  - { id: t, type: team }\n  - { id: ops, type: team }\n',
    });
    const f = r.findings.find((x) => x.rule === 'no-duplicate-id')!;
    // The entry's own entities come first in load order: the owner in the fragment is the later one.
    assert.equal(f.file, '/ws/org.yaml');
    assert.equal(f.message, "Duplicate id 'ops': already used by the system first defined on line 4 of landscape.yaml; this owner is ignored. Give it a unique id.");
  });
});
