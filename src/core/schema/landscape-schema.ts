/**
 * The JSON Schema of the landscape format (SPEC §2), built here once and written to
 * schemas/landscape.schema.json by scripts/gen-schema.ts (a test keeps the file current).
 * Structure only: references, graph semantics and rule options are checked elsewhere.
 * No big oneOf: "id or object" entries use `type: [string, object]` with if/then, so a
 * wrong entry gets one precise error instead of a list of failed alternatives.
 */
import { DATE_PATTERN } from '../util/dates';

type Schema = Record<string, unknown>;

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const id = (description: string): Schema => ({ type: 'string', pattern: ID_PATTERN, maxLength: 63, description });
const ref = (kind: string, description: string): Schema => ({ type: 'string', pattern: ID_PATTERN, maxLength: 63, description: `${description} (${kind} id).` });
const date = (description: string): Schema => ({ type: 'string', pattern: DATE_PATTERN, description: `${description} Date as YYYY-MM-DD.` });
/**
 * Allowed values, each with what it means (Markdown). The schema carries each meaning twice, as
 * VS Code's own JSON schemas do: `markdownEnumDescriptions` for editors that render Markdown
 * (our completion, the Red Hat YAML extension) and `enumDescriptions` in plain text;
 * docs/format.md lists them under the field. `def`: the value the engine assumes when the key is absent.
 */
