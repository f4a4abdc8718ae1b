/**
 * The diagram model's nodes carry the APIs their system provides (model.ts, provided-apis.ts):
 * each id once, at its provider only, with a lifecycle other than active and whether nothing
 * consumes it; nothing for a system that provides none. The system's tooltip lists them
 * (drawing.ts), so `landscape render`'s files carry them too.
 */
import { strict as assert } from 'node:assert';
import { diagramModelOf, diagramOf, renderSvg } from '../../../src/core/index';
import { lintFiles } from '../../helpers/lint-snippet';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { asOf: 2025-10-01 }
owners: [{ id: t, type: team }]
systems:
  - { id: core, mode: mode1, owner: t }
  - { id: gw, mode: gearbox, owner: t, consumes: [core-api] }
  - { id: app, mode: mode2, owner: t, consumes: [gw-api, old-api] }
apis:
  - { id: core-api, provider: core, type: openapi }
  - { id: core-batch, provider: core, type: file }
  - { id: old-api, provider: core, type: soap, lifecycle: phaseOut }
  - { id: gw-api, provider: gw, type: openapi, lifecycle: active }
  - { id: spare-<api>, provider: gw, type: openapi, lifecycle: plan }
`;

describe('diagram model: the APIs a system provides', () => {
  it('each node carries its provided APIs in load order: id, a lifecycle other than active, unused when nothing consumes it; none for a system without', async () => {
    const model = diagramModelOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    const apis = (id: string): unknown => model.nodes.find((n) => n.id === id)!.apis;
    assert.deepEqual(apis('core'), [{ id: 'core-api' }, { id: 'core-batch', unused: true }, { id: 'old-api', lifecycle: 'phaseOut' }]);
    assert.deepEqual(apis('gw'), [{ id: 'gw-api' }, { id: 'spare-<api>', lifecycle: 'plan', unused: true }]);
    // No key at all, not an empty list: 10,000 systems go over the protocol.
    assert.ok(!('apis' in model.nodes.find((n) => n.id === 'app')!));
  });

  it('the laid-out diagram keeps them, and the system\'s tooltip in the SVG file lists them, escaped', async () => {
    const d = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    assert.deepEqual(d.nodes.find((n) => n.id === 'core')!.apis!.map((a) => a.id), ['core-api', 'core-batch', 'old-api']);
    const svg = renderSvg(d);
    assert.ok(svg.includes('\nAPIs: core-api, core-batch (no consumers), old-api (phaseOut)'), svg.slice(0, 2000));
    assert.ok(svg.includes('\nAPIs: gw-api, spare-&lt;api&gt; (plan, no consumers)'));
    assert.ok(!/<title>app \(app\)[^<]*APIs:/.test(svg), 'a system that provides none lists none');
  });
});
