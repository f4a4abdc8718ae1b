/**
 * A rule's documentation as Markdown, built from its metadata (offline): the VS Code extension
 * shows it in the Markdown preview, the server answers `landscape/ruleDocs` with it.
 */
import { ALL_RULES, RULES_BY_ID } from '../core/index';

export function ruleMarkdown(rule: string): string {
  const r = RULES_BY_ID.get(rule);
  if (!r) {
    return `# ${rule}\n\nA core diagnostic of the landscape linter: a problem with the files themselves, reported before any rule runs; it cannot be configured or suppressed. *Landscape: Show format reference* lists them all (section "Core diagnostics").\n`;
  }
  const m = r.meta;
  const opts = Object.entries(m.defaultOptions).map(([k, v]) => `- \`${k}\`: ${JSON.stringify(v)}`).join('\n');
  return `# ${m.id}\n\n**Category:** ${m.category} · **default:** \`${m.defaultSeverity}\`\n\n${m.description}\n\n## Why\n\n${m.rationale}\n\n${opts ? `## Options\n\n${opts}\n\n` : ''}## Details\n\n${m.docs}\n`;
}

/** Every rule with its one-line description (a picker lists them). */
export function ruleSummaries(): { id: string; description: string }[] {
  return ALL_RULES.map((r) => ({ id: r.meta.id, description: r.meta.description }));
}
