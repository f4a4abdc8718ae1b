/**
 * The language service: every editor feature of Landscape written against LSP's types, with no
 * editor, no Node and no file system (as vscode-markdown-languageservice is). It answers from
 * the latest lint results its host gives it (context.ts); the language server (src/server)
 * speaks the protocol around it. Hosts import only this file.
 */
import type { LintResult } from '../core/index';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SemanticTokens, SemanticTokensDelta, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, type CodeActionRequest } from './code-actions';
import { codeLenses, codeLensesIn, resolveCodeLens } from './code-lens';
import { completion, resolveCompletion } from './completion';
import { contextOf, type ClientAbilities, type Context, type ServiceOptions } from './context';
import { diagnosticsByFile } from './diagnostics';
import { documentLinks } from './document-links';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { definition, references } from './navigation';
import { prepareRename, rename } from './rename';
import { semanticTokens, semanticTokensDelta } from './semantic-tokens';
import { documentSymbols, workspaceSymbols } from './symbols';

export { CODE_ACTION_KINDS, type CodeActionRequest } from './code-actions';
export { COMMANDS, SERVER_COMMANDS } from './commands';
export { DEFAULT_MAX_ITEMS_COMPUTED, type ClientAbilities, type ServiceOptions } from './context';
export { UserError } from './errors';
export { ruleMarkdown, ruleSummaries } from './rule-docs';
export { rangeOf } from './positions';
export { SEMANTIC_TOKENS_LEGEND } from './token-legend';
export { fileUris, type Uris } from './uris';

export class LanguageService {
  private readonly ctx: Context;

  constructor(options: ServiceOptions) {
    this.ctx = contextOf(options);
  }

  /** Diagnostics per file path over these results (default: every latest result); `include` picks the files. */
  diagnostics(results: readonly LintResult[] = this.ctx.results.results(), include?: (path: string) => boolean): Map<string, Diagnostic[]> {
    return diagnosticsByFile(this.ctx, results, include);
  }

  codeActions(req: CodeActionRequest, can: ClientAbilities): Promise<CodeAction[]> {
    return codeActions(this.ctx, req, can);
  }

  completion(doc: TextDocument, pos: Position): Promise<CompletionItem[]> {
    return completion(this.ctx, doc, pos);
  }

  resolveCompletion(item: CompletionItem): Promise<CompletionItem> {
    return resolveCompletion(this.ctx, item);
  }

  hover(doc: TextDocument, pos: Position): Promise<Hover | null> {
    return hover(this.ctx, doc, pos);
  }

  definition(uri: string, pos: Position): Promise<Location | null> {
    return definition(this.ctx, uri, pos);
  }

  references(uri: string, pos: Position, includeDeclaration: boolean): Promise<Location[] | null> {
    return references(this.ctx, uri, pos, includeDeclaration);
  }

  /** Throws UserError (with the reason) when the position holds no id of an entity. */
  prepareRename(uri: string, pos: Position): Promise<{ range: Range; placeholder: string }> {
    return prepareRename(this.ctx, uri, pos);
  }

  /** Throws UserError when the new id is malformed or taken. */
  rename(uri: string, pos: Position, newName: string): Promise<WorkspaceEdit | null> {
    return rename(this.ctx, uri, pos, newName);
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    return documentSymbols(this.ctx, uri);
  }

  workspaceSymbols(query: string): SymbolInformation[] {
    return workspaceSymbols(this.ctx, query);
  }

  codeLenses(uri: string): Promise<CodeLens[]> {
    return codeLenses(this.ctx, uri);
  }

  /** The lenses on some lines of the file (`landscape/codeLensesIn`). */
  codeLensesIn(uri: string, ranges: readonly Range[]): Promise<CodeLens[]> {
    return codeLensesIn(this.ctx, uri, ranges);
  }

  resolveCodeLens(lens: CodeLens): Promise<CodeLens> {
    return resolveCodeLens(this.ctx, lens);
  }

  /** The document's tokens, with a result id that a later `semanticTokensDelta` starts from. */
  semanticTokens(uri: string): Promise<SemanticTokens> {
    return semanticTokens(this.ctx, uri);
  }

  /** What changed since the answer `previousResultId` (all tokens when it is not the document's last). */
  semanticTokensDelta(uri: string, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta> {
    return semanticTokensDelta(this.ctx, uri, previousResultId);
  }

  /** A document is closed: what was kept to answer it in deltas goes. */
  closed(uri: string): void {
    this.ctx.tokenResults.forget(uri);
  }

  documentLinks(uri: string): Promise<DocumentLink[]> {
    return documentLinks(this.ctx, uri);
  }

  foldingRanges(doc: TextDocument): Promise<FoldingRange[] | null> {
    return foldingRanges(this.ctx, doc);
  }
}
