/**
 * With the Red Hat YAML extension installed it validates, completes and describes keys from our
 * schema (yamlValidation); Landscape then reports and suggests none of that itself, so nothing
 * appears twice, while everything that needs the merged landscape stays.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, landscapeDiagnostics, linted, open, revertAll } from '../suite/helpers';

describe('beside the Red Hat YAML extension (a stand-in)', function () {
  this.timeout(90_000);
  afterEach(revertAll);

  it('the stand-in is what the extension sees', () => {
    assert.ok(vscode.extensions.getExtension('redhat.vscode-yaml'), 'redhat.vscode-yaml is installed');
  });

  it('reports no core/schema or core/unknown-property findings, but every rule finding', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    const at = doc.getText().indexOf('mode: mode2');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'mode: mode2'.length)), 'mode: mode3\n    colour: red'));
    await linted(doc);
    const codes = landscapeDiagnostics(doc.uri).map(codeOf);
    assert.ok(!codes.includes('core/schema') && !codes.includes('core/unknown-property'), codes.join(', '));
    const fragment = vscode.Uri.joinPath(doc.uri, '../fragment.yaml');
    assert.ok(landscapeDiagnostics(fragment).some((d) => codeOf(d) === 'rollout-requires-monitoring'), 'rule findings stay');
  });

  it('offers no key or enum completion and no key hover, but completes ids and shows id cards', async () => {
    const editor = await open('landscape.yaml');
    const doc = editor.document;
    await linted(doc);
    const modeValue = doc.positionAt(doc.getText().indexOf('mode: mode2') + 'mode: '.length);
    const enums = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, modeValue);
    // (Word-based suggestions may offer 'gearbox' as plain text; ours would be enum members.)
    assert.ok(!enums.items.some((i) => i.kind === vscode.CompletionItemKind.EnumMember), 'no enum values from us');
    const keyHover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('    mode: mode2') + 5));
    assert.equal(keyHover.length, 0);
    const ownerValue = doc.positionAt(doc.getText().indexOf('owner: team-web') + 'owner: '.length);
    const ids = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, ownerValue);
    assert.ok(ids.items.some((i) => i.label === 'team-core' && i.kind === vscode.CompletionItemKind.Reference), 'owner ids are still completed');
    const card = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('id: shop') + 5));
    assert.ok(card.length > 0);
  });
});
