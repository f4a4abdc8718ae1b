/**
 * YAML syntax errors in plain words. The parser (js-yaml) names what its grammar expected
 * ("bad indentation of a mapping entry", "end of the stream or a document separator is
 * expected") where it gave up, which is often a line after the mistake. Here the common
 * mistakes are recognised from the parser's reason, the quote or bracket still open
 * (vendor/yaml-events.js records them), and the lines around the error; the finding then
 * says what is wrong and what to do, placed on the text to change. Reasons not recognised
 * keep the parser's words. Runs once per failed parse, so it may read the whole text.
 */
import type { Span } from './yaml-tree';

export interface ParserError {
  /** The parser's reason, e.g. "bad indentation of a mapping entry". */
  reason: string;
  /** Where the parser stopped. */
  position: number;
  /** Where the quoted scalar still open at the error began (its quote), or -1. */
  openQuote: number;
  /** Where the innermost flow collection still open at the error began (its bracket), or -1. */
  openFlow: number;
}

export interface Explained {
  message: string;
  span: Span;
}

/** The plain-words message and the text it is about. */
export function explainSyntaxError(text: string, e: ParserError): Explained {
  const pos = Math.max(0, Math.min(e.position, text.length));
  const reason = e.reason;
  const line = lineAt(text, pos);

  if (/^tab characters/.test(reason) || /\t/.test(text.slice(line.start, line.contentStart))) return tabIndent(text, line, pos);
  const inQuote = quoteProblem(text, e, line, pos);
  if (inQuote) return inQuote;
  const inFlow = flowProblem(text, e, line, pos);
  if (inFlow) return inFlow;
  const other = otherProblem(text, reason, pos);
  if (other) return other;
  if (STRUCTURE.test(reason)) {
    const structure = structureProblem(text, reason, line, pos);
    if (structure) return structure;
  }
  return { message: `YAML syntax error: ${reason}.`, span: tokenAt(text, pos) };
}

/** The reasons js-yaml gives when a line does not fit the structure above it. */
const STRUCTURE = /^(bad indentation of a (mapping|sequence) entry|end of the stream or a document separator is expected|can not read a block mapping entry|expected ':' after a mapping key)/;

function tabIndent(text: string, line: Line, pos: number): Explained {
  const span = line.contentStart > line.start ? { start: line.start, end: line.contentStart } : { start: pos, end: Math.min(text.length, pos + 1) };
  return { message: 'Tab in the indentation: YAML indents with spaces only. Replace the tab with spaces.', span };
}

function quoteProblem(text: string, e: ParserError, line: Line, pos: number): Explained | undefined {
  if (e.openQuote < 0) return undefined;
  const q = text[e.openQuote];
  if (e.reason === 'unknown escape sequence') {
    const escape = text.slice(pos - 1, pos + 1);
    return { message: `'${escape}' is not an escape YAML knows: inside double quotes write \\\\ for a backslash, or use single quotes, where a backslash is an ordinary character.`, span: { start: pos - 1, end: Math.min(text.length, pos + 1) } };
  }
  if (e.reason === 'expected hexadecimal character') {
    const start = Math.max(e.openQuote, text.lastIndexOf('\\', pos));
    return { message: `'${text.slice(start, pos + 1)}' is not a complete escape: \\x, \\u and \\U take 2, 4 and 8 hex digits. Write \\\\ for a backslash.`, span: { start, end: Math.min(text.length, pos + 1) } };
  }
  if (e.reason === 'expected valid JSON character') {
    return { message: `A control character (${codePoint(text, pos)}) is not allowed inside quotes: remove it, or write it as an escape such as \\t inside double quotes.`, span: { start: pos, end: Math.min(text.length, pos + 1) } };
  }
  if (!/quoted scalar|^deficient indentation/.test(e.reason)) return undefined;
  const opened = lineAt(text, e.openQuote);
  if (/end of the document/.test(e.reason) || (line.number > opened.number && /^(---|\.\.\.)(\s|$)/.test(text.slice(line.start, line.end)))) {
    return {
      message: `A line '${text.slice(line.contentStart, line.contentStart + 3)}' inside the quoted value that starts on line ${opened.number} ends the YAML document: indent that line, or close the quote before it.`,
      span: { start: line.contentStart, end: line.contentStart + 3 },
    };
  }
  // Closed further on, but a line in between is less indented than the value may be.
  if (e.reason === 'deficient indentation' && line.number > opened.number && text.slice(line.contentStart, line.end).includes(q)) {
    return {
      message: `This line continues the quoted value that starts on line ${opened.number}, but is indented less than the value's key: indent the value's lines further, or keep the value on one line.`,
      span: trimmedLine(text, line),
    };
  }
  return {
    message: `The quoted value that starts here is never closed: add the closing ${q} at its end.`,
    span: { start: e.openQuote, end: Math.max(e.openQuote + 1, trimmedEnd(text, e.openQuote, opened.end)) },
  };
}

