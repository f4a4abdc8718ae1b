/**
 * Navigation and editing help from the language service: definition, references, rename
 * across files, hover cards, document and workspace symbols, CodeLens per system.
 */
import * as vscode from 'vscode';
import { UserError, type LanguageService } from '../language-service/index';
import type { LandscapeService } from './landscape-service';
import { c2p, commandOf, p2c, textDocumentOf } from './service-adapter';

/** A refused rename says why in the editor (VS Code shows the error's message). */
async function userFacing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw e instanceof UserError ? new Error(e.message) : e;
  }
}

export function registerLanguageFeatures(context: vscode.ExtensionContext, service: LandscapeService, language: LanguageService): void {
  const selector: vscode.DocumentSelector = [{ scheme: 'file', language: 'yaml' }];
  const uri = (doc: vscode.TextDocument): string => doc.uri.toString();
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(doc, pos) {
        return p2c.asLocation(await language.definition(uri(doc), c2p.asPosition(pos)));
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(doc, pos, ctx) {
        return p2c.asReferences(await language.references(uri(doc), c2p.asPosition(pos), ctx.includeDeclaration));
      },
    }),
    vscode.languages.registerRenameProvider(selector, {
      prepareRename(doc, pos) {
        return userFacing(async () => {
          const r = await language.prepareRename(uri(doc), c2p.asPosition(pos));
          return { range: p2c.asRange(r.range), placeholder: r.placeholder };
        });
      },
      provideRenameEdits(doc, pos, newName) {
        return userFacing(async () => p2c.asWorkspaceEdit(await language.rename(uri(doc), c2p.asPosition(pos), newName)));
      },
    }),
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(doc, pos) {
        return p2c.asHover(await language.hover(textDocumentOf(doc), c2p.asPosition(pos)));
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      async provideDocumentSymbols(doc) {
        return p2c.asDocumentSymbols(await language.documentSymbols(uri(doc)));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        return p2c.asSymbolInformations(language.workspaceSymbols(query));
      },
    }),
    vscode.languages.registerCodeLensProvider(selector, {
      onDidChangeCodeLenses: service.onDidUpdate as unknown as vscode.Event<void>,
      async provideCodeLenses(doc) {
        return p2c.asCodeLenses(await language.codeLenses(uri(doc)));
      },
      async resolveCodeLens(lens) {
        const resolved = await language.resolveCodeLens(c2p.asCodeLens(lens));
        lens.command = resolved.command && commandOf(resolved.command);
        return lens;
      },
    }),
  );
}
