/**
 * The language server as editors start it: `landscape lsp --stdio` (the built CLI), the bin
 * `landscape-language-server` (dist/server.js) over standard streams, Node IPC and a socket.
 * Its diagnostics are those of `landscape lint --format json` for the same files; it ends
 * cleanly on shutdown and exit, and ends (does not linger) when the client goes away.
 */
import { strict as assert } from 'node:assert';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import * as path from 'node:path';
import { createProtocolConnection, ExitNotification, InitializeRequest, IPCMessageReader, IPCMessageWriter, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { generateLandscape } from '../../bench/generate';
import { ensureBuilt, jsonReport, landscape } from '../cli/cli-helpers';
import { copyOf, ROOT, startProcess, uriOf } from './lsp-client';

const SERVER = path.join(ROOT, 'dist', 'server.js');

const exited = (child: ChildProcess): Promise<number | null> => (child.exitCode !== null ? Promise.resolve(child.exitCode) : once(child, 'exit').then(([code]) => code as number | null));

async function initialized(conn: ProtocolConnection, folder: string): Promise<string | undefined> {
  conn.listen();
  const r = await conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: uriOf(folder), workspaceFolders: null, capabilities: {} });
  return r.serverInfo?.name;
}

describe('language server processes (landscape lsp, landscape-language-server)', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('landscape lsp --stdio publishes exactly the findings of landscape lint --format json, then ends with code 0 on shutdown and exit', async () => {
    const dir = copyOf('examples/fjordbank');
    const { client, initialize } = await startProcess(dir);
    assert.equal(initialize.serverInfo?.name, 'landscape-language-server');
    assert.equal(initialize.serverInfo?.version, landscape(['--version'], dir).stdout.trim());
    // The first lint ends its progress after publishing every file.
    await client.waitFor(() => client.received.some((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'end'), 'the first lint');
    const fromServer = client.published.flatMap((p) =>
      p.diagnostics.map((d) => `${path.relative(dir, new URL(p.uri).pathname)}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${['', 'error', 'warn', 'info'][d.severity!]} ${String(d.code)} ${d.message}`),
    );
    const cli = jsonReport(landscape(['lint', 'landscape.yaml', '--format', 'json'], dir).stdout).results[0];
    const fromCli = cli.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.rule} ${d.message}`);
    assert.deepEqual(fromServer.sort(), fromCli.sort());
    assert.equal(fromServer.length, 13);
    assert.deepEqual([...new Set(client.published.map((p) => path.basename(p.uri)))].sort(), ['mode2.yaml', 'rollouts.yaml']);
    await client.conn.sendRequest(ShutdownRequest.type);
    await client.conn.sendNotification(ExitNotification.type);
    assert.equal(await exited(client.child!), 0);
  });

  it('ends, with code 1, when the client closes the stream without shutting it down', async () => {
    const { client } = await startProcess(copyOf('examples/fjordbank'));
    client.child!.stdin!.end();
    assert.equal(await exited(client.child!), 1);
  });

  it('a client that goes away in the middle of the first lint of 2,000 systems: the server ends with code 1 and says nothing on stderr (no stack trace)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-lsp-'));
    writeFileSync(path.join(dir, 'landscape.yaml'), generateLandscape(2000));
    const { client } = await startProcess(dir);
    let stderr = '';
    client.child!.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await client.waitFor(() => client.received.some((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'begin'), 'the first lint begun');
    client.child!.stdin!.end();
    assert.equal(await exited(client.child!), 1);
    assert.equal(stderr, '');
    client.dispose();
  });

  it('the bin landscape-language-server speaks over standard streams by default', async () => {
    const { client, initialize } = await startProcess(copyOf('examples/fjordbank'), { command: [SERVER] });
    try {
      assert.equal(initialize.serverInfo?.name, 'landscape-language-server');
      await client.waitFor(() => client.published.some((p) => p.uri.endsWith('/rollouts.yaml')), 'diagnostics of rollouts.yaml');
    } finally {
      client.dispose();
    }
  });

  it('speaks over Node IPC (--node-ipc: how the VS Code extension starts it)', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      assert.equal(await initialized(conn, copyOf('examples/fjordbank')), 'landscape-language-server');
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
      assert.equal(await exited(child), 0);
    } finally {
      conn.dispose();
      child.kill();
    }
  });

  it('speaks over a socket (--socket=<port>: it connects to the editor)', async () => {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const child = fork(path.join(ROOT, 'dist', 'cli.js'), ['lsp', `--socket=${port}`], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    try {
      const [socket] = (await once(server, 'connection')) as [Socket];
      const conn = createProtocolConnection(new StreamMessageReader(socket), new StreamMessageWriter(socket));
      assert.equal(await initialized(conn, copyOf('examples/fjordbank')), 'landscape-language-server');
      // The editor goes away: the server ends with it.
      socket.destroy();
      assert.equal(await exited(child), 1);
      conn.dispose();
    } finally {
      child.kill();
      server.close();
    }
  });
});
