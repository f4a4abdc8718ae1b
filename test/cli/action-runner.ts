/**
 * Runs the steps of a composite action.yml as the GitHub runner does, to test the action here:
 * `${{ }}` expressions in `env` and `run` replaced (inputs with their defaults, earlier steps'
 * outputs), each `run` executed with `bash --noprofile --norc -eo pipefail` in GITHUB_WORKSPACE,
 * GITHUB_ACTION_PATH set, and a fresh GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_PATH file per
 * step (read back after it: outputs for later steps, summaries joined, paths prepended to PATH).
 * A step's `if` (`inputs.x == 'v'`, `!=`) decides whether it runs; a value may join expressions
 * with `||` (the first non-empty). `github.token` is the `GITHUB_TOKEN` of the environment given.
 * Stops at the first failing step, as the runner does. An expression it does not know fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { OFFLINE_NPM_ENV, tempDir } from './pack-helpers';

interface ActionStep {
  id?: string;
  name?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  if?: string;
  'working-directory'?: string;
}
export interface ActionManifest {
  name: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface StepRun {
  id?: string;
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}
export interface ActionRun {
  steps: StepRun[];
  /** The exit code of the step that failed, or 0. */
  code: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  paths: string[];
}

/**
 * The environment of a job on a GitHub-hosted runner, for a checkout at `workspace`: this
 * process's (npm offline, no NODE_OPTIONS of the test runner), the GITHUB_* variables and RUNNER_TEMP.
 */
export function runnerEnv(workspace: string, github: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...OFFLINE_NPM_ENV };
  delete env.NODE_OPTIONS;
  delete env.NODE_PATH;
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/landscape',
    RUNNER_TEMP: tempDir('landscape-gh-runner-temp-'),
    ...github,
  };
}

export function readAction(file: string): ActionManifest {
  return parse(readFileSync(file, 'utf8')) as ActionManifest;
}

/** `name=value` lines and `name<<DELIM … DELIM` blocks, as the runner reads GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${heredoc[2]}`);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = lines[i].indexOf('=');
    if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    else if (lines[i].trim()) throw new Error(`GITHUB_OUTPUT: malformed line ${lines[i]}`);
  }
  return out;
}

export function runAction(actionFile: string, opts: { inputs: Record<string, string>; env: Record<string, string> }): ActionRun {
  const action = readAction(actionFile);
  if (action.runs.using !== 'composite') throw new Error(`not a composite action: ${action.runs.using}`);
  for (const name of Object.keys(opts.inputs)) if (!(name in action.inputs)) throw new Error(`action.yml has no input '${name}'`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = opts.inputs[name] ?? spec.default ?? '';
  const stepOutputs: Record<string, Record<string, string>> = {};
  const workspace = opts.env.GITHUB_WORKSPACE;
  const files = tempDir('landscape-runner-files-');
  const actionPath = path.dirname(path.resolve(actionFile));
  const value = (expr: string): string => {
    let m: RegExpExecArray | null;
    if (expr.includes('||')) return expr.split('||').map((e) => value(e.trim())).find((v) => v !== '') ?? '';
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return inputs[m[1]] ?? '';
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return stepOutputs[m[1]]?.[m[2]] ?? '';
    if (expr === 'github.action_path') return actionPath;
    if (expr === 'github.token') return opts.env.GITHUB_TOKEN ?? '';
    if (expr === 'runner.temp') return opts.env.RUNNER_TEMP;
    throw new Error(`action runner: unsupported expression \${{ ${expr} }}`);
  };
  const evaluate = (text: string): string => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => value(expr));
  // A default may be an expression (`${{ github.token }}`), evaluated as the runner does.
  for (const [name, spec] of Object.entries(action.inputs)) if (opts.inputs[name] === undefined) inputs[name] = evaluate(spec.default ?? '');
  /** A step's condition: `<expression> == 'text'` or `!= 'text'`, with or without `${{ }}`. */
  const condition = (text: string): boolean => {
    const m = /^(?:\$\{\{\s*)?(.+?)\s*(==|!=)\s*'([^']*)'\s*(?:\}\})?$/.exec(text.trim());
    if (!m) throw new Error(`action runner: unsupported condition ${text}`);
    return (value(m[1]) === m[3]) === (m[2] === '==');
  };

  const result: ActionRun = { steps: [], code: 0, outputs: {}, summary: '', stdout: '', paths: [] };
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.uses) throw new Error(`action runner: step ${step.name ?? i} uses 'uses', which this runner does not run`);
    if (step.if !== undefined && !condition(step.if)) continue;
    if (step.shell !== 'bash' || !step.run) throw new Error(`step ${step.name ?? i} must be a bash run step`);
    const stepFile = (kind: string) => {
      const f = path.join(files, `${i}-${kind}`);
      writeFileSync(f, '');
      return f;
    };
    const [outputFile, summaryFile, pathFile] = [stepFile('output'), stepFile('summary'), stepFile('path')];
    const script = path.join(files, `${i}-step.sh`);
    writeFileSync(script, evaluate(step.run));
    const stepEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = evaluate(String(v));
    const env = {
      ...opts.env,
      PATH: [...result.paths, opts.env.PATH].join(path.delimiter),
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_PATH: pathFile,
      ...stepEnv,
    };
    const cwd = step['working-directory'] ? path.resolve(workspace, evaluate(step['working-directory'])) : workspace;
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    if (step.id) stepOutputs[step.id] = outputs;
    const summary = readFileSync(summaryFile, 'utf8');
    result.steps.push({ id: step.id, code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary });
    result.summary += summary;
    result.stdout += r.stdout;
    result.paths.unshift(...readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse());
    if (r.status !== 0) {
      result.code = r.status ?? 1;
      break;
    }
  }
  for (const [name, spec] of Object.entries(action.outputs ?? {})) result.outputs[name] = evaluate(spec.value);
  return result;
}