function flowProblem(text: string, e: ParserError, line: Line, pos: number): Explained | undefined {
  if (e.openFlow < 0) return undefined;
  const open = text[e.openFlow];
  const close = open === '[' ? ']' : '}';
  const what = open === '[' ? `[ ] list` : `{ } mapping`;
  const found = text[pos];
  if ((found === ']' || found === '}') && found !== close) {
    return { message: `This '${found}' does not match the '${open}' on line ${lineAt(text, e.openFlow).number}: close the ${what} with '${close}' first.`, span: { start: pos, end: pos + 1 } };
  }
  if (e.reason === 'missed comma between flow collection entries') {
    return { message: `Missing ',' between two entries of this ${what}: separate its entries with commas (a value that contains ': ' must be quoted).`, span: tokenAt(text, pos) };
  }
  if (e.reason === "expected the node content, but found ','") {
    return { message: `An empty entry in this ${what}: remove the extra ','.`, span: { start: pos, end: Math.min(text.length, pos + 1) } };
  }
  if (!/within a flow collection|^deficient indentation/.test(e.reason)) return undefined;
  const opened = lineAt(text, e.openFlow);
  if (e.reason === 'deficient indentation' && line.number > opened.number && text.slice(line.contentStart, line.end).includes(close)) {
    return {
      message: `This line continues the ${what} that starts on line ${opened.number}, but is indented less than its key: indent the ${what}'s lines further, or keep it on one line.`,
      span: trimmedLine(text, line),
    };
  }
  return {
    message: `This '${open}' is never closed: add the closing '${close}' after the last entry of the ${what}.`,
    span: { start: e.openFlow, end: Math.max(e.openFlow + 1, trimmedEnd(text, e.openFlow, opened.end)) },
  };
}

