/**
 * Activation: one lint service for the workspace, and the features on top of it —
 * diagnostics, code actions, completion, navigation, symbols, CodeLens, rule docs, the format reference.
 * The extension runs no code from the workspace (untrusted workspaces are supported).
 */
import * as vscode from 'vscode';
import { LandscapeCodeActions } from './code-actions';
import { LandscapeCompletion } from './completion';
import { DiagnosticsManager } from './diagnostics';
import { registerDiagram, type DiagramManager } from './diagram/register';
import { registerFormatReference } from './format-reference';
import { registerLanguageFeatures } from './language-features';
import { registerRuleDocs } from './rule-docs';
import { languageServiceOf } from './service-adapter';
import { LandscapeWorkspace } from './workspace';

function settings() {
  const c = vscode.workspace.getConfiguration('landscape');
  return {
    rules: c.get<Record<string, unknown>>('rules') ?? {},
    run: c.get<'onType' | 'onSave'>('lint.run') ?? 'onType',
    debounceMs: c.get<number>('lint.debounceMs') ?? 150,
  };
}

export interface LandscapeApi {
  service: LandscapeWorkspace;
  diagrams: DiagramManager;
}

export async function activate(context: vscode.ExtensionContext): Promise<LandscapeApi> {
  const service = new LandscapeWorkspace(settings);
  context.subscriptions.push(service);
  const language = languageServiceOf(service);
  const diagnostics = new DiagnosticsManager(service, language);
  context.subscriptions.push(diagnostics);
  registerRuleDocs(context);
  registerFormatReference(context);
  registerLanguageFeatures(context, service, language);
  const diagrams = registerDiagram(context, service);
  const selector: vscode.DocumentSelector = [{ scheme: 'file', language: 'yaml' }];
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new LandscapeCodeActions(language), { providedCodeActionKinds: LandscapeCodeActions.kinds }),
    vscode.languages.registerCompletionItemProvider(selector, new LandscapeCompletion(language), ':', ' ', '[', ',', '-'),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('landscape')) void service.refresh();
    }),
    vscode.commands.registerCommand('landscape.lint', () => service.refresh()),
  );
  await service.start();
  return { service, diagrams };
}

export function deactivate(): void {
  // Disposables registered on the context are cleaned up by VS Code.
}
