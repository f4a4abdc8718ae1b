// Regenerates src/core/parse/vendor/yaml-events.js from node_modules/js-yaml (MIT): js-yaml's
// event parser, unchanged except that events go to a typed buffer (EventBuffer) instead of an
// array of objects. Why: on a 10,000-system file that array held ~400,000 objects, and their
// allocation and garbage collection were two thirds of js-yaml's time (305 ms -> 89 ms).
// After upgrading js-yaml run `node scripts/vendor-yaml-events.mjs`, then the differential
// test (test/unit/core/yaml-events-vendor.test.ts). `--check` only reports whether the
// vendored file is what this script makes from the installed js-yaml (a unit test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/core/parse/vendor/yaml-events.js');
const dist = readFileSync(join(root, 'node_modules/js-yaml/dist/js-yaml.mjs'), 'utf8');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/js-yaml/package.json'), 'utf8'));
const license = readFileSync(join(root, 'node_modules/js-yaml/LICENSE'), 'utf8').trim();

function fail(why) {
  console.error(`vendor-yaml-events: ${why}: js-yaml changed, review the vendoring`);
  process.exit(1);
}

function region(name) {
  const start = dist.indexOf(`//#region ${name}\n`);
  if (start < 0) fail(`region ${name} not found`);
  const from = start + `//#region ${name}\n`.length;
  const end = dist.indexOf('//#endregion\n', from);
  return dist.slice(from, end);
}

let body = ['src/common/snippet.ts', 'src/common/exception.ts', 'src/parser/events.ts', 'src/parser/parser_scalar.ts', 'src/common/tagname.ts', 'src/parser/parser.ts'].map(region).join('');

function replace(old, next, count = 1) {
  const found = body.split(old).length - 1;
  if (found !== count) fail(`expected ${count} x ${JSON.stringify(old.slice(0, 60))}, found ${found}`);
  body = body.split(old).join(next);
}

// The event constructors: records of REC int32 slots in a growable buffer.
const from = body.indexOf('function addDocumentEvent(state, explicitStart, explicitEnd) {');
const to = body.indexOf('function addEmptyScalarEvent(state) {');
if (from < 0 || to < 0) fail('event constructors not found');
body = body.slice(0, from) + `function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push(EVENT_ID.DOCUMENT, explicitStart ? 1 : 0, explicitEnd ? 1 : 0, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, 0, 0, 0, 0);
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push(EVENT_ID.SEQUENCE, start, NO_RANGE$1, anchorStart, anchorEnd, tagStart, tagEnd, style, 0, 0, 0);
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push(EVENT_ID.MAPPING, start, NO_RANGE$1, anchorStart, anchorEnd, tagStart, tagEnd, style, 0, 0, 0);
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.insertCollection(snapshot.eventsLength, EVENT_ID.MAPPING, snapshot.position, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, COLLECTION_STYLE.FLOW);
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push(EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping, indent, fast ? 1 : 0);
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push(EVENT_ID.ALIAS, NO_RANGE$1, NO_RANGE$1, anchorStart, anchorEnd, NO_RANGE$1, NO_RANGE$1, 0, 0, 0, 0);
}
function addPopEvent(state) {
	state.events.push(EVENT_ID.POP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
` + body.slice(to);

replace(`						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});`, '						state.events.insertCollection(beforeKey.eventsLength, EVENT_ID.MAPPING, beforeKey.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);');
replace('state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING', 'state.events.typeAt(fallbackState.eventsLength) === EVENT_ID.MAPPING', 2);
replace(`	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;`, '	if (state.events.typeAt(documentEventIndex) === EVENT_ID.DOCUMENT) state.events.data[documentEventIndex * REC + 2] = explicitEnd ? 1 : 0;');
replace(`		events: []
	};`, `		events: new EventBuffer(length)
	};`);
