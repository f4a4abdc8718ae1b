/**
 * What each lint did, told to the client as it happens (`landscape/lintStatus`): a lint began,
 * a lint was published (the landscape's title, its findings by severity, how long it took, the
 * configuration it ran with), a landscape went away. The VS Code extension shows it in its
 * status bar item and writes it to its log; the server counts nothing twice for it (the
 * summary reads the published lint).
 */
import { asMap, asScalar, getValue, type LintResult } from '../core/index';
import type { Uris } from '../language-service/index';
import type { Lint } from './lint-workspace';
import type { LintStatus, LintSummary } from './protocol';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function titleOf(result: LintResult): string {
  const metadata = asMap(result.landscape.files[0]?.metadata);
  const text = (key: string): string | undefined => asScalar(getValue(metadata, key))?.text.trim() || undefined;
  return text('title') ?? text('name') ?? result.entry.slice(result.entry.lastIndexOf('/') + 1);
}

/** The configuration in words: "extends recommended · 24 rules on (3 error, 18 warn, 3 info) · 1 override · 2 rules from settings". */
function configInWords(result: LintResult): string {
  const lint = asMap(result.landscape.files[0]?.lint);
  const ext = getValue(lint, 'extends');
  const extendsText = asScalar(ext)?.text ?? (ext ? 'a list of rulesets' : 'recommended (default)');
  const on = { error: 0, warn: 0, info: 0 };
  for (const s of result.config.base.values()) if (s.severity !== 'off') on[s.severity]++;
  const parts = [`extends ${extendsText}`, `${plural(on.error + on.warn + on.info, 'rule')} on (${on.error} error, ${on.warn} warn, ${on.info} info)`];
  if (result.config.overrides.length) parts.push(plural(result.config.overrides.length, 'override'));
  if (result.config.settings?.size) parts.push(`${plural(result.config.settings.size, 'rule')} from the landscape.rules setting`);
  return parts.join(' · ');
}

/** Tells the client each lint's start and outcome (only a client that asked: `InitializationOptions.lintStatus`). */
export class LintStatusReporter {
  /** Each landscape's files as last told, so that a summary carries them only when they changed. */
  private readonly files = new Map<string, string>();

  constructor(private readonly send: (status: LintStatus) => void, private readonly uris: Uris) {}

  started(entry: string): void {
    this.send({ entry: this.uris.uriOf(entry), state: 'linting' });
  }

  failed(entry: string): void {
    this.send({ entry: this.uris.uriOf(entry), state: 'failed' });
  }

  /** `lint` undefined: the landscape is gone. */
  didLint(entry: string, lint: Lint | undefined, ms: number): void {
    if (!lint) {
      this.files.delete(entry);
      this.send({ entry: this.uris.uriOf(entry), state: 'removed' });
    } else this.send({ entry: this.uris.uriOf(entry), state: 'linted', summary: this.summaryOf(lint.result, ms) });
  }

  private summaryOf(result: LintResult, ms: number): LintSummary {
    const counts = { error: 0, warn: 0, info: 0 };
    for (const f of result.findings) counts[f.severity]++;
    const files = result.files.map((f) => this.uris.uriOf(f.path));
    const key = files.join('\n');
    const changed = this.files.get(result.entry) !== key;
    this.files.set(result.entry, key);
    return { title: titleOf(result), ...(changed ? { files } : {}), errors: counts.error, warnings: counts.warn, infos: counts.info, ms: Math.round(ms), config: configInWords(result) };
  }
}
