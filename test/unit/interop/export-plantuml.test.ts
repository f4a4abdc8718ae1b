/**
 * `landscape export plantuml` rendered by Debian's plantuml (scripts/ensure-test-env.sh installs
 * it): exit status 0, no error image, and every name drawn as written, hostile ones included.
 * Debian's plantuml is 1.2020 with its C4 library (C4-PlantUML 1.0): the export uses only the
 * macros that version has.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { exportLandscape } from '../../../src/core/index';
import { plantumlText } from '../../../src/core/interop/export/plantuml';
import { HOSTILE, HOSTILE_LANDSCAPE } from '../../helpers/hostile-landscape';
import { lintFiles } from '../../helpers/lint-snippet';
import { exampleLandscape } from './export-fixtures';

/** The lines of text an SVG draws, in document order (entities decoded by a real XML parser). */
function drawnText(svg: string): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'text') for (const t of (v as { '#text'?: string }[])) texts.push(String(t['#text'] ?? ''));
      else walk(v);
    }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: true, trimValues: false, processEntities: true, htmlEntities: true }).parse(svg));
  return texts;
}

function render(puml: string): { status: number | null; stderr: string; svg: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-plantuml-'));
  try {
    writeFileSync(path.join(dir, 'landscape.puml'), puml);
    const r = spawnSync('plantuml', ['-tsvg', 'landscape.puml'], { cwd: dir, encoding: 'utf8' });
    if (r.error) assert.fail(`plantuml cannot run (${r.error.message}): bash scripts/ensure-test-env.sh installs Debian's plantuml`);
    return { status: r.status, stderr: r.stderr, svg: readFileSync(path.join(dir, 'landscape.svg'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PlantUML draws an error as a picture and may still exit 0: its words are the test. */
function assertNoErrorImage(svg: string): void {
  assert.doesNotMatch(svg, /Syntax Error|An error has occured|Cannot decode|You Shall Not Pass|Error line/);
}

describe('export plantuml (Debian plantuml renders it)', function () {
  this.timeout(120_000);

  it('writes a Boundary per lane, System or System_Ext per system and a Rel per dependency', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': `apiVersion: landscape/v1
metadata: { title: Small }
systems:
  - { id: ledger, name: Ledger, mode: mode1, type: erp }
  - { id: web, mode: mode2, governance: shadow, consumes: [ledger-api], dependsOn: [{ system: ledger, interaction: async }] }
apis: [{ id: ledger-api, name: Ledger API, provider: ledger, type: odata }]
`,
    });
    assert.equal(exportLandscape('plantuml', r.landscape), `@startuml
!include <C4/C4_Context>
skinparam wrapWidth 100000

title Small

Boundary(lane_mode1, "Mode 1 <U+00B7> record", "lane") {
  System(s_ledger, "Ledger", "erp")
}

Boundary(lane_mode2, "Mode 2 <U+00B7> engagement", "lane") {
  System_Ext(s_web, "web")
}

Rel(s_web, s_ledger, "Ledger API", "sync <U+00B7> odata")
Rel(s_web, s_ledger, "depends on", "async")
@enduml
`);
  });

  it('writes every character outside letters, digits and .:;?! as <U+XXXX>, line breaks as \\n', () => {
    assert.equal(plantumlText('a"b\\c\nd<e>&$%~*(,)😀é'), '"a<U+0022>b<U+005C>c\\nd<U+003C>e<U+003E><U+0026><U+0024><U+0025><U+007E><U+002A><U+0028><U+002C><U+0029><U+1F600>é"');
  });

  it('renders the example landscape without error', async () => {
    const l = await exampleLandscape();
    const { status, stderr, svg } = render(exportLandscape('plantuml', l));
    assert.equal(status, 0, stderr);
    assertNoErrorImage(svg);
    const text = drawnText(svg);
    for (const s of l.systems) assert.ok(text.includes(s.name ?? s.id), `${s.id} is drawn`);
  });

  it('draws hostile names as written: no markup, no preprocessor, no fetched image', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': HOSTILE_LANDSCAPE });
    const { status, stderr, svg } = render(exportLandscape('plantuml', r.landscape));
    assert.equal(status, 0, stderr);
    assertNoErrorImage(svg);
    // Labels are wrapped at spaces: compared without white space, every character is drawn as written.
    const bare = (s: string): string => s.replace(/\s+/g, '');
    const text = bare(drawnText(svg).join(''));
    for (const name of [HOSTILE.system, HOSTILE.system2, HOSTILE.system3, HOSTILE.system4, HOSTILE.api, HOSTILE.title]) {
      assert.ok(text.includes(bare(name)), `drawn as written: ${JSON.stringify(name)}\nin:\n${drawnText(svg).join('\n')}`);
    }
    // No image fetched for <img:…>, no word drawn alone (made bold) by **…**, no date from %date().
    assert.doesNotMatch(svg, /<image/);
    assert.ok(!drawnText(svg).some((t) => t === 'bold' || /\d{2}:\d{2}:\d{2}/.test(t)));
  });
});
