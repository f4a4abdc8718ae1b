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

  it('keeps the screen\'s one line at 13 px when the name fits, smaller sizes and two lines when not', () => {
    const m = (s: string, px: number): number => s.length * px * 0.5;
    const short = layoutLabel(m, 'Core banking', 'core', 180, 180, 400);
    assert.deepEqual([short.lines, short.px, short.ys, short.sub], [['Core banking'], 13, [18], { px: 10.5, y: 34 }]);
    const long = layoutLabel(m, 'Newsletter SaaS bought by marketing', 'newsletter-tool · shadow IT', 180, 140, 400);
    assert.deepEqual([long.lines, long.px, long.ys], [['Newsletter SaaS bought', 'by marketing'], 12, [15, 28]]);
    assert.ok(long.sub.y > long.ys[1] && long.sub.y <= 40, JSON.stringify(long.sub));
  });

  it('estimates widths generously: wider letters count more, bold more than regular', () => {
    assert.ok(estimateTextWidth('MMMM', 13) > estimateTextWidth('iiii', 13));
    assert.ok(estimateTextWidth('Gearbox', 13, 600) > estimateTextWidth('Gearbox', 13, 400));
  });
});
