/**
 * A long file in the real VS Code (issue 14, extension-host stalls): the code lenses the
 * extension gives are those around the visible lines (src/extension/lens-window.ts), not every
 * system's; scrolling far tells VS Code the lenses changed and the next ask has those of the new
 * place; document symbols (converted in slices) keep their tree.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CodeLensRequest } from 'vscode-languageclient/node';
import { generateLandscape } from '../../../bench/generate';
import type { LandscapeApi } from '../../../src/extension/extension';
import { linted, waitFor } from './helpers';

const lensLines = async (uri: vscode.Uri): Promise<number[]> => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).map((l) => l.range.start.line);

describe('a long file (1,000 systems, 12,641 lines)', function () {
  this.timeout(120_000);

  it('gets the code lenses of the systems within 1,500 lines of what its editor shows, and those of a far place once scrolled there', async () => {
    const api = await vscode.extensions.getExtension<LandscapeApi>('landscape-tools.landscape-lint')!.activate();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-long-'));
    const target = path.join(dir, 'landscape.yaml');
    const text = generateLandscape(1000);
    writeFileSync(target, text);
    const idLines = text.split('\n').flatMap((l, i) => (/^ {2}- id: sys-/.test(l) ? [i] : []));
    assert.equal(idLines.length, 1000);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    assert.equal(editor.document.lineCount, 12_641);
    await linted(editor.document);

    const top = editor.visibleRanges[0];
    assert.equal(top.start.line, 0);
    const nearTop = await lensLines(editor.document.uri);
    assert.deepEqual(nearTop, idLines.filter((l) => l <= top.end.line + 1500));
    assert.ok(nearTop.length > 100 && nearTop.length < 200, `${nearTop.length} lenses`);

    // Far down: VS Code is told the lenses changed, and they are those around the new place.
    const provider = api.client.getFeature(CodeLensRequest.method).getProvider(editor.document)!.provider!;
    let told = 0;
    const sub = provider.onDidChangeCodeLenses!(() => told++);
    editor.revealRange(new vscode.Range(10_000, 0, 10_000, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(() => told > 0, 'the lenses changed after scrolling');
    sub.dispose();
    const far = editor.visibleRanges[0];
    assert.ok(far.start.line > 9000, `scrolled to ${far.start.line}`);
    assert.deepEqual(await lensLines(editor.document.uri), idLines.filter((l) => l >= far.start.line - 1500 && l <= far.end.line + 1500));

    // The outline keeps its tree: sections, then their entities in order.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const systems = symbols.find((s) => s.name === 'systems')!;
    assert.equal(systems.children.length, 1000);
    assert.deepEqual(systems.children.slice(0, 2).map((s) => [s.name, s.selectionRange.start.line]), [['sys-0', idLines[0]], ['sys-1', idLines[1]]]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
