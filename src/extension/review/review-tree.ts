/**
 * The findings of a comparison (*Landscape: Compare with…*) as a tree in the Explorer: what the
 * change adds and what it fixes, each opening its place (a new finding in the file, a fixed one
 * in the file as it was at the base revision, read-only). The Problems view stays as it is: it
 * shows the findings of the landscape now, the tree only what changed.
 */
import * as vscode from 'vscode';
import type { DiffFinding, DiffResult } from '../../server/protocol';
import { revisionUri } from './revision-documents';

export const REVIEW_VIEW = 'landscape.review';

type Node = { kind: 'group'; which: 'new' | 'fixed'; findings: DiffFinding[] } | { kind: 'finding'; which: 'new' | 'fixed'; finding: DiffFinding };

const ICONS: Record<DiffFinding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warn: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

export class ReviewTree implements vscode.TreeDataProvider<Node> {
  private result: DiffResult | undefined;
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** What the tree shows now (tests read it): the comparison, or undefined. */
  get shown(): DiffResult | undefined {
    return this.result;
  }

  show(result: DiffResult | undefined): void {
    this.result = result;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const r = this.result;
    if (!r) return [];
    if (!node) return [{ kind: 'group', which: 'new', findings: r.findings.new }, { kind: 'group', which: 'fixed', findings: r.findings.fixed }];
    return node.kind === 'group' ? node.findings.map((finding) => ({ kind: 'finding', which: node.which, finding })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const label = `${node.which === 'new' ? 'New' : 'Fixed'} findings (${node.findings.length})`;
      const item = new vscode.TreeItem(label, node.findings.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = node.which === 'new' ? `since ${this.result!.base.ref}` : `at ${this.result!.base.ref}`;
      item.contextValue = `landscape.review.${node.which}`;
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
    const file = vscode.Uri.parse(f.uri);
    item.description = `${f.rule} · ${vscode.workspace.asRelativePath(file)}:${f.range.start.line + 1}`;
    item.tooltip = `${f.severity}: ${f.message}\n${f.rule}${f.subject ? ` · ${f.subject}` : ''}`;
    item.iconPath = ICONS[f.severity];
    // A fixed finding's place is in the base revision's text: the file as it is now has moved on.
    const target = node.which === 'new' ? file : revisionUri(file, this.result!.base.commit, this.result!.base.ref);
    const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
    item.command = { title: 'Open', command: 'vscode.open', arguments: [target, { selection: range, preview: true } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
