/**
 * Every feature of the language server over the protocol (the server in this process, over a
 * stream pair), on a copy of examples/fjordbank: each result exactly, and edits applied to the
 * files' text give the expected text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, DocumentSymbol, InitializeResult, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { impactOf, lintLandscape, neighbourhoodOf } from '../../src/core/index';
import { nodeHost, toCorePath } from '../../src/cli/node-host';
import type { DiagramResult } from '../../src/server/protocol';
import { copyOf, FULL_CAPABILITIES, startInProcess, uriOf, type TestClient } from './lsp-client';

/** A file's text with a workspace edit's edits for it applied (the edit's ranges are in this text). */
function applied(file: string, edit: WorkspaceEdit, text = readFileSync(file, 'utf8')): string {
  const uri = uriOf(file);
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? []), ...(edit.documentChanges ?? []).flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? c.edits : []))];
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
}

const pos = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: pos(l1, c1), end: pos(l2, c2) });

describe('language server: every feature over the protocol (examples/fjordbank)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;
  let init: InitializeResult;
  let mode2: string;
  let mode2Uri: string;

  before(async () => {
    dir = copyOf('examples/fjordbank');
    ({ client, initialize: init } = await startInProcess(dir, { capabilities: { ...FULL_CAPABILITIES, experimental: { snippetTextEdit: true } } }));
    mode2 = path.join(dir, 'systems/mode2.yaml');
    mode2Uri = client.open(mode2);
    await client.waitFor(() => client.diagnostics(mode2Uri), 'the first diagnostics of mode2.yaml');
  });
  after(() => client.dispose());

  const request = <R>(method: string, params: unknown): Promise<R> => client.conn.sendRequest<R>(method, params);

  it('answers initialize with its capabilities and name', () => {
    assert.deepEqual(init.serverInfo?.name, 'landscape-language-server');
    assert.deepEqual(init.capabilities, {
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'], resolveProvider: true },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.landscape'] },
      codeLensProvider: { resolveProvider: true },
      semanticTokensProvider: {
        legend: { tokenTypes: ['namespace', 'type', 'class', 'interface', 'struct', 'event', 'enumMember'], tokenModifiers: ['declaration', 'deprecated', 'mode1', 'mode2', 'gearbox'] },
        full: { delta: true },
      },
      documentLinkProvider: { resolveProvider: false },
      foldingRangeProvider: true,
      executeCommandProvider: { commands: ['landscape.server.openRuleDocs', 'landscape.server.goTo'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    });
  });

  it('publishes a finding with its rule as code, the link to its documentation and where each related id is defined, in other files too', () => {
    const mode1Uri = uriOf(path.join(dir, 'systems/mode1.yaml'));
    const direct = client.diagnostics(mode2Uri)!.diagnostics.find((d) => d.code === 'no-direct-mode2-to-mode1');
    assert.deepEqual(direct, {
      range: range(10, 56, 10, 71),
      severity: 1,
      source: 'landscape',
      code: 'no-direct-mode2-to-mode1',
      codeDescription: { href: 'https://github.com/landscape-tools/landscape/blob/main/docs/rules/no-direct-mode2-to-mode1.md' },
      message: "Mode-2 system 'mobile-bank' consumes 'card-limits-api' of Mode-1 system 'card-system' directly; route it through the gearbox (an API façade, events or a read model).",
      relatedInformation: [
        { location: { uri: mode2Uri, range: range(3, 8, 3, 19) }, message: "'mobile-bank' is defined here" },
        { location: { uri: mode1Uri, range: range(34, 10, 34, 25) }, message: "'card-limits-api' is defined here" },
        { location: { uri: mode1Uri, range: range(13, 8, 13, 19) }, message: "'card-system' is defined here" },
      ],
    });
  });

  it('registers its file watcher and configuration section, reads the configuration and reports the first lint as progress', async () => {
    await client.waitFor(() => client.received.some((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'end'), 'the end of the progress');
    const registrations = client.received.filter((r) => r.method === 'client/registerCapability').flatMap((r) => (r.params as { registrations: { method: string; registerOptions: unknown }[] }).registrations);
    assert.deepEqual(registrations.map((r) => [r.method, r.registerOptions]), [
      ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/*.{yaml,yml}' }] }],
      ['workspace/didChangeConfiguration', { section: 'landscape' }],
    ]);
    assert.deepEqual(client.received.find((r) => r.method === 'workspace/configuration')?.params, { items: [{ section: 'landscape' }] });
    const progress = client.received.filter((r) => r.method === '$/progress').map((r) => (r.params as { value: unknown }).value);
    assert.deepEqual(progress, [
      { kind: 'begin', title: 'Landscape', cancellable: false, message: 'Linting 1 landscape', percentage: 0 },
      { kind: 'report', message: '1/1 landscapes', percentage: 100 },
      { kind: 'end' },
    ]);
  });

  it('completes reference ids by the kind the field expects, with provider, mode and lifecycle; a retiring API is tagged deprecated and sorted last; resolve adds its card', async () => {
    const items = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: mode2Uri }, position: pos(10, 57) });
    assert.deepEqual(items.map((i) => [i.label, i.detail, i.sortText, i.tags]).sort(), [
      ['account-events', 'API · by event-backbone (gearbox)', '0account-events', undefined],
      ['account-open-api', 'API · by account-acl (gearbox)', '0account-open-api', undefined],
      ['balance-api', 'API · by balance-read-model (gearbox)', '0balance-api', undefined],
      ['card-limits-api', 'API · by card-system (mode1) · phaseOut', '1card-limits-api', [1]],
      ['card-limits-v2', 'API · by card-platform (mode1)', '0card-limits-v2', undefined],
      ['core-accounts-soap', 'API · by core-banking (mode1)', '0core-accounts-soap', undefined],
      ['core-posting-file', 'API · by core-banking (mode1)', '0core-posting-file', undefined],
      ['offers-api', 'API · by offers (mode2)', '0offers-api', undefined],
      ['onboarding-api', 'API · by onboarding (mode2)', '0onboarding-api', undefined],
      ['payment-events', 'API · by event-backbone (gearbox)', '0payment-events', undefined],
    ]);
    const limits = items.find((i) => i.label === 'card-limits-api')!;
    assert.deepEqual(limits.textEdit, { range: range(10, 56, 10, 71), newText: 'card-limits-api' });
    assert.equal(limits.kind, 18); // Reference
    const resolved = await request<CompletionItem>('completionItem/resolve', limits);
    assert.deepEqual(resolved.documentation, { kind: 'markdown', value: '**API `card-limits-api`**\n\n- provider: card-system (mode1)\n- type: soap\n- lifecycle: phaseOut' });
    const owners = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: mode2Uri }, position: pos(6, 11) });
    assert.deepEqual(owners.map((i) => i.label), ['ceo', 'cio', 'cto', 'ciso', 'cmo', 'team-core-banking', 'team-cards', 'team-integration', 'team-mobile', 'team-onboarding', 'bu-marketing']);
    assert.ok(owners.every((i) => i.detail === 'owner'));
  });

  it('completes the top-level apiVersion: with landscape/v1 and kind: with Landscape and LandscapeFragment, each with its meaning, over the whole value', async () => {
    const entryUri = client.open(path.join(dir, 'landscape.yaml'));
    const version = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: entryUri }, position: pos(3, 12) });
    assert.deepEqual(version.map((i) => [i.label, i.kind, i.detail, i.textEdit]), [
      ['landscape/v1', 20, 'Format version; required in every file: landscape/v1.', { range: range(3, 12, 3, 24), newText: 'landscape/v1' }],
    ]);
    const kinds = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: entryUri }, position: pos(4, 6) });
    assert.deepEqual(kinds.map((i) => [i.label, i.detail, i.textEdit]), [
      ['Landscape', 'The entry file of a landscape: its metadata and lint are read.', { range: range(4, 6, 4, 15), newText: 'Landscape' }],
      ['LandscapeFragment', 'A file imported by another.', { range: range(4, 6, 4, 15), newText: 'LandscapeFragment' }],
    ]);
    assert.equal((kinds[1].documentation as { value: string }).value, 'A file **imported** by another.\n\nLandscape for the entry file, LandscapeFragment for imported files (informative).');
    client.close(entryUri); // the tests below expect only mode2.yaml open
  });

  it('hovers an id with its card (kind, name, mode, owner, coupling, findings worst first) and a key with the schema and the format reference', async () => {
    const card = await request<{ contents: { kind: string; value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri: mode2Uri }, position: pos(3, 10) });
    assert.deepEqual(card, {
      contents: {
        kind: 'markdown',
        value: [
          '**system `mobile-bank`** — Mobile bank backend',
          '',
          '- mode: mode2',
          '- owner: team-mobile',
          '- domain: digital',
          '- lifecycle: active',
          '- coupling: Ca 0 · Ce 4 · instability 1.00',
          '',
          "- error: Mode-2 system 'mobile-bank' consumes 'card-limits-api' of Mode-1 system 'card-system' directly; route it through the gearbox (an API façade, events or a read model). (`no-direct-mode2-to-mode1`)",
          "- warn: 'mobile-bank' consumes API 'card-limits-api', which is in phaseOut; move to its successor 'card-limits-v2'. (`no-dependency-on-retiring`)",
        ].join('\n'),
      },
      range: range(3, 8, 3, 19),
    });
    const key = await request<{ contents: { value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri: mode2Uri }, position: pos(5, 5) });
    assert.equal(key.contents.value, '**mode**: Speed: mode1 = system of record (slow, robust), mode2 = system of engagement (fast), gearbox = integration layer between them.\n\nValues: `mode1`, `mode2`, `gearbox`\n\n[Format reference](https://github.com/landscape-tools/landscape/blob/main/docs/format.md)');
    assert.deepEqual(key.range, range(5, 4, 5, 8));
    assert.equal(await request('textDocument/hover', { textDocument: { uri: mode2Uri }, position: pos(11, 0) }), null);
  });

  it('hovers an id with findings at it: the card leaves out those VS Code shows above it (the problem hover) and counts them, and lists the others', async () => {
    const card = await request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: mode2Uri }, position: pos(26, 10) });
    assert.equal(card.contents.value, [
      '**system `newsletter-tool`** — Newsletter SaaS bought by marketing',
      '',
      '- mode: mode2',
      '- owner: bu-marketing',
      '- lifecycle: active',
      '- governance: shadow IT',
      '- coupling: Ca 0 · Ce 0 · instability –',
      '',
      "- error: Shadow-IT system 'newsletter-tool' holds confidential data; escalate to the CISO: sanction it with a security review and a data processing agreement, or move the data out. (`shadow-it-sensitive-data`)",
      "- warn: 'newsletter-tool' is shadow IT (not sanctioned by IT); review it with the CIO and CISO, then sanction or decommission it. (`no-shadow-it`)",
      '- 2 findings at this id: shown above',
    ].join('\n'));
    // The same id's diagnostics at that place are the two left out (no-orphan-system, require-security-review).
    const here = client.diagnostics(mode2Uri)!.diagnostics.filter((d) => d.range.start.line === 26 && d.range.start.character === 8).map((d) => d.code).sort();
    assert.deepEqual(here, ['no-orphan-system', 'require-security-review']);
  });

  it('goes to the definition in another file and finds every reference, with and without the declaration', async () => {
    const mode1Uri = uriOf(path.join(dir, 'systems/mode1.yaml'));
    assert.deepEqual(await request('textDocument/definition', { textDocument: { uri: mode2Uri }, position: pos(10, 60) }), { uri: mode1Uri, range: range(34, 10, 34, 25) });
    assert.deepEqual(await request('textDocument/references', { textDocument: { uri: mode2Uri }, position: pos(10, 60), context: { includeDeclaration: true } }), [
      { uri: mode1Uri, range: range(34, 10, 34, 25) },
      { uri: mode2Uri, range: range(10, 56, 10, 71) },
    ]);
    // From a reference (onboarding's domain) to every reference of 'digital', its declaration in org.yaml left out.
    const refs = await request<Location[]>('textDocument/references', { textDocument: { uri: mode2Uri }, position: pos(16, 12), context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => `${path.basename(r.uri)}:${r.range.start.line}:${r.range.start.character}`), ['mode2.yaml:7:12', 'mode2.yaml:16:12', 'mode2.yaml:23:12']);
  });

  it('renames an id in every file after prepareRename, and refuses an invalid or taken id with the reason', async () => {
    assert.deepEqual(await request('textDocument/prepareRename', { textDocument: { uri: mode2Uri }, position: pos(10, 60) }), { range: range(10, 56, 10, 71), placeholder: 'card-limits-api' });
    const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: mode2Uri }, position: pos(10, 60), newName: 'card-limits-v1' });
    const mode1 = path.join(dir, 'systems/mode1.yaml');
    assert.deepEqual(Object.keys(edit.changes!).map((u) => path.basename(u)).sort(), ['mode1.yaml', 'mode2.yaml']);
    assert.equal(applied(mode2, edit).split('\n')[10], '    consumes: [balance-api, payment-events, offers-api, card-limits-v1]');
    assert.equal(applied(mode1, edit).split('\n')[34], '  - { id: card-limits-v1,    provider: card-system,  type: soap, lifecycle: phaseOut, successor: card-limits-v2 }');
    await assert.rejects(request('textDocument/rename', { textDocument: { uri: mode2Uri }, position: pos(10, 60), newName: 'Card_Limits' }), {
      code: -32803,
      message: "'Card_Limits' is not a valid id: use kebab-case (lowercase letters, digits, single hyphens), at most 63 characters.",
    });
    await assert.rejects(request('textDocument/rename', { textDocument: { uri: mode2Uri }, position: pos(10, 60), newName: 'card-limits-v2' }), { code: -32803, message: "'card-limits-v2' is already used by another entity." });
    await assert.rejects(request('textDocument/prepareRename', { textDocument: { uri: mode2Uri }, position: pos(0, 2) }), { code: -32803, message: 'Place the cursor on the id of an entity or on a reference to one.' });
  });

  it('offers the quick fixes of a finding as edits (a snippet where the client takes them), suppress and the docs command; the edits give the expected text', async () => {
    const diagnostics = client.diagnostics(mode2Uri)!.diagnostics;
    const retiring = diagnostics.find((d) => d.code === 'no-dependency-on-retiring')!;
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: mode2Uri }, range: retiring.range, context: { diagnostics: [retiring] } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ["Replace with successor 'card-limits-v2'", 'quickfix', true],
      ["Suppress no-dependency-on-retiring for 'mobile-bank'", 'quickfix', false],
      ['Show documentation of no-dependency-on-retiring', 'quickfix', false],
    ]);
    assert.deepEqual(actions[0].diagnostics, [retiring]);
    assert.equal(applied(mode2, actions[0].edit!).split('\n')[10], '    consumes: [balance-api, payment-events, offers-api, card-limits-v2]');
    // The suppress edit has a reason to fill in: a snippet, its line rewritten from the start (VS Code re-indents a snippet's later lines).
    assert.deepEqual(actions[1].edit, {
      documentChanges: [{
        textDocument: { uri: mode2Uri, version: null },
        edits: [{ range: range(10, 0, 10, 72), newText: '    consumes: [balance-api, payment-events, offers-api, card-limits-api]\n    suppress: [{ rule: no-dependency-on-retiring, reason: "${1:TODO: why this is accepted}" \\}]', insertTextFormat: 2 }],
      }],
    });
    assert.deepEqual(actions[2].command, { title: 'Show documentation of no-dependency-on-retiring', command: 'landscape.server.openRuleDocs', arguments: ['no-dependency-on-retiring'] });
    // Executed by the server: the client is asked to open the rule's page.
    await request('workspace/executeCommand', actions[2].command);
    assert.deepEqual(client.received.filter((r) => r.method === 'window/showDocument').pop()?.params, { uri: 'https://github.com/landscape-tools/landscape/blob/main/docs/rules/no-dependency-on-retiring.md', external: true });
    // A skeleton fix: its blanks are tab stops.
    const review = diagnostics.find((d) => d.code === 'require-security-review')!;
    const [skeleton] = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: mode2Uri }, range: review.range, context: { diagnostics: [review] } });
    assert.equal(skeleton.title, 'Add a security review skeleton');
    assert.deepEqual(skeleton.edit!.documentChanges, [{ textDocument: { uri: mode2Uri, version: null }, edits: [{ range: range(32, 0, 32, 36), newText: '    dataClassification: confidential\n    security: { lastReview: ${1}, reviewedBy: ${2}\\}', insertTextFormat: 2 }] }]);
    // Only quick fixes were asked for: no source action; a kind not offered gets nothing.
    assert.deepEqual(await request('textDocument/codeAction', { textDocument: { uri: mode2Uri }, range: review.range, context: { diagnostics: [review], only: ['refactor'] } }), []);
  });

  it('without snippetTextEdit the same fix is plain text, applied as the CLI would', async () => {
    const { client: plain } = await startInProcess(dir);
    try {
      const uri = plain.open(mode2);
      const d = await plain.waitFor(() => plain.diagnostics(uri)?.diagnostics.find((x) => x.code === 'require-security-review'), 'the review finding');
      const [skeleton] = await plain.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.deepEqual(skeleton.edit, { changes: { [uri]: [{ range: range(32, 36, 32, 36), newText: '\n    security: { lastReview: , reviewedBy: }' }] } });
      assert.match(applied(mode2, skeleton.edit), /\n {4}dataClassification: confidential\n {4}security: \{ lastReview: , reviewedBy: \}\n\napis:/);
    } finally {
      plain.dispose();
    }
  });

  it('fixes all safe problems of a document as it is now (source.fixAll), keeping comments', async () => {
    const text = readFileSync(mode2, 'utf8').replace('consumes: [account-open-api]', 'consumes: [account-opn-api]');
    const uri = mode2Uri;
    const version = client.edit(uri, range(0, 0, 40, 0), text);
    // Asked at once: the server lints the text it is given rather than answer from the older lint.
    const [fixAll, ...rest] = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(rest, []);
    assert.equal(fixAll.title, 'Fix all safe landscape problems');
    assert.equal(fixAll.kind, 'source.fixAll.landscape');
    const fixed = applied(mode2, fixAll.edit!, text);
    assert.equal(fixed, readFileSync(mode2, 'utf8'));
    assert.match(fixed, /consumes: \[account-open-api\] {3}# synchronous through the ACL into core banking/);
    await client.waitFor(() => client.diagnostics(uri)?.version === version || undefined, 'the diagnostics of the edit');
    client.edit(uri, range(0, 0, 40, 0), readFileSync(mode2, 'utf8'));
  });

  it('outlines a file by section and finds symbols in the workspace', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: mode2Uri } });
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.range, (s.children ?? []).map((c) => `${c.name}:${c.detail}`)]), [
      ['systems', 3, range(3, 4, 32, 36), ['mobile-bank:mode2', 'onboarding:mode2', 'offers:mode2', 'newsletter-tool:mode2']],
      ['apis', 3, range(35, 4, 36, 63), ['offers-api:', 'onboarding-api:']],
    ]);
    assert.deepEqual(symbols[0].children![0], { name: 'mobile-bank', detail: 'mode2', kind: 5, range: range(3, 4, 10, 72), selectionRange: range(3, 8, 3, 19) });
    const found = await request<{ name: string; containerName: string; location: Location }[]>('workspace/symbol', { query: 'card' });
    assert.deepEqual(found.map((s) => `${s.containerName} ${s.name} ${path.basename(s.location.uri)}:${s.location.range.start.line}`), [
      'owner team-cards org.yaml:9',
      'domain cards org.yaml:16',
      'system card-system mode1.yaml:13',
      'system card-platform mode1.yaml:23',
      'API card-limits-api mode1.yaml:34',
      'API card-limits-v2 mode1.yaml:35',
      'rollout ro-card-platform rollouts.yaml:3',
    ]);
  });

  it('puts a CodeLens on each system; resolving it gives the references to show', async () => {
    const lenses = await request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: mode2Uri } });
    const titles = await Promise.all(lenses.map(async (l) => (await request<CodeLens>('codeLens/resolve', l)).command?.title));
    assert.deepEqual(lenses.map((l, i) => [l.range.start.line, titles[i]]), [
      [3, '0 consumers · 4 dependencies · instability 1.00'],
      [12, '1 consumer · 1 dependency · instability 0.50'],
      [19, '1 consumer · 1 dependency · instability 0.50'],
      [26, '0 consumers · 0 dependencies'],
    ]);
    const resolved = await request<CodeLens>('codeLens/resolve', lenses[1]);
    assert.deepEqual(resolved.command, {
      title: '1 consumer · 1 dependency · instability 0.50',
      command: 'landscape.showReferences',
      // onboarding-api's provider.
      arguments: [mode2Uri, pos(12, 8), [{ uri: mode2Uri, range: range(36, 36, 36, 46) }]],
    });
  });

  it('colours ids, references and modes with semantic tokens (kind as type; declaration, mode and retiring as modifiers)', async () => {
    const { data } = await request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: mode2Uri } });
    const legend = init.capabilities.semanticTokensProvider!.legend;
    const text = readFileSync(mode2, 'utf8').split('\n');
    const tokens: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      const mods = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
      tokens.push(`${line}:${text[line].slice(char, char + data[i + 2])} ${legend.tokenTypes[data[i + 3]]}${mods.length ? `.${mods.join('.')}` : ''}`);
    }
    assert.deepEqual(tokens.slice(0, 9), [
      '3:mobile-bank class.declaration.mode2',
      '5:mode2 enumMember.mode2',
      '6:team-mobile namespace',
      '7:digital type',
      '9:ciso namespace',
      '10:balance-api interface',
      '10:payment-events interface',
      '10:offers-api interface',
      '10:card-limits-api interface.deprecated',
    ]);
    assert.deepEqual(tokens.slice(-4), ['35:offers-api interface.declaration', '35:offers class.mode2', '36:onboarding-api interface.declaration', '36:onboarding class.mode2']);
    assert.equal(tokens.length, 26, tokens.join('\n'));
  });

  it('links imports to their files (a glob names many: no link) and folds sections and entities', async () => {
    const entry = path.join(dir, 'landscape.yaml');
    assert.deepEqual(await request('textDocument/documentLink', { textDocument: { uri: uriOf(entry) } }), [
      { range: range(13, 4, 13, 14), target: uriOf(path.join(dir, 'org.yaml')), tooltip: 'Open ./org.yaml' },
      { range: range(15, 4, 15, 19), target: uriOf(path.join(dir, 'rollouts.yaml')), tooltip: 'Open ./rollouts.yaml' },
    ]);
    assert.deepEqual(await request('textDocument/foldingRange', { textDocument: { uri: mode2Uri } }), [
      { startLine: 2, endLine: 32 },
      { startLine: 3, endLine: 10 },
      { startLine: 12, endLine: 17 },
      { startLine: 19, endLine: 24 },
      { startLine: 26, endLine: 32 },
      { startLine: 34, endLine: 36 },
    ]);
  });

  it('answers landscape/ruleDocs and landscape/diagram', async () => {
    const docs = await request<{ markdown: string; rules: { id: string }[] }>('landscape/ruleDocs', { rule: 'no-shadow-it' });
    assert.match(docs.markdown, /^# no-shadow-it\n\n\*\*Category:\*\* shadow IT · \*\*default:\*\* `warn`\n/);
    assert.equal(docs.rules.length, 25);
    assert.deepEqual(await request('landscape/ruleDocs', {}), { rules: docs.rules });
    const d = await request<{ entry: string; versions: Record<string, number>; diagram: { title: string; nodes: { id: string }[] } }>('landscape/diagram', { uri: mode2Uri });
    assert.equal(d.entry, uriOf(path.join(dir, 'landscape.yaml')));
    assert.equal(d.diagram.title, 'Fjordbank – retail banking landscape');
    assert.deepEqual(d.diagram.nodes.map((n) => n.id).sort(), ['account-acl', 'api-gateway', 'balance-read-model', 'card-platform', 'card-system', 'core-banking', 'event-backbone', 'mobile-bank', 'newsletter-tool', 'offers', 'onboarding']);
    assert.deepEqual(Object.keys(d.versions), [mode2Uri]);
    assert.equal(await request('landscape/diagram', { uri: uriOf('/nowhere/x.yaml') }), null);
  });

  it('landscape/diagram draws the part a pick asks for (focus, impact), offers the pickers\' choices, and says when a system is missing', async () => {
    const whole = await request<DiagramResult>('landscape/diagram', { uri: mode2Uri });
    assert.deepEqual(whole.choices.systems.map((s) => s.id).sort(), whole.diagram.nodes.map((n) => n.id).sort());
    assert.deepEqual(whole.choices.systems.find((s) => s.id === 'offers'), { id: 'offers', label: 'Offer engine', lane: 'mode2', domain: 'digital', owner: 'team-mobile' });
    assert.deepEqual(whole.choices.views, [{ name: 'mode2-and-gearbox', title: 'Mode 2 and the gearbox' }, { name: 'mobile-bank', title: 'Mobile bank, two hops out' }, { name: 'shadow-it', title: 'Shadow IT' }]);
    assert.equal(whole.picked, undefined);
    // The oracle: the core's impact and neighbourhood over the landscape's own graph.
    const l = (await lintLandscape(toCorePath(path.join(dir, 'landscape.yaml')), nodeHost)).landscape;
    const impact = impactOf(l, 'core-banking')!;
    const pick = { kind: 'impact', system: 'core-banking', direction: 'down', includeAsync: false };
    const drawn = await request<DiagramResult>('landscape/diagram', { uri: mode2Uri, pick });
    const titles: Record<string, string> = { mode1: 'Mode 1', gearbox: 'Gearbox', mode2: 'Mode 2' };
    assert.deepEqual(drawn.picked, {
      pick,
      title: 'Fjordbank – retail banking landscape: outage of core-banking, down (its consumers), synchronous edges only',
      summary: `${impact.affected.length} systems affected: ${impact.byMode.map((g) => `${titles[g.mode]} ${g.systems.length}`).join(' · ')}`,
    });
    assert.deepEqual(drawn.diagram.nodes.map((n) => `${n.id}@${n.distance}`).sort(), ['core-banking@0', ...impact.affected.map((a) => `${a.id}@${a.distance}`)].sort());
    assert.ok(impact.affected.length >= 2);
    const focus = await request<DiagramResult>('landscape/diagram', { uri: mode2Uri, pick: { kind: 'focus', system: 'offers', depth: 1, direction: 'both' } });
    assert.deepEqual(new Map(focus.diagram.nodes.map((n) => [n.id, n.distance])), neighbourhoodOf(l, 'offers', 1, 'both'));
    assert.equal(focus.diagram.title, 'Fjordbank – retail banking landscape: offers and 1 step either way');
    // A system that is gone: the whole landscape, and why.
    const missing = await request<DiagramResult>('landscape/diagram', { uri: mode2Uri, pick: { kind: 'focus', system: 'ofers', depth: 1, direction: 'both' } });
    assert.deepEqual(missing.picked, { pick: { kind: 'focus', system: 'ofers', depth: 1, direction: 'both' }, error: "The landscape has no system 'ofers'." });
    assert.equal(missing.diagram.nodes.length, whole.diagram.nodes.length);
  });
});
