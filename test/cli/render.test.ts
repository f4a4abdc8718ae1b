/** `landscape render` on the examples: SVG, HTML, Mermaid and JSON, to a file or stdout. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium-page';
import { crossings, TANGLED } from '../helpers/diagram-fixtures';
import { ensureBuilt, landscape, ROOT, workspace } from './cli-helpers';

const EXAMPLES = [path.join(ROOT, 'examples/fjordbank/landscape.yaml'), path.join(ROOT, 'test/fixtures/spec-examples/nordhem-retail/landscape.yaml')];

describe('landscape render (built CLI)', function () {
  this.timeout(120_000);
  let browser: Browser;
  before(async () => {
    ensureBuilt();
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  for (const entry of EXAMPLES) {
    const name = path.basename(path.dirname(entry));
    it(`${name}: json has every system; svg, html and mermaid show each of them`, async () => {
      const json = landscape(['render', entry, '--format', 'json'], ROOT);
      assert.equal(json.code, 0, json.stderr);
      const diagram = JSON.parse(json.stdout) as { nodes: { id: string; label: string }[]; edges: unknown[] };
      assert.ok(diagram.nodes.length >= 11 && diagram.edges.length > 0);

      const dir = workspace({});
      for (const format of ['svg', 'html', 'mermaid']) {
        const out = path.join(dir, `d.${format}`);
        const r = landscape(['render', entry, '--format', format, '-o', out], ROOT);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, '', 'with -o nothing goes to stdout');
        const text = readFileSync(out, 'utf8');
        for (const n of diagram.nodes) assert.ok(text.includes(n.id), `${format} names ${n.id}`);
      }
      assert.match(readFileSync(path.join(dir, 'd.mermaid'), 'utf8'), /^flowchart LR\n/);

      // The SVG is a well-formed image a browser draws at its declared size.
      const page = await browser.newPage();
      const size = await page.evaluate(async (svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        if (doc.querySelector('parsererror')) return 'parse error';
        const img = new Image();
        img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, readFileSync(path.join(dir, 'd.svg'), 'utf8'));
      const declared = /width="(\d+)" height="(\d+)"/.exec(readFileSync(path.join(dir, 'd.svg'), 'utf8'))!;
      assert.equal(size, `${declared[1]}x${declared[2]}`);
      await page.close();
    });
  }

  it('--measures prints how readable the layout is, after the picture (stdout) or the file line', () => {
    const both = landscape(['render', EXAMPLES[1], '--measures'], ROOT);
    assert.equal(both.code, 0, both.stderr);
    assert.ok(both.stdout.startsWith('<?xml'));
    assert.equal(both.stderr, 'Layout: 106 edge crossings, 0 shared tracks, 0 label overlaps, 0 edges outside their gap.\n');
    const out = path.join(workspace({}), 'd.svg');
    const file = landscape(['render', EXAMPLES[0], '-o', out, '--measures'], ROOT);
    assert.equal(file.stderr, `Wrote ${out} (11 systems, 14 dependencies).\nLayout: 8 edge crossings, 0 shared tracks, 0 label overlaps, 0 edges outside their gap.\n`);
  });

  it('orders the lanes with ELK, loaded from beside the bundle (dist/elk-worker.min.js)', () => {
    const dir = workspace({ 'landscape.yaml': TANGLED });
    const r = landscape(['render', path.join(dir, 'landscape.yaml'), '--format', 'json'], ROOT);
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout) as Parameters<typeof crossings>[0];
    assert.equal(crossings(d), 0, JSON.stringify(d.nodes.map((n) => [n.id, n.y])));
  });

  it('refuses an unknown format with exit 2 and a usage hint, no stack trace', () => {
    const r = landscape(['render', EXAMPLES[0], '--format', 'png'], ROOT);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format 'png' \(use svg, html, mermaid or json\)/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});
