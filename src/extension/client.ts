/**
 * The extension is a client of the Landscape language server (dist/server.js, started as a Node
 * module over IPC): every language feature comes from it, and the extension host never lints.
 * What LSP leaves to the client is done here: snippet edits (rust-analyzer's `snippetTextEdit`,
 * applied as VS Code snippet edits), the server's commands mapped onto the editor's (rule docs
 * offline, go to, the references view), and a restart with a message when the server stops.
 */
import * as vscode from 'vscode';
import { CloseAction, CodeActionRequest, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind, type Command, type LanguageClientOptions, type ServerOptions, type StaticFeature } from 'vscode-languageclient/node';
import type { CodeAction as LspCodeAction, Diagnostic as LspDiagnostic, TextEdit as LspTextEdit, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver-protocol';
import { COMMANDS, type InitializationOptions } from '../server/protocol';
import { diagnosticShards } from './diagnostic-shards';
import { lensesAroundVisibleLines } from './lens-window';
import { symbolsOncePerVersion } from './symbol-memo';
import { packedSemanticTokens } from './packed-tokens';
import { foldingLines } from './folding-lines';

/**
 * The Red Hat YAML extension validates, completes and describes keys from our schema (through
 * `yamlValidation`) when it is installed; the server then leaves that structure-level work to it.
 */
function yamlExtensionActive(): boolean {
  return vscode.extensions.getExtension('redhat.vscode-yaml') !== undefined;
}

/** Tells the server that VS Code applies snippet edits (rust-analyzer's experimental capability). */
const snippetEdits: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), snippetTextEdit: true };
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};

/** The server's commands as the editor's: go to (vscode.open), rule docs (offline preview). */
function commandOf(client: LanguageClient, c: Command): vscode.Command {
  const args = c.arguments ?? [];
  const p2c = client.protocol2CodeConverter;
  switch (c.command) {
    case COMMANDS.goTo:
      return { title: c.title, command: 'vscode.open', arguments: [p2c.asUri(args[0] as string), { selection: p2c.asRange(args[1] as Parameters<typeof p2c.asRange>[0]) }] };
    case COMMANDS.openRuleDocs:
      return { title: c.title, command: 'landscape.showRuleDocs', arguments: args };
    default:
      return { title: c.title, command: c.command, arguments: args };
  }
}

/** A workspace edit whose snippet edits (`insertTextFormat: 2`) become VS Code snippet edits. */
function workspaceEditOf(client: LanguageClient, we: LspWorkspaceEdit): vscode.WorkspaceEdit {
  const p2c = client.protocol2CodeConverter;
  const out = new vscode.WorkspaceEdit();
  const add = (uri: string, edits: (LspTextEdit & { insertTextFormat?: number })[]): void => {
    out.set(p2c.asUri(uri), edits.map((e) => (e.insertTextFormat === 2 ? new vscode.SnippetTextEdit(p2c.asRange(e.range), new vscode.SnippetString(e.newText)) : vscode.TextEdit.replace(p2c.asRange(e.range), e.newText))));
  };
  for (const [uri, edits] of Object.entries(we.changes ?? {})) add(uri, edits);
  for (const change of we.documentChanges ?? []) if ('edits' in change) add(change.textDocument.uri, change.edits);
  return out;
}

const sameDiagnostic = (a: vscode.Diagnostic, b: LspDiagnostic): boolean =>
  a.message === b.message && (typeof a.code === 'object' ? a.code.value : a.code) === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;

function codeActionOf(client: LanguageClient, a: LspCodeAction, asked: readonly vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(a.title, a.kind ? vscode.CodeActionKind.Empty.append(a.kind) : undefined);
  if (a.edit) action.edit = workspaceEditOf(client, a.edit);
  if (a.command) action.command = commandOf(client, a.command);
  if (a.isPreferred) action.isPreferred = true;
  // The diagnostics it fixes are those VS Code asked with (the same objects).
  if (a.diagnostics) action.diagnostics = asked.filter((d) => a.diagnostics!.some((x) => sameDiagnostic(d, x)));
  return action;
}

/** Every message the client showed the user about the server (tests read it). */
export const shownMessages: string[] = [];

function tell(show: (m: string) => Thenable<unknown>, message: string): string {
  shownMessages.push(message);
  void show(message);
  return message;
}

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } };
  const initializationOptions: InitializationOptions = {
    schemaByYamlExtension: yamlExtensionActive(),
    diagramUpdates: true,
    // The status bar item and the log (status/lint-status.ts).
    lintStatus: true,
    // Pushed for every file of a landscape, open or not, as the Problems view always had; in
    // shards, so that a keystroke sends and sets only those that changed (diagnostic-shards.ts).
    diagnostics: 'shards',
    // Moved here with each change sent (diagnostic-shards.ts): an edit that moves lines sends only the shards it changed.
    diagnosticsFollowEdits: true,
    ruleDocsLink: 'command:landscape.showRuleDocs?%5B%22{rule}%22%5D',
    formatReferenceLink: 'command:landscape.showFormatReference',
  };
  const shards = diagnosticShards(context, () => client);
  let restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    initializationOptions,
    outputChannelName: 'Landscape',
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Only our own command may run from a hover link: ids and names in a card are the user's text.
    markdown: { isTrusted: { enabledCommands: ['landscape.showFormatReference'] } },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // A crash is restarted with a word to the user, never a silent loss of diagnostics; five within three minutes stop it.
      closed() {
        const now = Date.now();
        restarts = [...restarts.filter((t) => now - t < 180_000), now];
        // Shown here (handled): the client would only write it to its output channel.
        return restarts.length > 5
          ? { action: CloseAction.DoNotRestart, handled: true, message: tell((m) => vscode.window.showErrorMessage(m), 'The Landscape language server stopped 5 times in 3 minutes and is not restarted. Run "Developer: Reload Window" to start it again.') }
          : { action: CloseAction.Restart, handled: true, message: tell((m) => vscode.window.showWarningMessage(m), 'The Landscape language server stopped and was restarted.') };
      },
    },
    middleware: {
      ...symbolsOncePerVersion(context, () => client),
      ...lensesAroundVisibleLines(context, () => client),
      ...packedSemanticTokens(() => client),
      ...foldingLines(() => client),
      ...shards.middleware,
      // Asked and converted here, not by the client's own converter: it drops snippet edits.
      async provideCodeActions(document, range, context, token) {
        const c2p = client.code2ProtocolConverter;
        const params = { textDocument: c2p.asTextDocumentIdentifier(document), range: c2p.asRange(range), context: c2p.asCodeActionContextSync(context) };
        const actions = await client.sendRequest(CodeActionRequest.type, params, token);
        return (actions ?? []).filter((a): a is LspCodeAction => 'title' in a && !('command' in a && typeof a.command === 'string')).map((a) => codeActionOf(client, a, context.diagnostics));
      },
    },
  };
  const client = new LanguageClient('landscape', 'Landscape', serverOptions, clientOptions);
  client.registerFeature(snippetEdits);
  shards.listen();
  return client;
}

/** The CodeLens command of the server: its raw arguments shown in VS Code's references view. */
export function registerShowReferences(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showReferences, (uri: string, position: Parameters<LanguageClient['protocol2CodeConverter']['asPosition']>[0], locations: Parameters<LanguageClient['protocol2CodeConverter']['asLocation']>[0][]) => {
      const p2c = client.protocol2CodeConverter;
      return vscode.commands.executeCommand('editor.action.showReferences', p2c.asUri(uri), p2c.asPosition(position), locations.map((l) => p2c.asLocation(l)));
    }),
  );
}
