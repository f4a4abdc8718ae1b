/**
 * How many answers of the server's compact requests the extension took, by kind: the VS Code
 * suite checks through them that VS Code's own asks (the editor's tokens after an edit, its
 * folding) take these paths, not the language client's default ones.
 */
export const answered = { semanticTokens: 0, semanticTokenEdits: 0, foldingLines: 0 };