// The state object gets one fixed shape: spreading the options gave it a new hidden class per
// call, and V8 then deoptimised the parser's functions again and again ("wrong map"), which
// made every later parse in a process slower (100 ms -> 450 ms for 10,000 systems).
replace(`		...DEFAULT_PARSER_OPTIONS,
		...options,
`, `		filename: options?.filename ?? DEFAULT_PARSER_OPTIONS.filename,
		maxDepth: options?.maxDepth ?? DEFAULT_PARSER_OPTIONS.maxDepth,
`);
// A node's properties (a tag, an anchor) are rare in a landscape, but parseNode allocated an
// object for them and a snapshot of the state, for every node (~800,000 objects for 10,000
// systems): now a node without properties shares one empty record, and the snapshot is taken
// only where one may start ('!' or '&'; readTagProperty and readAnchorProperty return false on
// anything else, so breaking out there first changes nothing).
replace(`	const props = emptyProperties();
	let allowBlockScalars`, `	let props = NO_PROPERTIES;
	let allowBlockScalars`);
replace(`		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;`, `		const ch = state.input.charCodeAt(state.position);
		if (ch !== 33 && ch !== 38) break;
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;`);
replace(`		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;`, `		if (props === NO_PROPERTIES) props = emptyProperties();
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;`);
replace(`function snapshotState(state) {`, `/** The properties of every node that has none: never written (only readTagProperty and readAnchorProperty write, on a node's own record); not frozen, so it has the shape of the others. */
const NO_PROPERTIES = emptyProperties();
function snapshotState(state) {`);
// A plain scalar is most of a landscape's text, and its loop ran once per character with the
// position in the state object (a store per character) and a call that tests for a document
// boundary (\`---\`, which can only start a line). Now the position is a local, written back
// where the loop hands the state to another function or ends, and the boundary is tested only
// at a line's start (testDocumentBoundary returns false elsewhere): the same events, ~20% less
// of a cold lint's parse.
replace(`	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;`, `	const input = state.input;
	const start = state.position;
	let end = start;
	let pos = start;
	let ch = input.charCodeAt(pos);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (pos === state.lineStart) {
			state.position = pos;
			if (testDocumentBoundary(state)) break;
		}
		if (ch === 58) {
			const following = input.charCodeAt(pos + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(input.charCodeAt(pos - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			state.position = pos;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				pos = state.position;
				ch = input.charCodeAt(pos);
				continue;
			}
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = pos + 1;
		ch = input.charCodeAt(++pos);
	}
	state.position = pos;
	if (end === start) return false;`);
