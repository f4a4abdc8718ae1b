/**
 * The extension's side of the language service (src/language-service): the service answers in
 * LSP's types from the lint service's latest results, and this file converts at the edge, with
 * vscode-languageclient's own converters (the ones a language client uses), plus what they do
 * not know: snippet edits (rust-analyzer's `insertTextFormat: 2`) and the service's commands.
 */
import * as vscode from 'vscode';
import { createConverter as codeToProtocol } from 'vscode-languageclient/lib/common/codeConverter';
import { createConverter as protocolToCode } from 'vscode-languageclient/lib/common/protocolConverter';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Command, Range as LspRange, TextEdit as LspTextEdit, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver-types';
import type { LintResult } from '../core/index';
import { COMMANDS, LanguageService, rangeOf as lspRangeOf, type LandscapeResults } from '../language-service/index';
import type { LandscapeService } from './landscape-service';
import { ruleDocsUri } from './rule-docs';
import { uriOf, yamlExtensionActive } from './vscode-host';

/** Only our own command may run from a hover link: ids and names in a card are the user's text. */
export const p2c = protocolToCode(undefined, { enabledCommands: ['landscape.showFormatReference'] }, false);
export const c2p = codeToProtocol();

/** The client abilities of VS Code: it applies snippet edits. */
export const VSCODE_ABILITIES = { snippetEdits: true };

function resultsOf(service: LandscapeService): LandscapeResults {
  const linted = (path: string, text: string): LintResult | undefined => {
    const r = service.resultFor(uriOf(path));
    return r?.files.find((f) => f.path === path)?.text === text ? r : undefined;
  };
  return {
    resultFor: (path) => Promise.resolve(service.resultFor(uriOf(path))),
    results: () => service.results(),
    async current(path, text) {
      if (!linted(path, text)) await service.refresh(uriOf(path));
      return linted(path, text);
    },
  };
}

export function languageServiceOf(service: LandscapeService): LanguageService {
  return new LanguageService({
    results: resultsOf(service),
    schemaByYamlExtension: yamlExtensionActive,
    ruleDocsHref: (rule) => ruleDocsUri(rule).toString(),
    formatReferenceHref: 'command:landscape.showFormatReference',
  });
}

/** The document as the service reads it (uri, version, text). */
export function textDocumentOf(doc: vscode.TextDocument): TextDocument {
  return TextDocument.create(doc.uri.toString(), doc.languageId, doc.version, doc.getText());
}

/** A core span of a lint result as an editor range (the diagram panel reveals nodes by it). */
export function rangeOf(result: LintResult, file: string, span: { start: number; end: number }): vscode.Range {
  return p2c.asRange(lspRangeOf(result, file, span));
}

/** The service's commands as the editor's: go to (vscode.open), rule docs, the references view. */
export function commandOf(c: Command): vscode.Command {
  const args = c.arguments ?? [];
  switch (c.command) {
    case COMMANDS.goTo:
      return { title: c.title, command: 'vscode.open', arguments: [vscode.Uri.parse(args[0] as string), { selection: p2c.asRange(args[1] as LspRange) }] };
    case COMMANDS.openRuleDocs:
      return { title: c.title, command: 'landscape.showRuleDocs', arguments: args };
    case COMMANDS.showReferences:
      return { title: c.title, command: 'editor.action.showReferences', arguments: [vscode.Uri.parse(args[0] as string), p2c.asPosition(args[1] as LspRange['start']), (args[2] as Parameters<typeof p2c.asLocation>[0][]).map((l) => p2c.asLocation(l))] };
    default:
      return { title: c.title, command: c.command, arguments: args };
  }
}

/**
 * A workspace edit whose snippet edits become VS Code snippet edits (VS Code applies them to the
 * active editor with tab stops, and as plain text elsewhere).
 */
export function workspaceEditOf(we: LspWorkspaceEdit): vscode.WorkspaceEdit {
  const out = new vscode.WorkspaceEdit();
  const add = (uri: string, edits: (LspTextEdit & { insertTextFormat?: number })[]): void => {
    out.set(vscode.Uri.parse(uri), edits.map((e) => (e.insertTextFormat === 2 ? new vscode.SnippetTextEdit(p2c.asRange(e.range), new vscode.SnippetString(e.newText)) : vscode.TextEdit.replace(p2c.asRange(e.range), e.newText))));
  };
  for (const [uri, edits] of Object.entries(we.changes ?? {})) add(uri, edits);
  for (const change of we.documentChanges ?? []) if ('edits' in change) add(change.textDocument.uri, change.edits);
  return out;
}
