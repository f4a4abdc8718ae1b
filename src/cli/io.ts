/** Where the CLI writes and which folder it works in (injected so tests can run it in-process). */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTty: boolean;
}
