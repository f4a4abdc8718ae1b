/**
 * File URIs (what LSP speaks) ↔ core paths ('/'-separated absolute paths, what the core speaks),
 * by vscode-uri: the same rules VS Code applies, so `file:///c%3A/x` and `c:/x` meet.
 */
import { URI } from 'vscode-uri';

export interface Uris {
  uriOf(path: string): string;
  /** undefined for a URI that is no file (untitled:, git:, …): the core reads files only. */
  pathOf(uri: string): string | undefined;
}

export const fileUris: Uris = {
  uriOf: (path) => URI.file(path).toString(),
  pathOf(uri) {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath.split('\\').join('/') : undefined;
  },
};
