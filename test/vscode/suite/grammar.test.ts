/**
 * Our TextMate injection into YAML (syntaxes/landscape.injection.tmLanguage.json), tokenized by
 * this VS Code's own vscode-textmate, Oniguruma and YAML grammar on the 1,000-system landscape
 * of the bench (issue 15: VS Code logged "Time limit reached when tokenizing line" on its
 * `metadata:` line). An injection's patterns are searched from every token of every line; ours
 * begin with a variable-length lookbehind (`(?<=\bid:\s{0,8})`), which Oniguruma cannot skip
 * ahead for, so it ran at every position of the line and took more time than the whole YAML
 * grammar. Each pattern now first checks the one character before (`(?<=[:\s])`), so the long
 * lookbehind runs only after a colon or a space: bounded work per position, the same tokens.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { generateLandscape } from '../../../bench/generate';

const EXT_ID = 'landscape-tools.landscape-lint';
const GUARD = '(?<=[:\\s])';

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Stack { depth: number }
interface Grammar { tokenizeLine(line: string, stack: Stack | null): { tokens: Token[]; ruleStack: Stack } }
type Raw = { patterns?: unknown; repository: Record<string, { match: string }> };

/** VS Code's own tokenizer, with or without our injection. */
async function yamlGrammar(withOurs: boolean): Promise<Grammar> {
  const req = createRequire(path.join(vscode.env.appRoot, 'package.json'));
  const tm = req('vscode-textmate') as { Registry: new (o: unknown) => { loadGrammar(s: string): Promise<Grammar> }; parseRawGrammar(text: string, file: string): unknown; INITIAL: Stack };
  const onig = req('vscode-oniguruma') as { loadWASM(b: ArrayBuffer): Promise<void>; OnigScanner: new (p: string[]) => unknown; OnigString: new (s: string) => unknown };
  const wasm = readFileSync(req.resolve('vscode-oniguruma/release/onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch(() => undefined); // loaded once per process
  const grammars = new Map<string, string>();
  for (const ext of vscode.extensions.all) {
    for (const g of (ext.packageJSON as { contributes?: { grammars?: { scopeName: string; path: string }[] } }).contributes?.grammars ?? []) grammars.set(g.scopeName, path.join(ext.extensionPath, g.path));
  }
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: (scope: string) => {
      const file = grammars.get(scope);
      return Promise.resolve(file ? tm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null);
    },
    getInjections: (scope: string) => (withOurs && scope === 'source.yaml' ? ['landscape.injection'] : undefined),
  });
  return registry.loadGrammar('source.yaml');
}

describe('the TextMate injection on a 1,000-system landscape', function () {
  this.timeout(120_000);

  it('every pattern checks the one character before its long lookbehind, so the key lookbehind runs only after a colon or a space', () => {
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    const raw = JSON.parse(readFileSync(path.join(ext.extensionPath, 'syntaxes/landscape.injection.tmLanguage.json'), 'utf8')) as Raw;
    for (const [name, rule] of Object.entries(raw.repository)) {
      assert.ok(rule.match.startsWith(GUARD), `${name} starts with ${GUARD}: ${rule.match}`);
      // Nothing else is unguarded: the one variable-length lookbehind comes right after the guard.
      assert.equal(rule.match.split('(?<=').length - 1, 2, `${name} has the guard and one key lookbehind`);
    }
  });

  it('never makes the YAML grammar\'s stack deeper on any line and colours ids, references and modes of all 1,000 systems', async () => {
    const text = generateLandscape(1000);
    const lines = text.split('\n');
    const [yaml, ours] = await Promise.all([yamlGrammar(false), yamlGrammar(true)]);
    let a: Stack | null = null;
    let b: Stack | null = null;
    const counts = { id: 0, reference: 0, mode: 0 };
    for (const [i, line] of lines.entries()) {
      const plain = yaml.tokenizeLine(line, a);
      const injected = ours.tokenizeLine(line, b);
      a = plain.ruleStack;
      b = injected.ruleStack;
      // Match rules only (no begin/end): never deeper than YAML's own (a value we colour is one
      // YAML does not enter a plain-scalar rule for: shallower there).
      assert.ok(injected.ruleStack.depth <= plain.ruleStack.depth, `line ${i + 1}: the stack depth ${injected.ruleStack.depth} > ${plain.ruleStack.depth}`);
      for (const t of injected.tokens) {
        const s = t.scopes[t.scopes.length - 1];
        if (s === 'entity.name.type.landscape') counts.id++;
        else if (s === 'variable.other.reference.landscape') counts.reference++;
        else if (s.startsWith('support.constant.landscape.mode.')) counts.mode++;
      }
    }
    assert.equal(counts.mode, (text.match(/\bmode: (mode1|mode2|gearbox)\b/g) ?? []).length);
    assert.equal(counts.id, (text.match(/\bid: [a-z0-9]/g) ?? []).length);
    assert.ok(counts.mode >= 1000 && counts.reference > 1000, JSON.stringify(counts));
  });
});
