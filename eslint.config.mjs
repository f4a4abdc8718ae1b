// ESLint with typescript-eslint's type-checked rules: `npm run lint:es`, part of `npm run lint`.
//
// Type information comes from the TypeScript 6 compiler API: the package named `typescript` is
// Microsoft's @typescript/typescript6 (TypeScript 7 has no JavaScript API, which
// typescript-eslint needs), while `tsc`, the build's type checker, is TypeScript 7
// (`@typescript/native`). README.md, "Tools and dependencies", says why.
//
// The rules: ESLint's and typescript-eslint's recommended (type-checked) sets, plus the few
// below, each with its reason. Which module may import which is dependency-cruiser's job
// (.dependency-cruiser.cjs); unused files, exports and dependencies are knip's (knip.jsonc).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SPREAD = 'No spread arguments: each item becomes an argument on the stack, and an unbounded array throws RangeError past ~125,000 items (100,000 systems crashed `landscape lint` so); use a loop or pushAll.';

/** The browser's globals: the core runs in the extension host, the CLI and a worker alike. */
const DOM = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self'];
/** Node's globals: file access is injected through Host (src/README.md, invariant 1). */
const NODE = ['process', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate'];

export default defineConfig(
  {
    ignores: ['dist/**', 'out/**', '.vscode-test/**', 'test-results/**', 'bench/tmp/**', 'bench/results/**', '**/*.d.ts', '**/*.d.cts'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A `switch` over a union names every member (or has a default): a new finding kind,
      // node kind or lane is a compile-time question everywhere it is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `import type` for types: esbuild drops them without reading the module, and the
      // webview bundle then cannot pull in a module only named for its types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `const { files, ...rest } = o` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript (scripts, the GitHub Action, the editor test drivers): no type
    // information (not in tsconfig.json), Node's globals.
    files: ['**/*.{js,mjs,cjs}'],
    ignores: ['src/**'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    // Functions the UI tests run in the page (page.evaluate).
    files: ['test/vscode/ui/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,js,mjs}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression > SpreadElement.arguments', message: SPREAD },
        { selector: 'NewExpression > SpreadElement.arguments', message: SPREAD },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Schemas are compiled ahead of time (scripts/gen-validators.ts): ajv is for types only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'ajv', allowTypeImports: true, message: 'Validators are generated ahead of time (scripts/gen-validators.ts): import ajv for its types only.' }],
          patterns: [{ group: ['ajv/*'], allowTypeImports: true, message: 'Validators are generated ahead of time: import ajv for its types only.' }],
        },
      ],
    },
  },
  {
    // The core runs in the extension host, the CLI, a worker and the browser (src/README.md,
    // invariant 1); its imports are dependency-cruiser's, its globals are checked here.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM.map((name) => ({ name, message: 'The core uses no DOM (src/README.md, invariant 1).' })),
        ...NODE.map((name) => ({ name, message: 'The core uses nothing of Node: file access is injected through Host (src/README.md, invariant 1).' })),
      ],
    },
  },
  {
    // The language service is host-free too (src/README.md, language-service): no DOM, no Node.
    files: ['src/language-service/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM.map((name) => ({ name, message: 'The language service uses no DOM: it speaks LSP types only.' })),
        ...NODE.map((name) => ({ name, message: 'The language service uses nothing of Node: its host reads the files.' })),
      ],
    },
  },
  {
    // Generated (scripts/gen-validators.ts) and vendored (scripts/vendor-yaml-events.mjs) code:
    // made by a script from another project's output, so only the spread check applies (the
    // vendored parser runs on every keystroke, on files of any size), even where the generator
    // wrote `/* eslint-disable */`.
    files: ['src/core/schema/generated/**', 'src/core/parse/vendor/**'],
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  },
);
