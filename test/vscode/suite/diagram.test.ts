import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { file, open, revertAll, waitFor } from './helpers';

interface Panel {
  panel: vscode.WebviewPanel;
  received: { type: string; id?: string }[];
  reveal(id: string, kind: 'node' | 'edge'): Promise<void>;
  post(m: unknown): void;
  showPart(pick: unknown): Promise<void>;
  /** What the webview posts is handled here (private in the class; the tests post as the webview would). */
  onMessage(m: unknown): void;
}

interface Api {
  diagrams: { panels: Map<string, Panel> };
}

describe('Landscape diagram in a real VS Code', function () {
  this.timeout(90_000);
  let api: Api;

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>('landscape-tools.landscape-lint')!;
    api = await ext.activate();
  });

  afterEach(async () => {
    await revertAll();
  });

  it('opens the diagram beside the editor, and its webview says ready', async () => {
    await open('landscape.yaml');
    await vscode.commands.executeCommand('landscape.showDiagram');
    const panel = await waitFor(() => [...api.diagrams.panels.values()][0], 'a diagram panel');
    await waitFor(() => panel.received.some((m) => m.type === 'ready'), 'the ready handshake', 30_000);
    assert.match(panel.panel.title, /^Diagram: /);
    assert.ok(panel.panel.visible);
    // Beside the editor: the text editor keeps the first column.
    assert.notEqual(panel.panel.viewColumn, vscode.window.activeTextEditor?.viewColumn ?? vscode.window.visibleTextEditors[0].viewColumn);
  });

  it('follows an unsaved edit: the diagram is re-laid out from the buffer', async () => {
    const editor = await open('landscape.yaml');
    const panel = [...api.diagrams.panels.values()][0];
    const posted: unknown[] = [];
    const original = panel.post.bind(panel);
    panel.post = (m: unknown) => {
      posted.push(m);
      original(m);
    };
    const end = editor.document.getText().indexOf('  - id: shop');
    await editor.edit((e) => e.insert(editor.document.positionAt(end), '  - { id: new-app, mode: mode2, owner: team-web }\n'));
    const update = await waitFor(() => posted.find((m) => (m as { type: string }).type === 'update') as { diagram: { nodes: { id: string }[] } } | undefined, 'an update message');
    assert.ok(update.diagram.nodes.some((n) => n.id === 'new-app'));
    panel.post = original;
  });

  it('revealing a node moves the editor cursor to its definition', async () => {
    const panel = [...api.diagrams.panels.values()][0];
    await panel.reveal('hub', 'node');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.path, file('landscape.yaml').path);
    assert.equal(editor.document.getText(editor.selection), 'hub');
  });

  it('exports SVG and PNG files: the landscape with a title, not the highlight of the cursor', async () => {
    // The cursor on `hub` highlights it in the diagram first.
    const panel = [...api.diagrams.panels.values()][0];
    const posted: { type: string; id?: string }[] = [];
    const original = panel.post.bind(panel);
    panel.post = (m: unknown) => {
      posted.push(m as { type: string });
      original(m);
    };
    try {
      const editor = await open('landscape.yaml');
      const at = editor.document.positionAt(editor.document.getText().indexOf('id: hub') + 5);
      editor.selection = new vscode.Selection(at, at);
      await waitFor(() => posted.some((m) => m.type === 'highlight' && m.id === 'hub'), 'the highlight of hub');
    } finally {
      panel.post = original;
    }
    const target = vscode.Uri.joinPath(file('.'), 'exported.svg');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('landscape.exportDiagram', target);
    assert.deepEqual(written.map((u) => u.path.split('/').pop()), ['exported.svg', 'exported.png']);
    const svg = Buffer.from(await vscode.workspace.fs.readFile(written[0])).toString('utf8');
    assert.match(svg, /^<svg/);
    assert.ok(svg.includes('data-id="shop"'));
    assert.ok(svg.includes('>test-bank · as of 2026-02-01</text>'), 'a title with the name and asOf');
    assert.doesNotMatch(svg, /class="[^"]*\b(selected|highlighted)\b/);
    const png = await vscode.workspace.fs.readFile(written[1]);
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  });

  it('the grouping picker: the server lays out groups by owner, all collapsed; auto draws every system again', async () => {
    await open('landscape.yaml');
    const panel = [...api.diagrams.panels.values()][0];
    type Update = { type: string; diagram?: { nodes: { id: string }[]; groups: { id: string; members: string[]; expanded: boolean }[]; edges: { id: string; count?: number; interaction: string }[] } };
    const posted: Update[] = [];
    const original = panel.post.bind(panel);
    panel.post = (m: unknown) => {
      posted.push(m as Update);
      original(m);
    };
    try {
      panel.onMessage({ type: 'setGrouping', grouping: 'owners' });
      const byOwner = (await waitFor(() => posted.find((m) => m.type === 'update' && m.diagram!.groups.length), 'owner groups')).diagram!;
      assert.deepEqual(byOwner.groups.map((g) => `${g.id}=${g.members.join(',')}${g.expanded ? ' open' : ''}`), ['owner-group:mode1:team-core=core', 'owner-group:gearbox:team-core=hub', 'owner-group:mode2:team-web=shop']);
      assert.deepEqual(byOwner.nodes, []);
      assert.deepEqual(byOwner.edges.map((e) => `${e.id} ${e.count} ${e.interaction}`).sort(), ['owner-group:mode2:team-web->owner-group:gearbox:team-core 1 async', 'owner-group:mode2:team-web->owner-group:mode1:team-core 1 sync']);
      posted.length = 0;
      panel.onMessage({ type: 'setGrouping', grouping: 'auto' });
      const auto = (await waitFor(() => posted.find((m) => m.type === 'update'), 'the ungrouped diagram')).diagram!;
      assert.deepEqual([auto.groups, auto.nodes.map((n) => n.id).sort()], [[], ['core', 'hub', 'shop']]);
    } finally {
      panel.post = original;
    }
  });

  it('Show impact of system under cursor draws the blast radius; the whole landscape comes back', async () => {
    const editor = await open('landscape.yaml');
    const at = editor.document.positionAt(editor.document.getText().indexOf('id: core') + 5);
    editor.selection = new vscode.Selection(at, at);
    // The panel the earlier tests opened: what it posts to its webview is recorded.
    const panel = [...api.diagrams.panels.values()][0];
    const posted: { type: string; diagram?: { nodes: { id: string; distance?: number }[] }; picked?: { title?: string } | null }[] = [];
    const original = panel.post.bind(panel);
    panel.post = (m: unknown) => {
      posted.push(m as (typeof posted)[number]);
      original(m);
    };
    try {
      assert.equal(await vscode.commands.executeCommand<Panel>('landscape.showImpact'), panel);
      assert.equal(panel.panel.title, 'Diagram: test-bank: outage of core, down (its consumers), synchronous edges only');
      const drawn = posted.find((m) => m.type === 'update' && m.picked);
      assert.equal(drawn?.picked?.title, 'test-bank: outage of core, down (its consumers), synchronous edges only');
      assert.deepEqual(drawn.diagram!.nodes.map((n) => `${n.id}@${n.distance}`).sort(), ['core@0', 'shop@1']);
      await panel.showPart(undefined);
      assert.equal(panel.panel.title, 'Diagram: test-bank');
      assert.equal(posted[posted.length - 1].picked, null);
    } finally {
      panel.post = original;
    }
  });
});
