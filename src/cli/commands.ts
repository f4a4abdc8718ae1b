/**
 * The option table of each command: `parseCommand` reads the command line by it and the help
 * text (`landscape --help`, `landscape <command> --help`) is written from it (args.ts). An
 * option is added here and nowhere else; what it does is the command's file.
 */
import { DIRECTIONS, EXPORT_FORMATS, isCalendarDate } from '../core/index';
import type { CommandSpec, OptionSpec } from './args';

const AS_OF = {
  name: 'as-of',
  value: '<YYYY-MM-DD>',
  help: '"today" for date-based rules (overrides metadata.asOf)',
  check: (v: string) => (isCalendarDate(v) ? undefined : `--as-of takes a date as YYYY-MM-DD, not '${v}'`),
} as const satisfies OptionSpec;

/** Which way an outage or a focus goes along the dependencies (core/model/propagation.ts). */
const DIRECTION = { name: 'direction', choices: DIRECTIONS } as const;

const ALLOW_OUTSIDE_ROOT = { name: 'allow-outside-root', help: "allow imports outside the entry file's folder" } as const satisfies OptionSpec;

/** `lint --format`: each has a formatter (lint-command.ts). */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

export const LINT_COMMAND = {
  name: 'lint',
  args: '<entry.yaml>...',
  summary: 'lint the landscapes and report their findings',
  positionals: { min: 1, max: Infinity, message: 'give at least one entry file, e.g. landscape lint landscape.yaml' },
  options: [
    { name: 'format', short: 'f', choices: LINT_FORMATS, default: 'stylish', help: 'output format' },
    {
      name: 'max-warnings',
      value: '<n>',
      help: 'exit 1 when there are more warnings than n',
      check: (v: string) => (/^\d+$/.test(v) ? undefined : `--max-warnings takes a whole number (0 or more), not '${v}'`),
    },
    AS_OF,
    { name: 'baseline', value: '<file>', help: 'report only findings not recorded in the baseline' },
    { name: 'update-baseline', help: 'record the current findings in the baseline file' },
    ALLOW_OUTSIDE_ROOT,
    { name: 'output', short: 'o', value: '<file>', help: 'write the report to a file instead of stdout' },
    { name: 'no-color', help: 'no colour, even on a terminal (as NO_COLOR=1 does)' },
  ],
} as const satisfies CommandSpec;

export const RENDER_COMMAND = {
  name: 'render',
  args: '<entry.yaml>',
  summary: "draw the landscape's diagram, the picture the editor shows",
  positionals: { min: 1, max: 1, message: 'give exactly one entry file' },
  options: [
    { name: 'format', short: 'f', choices: ['svg', 'html', 'mermaid', 'json'], default: 'svg', help: 'picture format' },
    { name: 'output', short: 'o', value: '<file>', help: 'write the picture to a file instead of stdout' },
    { name: 'view', value: '<name>', help: 'draw a saved view of the landscape (its views: section)' },
    { name: 'group-by', choices: ['domain', 'owner', 'none'], help: "collapse each lane's systems into groups by domain or owner, or draw every system (default: by domain above 300 systems; a view's grouping)" },
    { name: 'focus', value: '<id>', help: 'draw only this system and its neighbours, highlighted by distance' },
    {
      name: 'depth',
      value: '<n>',
      help: 'with a focus: neighbours up to n edges away (1-3, default 1)',
      check: (v: string) => (/^[1-3]$/.test(v) ? undefined : `--depth takes 1, 2 or 3, not '${v}'`),
    },
    { ...DIRECTION, help: 'with a focus: up (what it depends on), down (its consumers) or both (default both)' },
    { name: 'measures', help: 'also print how readable the layout is to stderr: edge crossings, shared tracks, label overlaps, edges outside their gap' },
    AS_OF,
    ALLOW_OUTSIDE_ROOT,
  ],
} as const satisfies CommandSpec;

