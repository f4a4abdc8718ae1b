/**
 * `landscape history --format csv`: one row per commit, oldest first, RFC 4180 (CRLF line
 * ends; a field with a comma, a quote or a line break quoted, its quotes doubled). A commit
 * whose landscape does not parse has empty figure cells, never zeros. A subject or author
 * that starts like a spreadsheet formula (= + - @, tab, CR) gets a leading apostrophe
 * (OWASP's advice against CSV injection): a CIO opens this in a spreadsheet.
 */
import type { History } from '../../core/index';

const HEADER = ['commit', 'date', 'author', 'subject', 'parsed', 'errors', 'warnings', 'infos', 'acrossSpeeds', 'mode1', 'gearbox', 'mode2', 'noMode'];

/** One field as RFC 4180 writes it. */
function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A text from a commit, kept from being read as a formula. */
function text(s: string): string {
  return field(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
}

export function historyCsv(h: History): string {
  const rows = [HEADER.join(',')];
  for (const p of h.points) {
    const f = p.figures;
    const figures = f ? [f.findings.error, f.findings.warn, f.findings.info, f.acrossSpeeds, f.systems.mode1, f.systems.gearbox, f.systems.mode2, f.systems.none].map(String) : Array<string>(8).fill('');
    rows.push([p.commit, p.date, text(p.author), text(p.subject), f ? 'true' : 'false', ...figures].join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
