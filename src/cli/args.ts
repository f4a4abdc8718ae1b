/** A small argv parser: long options with values, flags, positionals; usage errors are values, not throws. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: string[], withValue: Set<string>, flags: Set<string>): ParsedArgs | string {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      for (const rest of argv.slice(i + 1)) positionals.push(rest);
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (withValue.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--'))) return `option ${name} needs a value`;
      options.set(name, v);
    } else if (flags.has(name)) {
      if (eq > 0) return `option ${name} takes no value`;
      options.set(name, true);
    } else return `unknown option ${name}`;
  }
  return { positionals, options };
}