export const IMPACT_COMMAND = {
  name: 'impact',
  args: '<entry.yaml> <id>',
  summary: 'which systems an outage (or a rollout with downtime) of one system reaches, by mode and distance',
  positionals: { min: 2, max: 2, message: 'give one entry file and one system id, e.g. landscape impact landscape.yaml core-ledger' },
  options: [
    { ...DIRECTION, default: 'down', help: 'down: its consumers, whom its outage reaches; up: what it depends on, whose outage reaches it; both' },
    { name: 'include-async', help: 'follow asynchronous edges too (by default a queue or an event decouples)' },
    { name: 'format', short: 'f', choices: ['text', 'json', 'svg', 'html'], default: 'text', help: 'a list by mode (text, json) or a picture of the affected systems (svg, html)' },
    { name: 'output', short: 'o', value: '<file>', help: 'write to a file instead of stdout' },
    AS_OF,
    ALLOW_OUTSIDE_ROOT,
  ],
  exitCodes: 'Exit codes: 0 written, 2 nothing written (no system with that id, a core/* error in the landscape, bad usage).',
} as const satisfies CommandSpec;

/** `diff --format`: each has a formatter (diff-command.ts). */
export const DIFF_FORMATS = ['text', 'markdown', 'json', 'github', 'sarif', 'html'] as const;

export const DIFF_COMMAND = {
  name: 'diff',
  args: '<entry.yaml>',
  summary: 'what a change does to the landscape: entities, dependencies, new and fixed findings',
  positionals: { min: 1, max: 1, message: 'give exactly one entry file, e.g. landscape diff landscape.yaml --base main' },
  options: [
    { name: 'base', value: '<git-rev|path>', help: 'the revision (or the entry file of a copy) to compare with (required)' },
    { name: 'head', value: '<git-rev|path>', help: 'the changed revision (default the working tree)' },
    { name: 'format', short: 'f', choices: DIFF_FORMATS, default: 'text', help: 'report format' },
    { name: 'output', short: 'o', value: '<file>', help: 'write the report to a file instead of stdout' },
    { name: 'fail-on', choices: ['new-error', 'new-warning', 'never'], default: 'new-error', help: 'exit 1 when the change adds findings this severe' },
    AS_OF,
    ALLOW_OUTSIDE_ROOT,
  ],
  exitCodes: 'Exit codes: 0 the change adds no finding at --fail-on or above, 1 it does, 2 fatal (head does not parse, unknown revision, bad usage).',
} as const satisfies CommandSpec;

export const HISTORY_COMMAND = {
  name: 'history',
  args: '<entry.yaml>',
  summary: "the landscape over its git history: findings, dependencies across speeds, systems per mode at each commit that changed it",
  positionals: { min: 1, max: 1, message: 'give exactly one entry file, e.g. landscape history landscape.yaml' },
  options: [
    { name: 'since', value: '<date|rev>', help: 'only commits from this day (YYYY-MM-DD) on, or after this revision' },
    {
      name: 'max-count',
      value: '<n>',
      default: '100',
      help: 'the newest n commits that changed the landscape',
      check: (v: string) => (/^[1-9]\d*$/.test(v) ? undefined : `--max-count takes a whole number (1 or more), not '${v}'`),
    },
    { name: 'format', short: 'f', choices: ['json', 'csv', 'svg', 'html'], default: 'json', help: 'output: the figures (json, csv) or a chart (svg, html)' },
    { name: 'output', short: 'o', value: '<file>', help: 'write to a file instead of stdout' },
    AS_OF,
    ALLOW_OUTSIDE_ROOT,
  ],
  exitCodes: 'Exit codes: 0 written (a commit that does not parse is a gap in the figures), 2 fatal (not in a git repository, bad usage).',
} as const satisfies CommandSpec;

export const INIT_COMMAND = {
  name: 'init',
  args: '[<dir>]',
  summary: 'write a commented starter landscape.yaml (into <dir>, default the current folder)',
  positionals: { min: 0, max: 1, message: 'takes at most one folder' },
  options: [],
} as const satisfies CommandSpec;

