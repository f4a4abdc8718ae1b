/**
 * The architecture of src/README.md, checked by dependency-cruiser (`npm run lint:deps`, part of
 * `npm run lint`; `test/unit/core/layering.test.ts` runs it on the tree and on a wrong import).
 *
 * Type-only imports count. `import type { Rule } from '../rules/rule'` creates no run-time
 * dependency, but the layering is about knowledge: a layer that names a higher layer's types
 * changes when that layer changes. The parser is swc (`options.parser`), which reads the
 * TypeScript syntax itself and reports `import type` like any import (dependency-cruiser's
 * TypeScript parser needs the compiler API of TypeScript < 7, which TypeScript 7 does not have).
 *
 * Paths are relative to the repository root; the tree checked is `src` (tests and scripts may
 * reach into any module). What is no import is ESLint's (eslint.config.mjs: the DOM's and Node's
 * globals in the core, ajv imported for its types only) or test/unit/core/architecture.test.ts's
 * (one file per rule, names).
 */

/** The layers of the core, lowest first: a layer may import its own and lower layers only. */
const LAYERS = [
  ['util', '^src/core/util/'],
  ['parse', '^src/core/parse/'], // the vendored parser (parse/vendor) included
  ['types', '^src/core/(types\\.ts$|findings/)'], // Finding, Severity, Span, the core's finding codes: shared plain data
  ['schema', '^src/core/schema/'],
  ['model', '^src/core/model/'],
  ['load', '^src/core/load/'],
  ['config', '^src/core/config/'],
  ['rules', '^src/core/rules/'],
  ['lint', '^src/core/lint/'],
  ['diagram', '^src/core/diagram/'],
  ['review', '^src/core/review/'], // issue 12: two lint results compared (the diff of `landscape diff`)
  ['interop', '^src/core/interop/'], // issue 13: landscapes from and to other tools' files (import, export)
  ['facade', '^src/core/index\\.ts$'],
];

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `core-layer-${name}`,
  comment: `src/README.md: core/${name} is below ${LAYERS.slice(i + 1).map(([n]) => n).join(', ')} and imports none of them`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
}));

