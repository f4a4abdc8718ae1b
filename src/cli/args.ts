/**
 * Command lines read from one option table per command (commands.ts): node:util's parseArgs
 * splits the arguments (long and short options, `--opt=value`, `-ovalue`, `--`), the table
 * checks them, and the help text is written from the same table, so an option is declared
 * once and cannot be missing from the help.
 *
 * parseArgs runs with `strict: false` and `tokens: true`: its strict mode throws with messages of
 * its own ("To specify a positional argument starting with a '-', place it at the end of the
 * command after '--'"), here every problem is one line in our words with a did-you-mean, and a
 * usage error is a value, not a throw (the caller prints it and exits 2, SPEC §5.2).
 */
import { parseArgs as splitArgs } from 'node:util';
import { DidYouMean } from '../core/index';
import type { Io } from './io';

export interface OptionSpec {
  /** Long name, without the dashes. */
  readonly name: string;
  /** One-letter short name, without the dash. */
  readonly short?: string;
  /** What a string option takes, as the help shows it (`<file>`); absent for a flag. With `choices`, the help lists them instead. */
  readonly value?: string;
  /** The only values allowed (the help lists them; anything else is a usage error). */
  readonly choices?: readonly string[];
  /** The value when the option is not given (shown in the help). */
  readonly default?: string;
  /** Why a value is refused (undefined: accepted): a whole sentence, since it is printed as it is. */
  readonly check?: (value: string) => string | undefined;
  /** One line for the help. */
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  /** The positional arguments as the usage line shows them, e.g. `<entry.yaml>...`. */
  readonly args: string;
  /** What the command does, one line in lower case without a full stop (the overview lists it beside the usage). */
  readonly summary: string;
  /** How many positional arguments it takes, and what to say otherwise. */
  readonly positionals: { readonly min: number; readonly max: number; readonly message: string };
  readonly options: readonly OptionSpec[];
  /** The exit codes line of its help, when they are not lint's (`diff`: what the change adds). */
  readonly exitCodes?: string;
}

/** Every command takes `-h, --help`; it is not in the tables so that none can forget it. */
const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', help: 'show this help' };

/** The values of a command's options: one of its choices, a string for other options that take a value, `true` for flags given. */
export type Values<S extends CommandSpec> = {
  [O in S['options'][number] as O['name']]?: O extends { choices: readonly (infer C)[] } ? C : O extends { value: string } ? string : true;
};

export type Parsed<S extends CommandSpec> =
  | { kind: 'run'; values: Values<S>; positionals: string[] }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

const takesValue = (o: OptionSpec): boolean => o.value !== undefined || o.choices !== undefined;

/** Reads `argv` (the arguments after the command's name) by the command's table. */
export function parseCommand<S extends CommandSpec>(spec: S, argv: readonly string[]): Parsed<S> {
  const all = [...spec.options, HELP_OPTION];
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of all) config[o.name] = { type: takesValue(o) ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}) };
  const { tokens } = splitArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  // Help wins over any mistake beside it: `landscape lint --bogus --help` shows the help.
  if (tokens.some((t) => t.kind === 'option' && t.name === HELP_OPTION.name)) return { kind: 'help' };

  const byName = new Map(all.map((o) => [o.name, o] as const));
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const o = byName.get(t.name);
    if (!o) return refused(`unknown option '${t.rawName}'${hint(t.rawName, optionNames(all))}`);
    if (!takesValue(o)) {
      if (t.value !== undefined) return refused(`option ${t.rawName} takes no value`);
      values[o.name] = true;
      continue;
    }
    // parseArgs takes the next argument as the value whatever it is; `--format --json` is a
    // forgotten value, not the format '--json' (a single dash may start a value: `-o -x.txt`).
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) return refused(`option ${t.rawName} needs a value`);
    const problem = refusal(o, t.value);
    if (problem) return refused(problem);
    values[o.name] = t.value;
  }
  for (const o of spec.options) if (o.default !== undefined && values[o.name] === undefined) values[o.name] = o.default;
  const { min, max, message } = spec.positionals;
  if (positionals.length < min || positionals.length > max) return refused(message);
  return { kind: 'run', values: values as Values<S>, positionals };
}