export const LSP_COMMAND = {
  name: 'lsp',
  args: '',
  summary: 'run the language server for editors (LSP 3.17) over one transport',
  positionals: { min: 0, max: 0, message: 'takes no file: the editor opens them' },
  options: [
    { name: 'stdio', help: 'speak LSP over standard input and output' },
    { name: 'node-ipc', help: "speak LSP over Node's IPC channel (a Node parent process)" },
    {
      name: 'socket',
      value: '<port>',
      help: 'connect to the editor on 127.0.0.1:<port>',
      check: (v: string) => (/^\d{1,5}$/.test(v) && Number(v) > 0 && Number(v) < 65536 ? undefined : `--socket takes a port number (1-65535), not '${v}'`),
    },
    {
      name: 'clientProcessId',
      value: '<pid>',
      help: "end when the editor's process ends (editors pass it)",
      check: (v: string) => (/^\d+$/.test(v) ? undefined : `--clientProcessId takes a process id, not '${v}'`),
    },
  ],
} as const satisfies CommandSpec;

const IMPORT_EXIT_CODES = 'Exit codes: 0 written, 1 written but some entities were not imported (each on stderr and as a comment), 2 nothing written (unreadable input, bad usage).';

export const IMPORT_BACKSTAGE_COMMAND = {
  name: 'import backstage',
  args: '<file | dir | glob>...',
  summary: 'make a landscape.yaml from a Backstage catalog (Locations followed; docs/interop.md)',
  positionals: { min: 1, max: Infinity, message: 'give at least one catalog file, folder or glob, e.g. landscape import backstage catalog-info.yaml' },
  options: [
    { name: 'output', short: 'o', value: '<file>', help: 'write the landscape to a file instead of stdout' },
    { name: 'default-mode', choices: ['mode1', 'gearbox', 'mode2'], default: 'mode2', help: 'mode of systems without a landscape.dev/mode label' },
    { name: 'granularity', choices: ['component', 'system'], default: 'component', help: 'what becomes a system: each Component, or each System with its Components' },
    {
      name: 'url-map',
      value: '<url-prefix>=<dir>',
      help: 'read Location targets under the URL prefix from a local folder (URLs are never fetched)',
      check: (v: string) => (/^[a-z][a-z0-9+.-]*:\/\/[^=]*=./i.test(v) ? undefined : `--url-map takes <url-prefix>=<dir>, e.g. https://github.com/acme/catalog/blob/main/=./catalog, not '${v}'`),
    },
  ],
  exitCodes: IMPORT_EXIT_CODES,
} as const satisfies CommandSpec;

export const IMPORT_CSV_COMMAND = {
  name: 'import csv',
  args: '<file.csv>',
  summary: 'make a landscape.yaml from a CSV inventory and a mapping file (docs/interop.md)',
  positionals: { min: 1, max: 1, message: 'give exactly one CSV file, e.g. landscape import csv inventory.csv --map mapping.yaml' },
  options: [
    { name: 'map', value: '<mapping.yaml>', help: 'which column is which field, value maps, separators (required)' },
    { name: 'output', short: 'o', value: '<file>', help: 'write the landscape to a file instead of stdout' },
  ],
  exitCodes: IMPORT_EXIT_CODES,
} as const satisfies CommandSpec;

/** `landscape export <format>`: each has a writer in the core (src/core/interop/export). */
export const EXPORT_COMMAND = {
  name: 'export',
  args: '<format> <entry.yaml>',
  summary: `write the landscape as another tool's file; <format>: ${EXPORT_FORMATS.join('|')} (docs/interop.md)`,
  positionals: { min: 2, max: 2, message: 'give a format and one entry file, e.g. landscape export likec4 landscape.yaml' },
  options: [
    { name: 'output', short: 'o', value: '<file | dir/>', help: 'write to a file, or into a folder (backstage: one file per entity); default stdout' },
    AS_OF,
    ALLOW_OUTSIDE_ROOT,
  ],
  exitCodes: 'Exit codes: 0 written, 2 nothing written (a core/* error in the landscape, an unreadable file, bad usage).',
} as const satisfies CommandSpec;

export const COMMANDS: readonly CommandSpec[] = [LINT_COMMAND, RENDER_COMMAND, IMPACT_COMMAND, DIFF_COMMAND, HISTORY_COMMAND, INIT_COMMAND, LSP_COMMAND, IMPORT_BACKSTAGE_COMMAND, IMPORT_CSV_COMMAND, EXPORT_COMMAND];
