/**
 * Completion of an enum's values (src/language-service/completion.ts): each value with what it
 * means, from the schema's per-value descriptions (`enumDescriptions`, `markdownEnumDescriptions`),
 * so `mode1`, `gearbox` and `mode2` no longer all say the field's one description.
 */
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LANDSCAPE_SCHEMA } from '../../../src/core/index';
import { LanguageService } from '../../../src/language-service/index';

const TEXT = `apiVersion: landscape/v1
systems:
  - id: shop
    mode: 
    lifecycle: 
`;

describe('completion of enum values', () => {
  const service = new LanguageService({ results: { resultFor: () => Promise.resolve(undefined), results: () => [], current: () => Promise.resolve(undefined) } });
  const doc = TextDocument.create('file:///ws/landscape.yaml', 'yaml', 1, TEXT);

  it('gives mode1, gearbox and mode2 each their own description, in plain words and in Markdown', async () => {
    const items = await service.completion(doc, { line: 3, character: 10 });
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [
      ['mode1', 'Mode 1, a system of record: slow and robust, reliability first, a few releases a year (ERP, core banking).'],
      ['mode2', 'Mode 2, a system of engagement: fast and customer-facing, frequent releases, experiments welcome (apps, web shops).'],
      ['gearbox', 'Gearbox, the integration layer that decouples Mode 1 from Mode 2: API façades, event streams, read models, anti-corruption layers.'],
    ]);
    assert.equal(new Set(items.map((i) => i.detail)).size, 3);
    const mode = (LANDSCAPE_SCHEMA as { properties: { systems: { items: { properties: { mode: { description: string } } } } } }).properties.systems.items.properties.mode;
    assert.deepEqual(items[2].documentation, {
      kind: 'markdown',
      value: `**Gearbox**, the integration layer that decouples Mode 1 from Mode 2: API façades, event streams, read models, anti-corruption layers.\n\n${mode.description}`,
    });
    assert.deepEqual(items.map((i) => i.textEdit), [undefined, undefined, undefined], 'nothing typed yet: no range to replace');
  });

  it('describes every value of every enum of the schema', () => {
    const missing: string[] = [];
    const walk = (s: unknown, path: string): void => {
      if (!s || typeof s !== 'object') return;
      const o = s as { enum?: unknown[]; enumDescriptions?: string[]; markdownEnumDescriptions?: string[] };
      if (Array.isArray(o.enum) && (o.enumDescriptions?.length !== o.enum.length || o.markdownEnumDescriptions?.length !== o.enum.length || o.markdownEnumDescriptions.some((d) => !d.trim()))) missing.push(path);
      for (const [k, v] of Object.entries(s)) if (k !== 'enum') walk(v, `${path}.${k}`);
    };
    walk(LANDSCAPE_SCHEMA, '');
    assert.deepEqual(missing, []);
  });

  it('the lifecycle values too', async () => {
    const items = await service.completion(doc, { line: 4, character: 15 });
    assert.deepEqual(items.map((i) => `${i.label}: ${i.detail}`), [
      'plan: Planned: not in use yet.',
      'phaseIn: Being introduced: in use by some, growing.',
      'active: In use (the default).',
      'phaseOut: Being retired: take no new consumers; name a successor and an endOfLife.',
      'endOfLife: Retired: nothing should depend on it any more.',
    ]);
  });
});
