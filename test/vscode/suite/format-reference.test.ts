import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { linted, open, waitFor } from './helpers';

const EXT_ID = 'landscape-tools.landscape-lint';

describe('the format reference inside VS Code', function () {
  this.timeout(60_000);

  it('Landscape: Show format reference opens the docs/format.md the extension ships, in the Markdown preview', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    if (!ext.isActive) await ext.activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('landscape.showFormatReference'));
    await vscode.commands.executeCommand('landscape.showFormatReference');
    const expected = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'format.md').toString();
    const doc = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === expected), 'docs/format.md loaded by the preview');
    assert.match(doc.getText(), /^# The `landscape\.yaml` format\n/);
    assert.match(doc.getText(), /\| `mode` \| string, \*\*required\*\* \|/);
    // Earlier suites may leave other previews open (a rule's documentation is one too).
    const preview = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && /format\.md/.test(t.label)),
      'a Markdown preview tab of format.md',
    );
    assert.match(preview.label, /format\.md/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the hover on a key links to it (a trusted command link)', async () => {
    const doc = (await open('landscape.yaml')).document;
    await linted(doc);
    const text = async (needle: string, delta: number): Promise<{ value: string; trusted: unknown }[]> => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf(needle) + delta));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? { value: c, trusted: undefined } : { value: (c as vscode.MarkdownString).value, trusted: (c as vscode.MarkdownString).isTrusted })));
    };
    const mode = await text('    mode: mode2', 5);
    const link = mode.find((m) => m.value.includes('[Format reference](command:landscape.showFormatReference)'));
    assert.ok(link, JSON.stringify(mode));
    assert.deepEqual(link.trusted, { enabledCommands: ['landscape.showFormatReference'] });
    // An id keeps its card, without the link.
    assert.ok((await text('id: shop', 5)).every((m) => !m.value.includes('showFormatReference')));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
