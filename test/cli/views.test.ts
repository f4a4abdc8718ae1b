/** `landscape render --view <name>` (built CLI): a saved view's systems, grouping and focus; an unknown view; `--group-by`. */
import { strict as assert } from 'node:assert';
import { ensureBuilt, landscape, workspace } from './cli-helpers';

const LANDSCAPE = `apiVersion: landscape/v1
metadata: { name: bank, title: Bank, asOf: 2025-10-01 }
owners: [{ id: t, type: team }]
domains: [{ id: payments }, { id: lending }]
systems:
  - { id: core, mode: mode1, owner: t, domain: payments }
  - { id: acl, mode: gearbox, owner: t, domain: payments, dependsOn: [core] }
  - { id: web, mode: mode2, owner: t, domain: lending, dependsOn: [acl] }
  - { id: sheet, mode: mode2, owner: t, governance: shadow, dependsOn: [core] }
views:
  - { name: payments, title: "Payments <&>", include: { domains: [payments] } }
  - { name: sanctioned, exclude: { governance: [shadow] }, grouping: domains }
  - { name: near-acl, focus: { system: acl }, include: { systems: [ghost] } }
  - { name: paymnts-typo, include: { domains: [paymnts] } }
  - { name: by-team, grouping: owners }
`;

interface Drawn {
  title: string;
  nodes: { id: string; distance?: number }[];
  edges: { from: string; to: string }[];
  groups: { id: string; domain?: string; members: string[] }[];
}

describe('landscape render --view (built CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = workspace({ 'landscape.yaml': LANDSCAPE });
  });
  const render = (...args: string[]): ReturnType<typeof landscape> => landscape(['render', 'landscape.yaml', ...args], dir);
  const json = (view: string): Drawn => {
    const r = render('--view', view, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as Drawn;
  };

  it('draws the systems a view picks, the dependencies between them, under its title', () => {
    const d = json('payments');
    assert.equal(d.title, 'Payments <&>');
    assert.deepEqual(d.nodes.map((n) => n.id).sort(), ['acl', 'core']);
    assert.deepEqual(d.edges.map((e) => `${e.from}>${e.to}`), ['acl>core']);
    const svg = render('--view', 'payments');
    assert.match(svg.stdout, /Payments &lt;&amp;&gt;/);
    assert.ok(!svg.stdout.includes('data-id="web"'));
  });

  it('collapses into domain groups when the view says so, and highlights a focus by distance', () => {
    const d = json('sanctioned');
    assert.equal(d.title, 'Bank: sanctioned');
    assert.deepEqual(d.nodes, []);
    assert.deepEqual(d.groups.map((g) => `${g.domain}:${g.members.join(',')}`).sort(), ['lending:web', 'payments:acl', 'payments:core']);
    // The focus stays whatever include says; an id that names nothing picks nothing (and is a warning, not a refusal).
    assert.deepEqual(json('near-acl').nodes.map((n) => `${n.id}@${n.distance}`), ['acl@0']);
    const lint = landscape(['lint', 'landscape.yaml', '--format', 'json'], dir);
    const findings = (JSON.parse(lint.stdout) as { results: { diagnostics: { rule: string; message: string }[] }[] }).results[0].diagnostics.filter((m) => m.rule === 'core/invalid-view').map((m) => m.message);
    assert.deepEqual(findings, ["View 'near-acl' names system 'ghost', which the landscape does not have.", "View 'paymnts-typo' names domain 'paymnts', which the landscape does not have; did you mean 'payments'?"]);
  });

  it('groups by owner when the view says so, or as --group-by says, which overrides a view\'s grouping', () => {
    const groups = (d: Drawn): string[] => d.groups.map((g) => `${g.id}=${g.members.join(',')}`);
    assert.deepEqual(groups(json('by-team')), ['owner-group:mode1:t=core', 'owner-group:gearbox:t=acl', 'owner-group:mode2:t=sheet,web']);
    const jsonOf = (...args: string[]): Drawn => JSON.parse(render(...args, '--format', 'json').stdout) as Drawn;
    assert.deepEqual(groups(jsonOf('--group-by', 'owner')), groups(json('by-team')));
    assert.deepEqual(groups(jsonOf('--group-by', 'domain')), ['group:mode1:payments=core', 'group:gearbox:payments=acl', 'group:mode2:lending=web', 'group:mode2:=sheet']);
    const none = jsonOf('--view', 'sanctioned', '--group-by', 'none');
    assert.deepEqual([none.groups, none.nodes.map((n) => n.id).sort()], [[], ['acl', 'core', 'web']]);
    const page = render('--group-by', 'owner', '--format', 'html', '-o', 'owners.html');
    assert.deepEqual([page.code, page.stderr], [0, 'Wrote owners.html (4 systems, 3 dependencies, collapsed into 3 owner groups).\n']);
    const bad = render('--group-by', 'team');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown group-by 'team'/);
  });

  it('refuses an unknown view with the views it has, and --view with --focus', () => {
    assert.deepEqual(render('--view', 'payment'), { code: 2, stdout: '', stderr: "landscape render: no view 'payment' in the landscape; did you mean 'payments'? (its views: payments, sanctioned, near-acl, paymnts-typo, by-team)\n" });
    const none = workspace({ 'landscape.yaml': LANDSCAPE.slice(0, LANDSCAPE.indexOf('views:')) });
    assert.deepEqual(landscape(['render', 'landscape.yaml', '--view', 'x'], none), { code: 2, stdout: '', stderr: "landscape render: no view 'x' in the landscape (it has no views: section)\n" });
    const both = render('--view', 'payments', '--focus', 'core');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--view and --focus do not go together/);
  });
});