type Values = Record<string, string>;
const plainText = (markdown: string): string => markdown.replace(/\*\*|`/g, '');
function oneOfValues(values: Values, description: string, def?: string): Schema {
  return {
    type: 'string',
    enum: Object.keys(values),
    ...(def === undefined ? {} : { default: def }),
    description,
    enumDescriptions: Object.values(values).map(plainText),
    markdownEnumDescriptions: Object.values(values),
  };
}
/** Some of a value set's values, in the order given. */
const someOf = (values: Values, keys: string[]): Values => Object.fromEntries(keys.map((k) => [k, values[k]]));
const list = (items: Schema, description: string): Schema => ({ type: 'array', items, description });

// What each value means: completion shows it beside the value, docs/format.md under the field.
const MODES: Values = {
  mode1: '**Mode 1**, a system of record: slow and robust, reliability first, a few releases a year (ERP, core banking).',
  mode2: '**Mode 2**, a system of engagement: fast and customer-facing, frequent releases, experiments welcome (apps, web shops).',
  gearbox: '**Gearbox**, the integration layer that decouples Mode 1 from Mode 2: API façades, event streams, read models, anti-corruption layers.',
};
const LIFECYCLE: Values = {
  plan: '**Planned**: not in use yet.',
  phaseIn: '**Being introduced**: in use by some, growing.',
  active: '**In use** (the default).',
  phaseOut: '**Being retired**: take no new consumers; name a `successor` and an `endOfLife`.',
  endOfLife: '**Retired**: nothing should depend on it any more.',
};
const SYSTEM_EXPOSURE: Values = {
  internal: 'Reached only **inside** the company network (the default).',
  partner: 'Reached by **partners**, over a private or authenticated link.',
  internet: 'Reached from the **public internet**: customers use it directly.',
};
const API_EXPOSURE: Values = {
  internal: 'Called only from **inside** the company (the default).',
  partner: 'Called by **partners**.',
  internet: 'Called from the **public internet**.',
};
const CLASSIFICATION: Values = {
  public: '**Public**: may be published.',
  internal: '**Internal**: for employees; a leak does little harm.',
  confidential: '**Confidential**: customer or business data; a leak does real harm.',
  restricted: '**Restricted**: the most sensitive data (card numbers, health, secrets), under the tightest controls.',
};
const GOVERNANCE: Values = {
  sanctioned: '**Sanctioned** by IT (the default).',
  shadow: '**Shadow IT**: not sanctioned by IT; found by CASB, expense reports, ….',
};
const INTERACTION: Values = {
  sync: '**Synchronous**: the caller waits for the answer, so an outage passes along the edge.',
  async: '**Asynchronous**: a queue, an event or a batch; the edge decouples an outage.',
};
const DIRECTIONS: Values = {
  up: '**Up**: what the system depends on (its providers, and theirs).',
  down: '**Down**: its consumers (and theirs).',
  both: '**Both** ways (the default).',
};

const common: Record<string, Schema> = {
  id: id('Global id, unique across all entity kinds and files: kebab-case (lowercase letters, digits, single hyphens), at most 63 characters. References use it.'),
  name: str('Display name shown in diagrams, hovers and messages.'),
  description: str('One-paragraph description.'),
  tags: list({ type: 'string', description: 'A tag.' }, 'Free classification (Backstage tags), e.g. casb-discovered.'),
  links: list({
    type: 'object',
    description: 'A link to a runbook, dashboard or specification.',
    properties: { url: str('Address of the linked page.'), title: str('Title shown for the link.'), icon: str('Optional icon name.') },
    required: ['url'],
    additionalProperties: false,
  }, 'Runbooks, dashboards and specifications.'),
  annotations: {
    type: 'object',
    description: 'Tool-specific key/value data (Backstage annotations), e.g. leanix.net/id.',
    additionalProperties: { type: 'string', description: 'Annotation value.' },
  },
  suppress: list({
    type: 'object',
    description: 'Suppresses violations of one rule whose subject is this entity.',
    properties: {
      rule: str('Id of the rule to suppress, e.g. no-shadow-it.'),
      reason: str('Why the violation is accepted (mandatory, shown to reviewers).', { minLength: 1 }),
      until: date('Last day the suppression applies; after it the violation is reported again.'),
    },
    required: ['rule', 'reason'],
    additionalProperties: false,
  }, 'Accepted violations of rules whose subject is this entity, each with a reason.'),
};

function entity(description: string, props: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', description, properties: { ...common, ...props }, required: ['id', ...required], additionalProperties: false };
}

/** An entry that is either an id or a mapping with `key` (+ more fields). */
function idOrObject(key: string, kind: string, description: string, props: Record<string, Schema>): Schema {
  return {
    type: ['string', 'object'],
    description,
    if: { type: 'string' },
    then: { pattern: ID_PATTERN, maxLength: 63 },
    else: { properties: { [key]: ref(kind, `The ${kind} this entry refers to`), ...props }, required: [key], additionalProperties: false },
  };
}

const interaction = oneOfValues(INTERACTION, 'Timing of this edge: sync (the caller waits) or async (queue, event, batch). Overrides the default.');

const severity: Schema = {
  type: ['string', 'integer', 'boolean', 'array'],
  description: 'Severity: off, info, warn, error, 0 (off), 1 (warn), 2 (error), false (off), or [severity, { options }].',
};

const rulesMap: Schema = {
  type: 'object',
  description: 'Rule id → severity or [severity, options].',
  additionalProperties: severity,
};

/** Which systems a view's `include` or `exclude` names: by mode, domain, owner, governance, tag or id. */
function viewFilter(description: string): Schema {
  return {
    type: 'object',
    description,
    properties: {
      modes: list(oneOfValues(someOf(MODES, ['mode1', 'gearbox', 'mode2']), 'A mode.'), 'Systems of these modes.'),
      domains: list(ref('domain', 'A domain'), 'Systems of these domains.'),
      owners: list(ref('owner', 'An owner'), 'Systems owned by these owners.'),
      governance: list(oneOfValues(GOVERNANCE, 'sanctioned or shadow.'), 'Sanctioned systems, shadow IT, or both.'),
      tags: list(str('A tag.'), 'Systems with any of these tags.'),
      systems: list(ref('system', 'A system'), 'These systems.'),
    },
    additionalProperties: false,
  };
}

export const LANDSCAPE_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://landscape-tools.github.io/schemas/landscape.schema.json',
  title: 'landscape.yaml',
  description: 'An IT landscape: owners, domains, systems (Mode 1, gearbox, Mode 2), APIs, data stores and rollouts.',
  type: 'object',
  properties: {
    apiVersion: { const: 'landscape/v1', description: 'Format version; required in every file: landscape/v1.' },
    kind: oneOfValues({ Landscape: 'The **entry file** of a landscape: its `metadata` and `lint` are read.', LandscapeFragment: 'A file **imported** by another.' }, 'Landscape for the entry file, LandscapeFragment for imported files (informative).'),
    metadata: {
      type: 'object',
      description: 'About the landscape (read from the entry file).',
      properties: {
        name: id('Name of the landscape, id-shaped.'),
        title: str('Human-readable title.'),
        description: str('Free text.'),
        asOf: date('"Today" for date-based rules, so results are reproducible; default is the current date.'),
      },
      additionalProperties: false,
    },
    imports: list(str('A path or glob relative to this file, e.g. ./systems/*.yaml.'), 'Files to load after this one (depth first); globs expand in lexical order.'),
    lint: {
      type: 'object',
      description: 'Rule configuration, ESLint-shaped; read from the entry file only.',
      properties: {
        extends: { type: ['string', 'array'], items: { type: 'string' }, default: 'recommended', description: 'Preset (recommended, strict, none) or path to a ruleset file (YAML with extends and rules).' },
        rules: rulesMap,
        overrides: list({
          type: 'object',
          description: 'Rules for the files matching the globs; later overrides win.',
          properties: {
            files: { type: ['array', 'string'], items: { type: 'string' }, description: 'Globs on the path (relative to the entry file) of the file defining the subject.' },
            rules: rulesMap,
          },
          required: ['files'],
          additionalProperties: false,
        }, 'Per-file rule settings.'),
      },
      additionalProperties: false,
    },
    owners: list(entity('An organisational unit or executive (Backstage Group, LeanIX subscription).', {
      type: oneOfValues({
        executive: 'An **executive** (CEO, CIO, CTO, …): give the `role` that mode-owner-alignment looks for.',
        department: 'A **department** of the organisation.',
        team: 'A **team** that runs systems day to day.',
        'business-unit': 'A **business unit**: a division with its own profit and loss.',
        vendor: 'An external **vendor** that runs or supplies systems.',
        person: 'A single **person**.',
      }, 'Kind of unit.'),
      role: str('Executive role (CEO, CIO, CTO, CDO, CISO, …); used by mode-owner-alignment.'),
      parent: ref('owner', 'Reporting line: the unit this one reports to'),
      email: str('Contact address.'),
    }), 'Organisational units and executives.'),
    domains: list(entity('A business domain or bounded context (Backstage Domain).', {
      owner: ref('owner', 'Accountable owner of the domain'),
    }), 'Business domains.'),
    systems: list(entity('An application or software system (LeanIX Application, C4 software system).', {
      mode: oneOfValues(MODES, 'Speed: mode1 = system of record (slow, robust), mode2 = system of engagement (fast), gearbox = integration layer between them.'),
      paceLayer: oneOfValues({
        record: '**Systems of record**: packaged or legacy, changed rarely.',
        differentiation: '**Systems of differentiation**: what sets the company apart, changed every few months.',
        innovation: '**Systems of innovation**: new ideas tried fast, often short-lived.',
      }, 'Gartner pace layer (informative).'),
      type: str('Classification, e.g. erp, core-banking, web-app, bff, api-gateway, event-bus, cache, anti-corruption-layer.'),
      owner: ref('owner', 'Accountable team or unit'),
      domain: ref('domain', 'Business domain'),
      lifecycle: oneOfValues(LIFECYCLE, 'LeanIX lifecycle phase; default active.', 'active'),
      endOfLife: date('Planned or actual end of life.'),
      successor: ref('system', 'The system that replaces this one'),
      criticality: oneOfValues({
        missionCritical: 'An outage stops the business **at once** (payments, trading).',
        businessCritical: 'An outage hurts the business **within hours**.',
        businessOperational: 'An outage **hampers** work; workarounds exist.',
        administrativeService: 'An outage is an **inconvenience** (internal tools).',
      }, 'LeanIX business criticality.'),
      exposure: oneOfValues(SYSTEM_EXPOSURE, 'Network reach of the system itself; default internal.', 'internal'),
      sourcing: oneOfValues({ custom: '**Built**, in-house or for the company.', package: '**Bought** and run by the company (a packaged product).', saas: '**Rented**: run by a vendor as a service.' }, 'Build, buy or rent.'),
      governance: oneOfValues(GOVERNANCE, 'shadow = not sanctioned by IT (found by CASB, expense reports, …); default sanctioned.', 'sanctioned'),
      dataClassification: oneOfValues(CLASSIFICATION, 'Highest class of data the system holds.'),
      releaseCadence: str('How often it is released, e.g. daily or quarterly (informative).'),
      security: {
        type: 'object',
        description: 'Last security review (CISO).',
        properties: {
          lastReview: date('Date of the last security review.'),
          reviewedBy: ref('owner', 'Who reviewed it'),
          sso: { type: 'boolean', description: 'Single sign-on enforced.' },
          mfa: { type: 'boolean', description: 'Multi-factor authentication enforced.' },
        },
        additionalProperties: false,
      },
      consumes: list(idOrObject('api', 'api', 'An API this system uses: its id, or { api, interaction?, flow?, description? }.', {
        interaction,
        flow: oneOfValues({ in: 'Data flows **in** to this system.', out: 'Data flows **out** of this system.', both: 'Data flows **both** ways.' }, 'Data direction (documentation only).'),
        description: str('What the system uses the API for.'),
      }), 'APIs this system uses (Backstage consumesApis); each gives a dependency edge to the API provider.'),
      dependsOn: list(idOrObject('system', 'system', 'A direct dependency on another system: its id, or { system, interaction?, description? }.', {
        interaction: { ...interaction, default: 'sync', description: 'Timing of this dependency; default sync.' },
        description: str('How the dependency works (file drop, DB link, script, …).'),
      }), 'Direct dependencies not expressed as an API (file drop, DB link, script, manual export).'),
      dataAccess: list({
        type: 'object',
        description: 'Access to a data store (ArchiMate access relation).',
        properties: {
          store: ref('dataStore', 'The data store accessed'),
          access: oneOfValues({ read: '**Reads** the store.', write: '**Writes** to the store.', readwrite: '**Reads and writes**.', cdc: '**Change data capture**: reads the store\'s change log.' }, 'How: read, write, readwrite or cdc (change data capture).'),
          description: str('What is accessed and why.'),
        },
        required: ['store'],
        additionalProperties: false,
      }, 'Data stores this system accesses directly; the owning system\'s own access is implicit.'),
    }, ['mode']), 'Applications and software systems.'),
    apis: list(entity('An interface or contract with exactly one provider (LeanIX Interface, Backstage API).', {
      provider: ref('system', 'The one system that owns the contract and its change management'),
      type: oneOfValues({
        openapi: '**OpenAPI**: REST over HTTP; sync.',
        asyncapi: '**AsyncAPI**: events and messages; async.',
        graphql: '**GraphQL**; sync.',
        grpc: '**gRPC**; sync.',
        soap: '**SOAP** web service; sync.',
        odata: '**OData** (e.g. SAP Gateway); sync.',
        rfc: '**SAP RFC or BAPI**; sync.',
        idoc: '**SAP IDoc**; async.',
        file: '**File** transfer (a drop, SFTP); async.',
        other: '**Another** technology; sync unless `interaction` says otherwise.',
      }, 'Contract technology; asyncapi, idoc and file are async by default, the others sync.'),
      interaction: { ...interaction, description: 'Default timing for consumers: sync or async (default from the type).' },
      owner: ref('owner', 'Owner of the contract; default the provider\'s owner'),
      lifecycle: oneOfValues(LIFECYCLE, 'LeanIX lifecycle phase; default active.', 'active'),
      endOfLife: date('Planned or actual end of life.'),
      successor: ref('api', 'The API that replaces this one'),
      exposure: oneOfValues(API_EXPOSURE, 'Who may call it; default internal.', 'internal'),
      definition: str('OpenAPI/AsyncAPI document: a URL or a relative path.'),
    }, ['provider']), 'Interfaces: one provider, many consumers.'),
    dataStores: list(entity('A database, bucket or file share owned by one system.', {
      system: ref('system', 'Owning system: the only one that may access the store directly'),
      type: oneOfValues({
        database: 'A **database**.',
        'file-share': 'A **file share**.',
        'object-store': 'An **object store** (a bucket).',
        'data-warehouse': 'A **data warehouse**.',
        cache: 'A **cache**.',
        queue: 'A **queue**.',
      }, 'Kind of store.'),
      dataClassification: oneOfValues(CLASSIFICATION, 'Highest class of data stored.'),
    }, ['system']), 'Data stores.'),
    rollouts: list(entity('A planned change or go-live, checked against the zero-downtime checklist.', {
      targets: list(ref('system', 'A system changed by the rollout'), 'Systems changed by the rollout.'),
      owner: ref('owner', 'Who runs the rollout'),
      status: oneOfValues({ planned: '**Planned** (the default): checked against the checklist.', 'in-progress': '**Under way**: checked against the checklist.', done: '**Done**: history, not linted.' }, 'planned (default), in-progress or done; done rollouts are history and not linted.', 'planned'),
      start: date('Planned start.'),
      strategy: oneOfValues({
        'big-bang': '**Big bang**: everyone switches at once (assumed when absent).',
        phased: '**Phased**: in steps, e.g. by region or by function.',
        pilot: '**Pilot**: a small group first (describe it under `pilot`).',
        canary: '**Canary**: a small share of the traffic first, then more.',
        'blue-green': '**Blue-green**: a second environment, switched over at once and back on trouble.',
        'parallel-run': '**Parallel run**: old and new side by side, their results compared.',
      }, 'How it goes live; treated as big-bang when absent.', 'big-bang'),
      downtime: oneOfValues({ none: '**No** outage.', planned: 'A **planned outage** window: whatever reaches a target synchronously is down with it.' }, 'Planned outage window.'),
      communicationPlan: { type: 'object', description: 'Plan for users, stores, call centre and regulator (free keys, e.g. audiences, channels, leadTimeDays).' },
      testing: {
        type: 'object',
        description: 'Where the change was tested.',
        properties: {
          environment: oneOfValues({ 'production-like': 'A **production-like** environment (required before go-live).', staging: 'A **staging** environment.', test: 'A **test** environment.', none: '**Not tested**.' }, 'Test environment; production-like is required before go-live.'),
          types: list({ type: 'string', description: 'A kind of test, e.g. e2e, load.' }, 'Kinds of tests run.'),
        },
        additionalProperties: false,
      },
      rollback: {
        type: 'object',
        description: 'Plan B.',
        properties: { plan: str('How to go back.'), tested: { type: 'boolean', description: 'Whether the rollback was rehearsed.' } },
        additionalProperties: false,
      },
      pilot: { type: 'object', description: 'Pilot group or site (scope, durationDays).' },
      monitoring: { type: 'object', description: 'Dashboards and alerting used to decide go/no-go.' },
    }, ['targets']), 'Planned changes and go-lives.'),
    views: list({
      type: 'object',
      description: 'A saved view of the diagram: which systems it shows and how (landscape render --view <name>). Views never change what the rules report.',
      properties: {
        name: id('Name of the view, unique among the views: landscape render --view <name>.'),
        title: str('Title drawn above the view; default the landscape title and the view name.'),
        description: str('What the view is for.'),
        include: viewFilter('Show only the systems that match every criterion given here (each list: any of its values); absent: every system.'),
        exclude: viewFilter('Leave out the systems that match any value given here.'),
        focus: {
          type: 'object',
          description: 'Show one system and its neighbourhood (before include and exclude apply), each system highlighted by its distance.',
          properties: {
            system: ref('system', 'The system in the middle'),
            depth: { type: 'integer', minimum: 1, maximum: 3, default: 1, description: 'Neighbours up to this many edges away: 1, 2 or 3; default 1.' },
            direction: oneOfValues(DIRECTIONS, 'up: what it depends on; down: its consumers; both (default).', 'both'),
          },
          required: ['system'],
          additionalProperties: false,
        },
        grouping: oneOfValues({
          auto: '**Automatic** (the default): collapsed into domain groups above 300 systems.',
          domains: 'Always collapsed into **domain groups**.',
          owners: 'Always collapsed into **groups by owner**.',
          none: 'Every system **on its own**.',
        }, 'auto (default): collapsed into domain groups above 300 systems; domains: always collapsed into domain groups; owners: always collapsed into groups by owner; none: every system on its own.', 'auto'),
      },
      required: ['name'],
      additionalProperties: false,
    }, 'Saved views of the diagram (landscape render --view <name>); read from every file of the landscape, the first view of a name wins.'),
  },
  patternProperties: { '^x-': { description: 'Extension data for other tools; ignored by the linter.' } },
  required: ['apiVersion'],
  additionalProperties: false,
};
