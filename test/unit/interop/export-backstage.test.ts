/**
 * `landscape export backstage` checked by Backstage's own validators (`@backstage/catalog-model`:
 * the entity policies a catalog applies, then each kind's schema validator), and the contract of
 * docs/interop.md: fields Backstage has no place for under `landscape.dev/`, placeholders named
 * in `landscape.dev/absent`, hostile names carried exactly.
 */
import * as assert from 'node:assert/strict';
import type { Entity } from '@backstage/catalog-model';
import { exportBackstageFiles, exportLandscape } from '../../../src/core/index';
import { catalogDocuments as documents, validateEntity as validate } from '../../helpers/backstage-validators';
import { HOSTILE, HOSTILE_LANDSCAPE } from '../../helpers/hostile-landscape';
import { lintFiles } from '../../helpers/lint-snippet';
import { exampleLandscape } from './export-fixtures';

describe('export backstage (Backstage catalog-model validators)', () => {
  it('writes one entity per landscape entity that the validators accept', async () => {
    const l = await exampleLandscape();
    const entities = documents(exportLandscape('backstage', l));
    assert.equal(entities.length, l.entities.length + 1);
    for (const e of entities) await validate(e);
    const byKind = (kind: string): string[] => entities.filter((e) => e.kind === kind).map((e) => e.metadata.name);
    assert.deepEqual(byKind('Component'), l.systems.map((s) => s.id));
    assert.deepEqual(byKind('API'), l.apis.map((a) => a.id));
    assert.deepEqual(byKind('Resource'), l.dataStores.map((d) => d.id));
    assert.deepEqual(byKind('Domain'), l.domains.map((d) => d.id));
    assert.deepEqual([...byKind('Group'), ...byKind('User')].sort(), l.owners.map((o) => o.id).sort());
    assert.deepEqual(byKind('Rollout'), l.rollouts.map((r) => r.id));
  });

  it('writes each field natively where Backstage has one and under landscape.dev/ otherwise', async () => {
    const r = await lintFiles({
      '/ws/landscape.yaml': `apiVersion: landscape/v1
metadata: { name: small, title: Small, asOf: 2026-02-01 }
lint: { extends: recommended }
owners:
  - { id: cio, type: executive, role: CIO, name: The CIO }
  - { id: ann, type: person, parent: cio, email: ann@example.com }
domains: [{ id: pay }]
systems:
  - id: ledger
    name: Ledger
    mode: mode1
    lifecycle: phaseOut
    owner: ann
    domain: pay
    tags: [erp, Needs Review]
    consumes: [{ api: web-api, interaction: async }]
    dataAccess: [{ store: ledger-db, access: read }]
  - { id: web, mode: mode2, owner: cio }
apis: [{ id: web-api, provider: web, type: soap }]
dataStores: [{ id: ledger-db, system: ledger }]
`,
    });
    const entities = documents(exportLandscape('backstage', r.landscape));
    for (const e of entities) await validate(e);
    const get = (name: string): Entity => entities.find((e) => e.metadata.name === name)!;
    assert.deepEqual(get('small'), {
      apiVersion: 'landscape.dev/v1alpha1', kind: 'Landscape',
      metadata: { name: 'small', title: 'Small' },
      spec: { asOf: '2026-02-01', lint: { extends: 'recommended' } },
    });
    assert.deepEqual(get('ann'), {
      apiVersion: 'backstage.io/v1alpha1', kind: 'User',
      metadata: { name: 'ann' },
      spec: { memberOf: ['cio'], profile: { email: 'ann@example.com' } },
    });
    assert.deepEqual(get('cio'), {
      apiVersion: 'backstage.io/v1alpha1', kind: 'Group',
      metadata: { name: 'cio', title: 'The CIO', annotations: { 'landscape.dev/role': 'CIO' } },
      spec: { type: 'executive', profile: { displayName: 'The CIO' }, children: [], members: ['ann'] },
    });
    assert.deepEqual(get('ledger'), {
      apiVersion: 'backstage.io/v1alpha1', kind: 'Component',
      metadata: {
        name: 'ledger', title: 'Ledger',
        labels: { 'landscape.dev/mode': 'mode1', 'landscape.dev/lifecycle': 'phaseOut' },
        annotations: {
          'landscape.dev/domain': 'pay',
          'landscape.dev/tags': '["erp","Needs Review"]',
          'landscape.dev/consumes': '[{"api":"web-api","interaction":"async"}]',
          'landscape.dev/data-access': '[{"store":"ledger-db","access":"read"}]',
          'landscape.dev/absent': 'type',
        },
        tags: ['erp'],
      },
      spec: { lifecycle: 'deprecated', owner: 'user:ann', consumesApis: ['web-api'], type: 'service', dependsOn: ['resource:ledger-db'] },
    });
    assert.deepEqual(get('web-api'), {
      apiVersion: 'backstage.io/v1alpha1', kind: 'API',
      metadata: { name: 'web-api', annotations: { 'landscape.dev/provider': 'web', 'landscape.dev/type': 'soap', 'landscape.dev/absent': 'lifecycle,owner,definition' } },
      spec: { type: 'soap', lifecycle: 'production', owner: 'cio', definition: 'The landscape names no definition for this API.' },
    });
    assert.deepEqual(get('ledger-db'), {
      apiVersion: 'backstage.io/v1alpha1', kind: 'Resource',
      metadata: { name: 'ledger-db', annotations: { 'landscape.dev/system': 'ledger', 'landscape.dev/absent': 'type,owner' } },
      spec: { dependencyOf: ['component:ledger'], type: 'database', owner: 'user:ann' },
    });
    assert.deepEqual(get('web').spec, { owner: 'cio', type: 'service', lifecycle: 'production', providesApis: ['web-api'] });
  });

  it('carries hostile names exactly and the validators still accept every entity', async () => {
    const r = await lintFiles({ '/ws/landscape.yaml': HOSTILE_LANDSCAPE });
    const entities = documents(exportLandscape('backstage', r.landscape));
    for (const e of entities) await validate(e);
    const title = (name: string): unknown => entities.find((e) => e.metadata.name === name)?.metadata.title;
    assert.equal(title('hostile'), HOSTILE.title);
    assert.equal(title('pay'), HOSTILE.domain);
    assert.equal(title('evil'), HOSTILE.system);
    assert.equal(title('multi'), HOSTILE.system2);
    assert.equal(title('specials'), HOSTILE.system3);
    assert.equal(title('unicode'), HOSTILE.system4);
    assert.equal(title('evil-api'), HOSTILE.api);
    assert.equal(entities.find((e) => e.metadata.name === 'evil')?.metadata.description, HOSTILE.system3);
  });

  it('writes a folder of one file per entity with a Location that lists them', async () => {
    const l = await exampleLandscape();
    const files = exportBackstageFiles(l);
    assert.equal(files[0].name, 'catalog-info.yaml');
    const [location] = documents(files[0].text);
    await validate(location);
    assert.deepEqual(location.spec?.targets, files.slice(1).map((f) => `./${f.name}`));
    assert.deepEqual(files.slice(1).map((f) => f.name).slice(0, 2), ['landscape-fjordbank.yaml', `group-${l.owners[0].id}.yaml`]);
    // The same entities as the one-file export, each in its own file.
    assert.equal(files.slice(1).map((f) => f.text).map((t) => `---\n${t}`).join(''), exportLandscape('backstage', l));
  });
});