/** The bundles' entry points (scripts/build.mjs). */
const ENTRIES = '^src/(extension/extension|cli/bin|cli/main|server/main|webview/main|cli/page-host)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // --- src/README.md, invariant 1: the core runs anywhere (extension host, CLI, worker, browser)
    {
      name: 'core-no-node',
      comment: 'Invariant 1: src/core imports nothing from node:* (file access is injected through Host)',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-host',
      comment: 'Invariant 1: src/core imports nothing from vscode, the DOM side (src/webview) or the front ends',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(cli|extension|webview)/|(^|/)node_modules/@types/vscode/|^vscode$' },
    },
    {
      name: 'core-known-packages',
      comment:
        'Invariant 1: the core imports only packages that run anywhere (bundled into dist/): ajv (its types; ' +
        'the generated validators its run-time helpers), picomatch\'s POSIX build, elkjs (diagram/elk-sync.ts)',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '(^|/)node_modules/(ajv|picomatch|elkjs|csv-parse)/',
      },
    },
    {
      name: 'ajv-only-in-schema-and-config',
      comment: 'Validators are generated ahead of time (src/core/schema/generated); only schema and config name ajv',
      severity: 'error',
      from: { pathNot: '^src/core/(schema|config)/' },
      to: { path: '(^|/)node_modules/ajv/' },
    },
    {
      name: 'elkjs-only-in-elk-sync',
      comment: 'elkjs is loaded lazily by one module (src/README.md, core/diagram)',
      severity: 'error',
      from: { pathNot: '^src/core/diagram/elk-sync\\.ts$' },
      to: { path: '(^|/)node_modules/elkjs/' },
    },

    // --- invariant 4: the front ends see the core through its index only
    {
      name: 'front-ends-through-core-index',
      comment: 'Invariant 4: the CLI, the extension, the language service and the server import the core only through src/core/index.ts',
      severity: 'error',
      from: { path: '^src/(cli|extension|language-service|server)/' },
      to: { path: '^src/core/', pathNot: '^src/core/index\\.ts$' },
    },

    // --- the editor features: a host-free language service, the server around it (issue 14)
    {
      name: 'language-service-host-free',
      comment:
        'src/language-service is every editor feature in LSP\'s types, with no editor and no Node (as ' +
        'vscode-markdown-languageservice): no node:*, no vscode, no front end and not the server',
      severity: 'error',
      from: { path: '^src/language-service/' },
      to: { path: '^src/(cli|extension|server|webview)/|(^|/)node_modules/@types/vscode/|^vscode$' },
    },
    {
      name: 'language-service-no-node',
      comment: 'src/language-service imports nothing from node:* (the server reads files, the service answers)',
      severity: 'error',
      from: { path: '^src/language-service/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'language-service-known-packages',
      comment: 'src/language-service speaks LSP\'s types and documents and vscode-uri, nothing else of npm',
      severity: 'error',
      from: { path: '^src/language-service/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '(^|/)node_modules/(vscode-languageserver-types|vscode-languageserver-textdocument|vscode-uri)/',
      },
    },
    {
      name: 'server-not-front-ends',
      comment: 'The language server runs without VS Code and without a browser; it is reached through the protocol, never imports a client',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(cli|extension|webview)/|(^|/)node_modules/@types/vscode/|^vscode$' },
    },
    {
      name: 'extension-server-protocol-only',
      comment: 'The extension is a client of the server: it shares the protocol file (src/server/protocol.ts), never the server',
      severity: 'error',
      from: { path: '^src/extension/' },
      to: { path: '^src/server/', pathNot: '^src/server/protocol\\.ts$' },
    },
    {
      name: 'extension-not-language-service',
      comment: 'The extension is a client: every language feature comes from the server, never from the language service in the extension host',
      severity: 'error',
      from: { path: '^src/extension/' },
      to: { path: '^src/language-service/' },
    },
    {
      name: 'cli-starts-server-only',
      comment: '`landscape lsp` loads the server\'s bundle (src/server/main.ts, dist/server.js) and nothing else of it',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/server/', pathNot: '^src/server/main\\.ts$' },
    },
    {
      name: 'node-files-below-front-ends',
      comment:
        'src/node is the file system as the Node front ends give it to the core (paths, the folder walk), shared by ' +
        'the CLI and the server: it imports node:* only, never a front end, the server or the core',
      severity: 'error',
      from: { path: '^src/node/' },
      to: { path: '^src/(?!node/)' },
    },
    {
      name: 'cli-not-extension-or-webview',
      comment: 'The CLI runs without VS Code and without a browser',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(extension|webview)/|(^|/)node_modules/@types/vscode/|^vscode$' },
    },
    {
      name: 'extension-not-cli-or-webview',
      comment: 'The extension shares the typed message protocol with the webview through the core (core/diagram/protocol.ts); it never imports the CLI',
      severity: 'error',
      from: { path: '^src/extension/' },
      to: { path: '^src/(cli|webview)/' },
    },

    // --- invariant 5: the webview draws a laid-out diagram
    {
      name: 'webview-protocol-and-diagram-types',
      comment:
        'Invariant 5: src/webview imports only itself, the message protocol (core/diagram/protocol.ts), the ' +
        'diagram types (core/diagram/model.ts), the drawing (core/diagram/drawing.ts: what the diagram looks ' +
        'like, also written by `landscape render`) and the label layout it uses (core/diagram/wrap.ts): ' +
        'layout runs in the core, on the host',
      severity: 'error',
      from: { path: '^src/webview/' },
      to: { pathNot: '^src/(webview/|core/diagram/(protocol|model|drawing|wrap)\\.ts$)' },
    },

    // --- layering inside the core (issue 11: parse ← schema ← model ← load ← config ← rules ← lint ← diagram)
    ...layerRules,
    {
      name: 'load-owns-no-schema-cache',
      comment: 'load reads files and imports; schema results and their caches belong to schema and lint',
      severity: 'error',
      from: { path: '^src/core/load/' },
      to: { path: '^src/core/schema/' },
    },
    {
      name: 'layout-not-renderers',
      comment: 'Geometry is computed once, before and apart from the drawing and its writers (SVG, HTML page, Mermaid)',
      severity: 'error',
      from: { path: '^src/core/diagram/(layout|lane-order|elk-sync|groups|routing|tracks|bundles|geometry|model|wrap)\\.ts$' },
      to: { path: '^src/core/diagram/(drawing|svg|html|mermaid|page-host)\\.ts$' },
    },
    {
      name: 'drawing-dom-free-and-small',
      comment:
        'The drawing (core/diagram/drawing.ts) is in the webview bundle: it reads the laid-out diagram ' +
        '(model.ts), the label layout (wrap.ts) and the pieces of dashed routes (dashes.ts, which reads path ' +
        'data with geometry.ts) only, no layout, ELK, writer or anything else',
      severity: 'error',
      from: { path: '^src/core/diagram/(drawing|dashes)\\.ts$' },
      to: { pathNot: '^src/core/diagram/(model|wrap|dashes|geometry)\\.ts$' },
    },

    // --- generated and vendored code: checked like the rest, and fenced in
    {
      name: 'vendored-parser-self-contained',
      comment: 'core/parse/vendor (generated from js-yaml by scripts/vendor-yaml-events.mjs) imports nothing',
      severity: 'error',
      from: { path: '^src/core/parse/vendor/' },
      to: { pathNot: '^src/core/parse/vendor/' },
    },
    {
      name: 'vendored-parser-behind-parse',
      comment: 'Only core/parse reads js-yaml\'s event records; everything else sees the YAML tree',
      severity: 'error',
      from: { pathNot: '^src/core/parse/' },
      to: { path: '^src/core/parse/vendor/' },
    },
    {
      name: 'generated-validators-self-contained',
      comment: 'core/schema/generated (ajv standalone code, scripts/gen-validators.ts) needs only ajv\'s run-time helpers',
      severity: 'error',
      from: { path: '^src/core/schema/generated/' },
      to: { pathNot: '^src/core/schema/generated/|(^|/)node_modules/ajv/' },
    },

    // --- whole-graph rules
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be understood, tested or moved alone',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment:
        'A module nothing imports and that imports nothing is dead or forgotten. Declaration files beside ' +
        'their generated JavaScript (vendor, generated) are read by tsc, while imports resolve to the .js',
      severity: 'error',
      from: { orphan: true, pathNot: '\\.d\\.ts$' },
      to: {},
    },
    {
      name: 'reachable-from-an-entry',
      comment:
        'Every module is part of a bundle (scripts/build.mjs entries); one only tests reach is dead code. ' +
        'Declaration files: see no-orphans',
      severity: 'error',
      from: { path: ENTRIES },
      to: { path: '^src/', pathNot: `\\.d\\.ts$|${ENTRIES}`, reachable: false },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-undeclared-package',
      comment: 'Every package imported is declared in package.json',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'src-not-to-tests',
      comment: 'Shipped code never imports tests, benchmarks or scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    parser: 'swc',
    // Packages match `(^|/)node_modules/`: a node_modules linked from elsewhere resolves to its real path.
    doNotFollow: { path: '(^|/)node_modules/' },
    // As esbuild resolves (run time): `./vendor/yaml-events` is the .js beside its .d.ts, so the
    // vendored parser and the generated validators are what gets checked.
    // `exports` subpaths (csv-parse/browser/esm/sync) resolve by their conditions, as esbuild resolves them.
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.d.ts', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    // Known violations, each narrow (one import) and named after the issue that removes it.
    // `npm run lint:deps` reports them as ignored; the layering test pins this list. None today.
    knownViolations: [],
  },
};