function refused(message: string): { kind: 'usage-error'; message: string } {
  return { kind: 'usage-error', message };
}

/**
 * What a command does when its command line says not to run: print its help (exit code 0), or
 * the usage error and where to read the usage (exit code 2, SPEC §5.2).
 */
export function notRun(io: Io, spec: CommandSpec, parsed: Exclude<Parsed<CommandSpec>, { kind: 'run' }>): number {
  if (parsed.kind === 'help') {
    io.stdout(commandHelp(spec));
    return 0;
  }
  io.stderr(`landscape ${spec.name}: ${parsed.message}\nRun 'landscape ${spec.name} --help' for usage.\n`);
  return 2;
}

/** Why a value of `o` is refused, or undefined. */
function refusal(o: OptionSpec, value: string): string | undefined {
  if (o.choices && !o.choices.includes(value)) return `unknown ${o.name} '${value}' (use ${listed(o.choices)})${hint(value, o.choices)}`;
  return o.check?.(value);
}

/** `a, b or c`. */
function listed(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words.join('');
}

/**
 * The long names as typed (`--format`): the words a mistyped option is compared with. Not the
 * one-letter names: every letter is one edit from every other, so `-x` would "mean" `-f`.
 */
function optionNames(options: readonly OptionSpec[]): string[] {
  return options.map((o) => `--${o.name}`);
}

/** "; did you mean 'x'?" by the product's one suggestion policy (core/util/did-you-mean.ts), or nothing. */
export function hint(word: string, words: Iterable<string>): string {
  const near = new DidYouMean(words).nearest(word);
  return near === undefined ? '' : `; did you mean '${near}'?`;
}

// --- help text, written from the tables

/** `  -f, --format stylish|json|sarif|github`, or `      --max-warnings <n>` (long names line up). */
function optionLabel(o: OptionSpec): string {
  const names = `${o.short ? `-${o.short}, ` : '    '}--${o.name}`;
  const value = o.choices ? o.choices.join('|') : o.value;
  return value === undefined ? names : `${names} ${value}`;
}

function optionHelp(o: OptionSpec): string {
  return o.default === undefined ? o.help : `${o.help} (default ${o.default})`;
}

/** Rows of two columns, the second starting at one column for all. */
function columns(rows: readonly (readonly [string, string])[], indent: string): string {
  const width = rows.reduce((w, [left]) => Math.max(w, left.length), 0) + 3;
  return rows.map(([left, right]) => (right ? `${indent}${left.padEnd(width)}${right}` : `${indent}${left}`).trimEnd()).join('\n');
}

function usageLine(spec: CommandSpec): string {
  const options = spec.options.length > 0 ? ' [options]' : '';
  return `landscape ${spec.name}${options}${spec.args ? ` ${spec.args}` : ''}`;
}

const EXIT_CODES = 'Exit codes: 0 no errors, 1 error findings or too many warnings, 2 fatal (core/* error, unreadable file, bad usage).';

/** `landscape <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const rows = [...spec.options, HELP_OPTION].map((o) => [optionLabel(o), optionHelp(o)] as const);
  const sentence = `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`;
  return `Usage: ${usageLine(spec)}\n\n${sentence}\n\nOptions:\n${columns(rows, '  ')}\n\n${spec.exitCodes ?? EXIT_CODES}\n`;
}

/** `landscape --help`: every command with its options. */
export function overviewHelp(title: string, specs: readonly CommandSpec[]): string {
  const rows: (readonly [string, string])[] = [];
  for (const spec of specs) {
    rows.push([usageLine(spec), spec.summary]);
    for (const o of spec.options) rows.push([`    ${optionLabel(o)}`, optionHelp(o)]);
  }
  rows.push(['landscape --help | --version', ''], ['landscape <command> --help', "one command's usage"]);
  return `${title}\n\nUsage:\n${columns(rows, '  ')}\n\n${EXIT_CODES}\n`;
}
