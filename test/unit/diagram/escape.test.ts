import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { escapeXml } from '../../../src/core/diagram/escape';

describe('escapeXml', () => {
  it('writes the five markup characters as entities, the rest as it is', () => {
    assert.equal(escapeXml(`a&b<c>d"e'f`), 'a&amp;b&lt;c&gt;d&quot;e&#39;f');
    assert.equal(escapeXml('&amp;'), '&amp;amp;');
    assert.equal(escapeXml('plain id-1 😀'), 'plain id-1 😀');
    assert.equal(escapeXml(''), '');
  });

  it('leaves no markup character unescaped, and decoding gives the text back (property)', () => {
    const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', ';', '#', ' ', 'é') }), (s) => {
        const e = escapeXml(s);
        assert.doesNotMatch(e, /[<>"']/);
        assert.doesNotMatch(e, /&(?!(amp|lt|gt|quot|#39);)/);
        assert.equal(decode(e), s);
      }),
    );
  });
});
