/**
 * What the language service answers from, injected by its host (the language server; the
 * VS Code extension until it is the server's client): the lint service's latest results,
 * how paths become URIs, and where documentation lives. The service itself never lints.
 */
import { docsUrl, type LintResult } from '../core/index';
import type { CodeLens, DocumentSymbol } from 'vscode-languageserver-types';
import { EntityAnswers } from './entity-answers';
import { FileTokensStore } from './file-tokens';
import { DiagnosticMemo, LensFiles, TokenResults } from './kept-answers';
import { fileUris, type Uris } from './uris';

export interface LandscapeResults {
  /**
   * The latest result of the landscape that holds this file (its first entry), if any. A host
   * with a lint of the file pending (a debounced edit) may wait for it, so positions match.
   */
  resultFor(path: string): Promise<LintResult | undefined>;
  /** Every latest result, one per entry file. */
  results(): readonly LintResult[];
  /** A result that linted exactly `text` as the file's content (linting now if needed), else undefined. */
  current(path: string, text: string): Promise<LintResult | undefined>;
}

export interface ServiceOptions {
  results: LandscapeResults;
  uris?: Uris;
  /**
   * True while a YAML extension validates, completes and describes keys from our schema (the Red
   * Hat YAML extension reads it through `yamlValidation`): we then leave exactly that to it.
   */
  schemaByYamlExtension?: () => boolean;
  /** Where a rule's documentation is (diagnostic code links, the docs action); default its web page. */
  ruleDocsHref?: (rule: string) => string;
  /** Where the format reference is (the link under a key's hover), or a function that says it when asked; default its web page. */
  formatReferenceHref?: string | (() => string | undefined);
  /**
   * At most this many document symbols and folding ranges per file (default 5,000, as VS Code's
   * JSON and the YAML extension limit theirs, and VS Code shows no more folding regions): a
   * 10,000-system file has 30,000 entities, megabytes sent to the editor after every keystroke.
   */
  maxItemsComputed?: () => number;
}

export const DEFAULT_MAX_ITEMS_COMPUTED = 5000;

/** What the client can do, from its initialize capabilities. */
export interface ClientAbilities {
  /** rust-analyzer's `experimental.snippetTextEdit`: edits of code actions may be snippets (tab stops on the blanks). */
  snippetEdits: boolean;
}

const FORMAT_REFERENCE_URL = 'https://github.com/landscape-tools/landscape/blob/main/docs/format.md';

/** The options with their defaults filled in. */
export interface Context {
  results: LandscapeResults;
  uris: Uris;
  schemaByYamlExtension: () => boolean;
  ruleDocsHref: (rule: string) => string;
  formatReferenceHref: () => string;
  /** The diagnostics last made per file, reused while unchanged (diagnostics.ts). */
  diagnosticMemo: DiagnosticMemo;
  /** The last semantic tokens answered per document, for deltas (semantic-tokens.ts). */
  tokenResults: TokenResults;
  /** Each file's semantic tokens kept per entity across lints (file-tokens.ts). */
  fileTokens: FileTokensStore;
  /** The files lenses name by number (code-lens.ts). */
  lensFiles: LensFiles;
  /** Each file's lenses and symbols by entity, kept across lints while their entities are (entity-answers.ts). */
  keptLenses: EntityAnswers<CodeLens>;
  keptSymbols: EntityAnswers<DocumentSymbol>;
  /** At most this many document symbols and folding ranges per file (`landscape.maxItemsComputed`). */
  maxItemsComputed: () => number;
}

export function contextOf(o: ServiceOptions): Context {
  return {
    results: o.results,
    uris: o.uris ?? fileUris,
    schemaByYamlExtension: o.schemaByYamlExtension ?? (() => false),
    ruleDocsHref: o.ruleDocsHref ?? docsUrl,
    formatReferenceHref: () => (typeof o.formatReferenceHref === 'function' ? o.formatReferenceHref() : o.formatReferenceHref) ?? FORMAT_REFERENCE_URL,
    diagnosticMemo: new DiagnosticMemo(),
    tokenResults: new TokenResults(),
    fileTokens: new FileTokensStore(),
    lensFiles: new LensFiles(),
    keptLenses: new EntityAnswers<CodeLens>(),
    keptSymbols: new EntityAnswers<DocumentSymbol>(),
    maxItemsComputed: o.maxItemsComputed ?? (() => DEFAULT_MAX_ITEMS_COMPUTED),
  };
}
