/**
 * Rule documentation, offline: a read-only `landscape-docs:/<rule>.md` document built from
 * the rule's metadata, shown in the Markdown preview by `landscape.showRuleDocs`.
 */
import * as vscode from 'vscode';
import { ALL_RULES, RULES_BY_ID } from '../core/index';

const DOCS_SCHEME = 'landscape-docs';

/** The diagnostic code link: a command URI that opens the offline documentation. */
export function ruleDocsUri(rule: string): vscode.Uri {
  let uri = docsUris.get(rule);
  if (!uri) docsUris.set(rule, (uri = vscode.Uri.parse(`command:landscape.showRuleDocs?${encodeURIComponent(JSON.stringify([rule]))}`)));
  return uri;
}

/** One URI per rule: every diagnostic carries one, and a lint can report hundreds. */
const docsUris = new Map<string, vscode.Uri>();

function ruleMarkdown(rule: string): string {
  const r = RULES_BY_ID.get(rule);
  if (!r) {
    return `# ${rule}\n\nA core diagnostic of the landscape linter: a problem with the files themselves, reported before any rule runs; it cannot be configured or suppressed. *Landscape: Show format reference* lists them all (section "Core diagnostics").\n`;
  }
  const m = r.meta;
  const opts = Object.entries(m.defaultOptions).map(([k, v]) => `- \`${k}\`: ${JSON.stringify(v)}`).join('\n');
  return `# ${m.id}\n\n**Category:** ${m.category} · **default:** \`${m.defaultSeverity}\`\n\n${m.description}\n\n## Why\n\n${m.rationale}\n\n${opts ? `## Options\n\n${opts}\n\n` : ''}## Details\n\n${m.docs}\n`;
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, {
      provideTextDocumentContent: (uri) => ruleMarkdown(decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''))),
    }),
    vscode.commands.registerCommand('landscape.showRuleDocs', async (rule?: string) => {
      const id = rule ?? (await vscode.window.showQuickPick(ALL_RULES.map((r) => ({ label: r.meta.id, description: r.meta.description })), { placeHolder: 'Rule' }))?.label;
      if (!id) return;
      const uri = vscode.Uri.parse(`${DOCS_SCHEME}:/${encodeURIComponent(id)}.md`);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
}
