import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

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
    const preview = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)),
      'a Markdown preview tab',
    );
    assert.match(preview.label, /format\.md/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
