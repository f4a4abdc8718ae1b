/**
 * The language server's process: `landscape lsp --stdio | --node-ipc | --socket=<port>` (the
 * CLI loads this bundle, dist/server.js, only for that command) and the bin
 * `landscape-language-server` (the same options, standard input and output by default).
 * The process ends with its connection: on `exit` (code 0 after `shutdown`, else 1), when the
 * client closes the stream, or when the client's process (`--clientProcessId`) is gone.
 */
import { createConnection, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server';

export type Transport = { kind: 'stdio' } | { kind: 'node-ipc' } | { kind: 'socket'; port: number };

function connectionOf(transport: Transport): Connection {
  switch (transport.kind) {
    case 'stdio':
      // The streams themselves: vscode-languageserver ends the process when the client closes them.
      return createConnection(process.stdin, process.stdout);
    case 'node-ipc': {
      const c = createConnection(new IPCMessageReader(process), new IPCMessageWriter(process));
      process.on('disconnect', () => process.exit(shutdown ? 0 : 1));
      return c;
    }
    case 'socket': {
      const [reader, writer] = createServerSocketTransport(transport.port);
      reader.onClose(() => process.exit(shutdown ? 0 : 1));
      return createConnection(reader, writer);
    }
  }
}

let shutdown = false;

export function runLanguageServer(transport: Transport): void {
  const connection = connectionOf(transport);
  connection.onShutdown(() => {
    shutdown = true;
  });
  // Standard output is the protocol's: anything printed goes to the client's log instead.
  const log = (...args: unknown[]): void => connection.console.log(args.map(String).join(' '));
  console.log = log;
  console.info = log;
  console.warn = log;
  console.debug = log;
  startServer(connection);
}

/** The bin's arguments: the transport (`--stdio` when none), and what editors add (`--clientProcessId=…`, read by vscode-languageserver). */
export function transportOf(argv: readonly string[]): Transport {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--node-ipc') return { kind: 'node-ipc' };
    const socket = /^--socket(?:=(\d+))?$/.exec(a);
    if (socket) return { kind: 'socket', port: Number(socket[1] ?? argv[i + 1]) };
  }
  return { kind: 'stdio' };
}

if (require.main === module) runLanguageServer(transportOf(process.argv.slice(2)));
