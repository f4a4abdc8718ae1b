/** Whole names in a box: word wrap and the label layout shared by exports and `landscape render`. */
import { strict as assert } from 'node:assert';
import { estimateTextWidth, layoutLabel, wrapText } from '../../../src/core/diagram/wrap';

/** 1 px per character: easy widths to reason about. */
const chars = (s: string): number => s.length;

describe('diagram label wrapping', () => {
  it('wraps at spaces and after hyphens, breaks a word longer than a line, keeps every character', () => {
    assert.deepEqual(wrapText(chars, 'Account anti-corruption layer', 12), ['Account', 'anti-', 'corruption', 'layer']);
    assert.deepEqual(wrapText(chars, 'Account anti-corruption layer', 24), ['Account anti-corruption', 'layer']);
    assert.deepEqual(wrapText(chars, 'abcdefghij', 4), ['abcd', 'efgh', 'ij']);
    assert.deepEqual(wrapText(chars, 'one two three', 8, 3), ['one', 'two', 'three']);
  });

  it('keeps one line at 13 px when the name fits, two lines at 13 px when they fit, then smaller sizes', () => {
    const m = (s: string, px: number): number => s.length * px * 0.5;
    const short = layoutLabel(m, 'Core banking', 'core', 180, 180, 400);
    assert.deepEqual([short.lines, short.px, short.ys, short.sub], [['Core banking'], 13, [18], { px: 11, y: 34 }]);
    // Two lines at full size: the first shorter (badges at its end), the sub line below them, inside the 44 px box.
    const long = layoutLabel(m, 'Newsletter SaaS bought by marketing', 'newsletter-tool · shadow IT', 180, 140, 400);
    assert.deepEqual([long.lines, long.px, long.ys, long.sub], [['Newsletter SaaS', 'bought by marketing'], 13, [15, 29], { px: 10, y: 40 }]);
    // Three lines at 13 px (27 characters a line): two at 12 px.
    const longer = layoutLabel(m, 'Core banking system of record for every account and loan', 'sap', 180, 180, 400);
    assert.deepEqual([longer.lines, longer.px, longer.ys, longer.sub], [['Core banking system of record', 'for every account and loan'], 12, [14, 27], { px: 10, y: 38 }]);
  });

  it('estimates widths generously: wider letters count more, bold more than regular', () => {
    assert.ok(estimateTextWidth('MMMM', 13) > estimateTextWidth('iiii', 13));
    assert.ok(estimateTextWidth('Gearbox', 13, 600) > estimateTextWidth('Gearbox', 13, 400));
  });
});