/** Errors the reason alone explains (block scalar headers, aliases, tags, control characters). */
function otherProblem(text: string, reason: string, pos: number): Explained | undefined {
  const here = tokenAt(text, pos);
  if (reason.startsWith('a whitespace character is expected after the key-value separator')) {
    return { message: "Put a space after the ':' that ends a key: YAML separates a key from its value with ': '.", span: { start: Math.max(0, pos - 1), end: pos } };
  }
  if (reason === 'a line break is expected' || /chomping mode|indentation width/.test(reason)) {
    return { message: "After '|' or '>' only '-', '+', an indentation digit or a comment may follow on the same line: start the text on the next line, indented further than its key.", span: here };
  }
  if (reason === 'directives end mark is expected') {
    return { message: "After a '%' directive the document must start with a line '---': add it before this line, or remove the directive.", span: here };
  }
  if (reason.startsWith('name of an alias node')) {
    return { message: "'*' starts an alias, which needs the name of an anchor (*name): to write a value that starts with '*', put it in quotes.", span: { start: Math.max(0, pos - 1), end: pos } };
  }
  if (reason.startsWith('name of an anchor node')) {
    return { message: "'&' starts an anchor, which needs a name (&name): to write a value that starts with '&', put it in quotes.", span: { start: Math.max(0, pos - 1), end: pos } };
  }
  const tag = /^undeclared tag handle "(.*)"$/.exec(reason);
  if (tag) {
    const start = Math.max(0, text.lastIndexOf(tag[1], pos));
    return { message: `A value that starts with '!' is read as a tag, and '${tag[1]}' is none YAML knows: put the value in quotes.`, span: tokenAt(text, start) };
  }
  if (reason === 'the stream contains non-printable characters') {
    const at = text.search(NON_PRINTABLE);
    const start = at >= 0 ? at : pos;
    return { message: `The file contains a control character YAML does not allow (${codePoint(text, start)}): remove it.`, span: { start, end: Math.min(text.length, start + 1) } };
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex -- it finds the control characters YAML forbids
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/**
 * A line that does not fit the structure above it. Where the parser stopped tells the case:
 * at a ':' further along the line, the line was read as the continuation of a value above it
 * (over-indented, or the line above lacks its ':'); at the start of the line, the line lines
 * up with no open block (under-indented, or a list entry under no key).
 */
function structureProblem(text: string, reason: string, line: Line, pos: number): Explained | undefined {
  const ch = text[pos];
  if (ch === '@' || ch === '`') {
    const value = valueText(text, pos, line.end);
    return { message: `A value cannot start with '${ch}': YAML reserves it. Put the value in quotes: ${quoted(value)}.`, span: { start: pos, end: pos + value.length } };
  }
  if (ch === ']' || ch === '}') {
    const open = ch === ']' ? '[' : '{';
    return { message: `This '${ch}' closes nothing: no '${open}' is open here. Remove it, or add the missing '${open}'.`, span: { start: pos, end: pos + 1 } };
  }
  // `{ id: a, type: execu}tive, … }`: a flow collection closed early, and the line goes on.
  const early = closedEarly(text.slice(line.contentStart, pos));
  if (early >= 0) {
    const closer = line.contentStart + early;
    const what = text[closer] === ']' ? '[ ] list' : '{ } mapping';
    return {
      message: `This '${text[closer]}' ends the ${what}, but the line goes on after it: remove this '${text[closer]}' if the ${what} continues, or move what follows to a line of its own.`,
      span: { start: closer, end: closer + 1 },
    };
  }
  if (pos === line.contentStart && ch === ':') {
    return { message: "This line starts with ':': write the key before its ':' (key: value), on one line.", span: { start: pos, end: pos + 1 } };
  }
  if (reason.startsWith("expected ':'")) return noColon(text, line);
  if (/^---\s/.test(text.slice(line.start, line.end)) && pos > line.start + 3) {
    const rest = valueText(text, skipSpaces(text, line.start + 3), line.end);
    return { message: `A mapping cannot start on the '---' line: put '${rest}' on the next line.`, span: { start: line.start, end: line.start + 3 } };
  }
  if (ch === ':') return continuationProblem(text, line, pos);
  const key = keyOf(text, line);
  if (ch === '-' && key && pos > line.start + key.column + key.length) {
    return {
      message: `A list cannot start on the line of its key: put '${valueText(text, pos, line.end)}' on the next line, indented further than '${key.key}'.`,
      span: { start: pos, end: trimmedEnd(text, pos, line.end) },
    };
  }
  if (pos === line.contentStart) return indentationProblem(text, line);
  if (reason.startsWith('end of the stream')) {
    const token = tokenAt(text, pos);
    return { message: `'${text.slice(token.start, token.end)}' does not continue the structure above it: check the indentation of this line and that the line before it is complete.`, span: token };
  }
  return undefined;
}

/**
 * Where the flow collections the text opens are all closed again, the last closing bracket
 * (the text after it is what the parser could not place), else -1.
 */
function closedEarly(before: string): number {
  let opens = 0, closes = 0, last = -1;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '[' || c === '{') opens++;
    else if (c === ']' || c === '}') {
      closes++;
      last = i;
    }
  }
  return opens > 0 && opens === closes ? last : -1;
}

