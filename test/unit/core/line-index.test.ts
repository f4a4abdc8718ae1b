/**
 * LineIndex (offset ↔ line/character) against a plain definition: lines end at LF, CRLF or a
 * lone CR; a text without CR is indexed by the fast path (indexOf), one with CR by the loop.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../../src/core/util/line-index';

/** Every offset's line and character, by walking the text once. */
function positions(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      character = 0;
    } else character++;
  }
  return out;
}

describe('LineIndex', () => {
  it('gives every offset the line and character of the plain definition, with LF, CRLF and lone CR endings', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '😀')).map((xs) => xs.join('')), (text) => {
      const index = new LineIndex(text);
      const expected = positions(text);
      assert.equal(index.lineCount, expected[text.length].line + 1);
      expected.forEach((p, offset) => {
        // The offset between CR and LF belongs to the line the pair ends.
        if (text[offset - 1] === '\r' && text[offset] === '\n') return;
        assert.deepEqual(index.positionAt(offset), p, `offset ${offset} of ${JSON.stringify(text)}`);
        assert.equal(index.offsetAt(p), offset);
      });
    }), { numRuns: 500 });
  });

  it('indexes a 126,000-line text without CR (the fast path)', () => {
    const text = Array.from({ length: 126_000 }, (_, i) => `  - id: sys-${i}`).join('\n');
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 126_000);
    assert.deepEqual(index.positionAt(text.indexOf('sys-125999')), { line: 125_999, character: 8 });
    assert.equal(index.lineStart(1), text.indexOf('\n') + 1);
  });
});
