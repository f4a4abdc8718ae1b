/**
 * The starter landscape of `landscape init` and the editor's *New landscape*: commented, lints
 * clean, `metadata.asOf` pinned to `asOf` (the caller's today, as core/util/dates.ts reads it).
 */
export function starterLandscape(asOf: string): string {
  return `# landscape.yaml — your IT landscape as code.
# Lint it with:  npx landscape-lint lint landscape.yaml   (npm install -D landscape-lint)
# The format, field by field: node_modules/landscape-lint/docs/format.md
#   or https://github.com/landscape-tools/landscape/blob/HEAD/docs/format.md
apiVersion: landscape/v1
kind: Landscape
metadata:
  name: my-landscape
  title: My company's IT landscape
  asOf: ${asOf}      # "today" for date-based rules; remove to use the current date

# Split large landscapes into fragments:
# imports: [./org.yaml, ./systems/*.yaml]

lint:
  extends: recommended                # recommended | strict | none | ./path/to/ruleset.yaml
  rules:
    max-fan-out: [warn, { max: 7 }]

owners:
  - { id: cio, type: executive, role: CIO }     # internal systems, Mode 1 and the gearbox
  - { id: cto, type: executive, role: CTO }     # the product stack, Mode 2
  - { id: team-core, type: team, parent: cio }
  - { id: team-integration, type: team, parent: cio }
  - { id: team-web, type: team, parent: cto }

systems:
  # Mode 1: the system of record — slow, robust, released quarterly.
  - id: erp
    name: ERP
    mode: mode1
    owner: team-core
    criticality: missionCritical

  # The gearbox: decouples the speeds in time (events) and in model (read models, ACLs).
  - id: event-hub
    name: Event hub
    mode: gearbox
    owner: team-integration
    consumes: [erp-order-idoc]

  # Mode 2: the fast, customer-facing front end.
  - id: web-shop
    name: Web shop
    mode: mode2
    owner: team-web
    consumes: [order-events]          # never the ERP directly

apis:
  - { id: erp-order-idoc, provider: erp, type: idoc }          # idoc, file and asyncapi are async by default
  - { id: order-events, provider: event-hub, type: asyncapi }
`;
}