/** The parser read this line's key as part of a value above it and then met the key's ':'. */
function continuationProblem(text: string, line: Line, pos: number): Explained | undefined {
  const before = text.slice(line.contentStart, pos);
  // `name: Foo: Bar`: a second ': ' on a line that already has its key.
  const sep = /:(?=\s)/.exec(before);
  if (sep) {
    const valueStart = skipSpaces(text, line.contentStart + sep.index + 1);
    const value = valueText(text, valueStart, line.end);
    const key = before.slice(0, sep.index).replace(/^(-\s+)+/, '');
    return {
      message: `A value that contains ': ' must be quoted, or YAML reads a second key: write ${key}: ${quoted(value)}.`,
      span: { start: valueStart, end: valueStart + value.length },
    };
  }
  const above = contentLineBefore(text, line);
  if (!above) return undefined;
  const tight = /(^|[\s{[,])(-\s+)*([\w.-]+):([^\s/:][^\s,\]}]*)/.exec(head(text, above));
  if (tight && keyOf(text, above) === undefined) {
    const start = above.contentStart + tight.index + tight[1].length + (tight[2]?.length ?? 0);
    const token = `${tight[3]}:${tight[4]}`;
    return {
      message: `Missing space after ':': write '${tight[3]}: ${tight[4]}'. Without the space YAML reads '${token}' as one text, not as a key and its value.`,
      span: { start, end: start + token.length },
    };
  }
  // The lines above without a key of their own, up to the nearest line with one (`owner`).
  // One at or left of that key's column cannot continue its value: it is a key without ':'.
  // Lines further right continue the key's value (a value wrapped over lines).
  const run: Line[] = [];
  let owner: Line | undefined = above;
  while (owner && !keyOf(text, owner) && run.length < MAX_LINES_UP) {
    run.push(owner);
    owner = contentLineBefore(text, owner);
  }
  const ownerKey = owner && keyOf(text, owner);
  const column = ownerKey ? ownerKey.column : -1;
  for (let i = run.length - 1; i >= 0; i--) {
    if (run[i].indent <= column || !ownerKey) return noColon(text, run[i]);
  }
  if (!owner || !ownerKey) return undefined;
  const k = ownerKey;
  if (/^-[^\s-]/.test(k.key)) return missingSpaceAfterDash(text, owner);
  if (line.indent <= k.column) return undefined;
  const wrapped = run.length ? ' (if it is meant to continue that value, put the whole value in quotes)' : '';
  return {
    message: `This line is indented more than '${k.key}' on line ${owner.number}, so YAML reads it as part of the value of '${k.key}'. Indent it ${spaces(k.column)} to line up with '${k.key}'${wrapped}.`,
    span: keySpan(text, line, pos),
  };
}

/** The line starts at a column where no open block is: say which columns would fit. */
function indentationProblem(text: string, line: Line): Explained | undefined {
  const isEntry = /^-(\s|$)/.test(text.slice(line.contentStart, line.end));
  // `-id: a` above at the same column: a key '-id', not a list entry.
  for (let l = contentLineBefore(text, line); l && l.indent >= line.indent; l = contentLineBefore(text, l)) {
    if (l.indent === line.indent && /^-[^\s-]/.test(text.slice(l.contentStart, l.end))) return missingSpaceAfterDash(text, l);
  }
  const fits: { column: number; what: string }[] = [];
  let limit = Infinity;
  for (let l = contentLineBefore(text, line); l; l = contentLineBefore(text, l)) {
    if (l.indent >= limit) continue;
    limit = l.indent;
    const k = keyOf(text, l);
    const dash = /^-(\s|$)/.test(text.slice(l.contentStart, l.end));
    if (isEntry && dash) fits.push({ column: l.indent, what: `the entry on line ${l.number}` });
    if (!isEntry && k) fits.push({ column: k.column, what: `'${k.key}' on line ${l.number}` });
    if (l.indent === 0) break;
  }
  const options = fits.filter((f, i) => f.column !== line.indent && fits.findIndex((g) => g.column === f.column) === i).slice(0, 2);
  const span = keySpan(text, line, line.end);
  if (isEntry && !options.length) {
    return { message: "This list entry belongs to no list: put it under the key that holds the list (the key alone on a line, ending with ':'), indented further than that key.", span };
  }
  if (!options.length) {
    // Nothing to line up with: the line above at this column or left of it is no `key: value`.
    const above = contentLineBefore(text, line);
    if (above && above.indent <= line.indent && !keyOf(text, above) && !/^-(\s|$)/.test(text.slice(above.contentStart, above.end))) return noColon(text, above);
    return undefined;
  }
  const how = options.map((o) => `${spaces(o.column)} to line up with ${o.what}`).join(', or ');
  const what = isEntry ? 'list entry' : 'line';
  return { message: `This ${what} is indented ${spaces(line.indent)}, which lines up with no ${isEntry ? 'list' : 'key'} above it: indent it ${how}.`, span };
}

function noColon(text: string, line: Line): Explained {
  return { message: "This line has no ':' after its key: write it as 'key: value' (or start it with '#' if it is a comment).", span: trimmedLine(text, line) };
}

/** `-id: a`: a key '-id', where a list entry `- id: a` was meant. */
function missingSpaceAfterDash(text: string, l: Line): Explained {
  return {
    message: `Missing space after '-' on line ${l.number}: a list entry starts with '- ' (write '- ${valueText(text, l.contentStart + 1, l.end)}').`,
    span: tokenAt(text, l.contentStart),
  };
}

