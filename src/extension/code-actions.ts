/** The language service's code actions (quick fixes, suppress, docs, navigation, fix-all) in VS Code. */
import * as vscode from 'vscode';
import { CODE_ACTION_KINDS, type LanguageService } from '../language-service/index';
import { c2p, commandOf, VSCODE_ABILITIES, workspaceEditOf } from './service-adapter';

export class LandscapeCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = CODE_ACTION_KINDS.map((k) => vscode.CodeActionKind.Empty.append(k));

  constructor(private readonly language: LanguageService) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const diagnostics = context.diagnostics.map((d) => c2p.asDiagnostic(d));
    const actions = await this.language.codeActions({ uri: doc.uri.toString(), text: doc.getText(), diagnostics, only: context.only ? [context.only.value] : undefined }, VSCODE_ABILITIES);
    return actions.map((a) => {
      const action = new vscode.CodeAction(a.title, a.kind ? vscode.CodeActionKind.Empty.append(a.kind) : undefined);
      if (a.edit) action.edit = workspaceEditOf(a.edit);
      if (a.command) action.command = commandOf(a.command);
      if (a.isPreferred) action.isPreferred = true;
      // The diagnostics it fixes are those VS Code asked with (the same objects).
      if (a.diagnostics) action.diagnostics = a.diagnostics.map((d) => context.diagnostics[diagnostics.indexOf(d)]).filter((d) => d !== undefined);
      return action;
    });
  }
}
