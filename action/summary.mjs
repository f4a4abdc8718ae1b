// The job summary of the GitHub Action: counts by severity and a table of the findings, each
// linked to its file and line at the commit that was linted. Pure: report in, Markdown out.

const SEVERITIES = [
  { key: 'error', label: 'Error', icon: '❌' },
  { key: 'warn', label: 'Warning', icon: '⚠️' },
  { key: 'info', label: 'Info', icon: 'ℹ️' },
];

/** Counts by severity over every entry of a `landscape lint --format json` report. */
export function countFindings(report) {
  const counts = { error: 0, warn: 0, info: 0 };
  for (const r of report?.results ?? []) for (const d of r.diagnostics ?? []) if (d.severity in counts) counts[d.severity]++;
  return counts;
}

/** Text from the YAML goes into a table cell: no line breaks, pipes or HTML. */
function cell(text) {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** `https://github.com/o/r/blob/<sha>/<path>#L3-L5`; paths are relative to the repository root. */
export function blobUrl(github, file, line, endLine) {
  const path = String(file).split(/[\\/]/).map(encodeURIComponent).join('/');
  const lines = line ? `#L${line}${endLine && endLine !== line ? `-L${endLine}` : ''}` : '';
  return `${github.serverUrl}/${github.repository}/blob/${github.sha}/${path}${lines}`;
}

/**
 * @param report  the parsed JSON report, or undefined when the CLI printed none (a fatal run)
 * @param options { github: { serverUrl, repository, sha }, exitCode, entries, stderr, sarifFile, maxRows }
 */
export function summaryMarkdown(report, options) {
  const { github, exitCode, entries = [], stderr = '', sarifFile, maxRows = 200 } = options;
  const counts = countFindings(report);
  const total = counts.error + counts.warn + counts.info;
  const out = ['## Landscape lint', ''];
  const linted = entries.map((e) => `\`${cell(e)}\``).join(', ');
  if (exitCode === 2) out.push(`❌ **Fatal**: the landscape could not be linted completely (exit code 2) — ${linted}.`, '');
  else if (total === 0) out.push(`✅ No findings in ${linted}.`, '');
  else out.push(`${exitCode === 0 ? '✅' : '❌'} ${SEVERITIES.map((s) => `${counts[s.key]} ${s.label.toLowerCase()}${counts[s.key] === 1 ? '' : 's'}`).join(', ')} in ${linted} (exit code ${exitCode}).`, '');
  if (stderr.trim()) out.push('```text', stderr.trim().replace(/```/g, '`\u200b``'), '```', '');
  out.push('| Severity | Findings |', '|---|---:|', ...SEVERITIES.map((s) => `| ${s.icon} ${s.label} | ${counts[s.key]} |`), '');
  const rows = (report?.results ?? []).flatMap((r) => r.diagnostics ?? []);
  if (rows.length) {
    out.push('| Severity | Rule | Finding | Location |', '|---|---|---|---|');
    for (const d of rows.slice(0, maxRows)) {
      const s = SEVERITIES.find((x) => x.key === d.severity) ?? SEVERITIES[2];
      const where = d.file ? `[${cell(d.file)}:${d.line ?? 1}](${blobUrl(github, d.file, d.line, d.endLine)})` : '';
      out.push(`| ${s.icon} ${s.label} | \`${cell(d.rule)}\` | ${cell(d.message)} | ${where} |`);
    }
    if (rows.length > maxRows) out.push('', `… and ${rows.length - maxRows} more: see the annotations${sarifFile ? ` or \`${cell(sarifFile)}\`` : ''}.`);
    out.push('');
  }
  return out.join('\n');
}