/** How many lines without a key of their own the continuation analysis walks up (a value wrapped over lines). */
const MAX_LINES_UP = 10_000;

interface Line {
  /** 1-based. */
  number: number;
  start: number;
  /** Before the line break. */
  end: number;
  /** First character that is not a space or tab (end for a blank line). */
  contentStart: number;
  /** Leading spaces and tabs. */
  indent: number;
}

function lineAt(text: string, pos: number): Line {
  const start = lineStart(text, pos);
  let number = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) number++;
  if (!text.includes('\n')) for (let i = text.indexOf('\r'); i >= 0 && i < start; i = text.indexOf('\r', i + 1)) number++;
  return lineFrom(text, start, number);
}

/**
 * Start of the line holding `pos`: a scan back to the previous line break (lastIndexOf of
 * one of '\n' and '\r' would run to the top of a file without the other, for every line).
 */
function lineStart(text: string, pos: number): number {
  let i = Math.min(pos, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineFrom(text: string, start: number, number: number): Line {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let contentStart = start;
  while (contentStart < end && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
  return { number, start, end, contentStart, indent: contentStart - start };
}

/** The nearest line above that holds something (not blank, not only a comment). */
function contentLineBefore(text: string, line: Line): Line | undefined {
  let start = line.start;
  let number = line.number;
  while (start > 0) {
    let prevEnd = start - 1;
    if (text[prevEnd] === '\n' && text[prevEnd - 1] === '\r') prevEnd--;
    const prevStart = lineStart(text, prevEnd);
    number--;
    const l = lineFrom(text, prevStart, number);
    if (l.contentStart < l.end && text[l.contentStart] !== '#') return l;
    start = prevStart;
  }
  return undefined;
}

/** Keys are short: the patterns that look for one read this much of a line (no quadratic backtracking on a 1 MB line). */
const MAX_KEY_SCAN = 500;

function head(text: string, line: Line): string {
  return text.slice(line.contentStart, Math.min(line.end, line.contentStart + MAX_KEY_SCAN));
}

/** The line's key (`key:` or `- key:`), the column it starts at and its length as written. */
function keyOf(text: string, line: Line): { key: string; column: number; length: number } | undefined {
  const m = /^((?:-\s+)*)("[^"]*"|'[^']*'|[^\s#'"{[\-:][^#]*?|-[^\s#:][^#]*?)\s*:(\s|$)/.exec(head(text, line));
  if (!m) return undefined;
  return { key: m[2].replace(/^["']|["']$/g, ''), column: line.indent + m[1].length, length: m[2].length };
}

/** The line's start up to the end of its key (`owner`, `- id`), else its text up to `until`. */
function keySpan(text: string, line: Line, until: number): Span {
  const k = keyOf(text, line);
  if (k) return { start: line.contentStart, end: line.start + k.column + k.length };
  const end = trimmedEnd(text, line.contentStart, Math.min(until, line.end));
  return end > line.contentStart ? { start: line.contentStart, end } : tokenAt(text, line.contentStart);
}

function trimmedLine(text: string, line: Line): Span {
  return { start: line.contentStart, end: Math.max(line.contentStart + 1, trimmedEnd(text, line.contentStart, line.end)) };
}

/** End of the text from `start` to `end` without a trailing comment and spaces. */
function trimmedEnd(text: string, start: number, end: number): number {
  const comment = text.slice(start, end).search(/\s#/);
  let e = comment >= 0 ? start + comment : end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** The value from `start` to the end of the line, without a trailing comment. */
function valueText(text: string, start: number, lineEnd: number): string {
  return text.slice(start, trimmedEnd(text, start, lineEnd));
}

function quoted(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}

function codePoint(text: string, pos: number): string {
  return `U+${(text.codePointAt(pos) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The run of non-space characters at `pos` (at least one character when the text has any). */
export function tokenAt(text: string, pos: number): Span {
  let end = pos;
  while (end < text.length && !/\s/.test(text[end]) && end - pos < 80) end++;
  if (end === pos && pos < text.length) end = pos + 1;
  if (end === pos && pos > 0) return { start: pos - 1, end: pos };
  return { start: pos, end };
}
