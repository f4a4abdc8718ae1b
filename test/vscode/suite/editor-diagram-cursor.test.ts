/**
 * The diagram highlights the system under the cursor of the text it shows, also while edits
 * are in flight (typed, not yet linted): never the system the offset would hit in older text.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { linted, open, revertAll, waitFor } from './helpers';

interface Panel {
  received: { type: string }[];
  post(m: unknown): void;
}
interface Api {
  diagrams: { show(): Promise<Panel | undefined> };
}

/** Sets the cursor and resolves once the extension has seen the move (its listener was registered first). */
async function moveCursor(editor: vscode.TextEditor, at: vscode.Position): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document === editor.document && e.selections[0].active.isEqual(at)) {
        sub.dispose();
        resolve();
      }
    });
  });
  editor.selection = new vscode.Selection(at, at);
  await seen;
}

describe('Diagram and editor cursor with edits in flight (real VS Code)', function () {
  this.timeout(90_000);
  let api: Api;

  before(async () => {
    api = await vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!.activate();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('landscape').update('lint.run', undefined, vscode.ConfigurationTarget.Workspace);
    await revertAll();
  });

  it('a cursor in a lengthened line highlights that line\'s system, once the diagram shows the edit, never the next one', async () => {
    const editor = await open('landscape.yaml');
    const panel = (await api.diagrams.show())!;
    await waitFor(() => panel.received.some((m) => m.type === 'ready'), 'the diagram to say ready', 30_000);
    await linted(editor.document);
    // Edits stay in flight until the test asks for a lint.
    await vscode.workspace.getConfiguration('landscape').update('lint.run', 'onSave', vscode.ConfigurationTarget.Workspace);
    await linted(editor.document);

    const posted: { type: string; id?: string | null }[] = [];
    const original = panel.post.bind(panel);
    panel.post = (m: unknown) => {
      posted.push(m as { type: string });
      original(m);
    };
    try {
      const doc = editor.document;
      // `core`'s line grows by a name longer than the line that follows (`hub`'s).
      const line = doc.getText().split('\n').findIndex((l) => l.includes('{ id: core,'));
      const close = doc.lineAt(line).text.lastIndexOf(' }');
      const name = ', name: Core banking platform of the retail and the corporate bank';
      await editor.edit((e) => e.insert(new vscode.Position(line, close), name));
      await moveCursor(editor, new vscode.Position(line, close + name.length));
      // The diagram still shows the text before the edit: in it, this offset is in `hub`.
      await vscode.commands.executeCommand('landscape.lint');
      await waitFor(() => posted.some((m) => m.type === 'highlight'), 'a highlight once the diagram shows the edit');
      const highlights = posted.filter((m) => m.type === 'highlight').map((m) => m.id);
      assert.deepEqual(highlights, ['core'], JSON.stringify(posted.map((m) => m.type)));
      assert.ok(posted.findIndex((m) => m.type === 'update') < posted.findIndex((m) => m.type === 'highlight'), 'the highlight follows the update that shows the edit');

      // With the diagram up to date, a move is mapped at once.
      await moveCursor(editor, new vscode.Position(line + 1, 6));
      await waitFor(() => posted.filter((m) => m.type === 'highlight').length === 2, 'the second highlight');
      assert.equal(posted.filter((m) => m.type === 'highlight')[1].id, 'hub');
    } finally {
      panel.post = original;
    }
  });
});
