/**
 * The lines of a long file whose code lenses the extension asks for (src/extension/lens-lines.ts):
 * the visible ones and MARGIN_LINES around them, clamped to the file; all lenses in a short file;
 * asked again only once scrolling comes within half a margin of what was asked.
 */
import { strict as assert } from 'node:assert';
import { askAgain, linesToAsk, MARGIN_LINES, WINDOW_FROM_LINES } from '../../../src/extension/lens-lines';

describe('extension: the lines whose code lenses are asked for', () => {
  it('asks for all lenses of a short file or one no editor shows', () => {
    assert.equal(WINDOW_FROM_LINES, 5000);
    assert.deepEqual(linesToAsk([{ start: 0, end: 40 }], 5000), []);
    assert.deepEqual(linesToAsk([], 126_516), []);
  });

  it('asks a long file for the visible lines and 1,500 lines around them, within the file', () => {
    assert.equal(MARGIN_LINES, 1500);
    assert.deepEqual(linesToAsk([{ start: 60_000, end: 60_045 }], 126_516), [{ start: 58_500, end: 61_545 }]);
    assert.deepEqual(linesToAsk([{ start: 0, end: 45 }, { start: 126_480, end: 126_515 }], 126_516), [{ start: 0, end: 1545 }, { start: 124_980, end: 126_515 }]);
  });

  it('asks again once the visible lines come within 750 lines of the edge of what was asked, not at the ends of the file', () => {
    const asked = [{ start: 58_500, end: 61_545 }];
    assert.equal(askAgain([{ start: 60_700, end: 60_745 }], asked, 126_516), false);
    assert.equal(askAgain([{ start: 60_750, end: 60_795 }], asked, 126_516), false);
    assert.equal(askAgain([{ start: 60_751, end: 60_796 }], asked, 126_516), true);
    assert.equal(askAgain([{ start: 59_249, end: 59_294 }], asked, 126_516), true);
    assert.equal(askAgain([{ start: 59_250, end: 59_295 }], asked, 126_516), false);
    // At the top of the file there is nothing above to ask for.
    assert.equal(askAgain([{ start: 0, end: 45 }], [{ start: 0, end: 1545 }], 126_516), false);
    assert.equal(askAgain([{ start: 126_480, end: 126_515 }], [{ start: 124_980, end: 126_515 }], 126_516), false);
    // Two editors: each visible range must be inside one of the windows.
    assert.equal(askAgain([{ start: 100, end: 140 }, { start: 90_000, end: 90_040 }], [{ start: 0, end: 1640 }], 126_516), true);
  });
});
