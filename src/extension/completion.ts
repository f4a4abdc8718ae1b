/** The language service's completion (ids by the kind a field expects, enum values, keys) in VS Code. */
import type * as vscode from 'vscode';
import type { LanguageService } from '../language-service/index';
import { c2p, p2c, textDocumentOf } from './service-adapter';

export class LandscapeCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly language: LanguageService) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
    return p2c.asCompletionResult(await this.language.completion(textDocumentOf(doc), c2p.asPosition(pos)));
  }

  async resolveCompletionItem(item: vscode.CompletionItem): Promise<vscode.CompletionItem> {
    return p2c.asCompletionItem(await this.language.resolveCompletion(c2p.asCompletionItem(item)));
  }
}
