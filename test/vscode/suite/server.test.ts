/**
 * The extension is a client of the language server: a server that stops (here: `exit` without
 * `shutdown`, as a crash ends it) is restarted by the client with a message to the user, and
 * its diagnostics and features come back; nothing is lost silently.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, file, landscapeDiagnostics, open, waitFor } from './helpers';

interface Api {
  client: { isRunning(): boolean; sendNotification(method: string): Promise<void> };
  shown: readonly string[];
}

describe('the language server behind the extension (real VS Code)', function () {
  this.timeout(90_000);

  it('a server that stops is restarted with a message, and its diagnostics and hovers come back', async () => {
    const api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
    const doc = (await open('landscape.yaml')).document;
    await waitFor(() => landscapeDiagnostics(doc.uri).some((d) => codeOf(d) === 'no-direct-mode2-to-mode1'), 'the diagnostics');
    const before = api.shown.length;
    await api.client.sendNotification('exit');
    await waitFor(() => api.shown.length > before, 'the message about the restart');
    assert.deepEqual(api.shown.slice(before), ['The Landscape language server stopped and was restarted.']);
    await waitFor(() => api.client.isRunning(), 'the restarted server');
    const hover = async (): Promise<string> => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('id: shop') + 5));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    };
    assert.match(await hover(), /system `shop`/);
    await waitFor(() => landscapeDiagnostics(file('fragment.yaml')).some((d) => codeOf(d) === 'rollout-requires-monitoring'), 'the fragment diagnostics from the new server');
  });
});
