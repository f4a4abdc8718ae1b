/**
 * The parser keeps the event storage of its last parse for the next one (src/core/parse/vendor,
 * EventBuffer.release); a long-lived host drops it when idle. Dropped, nothing is held, and the
 * next parse allocates its own and gives the same tree.
 */
import { strict as assert } from 'node:assert';
import { dropSpareParseBuffers, parseYaml, spareParseBufferBytes } from '../../../src/core/index';

describe("the parser's spare event storage", () => {
  const text = `systems:\n${Array.from({ length: 2000 }, (_, i) => `  - { id: s${i}, mode: mode2 }\n`).join('')}`;

  it('is kept after a parse, dropped on request, and a parse after the drop gives the same tree', () => {
    dropSpareParseBuffers();
    assert.equal(spareParseBufferBytes(), 0);
    const first = parseYaml(text);
    const kept = spareParseBufferBytes();
    // At least one record of 11 int32 per event: 2,000 flow mappings of two pairs are over 12,000 events.
    assert.ok(kept >= 4 * 11 * 12_000, String(kept));
    dropSpareParseBuffers();
    assert.equal(spareParseBufferBytes(), 0);
    assert.deepEqual(parseYaml(text), first);
    assert.equal(spareParseBufferBytes(), kept);
  });
});
