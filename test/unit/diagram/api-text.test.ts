/**
 * An API label's id cut to its room (src/webview/api-text.ts): the longest prefix that fits
 * with its "…", one character at least, found in one pass; an id of any length (nothing in the
 * format bounds it) is cut, not measured again once per character dropped.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { fitText, textWidth } from '../../../src/webview/api-text';

const EPS = 1e-9;

/** The definition, checked: a prefix with "…"; at least one character, at most all but one; fits unless forced; the next character would not fit. */
function assertLongestFit(text: string, room: number, cut: string): void {
  const chars = [...text];
  assert.ok(cut.endsWith('…'), cut);
  const prefix = [...cut.slice(0, -1)];
  assert.equal(prefix.join(''), chars.slice(0, prefix.length).join(''));
  assert.ok(prefix.length >= Math.min(1, chars.length - 1), cut);
  assert.ok(prefix.length <= chars.length - 1);
  if (prefix.length > 1) assert.ok(textWidth(cut) <= room + EPS, `${cut} in ${room}`);
  if (prefix.length < chars.length - 1) assert.ok(textWidth(`${chars.slice(0, prefix.length + 1).join('')}…`) > room - EPS || prefix.length === 0, `${cut} in ${room}: one more fits`);
}

describe('API label text cut to its room', () => {
  it('whole when it fits; else the longest prefix that fits with "…" (at least one character, at most all but one)', () => {
    assert.equal(fitText('card-limits-api', 200), 'card-limits-api');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'm', 'i', '-', 'W', '1', '/'), minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 200 }), (text, room) => {
        const cut = fitText(text, room);
        if (textWidth(text) <= room) assert.equal(cut, text);
        else assertLongestFit(text, room, cut);
      }),
      { numRuns: 2000 },
    );
  });

  it('an id of 200,000 characters: a prefix within the room', () => {
    const id = 'x'.repeat(200_000);
    const cut = fitText(id, 120);
    assertLongestFit(id, 120, cut);
    assert.ok(cut.length > 10 && cut.length < 100, cut);
  });
});
