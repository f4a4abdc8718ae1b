/**
 * Commands the service's code actions and lenses carry. The server executes the first two
 * (`workspace/executeCommand`: it asks the client to show a document); `showReferences` is the
 * client's (the VS Code extension maps it to its references view). They are named apart from
 * the extension's own commands, which a client may not register twice.
 */
export const COMMANDS = {
  /** Arguments: [rule id]. The server opens the rule's documentation (window/showDocument). */
  openRuleDocs: 'landscape.server.openRuleDocs',
  /** Arguments: [uri, range]. The server shows the document with the range selected. */
  goTo: 'landscape.server.goTo',
  /** Arguments: [uri, position, locations]: show these references (a CodeLens). Client side. */
  showReferences: 'landscape.showReferences',
} as const;

/** The commands the server executes itself (its `executeCommandProvider`). */
export const SERVER_COMMANDS: readonly string[] = [COMMANDS.openRuleDocs, COMMANDS.goTo];
