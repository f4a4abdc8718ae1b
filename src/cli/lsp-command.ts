/**
 * `landscape lsp --stdio | --node-ipc | --socket=<port>`: the language server. Its code and
 * vscode-languageserver are a bundle of their own (dist/server.js, scripts/build.mjs), loaded
 * only here, so `landscape lint` does not start slower for them. The process then belongs to the
 * server: it ends when the connection does.
 */
import { notRun, parseCommand } from './args';
import { LSP_COMMAND } from './commands';
import type { Io } from './io';
import type * as ServerModule from '../server/main';


export function runLsp(argv: string[], io: Io): number | Promise<number> {
  const parsed = parseCommand(LSP_COMMAND, argv);
  if (parsed.kind !== 'run') return notRun(io, LSP_COMMAND, parsed);
  const { values } = parsed;
  const given = [values.stdio && 'stdio', values['node-ipc'] && 'node-ipc', values.socket !== undefined && 'socket'].filter(Boolean);
  if (given.length !== 1) {
    const message = given.length === 0 ? 'give one transport: --stdio, --node-ipc or --socket=<port>' : `give one transport, not ${given.map((t) => `--${String(t)}`).join(' and ')}`;
    return notRun(io, LSP_COMMAND, { kind: 'usage-error', message });
  }
  // A lazy require: esbuild makes it `require('./server.js')`, the bundle beside the CLI.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above): the server's code is loaded for this command only
  const server = require('../server/main') as typeof ServerModule;
  server.runLanguageServer(values['node-ipc'] ? { kind: 'node-ipc' } : values.socket !== undefined ? { kind: 'socket', port: Number(values.socket) } : { kind: 'stdio' });
  // Never settles: the server ends the process (exit, a closed stream, the editor gone).
  return new Promise<number>(() => undefined);
}
