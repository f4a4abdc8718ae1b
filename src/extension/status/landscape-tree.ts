/**
 * The *Landscape* tree view in the Explorer: the landscape of the active file (an entry or a
 * fragment) as its sections → entities, each entity with the findings about it (an icon of the
 * worst severity, the counts in words); a click reveals the entity's id in its file. The data is
 * the server's (`landscape/outline`), asked again after each published lint while the view is
 * shown; the extension host lints nothing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OutlineRequest, type OutlineEntity, type OutlineResult, type OutlineSection } from '../../server/protocol';
import { plural, type LintStatusView } from './lint-status';

type Node = { section: OutlineSection } | { entity: OutlineEntity };

/** "2 errors, 1 warning", or "" without findings. */
function findingsInWords(e: OutlineEntity): string {
  return [e.errors ? plural(e.errors, 'error') : '', e.warnings ? plural(e.warnings, 'warning') : '', e.infos ? plural(e.infos, 'info') : ''].filter(Boolean).join(', ');
}

function iconOf(e: OutlineEntity): vscode.ThemeIcon {
  if (e.errors) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (e.warnings) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  if (e.infos) return new vscode.ThemeIcon('info');
  return new vscode.ThemeIcon('pass');
}

export class LandscapeTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The outline the view shows now (tests read it). */
  outline: OutlineResult | null = null;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: LanguageClient, private readonly status: LintStatusView) {
    this.disposables.push(
      status.onDidUpdate((s) => {
        if (s.state !== 'linting') this.changed.fire(undefined);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire(undefined)),
    );
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'section' in node ? node.section.entities.map((entity) => ({ entity })) : [];
    const l = this.status.landscapeOf();
    this.outline = l ? await this.client.sendRequest(OutlineRequest, { uri: l.entry.toString() }) : null;
    return (this.outline?.sections ?? []).map((section) => ({ section }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('section' in node) {
      const s = node.section;
      const item = new vscode.TreeItem(s.section, vscode.TreeItemCollapsibleState.Expanded);
      const withFindings = s.entities.filter((e) => e.errors + e.warnings + e.infos > 0).length;
      item.description = `${s.entities.length}${withFindings ? ` · ${withFindings} with findings` : ''}`;
      item.id = `section:${s.section}`;
      return item;
    }
    const e = node.entity;
    const item = new vscode.TreeItem(e.id, vscode.TreeItemCollapsibleState.None);
    const findings = findingsInWords(e);
    item.description = [e.name, findings].filter(Boolean).join(' · ');
    item.tooltip = `${e.id}${e.name ? ` — ${e.name}` : ''}\n${findings || 'no findings'}`;
    item.iconPath = iconOf(e);
    const p2c = this.client.protocol2CodeConverter;
    item.command = { title: 'Reveal', command: 'vscode.open', arguments: [p2c.asUri(e.uri), { selection: p2c.asRange(e.range) }] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerLandscapeTree(context: vscode.ExtensionContext, client: LanguageClient, status: LintStatusView): LandscapeTree {
  const tree = new LandscapeTree(client, status);
  context.subscriptions.push(tree, vscode.window.createTreeView('landscape.outline', { treeDataProvider: tree, showCollapseAll: true }));
  return tree;
}
