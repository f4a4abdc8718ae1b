/**
 * What the webview's details box says of an edge chosen by its count (src/webview/edge-details.ts):
 * a bundle's ends and each of its dependencies, an edge between groups its count.
 */
import { strict as assert } from 'node:assert';
import { diagramModelOf, diagramOf, laidOut } from '../../../src/core/index';
import { edgeDetails } from '../../../src/webview/edge-details';
import { lintFiles } from '../../helpers/lint-snippet';

const LANDSCAPE = `apiVersion: landscape/v1
owners: [{ id: t, type: team }]
domains: [{ id: pay, owner: t }, { id: web, owner: t }]
systems:
  - { id: gw, name: Payment gateway, mode: gearbox, owner: t, domain: pay }
  - { id: app, mode: mode2, owner: t, domain: web, consumes: [gw-api, gw-v2, { api: gw-events, interaction: async }] }
  - { id: shop, mode: mode2, owner: t, domain: web, consumes: [gw-api] }
apis:
  - { id: gw-api, provider: gw, type: openapi }
  - { id: gw-v2, provider: gw, type: openapi }
  - { id: gw-events, provider: gw, type: asyncapi }
`;

describe('webview edge details', () => {
  it('a bundle: its ends by name and id, its interaction, each dependency with the API it goes through', async () => {
    const d = diagramOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE }));
    assert.deepEqual(edgeDetails(d, 'app->gw:gw-api'), {
      text: 'app → Payment gateway (gw): 2 synchronous dependencies',
      members: [{ id: 'app->gw:gw-api', text: 'via gw-api' }, { id: 'app->gw:gw-v2', text: 'via gw-v2' }],
    });
    // One dependency, a bundle's member, an edge not drawn: nothing to list.
    assert.equal(edgeDetails(d, 'app->gw:gw-events'), undefined);
    assert.equal(edgeDetails(d, 'app->gw:gw-v2'), undefined);
    assert.equal(edgeDetails(d, 'nothing'), undefined);
  });

  it('an edge between collapsed groups: its two groups and how many dependencies it stands for', async () => {
    const d = laidOut(diagramModelOf(await lintFiles({ '/ws/landscape.yaml': LANDSCAPE })), undefined, { collapseAbove: 0 });
    const e = d.edges.find((x) => x.count === 4)!;
    assert.ok(e, JSON.stringify(d.edges.map((x) => [x.id, x.count])));
    assert.deepEqual(edgeDetails(d, e.id), { text: 'group web (mode2) → group pay (gearbox): 4 dependencies between the groups (expand a group to see each)', members: [] });
  });
});