if (/state\.events(\[|\.splice|\.slice)/.test(body)) fail('an unhandled use of state.events remains');
// A syntax error says where the quoted scalar or flow collection that was still open began
// (-1: none), so that src/core/parse/syntax-message.ts can point an unclosed quote or bracket
// out where it opens instead of where the parser gave up. Two fields of the fixed state shape,
// set when one opens and reset when it closes; the error path copies them onto the exception.
replace(`		firstTabInLine: -1,
`, `		firstTabInLine: -1,
		openQuote: -1,
		openFlow: -1,
`);
replace(`function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}`, `function throwError(state, message) {
	try {
		YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
	} catch (e) {
		e.openQuote = state.openQuote;
		e.openFlow = state.openFlow;
		throw e;
	}
}`);
for (const [code, style] of [[39, 'SINGLE_QUOTED'], [34, 'DOUBLE_QUOTED']]) {
	replace(`	if (state.input.charCodeAt(state.position) !== ${code}) return false;
	state.position++;
`, `	if (state.input.charCodeAt(state.position) !== ${code}) return false;
	state.openQuote = state.position;
	state.position++;
`);
	replace(`SCALAR_STYLE.${style}, CHOMPING_MODE.CLIP, -1, simple);
			return true;`, `SCALAR_STYLE.${style}, CHOMPING_MODE.CLIP, -1, simple);
			state.openQuote = -1;
			return true;`);
}
replace(`	if (ch !== 91 && ch !== 123) return false;
`, `	if (ch !== 91 && ch !== 123) return false;
	const outerFlow = state.openFlow;
	state.openFlow = start;
`);
replace(`		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;`, `		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			state.openFlow = outerFlow;
			return true;`);

const header = `// GENERATED by scripts/vendor-yaml-events.mjs from js-yaml ${version} (dist/js-yaml.mjs): do not edit.
// js-yaml's event parser with three changes: events are records in a typed buffer (EventBuffer)
// instead of objects in an array, which made parsing a large file ~3x faster, the parser
// state has one fixed shape (no deoptimisation on later parses), and a syntax error carries
// where the open quoted scalar or flow collection began (openQuote, openFlow). See the script.
//
${license.split('\n').map((l) => (l ? `// ${l}` : '//')).join('\n')}

/** Record layout: type, a, b, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping, indent, fast. */
export const REC = 11;

/** Storage of the last released EventBuffer (one; parsing is synchronous, so never shared). */
let spare;
const EMPTY = new Int32Array(0);

/**
 * The bytes kept for the next parse, and letting them go: a long-lived process (the language
 * server) drops them once the user stops editing, rather than keep the storage of its largest
 * file's events (tens of MB at 10,000 systems) for good. The next parse allocates afresh.
 */
export function spareBytes() {
	return spare === undefined ? 0 : spare.byteLength;
}
export function dropSpare() {
	spare = undefined;
}

/** Growable buffer of event records; \`length\` counts events (js-yaml truncates it to backtrack). */
export class EventBuffer {
	/**
	 * Sized for the text with room to spare: landscape files have one event per 9-17 characters,
	 * and growing copies everything (at 10 characters per event a 10,000-system file grew from
	 * 17 to 35 MB). Room never written costs nothing: the array's memory is mapped lazily.
	 * The storage of a released buffer is taken again when it is large enough: touching fresh
	 * memory (page faults) cost more than parsing a third of the file.
	 */
	constructor(textLength = 0) {
		const size = REC * Math.max(1024, Math.ceil(textLength / 6));
		this.data = spare !== undefined && spare.length >= size ? spare : new Int32Array(size);
		spare = undefined;
		this.length = 0;
	}
	/** Hands the storage back for the next parse; the buffer must not be read afterwards. */
	release() {
		if (spare === undefined || this.data.length > spare.length) spare = this.data;
		this.data = EMPTY;
		this.length = 0;
	}
	push(type, a, b, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping, indent, fast) {
		const o = this.reserve();
		const d = this.data;
		d[o] = type; d[o + 1] = a; d[o + 2] = b; d[o + 3] = anchorStart; d[o + 4] = anchorEnd;
		d[o + 5] = tagStart; d[o + 6] = tagEnd; d[o + 7] = style; d[o + 8] = chomping; d[o + 9] = indent; d[o + 10] = fast;
	}
	/** Inserts a collection-start record before event \`i\` (js-yaml does so when a key turns out to start a mapping). */
	insertCollection(i, type, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
		this.reserve();
		const at = i * REC;
		this.data.copyWithin(at + REC, at, (this.length - 1) * REC);
		const d = this.data;
		d[at] = type; d[at + 1] = start; d[at + 2] = -1; d[at + 3] = anchorStart; d[at + 4] = anchorEnd;
		d[at + 5] = tagStart; d[at + 6] = tagEnd; d[at + 7] = style; d[at + 8] = 0; d[at + 9] = 0; d[at + 10] = 0;
	}
	typeAt(i) {
		return i < this.length ? this.data[i * REC] : -1;
	}
	reserve() {
		const o = this.length * REC;
		if (o + REC > this.data.length) {
			const grown = new Int32Array(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.length++;
		return o;
	}
}

`;
const footer = `
export { parseEvents, YAMLException, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE, getSingleQuotedValue, getDoubleQuotedValue, getBlockValue, getPlainValue };
`;
const text = header + body + footer;
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(OUT, 'utf8'); } catch { /* missing */ }
  if (current !== text) {
    console.error('vendor-yaml-events: src/core/parse/vendor/yaml-events.js is not what the script makes from the installed js-yaml; run node scripts/vendor-yaml-events.mjs');
    process.exit(1);
  }
  console.log('vendor-yaml-events: up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote src/core/parse/vendor/yaml-events.js from js-yaml ${version}`);
}
