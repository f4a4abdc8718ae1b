/**
 * The command line read by the option tables (src/cli/commands.ts) through node:util's
 * parseArgs (src/cli/args.ts): every spelling the tables allow, every usage error with its exact
 * words and exit code 2 (SPEC §5.2), and the help text written from the same tables.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { commandHelp, parseCommand } from '../../../src/cli/args';
import { COMMANDS, DIFF_COMMAND, INIT_COMMAND, LINT_COMMAND, LSP_COMMAND, RENDER_COMMAND } from '../../../src/cli/commands';
import type { Io } from '../../../src/cli/io';
import { HELP, main } from '../../../src/cli/main';

/** Runs the CLI in this process (nothing it is given here reaches the file system). */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd: '/nonexistent', isTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), now: () => 0 };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('command line: option tables read by util.parseArgs', () => {
  describe('what lint accepts', () => {
    const cases: [string[], Record<string, string | true>, string[]][] = [
      [['a.yaml'], { format: 'stylish' }, ['a.yaml']],
      [['--format', 'json', 'a.yaml', 'b.yaml'], { format: 'json' }, ['a.yaml', 'b.yaml']],
      [['--format=sarif', 'a.yaml'], { format: 'sarif' }, ['a.yaml']],
      [['-f', 'github', 'a.yaml'], { format: 'github' }, ['a.yaml']],
      [['-fjson', 'a.yaml'], { format: 'json' }, ['a.yaml']],
      [['a.yaml', '--format', 'json', '--format', 'sarif'], { format: 'sarif' }, ['a.yaml']], // the last one counts
      [['-o', 'out.txt', '--max-warnings', '0', '--as-of', '2024-02-29', 'a.yaml'], { format: 'stylish', output: 'out.txt', 'max-warnings': '0', 'as-of': '2024-02-29' }, ['a.yaml']],
      [['--baseline', 'b.json', '--update-baseline', '--allow-outside-root', '--no-color', 'a.yaml'], { format: 'stylish', baseline: 'b.json', 'update-baseline': true, 'allow-outside-root': true, 'no-color': true }, ['a.yaml']],
      [['-o', '-x.txt', 'a.yaml'], { format: 'stylish', output: '-x.txt' }, ['a.yaml']], // a single dash may start a value
      [['--', '--format', '-'], { format: 'stylish' }, ['--format', '-']],
    ];
    for (const [argv, values, positionals] of cases) {
      it(argv.join(' '), () => {
        assert.deepEqual(parseCommand(LINT_COMMAND, argv), { kind: 'run', values, positionals });
      });
    }
  });

  describe('usage errors: one line, exit code 2, where to read the usage', () => {
    const cases: [string[], string][] = [
      [['lint', '--bogus', 'a.yaml'], "landscape lint: unknown option '--bogus'"],
      [['lint', '--as-off', '2026-01-01', 'a.yaml'], "landscape lint: unknown option '--as-off'; did you mean '--as-of'?"],
      [['lint', '--fromat', 'json', 'a.yaml'], "landscape lint: unknown option '--fromat'; did you mean '--format'?"],
      [['lint', '-x', 'a.yaml'], "landscape lint: unknown option '-x'"], // one letter is near every other: no guess
      [['lint', '--format', 'xml', 'a.yaml'], "landscape lint: unknown format 'xml' (use stylish, json, sarif or github)"],
      [['lint', '--format', 'jsn', 'a.yaml'], "landscape lint: unknown format 'jsn' (use stylish, json, sarif or github); did you mean 'json'?"],
      [['lint', 'a.yaml', '--format'], 'landscape lint: option --format needs a value'],
      [['lint', '--format', '--max-warnings', '1', 'a.yaml'], 'landscape lint: option --format needs a value'],
      [['lint', '--no-color=yes', 'a.yaml'], 'landscape lint: option --no-color takes no value'],
      [['lint', '--max-warnings', 'ten', 'a.yaml'], "landscape lint: --max-warnings takes a whole number (0 or more), not 'ten'"],
      [['lint', '--max-warnings', '-1', 'a.yaml'], "landscape lint: --max-warnings takes a whole number (0 or more), not '-1'"],
      [['lint', '--as-of', '2026-02-30', 'a.yaml'], "landscape lint: --as-of takes a date as YYYY-MM-DD, not '2026-02-30'"],
      [['lint', '--update-baseline', 'a.yaml'], 'landscape lint: --update-baseline needs --baseline <file>'],
      [['lint'], 'landscape lint: give at least one entry file, e.g. landscape lint landscape.yaml'],
      [['render', 'a.yaml', '--format', 'png'], "landscape render: unknown format 'png' (use svg, html, mermaid or json); did you mean 'svg'?"],
      [['render', 'a.yaml', 'b.yaml'], 'landscape render: give exactly one entry file'],
      [['render', '--update-baseline', 'a.yaml'], "landscape render: unknown option '--update-baseline'"],
      [['diff', 'a.yaml'], 'landscape diff: give the revision to compare with: --base <git-rev|path>'],
      [['diff', '--base', 'main'], 'landscape diff: give exactly one entry file, e.g. landscape diff landscape.yaml --base main'],
      [['diff', 'a.yaml', '--base', 'main', '--format', 'svg'], "landscape diff: unknown format 'svg' (use text, markdown, json, github, sarif or html)"],
      [['diff', 'a.yaml', '--base', 'main', '--fail-on', 'error'], "landscape diff: unknown fail-on 'error' (use new-error, new-warning or never)"],
      [['history'], 'landscape history: give exactly one entry file, e.g. landscape history landscape.yaml'],
      [['history', 'a.yaml', '--format', 'png'], "landscape history: unknown format 'png' (use json, csv, svg or html); did you mean 'svg'?"],
      [['history', 'a.yaml', '--max-count', 'all'], "landscape history: --max-count takes a whole number (1 or more), not 'all'"],
      [['init', 'a', 'b'], 'landscape init: takes at most one folder'],
      [['init', '--force'], "landscape init: unknown option '--force'"],
      [['lsp'], 'landscape lsp: give one transport: --stdio, --node-ipc or --socket=<port>'],
      [['lsp', '--stdio', '--node-ipc'], 'landscape lsp: give one transport, not --stdio and --node-ipc'],
      [['lsp', '--socket', 'http'], "landscape lsp: --socket takes a port number (1-65535), not 'http'"],
      [['lsp', '--socket=70000'], "landscape lsp: --socket takes a port number (1-65535), not '70000'"],
      [['lsp', '--stdio', 'landscape.yaml'], 'landscape lsp: takes no file: the editor opens them'],
      [['lsp', '--sdtio'], "landscape lsp: unknown option '--sdtio'; did you mean '--stdio'?"],
    ];
    for (const [argv, message] of cases) {
      it(argv.join(' '), async () => {
        const r = await run(argv);
        assert.deepEqual(r, { code: 2, stdout: '', stderr: `${message}\nRun 'landscape ${argv[0]} --help' for usage.\n` });
      });
    }

    it('an unknown command or top-level option: the overview on stderr, with a did-you-mean', async () => {
      assert.deepEqual(await run(['lnt', 'a.yaml']), { code: 2, stdout: '', stderr: `landscape: unknown command 'lnt'; did you mean 'lint'?\n\n${HELP}` });
      assert.deepEqual(await run(['--verison']), { code: 2, stdout: '', stderr: `landscape: unknown option '--verison'; did you mean '--version'?\n\n${HELP}` });
      assert.deepEqual(await run(['frobnicate']), { code: 2, stdout: '', stderr: `landscape: unknown command 'frobnicate'\n\n${HELP}` });
      assert.deepEqual(await run([]), { code: 2, stdout: '', stderr: HELP });
    });
  });

  describe('help, written from the tables', () => {
    it('landscape lint --help', async () => {
      const expected = `Usage: landscape lint [options] <entry.yaml>...

Lint the landscapes and report their findings.

Options:
  -f, --format stylish|json|sarif|github   output format (default stylish)
      --max-warnings <n>                   exit 1 when there are more warnings than n
      --as-of <YYYY-MM-DD>                 "today" for date-based rules (overrides metadata.asOf)
      --baseline <file>                    report only findings not recorded in the baseline
      --update-baseline                    record the current findings in the baseline file
      --allow-outside-root                 allow imports outside the entry file's folder
  -o, --output <file>                      write the report to a file instead of stdout
      --no-color                           no colour, even on a terminal (as NO_COLOR=1 does)
  -h, --help                               show this help

Exit codes: 0 no errors, 1 error findings or too many warnings, 2 fatal (core/* error, unreadable file, bad usage).
`;
      assert.deepEqual(await run(['lint', '--help']), { code: 0, stdout: expected, stderr: '' });
      // -h, `help lint`, and --help beside a mistake give the same.
      for (const argv of [['lint', '-h'], ['help', 'lint'], ['lint', '--bogus', '--help', 'a.yaml']]) assert.deepEqual(await run(argv), { code: 0, stdout: expected, stderr: '' }, argv.join(' '));
    });

    it('landscape render --help and landscape init --help', async () => {
      assert.deepEqual(await run(['render', '--help']), { code: 0, stderr: '', stdout: `Usage: landscape render [options] <entry.yaml>

Draw the landscape's diagram, the picture the editor shows.

Options:
  -f, --format svg|html|mermaid|json   picture format (default svg)
  -o, --output <file>                  write the picture to a file instead of stdout
      --view <name>                    draw a saved view of the landscape (its views: section)
      --group-by domain|owner|none     collapse each lane's systems into groups by domain or owner, or draw every system (default: by domain above 300 systems; a view's grouping)
      --focus <id>                     draw only this system and its neighbours, highlighted by distance
      --depth <n>                      with a focus: neighbours up to n edges away (1-3, default 1)
      --direction up|down|both         with a focus: up (what it depends on), down (its consumers) or both (default both)
      --measures                       also print how readable the layout is to stderr: edge crossings, shared tracks, label overlaps, edges outside their gap
      --as-of <YYYY-MM-DD>             "today" for date-based rules (overrides metadata.asOf)
      --allow-outside-root             allow imports outside the entry file's folder
  -h, --help                           show this help

Exit codes: 0 no errors, 1 error findings or too many warnings, 2 fatal (core/* error, unreadable file, bad usage).
` });
      assert.equal((await run(['init', '--help'])).stdout, commandHelp(INIT_COMMAND));
      assert.match(commandHelp(INIT_COMMAND), /^Usage: landscape init \[<dir>\]\n/);
    });

    it('landscape diff --help: its own exit codes and every format', async () => {
      assert.deepEqual(await run(['diff', '--help']), { code: 0, stderr: '', stdout: `Usage: landscape diff [options] <entry.yaml>

What a change does to the landscape: entities, dependencies, new and fixed findings.

Options:
      --base <git-rev|path>                           the revision (or the entry file of a copy) to compare with (required)
      --head <git-rev|path>                           the changed revision (default the working tree)
  -f, --format text|markdown|json|github|sarif|html   report format (default text)
  -o, --output <file>                                 write the report to a file instead of stdout
      --fail-on new-error|new-warning|never           exit 1 when the change adds findings this severe (default new-error)
      --as-of <YYYY-MM-DD>                            "today" for date-based rules (overrides metadata.asOf)
      --allow-outside-root                            allow imports outside the entry file's folder
  -h, --help                                          show this help

Exit codes: 0 the change adds no finding at --fail-on or above, 1 it does, 2 fatal (head does not parse, unknown revision, bad usage).
` });
    });

    it('landscape import backstage --help, import csv --help, and their usage errors', async () => {
      assert.deepEqual(await run(['import', 'backstage', '--help']), { code: 0, stderr: '', stdout: `Usage: landscape import backstage [options] <file | dir | glob>...

Make a landscape.yaml from a Backstage catalog (Locations followed; docs/interop.md).

Options:
  -o, --output <file>                      write the landscape to a file instead of stdout
      --default-mode mode1|gearbox|mode2   mode of systems without a landscape.dev/mode label (default mode2)
      --granularity component|system       what becomes a system: each Component, or each System with its Components (default component)
      --url-map <url-prefix>=<dir>         read Location targets under the URL prefix from a local folder (URLs are never fetched)
  -h, --help                               show this help

Exit codes: 0 written, 1 written but some entities were not imported (each on stderr and as a comment), 2 nothing written (unreadable input, bad usage).
` });
      assert.deepEqual(await run(['import', 'csv', '--help']), { code: 0, stderr: '', stdout: `Usage: landscape import csv [options] <file.csv>

Make a landscape.yaml from a CSV inventory and a mapping file (docs/interop.md).

Options:
      --map <mapping.yaml>   which column is which field, value maps, separators (required)
  -o, --output <file>        write the landscape to a file instead of stdout
  -h, --help                 show this help

Exit codes: 0 written, 1 written but some entities were not imported (each on stderr and as a comment), 2 nothing written (unreadable input, bad usage).
` });
      const usage: [string[], string][] = [
        [['import', 'backstage', 'x', '--default-mode', 'mode3'], "landscape import backstage: unknown default-mode 'mode3' (use mode1, gearbox or mode2); did you mean 'mode1'?\nRun 'landscape import backstage --help' for usage.\n"],
        [['import', 'backstage', 'x', '--url-map', 'github.com/x=y'], "landscape import backstage: --url-map takes <url-prefix>=<dir>, e.g. https://github.com/acme/catalog/blob/main/=./catalog, not 'github.com/x=y'\nRun 'landscape import backstage --help' for usage.\n"],
        [['import', 'csv', 'a.csv', 'b.csv', '--map', 'm'], "landscape import csv: give exactly one CSV file, e.g. landscape import csv inventory.csv --map mapping.yaml\nRun 'landscape import csv --help' for usage.\n"],
      ];
      for (const [argv, stderr] of usage) assert.deepEqual(await run(argv), { code: 2, stdout: '', stderr });
    });

    it('landscape export --help, and its usage errors', async () => {
      assert.deepEqual(await run(['export', '--help']), { code: 0, stderr: '', stdout: `Usage: landscape export [options] <format> <entry.yaml>

Write the landscape as another tool's file; <format>: backstage|likec4|structurizr|plantuml|drawio (docs/interop.md).

Options:
  -o, --output <file | dir/>   write to a file, or into a folder (backstage: one file per entity); default stdout
      --as-of <YYYY-MM-DD>     "today" for date-based rules (overrides metadata.asOf)
      --allow-outside-root     allow imports outside the entry file's folder
  -h, --help                   show this help

Exit codes: 0 written, 2 nothing written (a core/* error in the landscape, an unreadable file, bad usage).
` });
      const usage: [string[], string][] = [
        [['export', 'likec4', 'a.yaml', 'b.yaml'], 'landscape export: give a format and one entry file, e.g. landscape export likec4 landscape.yaml'],
        [['export', 'likec4', 'a.yaml', '--as-of', '2026-13-01'], "landscape export: --as-of takes a date as YYYY-MM-DD, not '2026-13-01'"],
        [['export', 'likec4', 'a.yaml', '--format', 'c4'], "landscape export: unknown option '--format'"],
      ];
      for (const [argv, message] of usage) assert.deepEqual(await run(argv), { code: 2, stdout: '', stderr: `${message}\nRun 'landscape export --help' for usage.\n` });
    });

    it('landscape history --help', async () => {
      assert.deepEqual(await run(['history', '--help']), { code: 0, stderr: '', stdout: `Usage: landscape history [options] <entry.yaml>

The landscape over its git history: findings, dependencies across speeds, systems per mode at each commit that changed it.

Options:
      --since <date|rev>           only commits from this day (YYYY-MM-DD) on, or after this revision
      --max-count <n>              the newest n commits that changed the landscape (default 100)
  -f, --format json|csv|svg|html   output: the figures (json, csv) or a chart (svg, html) (default json)
  -o, --output <file>              write to a file instead of stdout
      --as-of <YYYY-MM-DD>         "today" for date-based rules (overrides metadata.asOf)
      --allow-outside-root         allow imports outside the entry file's folder
  -h, --help                       show this help

Exit codes: 0 written (a commit that does not parse is a gap in the figures), 2 fatal (not in a git repository, bad usage).
` });
    });

    it('landscape lsp --help', async () => {
      const expected = `Usage: landscape lsp [options]

Run the language server for editors (LSP 3.17) over one transport.

Options:
      --stdio                   speak LSP over standard input and output
      --node-ipc                speak LSP over Node's IPC channel (a Node parent process)
      --socket <port>           connect to the editor on 127.0.0.1:<port>
      --clientProcessId <pid>   end when the editor's process ends (editors pass it)
  -h, --help                    show this help

Exit codes: 0 no errors, 1 error findings or too many warnings, 2 fatal (core/* error, unreadable file, bad usage).
`;
      assert.deepEqual(await run(['lsp', '--help']), { code: 0, stdout: expected, stderr: '' });
    });

    it("the README's usage block is landscape --help's", () => {
      const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
      const block = /```\n(landscape lint [^`]*?)\n```/.exec(readme)?.[1];
      const usage = HELP.slice(HELP.indexOf('Usage:\n') + 'Usage:\n'.length, HELP.indexOf('\n\nExit codes'));
      assert.equal(block, usage.split('\n').map((line) => line.slice(2)).join('\n'));
    });

    it('landscape --help lists every command and every option of its table, and each option it lists is accepted', async () => {
      const r = await run(['--help']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, HELP);
      assert.match(HELP, /^ {2}landscape lint \[options\] <entry\.yaml>\.\.\. +lint the landscapes/m);
      assert.match(HELP, /^ {2}landscape render \[options\] <entry\.yaml> +draw the landscape's diagram/m);
      assert.match(HELP, /^ {2}landscape init \[<dir>\] +write a commented starter landscape\.yaml/m);
      for (const spec of COMMANDS) {
        // The help's lines for this command: from its usage line to the next command's.
        const start = HELP.indexOf(`  landscape ${spec.name} `);
        const next = COMMANDS[COMMANDS.indexOf(spec) + 1];
        const block = HELP.slice(start, next ? HELP.indexOf(`  landscape ${next.name} `) : HELP.indexOf('  landscape --help'));
        const listed = [...block.matchAll(/--([A-Za-z-]+)/g)].map((m) => m[1]);
        assert.deepEqual(listed, spec.options.map((o) => o.name), spec.name);
        for (const name of listed) {
          const o = spec.options.find((x) => x.name === name)!;
          const value = 'choices' in o && o.choices ? o.choices[0] : 'value' in o && o.value ? (name === 'as-of' ? '2026-01-01' : name === 'max-warnings' || name === 'max-count' || name === 'depth' ? '3' : name === 'socket' ? '5007' : name === 'clientProcessId' ? '4242' : name === 'url-map' ? 'https://x.org/=y' : 'x') : undefined;
          const argv = [`--${name}`, ...(value === undefined ? [] : [value]), ...Array<string>(spec.positionals.min).fill('a.yaml')];
          assert.equal(parseCommand(spec, argv).kind, 'run', `${spec.name} ${argv.join(' ')}`);
        }
      }
      assert.deepEqual(COMMANDS.map((c) => c.name), ['lint', 'render', 'impact', 'diff', 'history', 'init', 'lsp', 'import backstage', 'import csv', 'export']);
      assert.deepEqual([LINT_COMMAND, RENDER_COMMAND, DIFF_COMMAND, INIT_COMMAND, LSP_COMMAND].map((c) => c.name), ['lint', 'render', 'diff', 'init', 'lsp']);
    });
  });
});
