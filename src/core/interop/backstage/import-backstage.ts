/**
 * `landscape import backstage`: a Backstage catalog → one commented landscape.yaml, and the
 * messages about it (docs/interop.md). The order: read the catalog (Locations followed), index
 * it and hand out ids, then map section by section (data stores before systems, since a
 * store's own system needs no dataAccess), then say what was renamed, guessed, left dangling
 * or kept as annotations, and what could not be imported at all (kept as comments).
 */
import type { Host } from '../../load/host';
import { parseYaml } from '../../parse/parse-yaml';
import { validateFile } from '../../schema/validate-schema';
import { relative } from '../../util/paths';
import { Messages, type ImportResult } from '../messages';
import { writeLandscape, type OutDocument, type OutEntity, type OutSection } from '../yaml-writer';
import { CatalogIndex, type Granularity, type Placed } from './catalog-index';
import type { Draft } from './draft';
import { refText } from './entity-ref';
import { mapApi, mapDataStore, providersOf, storeSystems } from './map-apis-stores';
import type { MapContext, Mode } from './map-context';
import { landscapeOf, mapRollout } from './map-landscape-kinds';
import { mapDomain, mapOwner, ownerParents } from './map-org';
import { mapSystem } from './map-systems';
import { readCatalog, type UrlMapping } from './read-catalog';

export interface BackstageImportOptions {
  /** The mode of systems the catalog states none for (default mode2). */
  defaultMode?: Mode;
  granularity?: Granularity;
  urlMap?: UrlMapping[];
  /** The folder of the file to write (relative definitions are rebased onto it; absolute). */
  outDir: string;
}

export async function importBackstage(host: Host, inputs: string[], options: BackstageImportOptions): Promise<ImportResult> {
  const messages = new Messages();
  const entities = await readCatalog(host, inputs, messages, { urlMap: options.urlMap });
  if (messages.fatal) return { text: undefined, messages: messages.list, counts: {} };
  const index = new CatalogIndex(entities, options.granularity ?? 'component', messages);
  const ctx: MapContext = { index, messages, defaultMode: options.defaultMode ?? 'mode2', outDir: options.outDir, unmapped: new Map() };
  const sections: Partial<Record<OutSection, OutEntity[]>> = {};
  const trailer: string[] = [];
  const notImported = (p: Placed, why: string): void => {
    messages.add('error', `${refText(p.ref)} is not imported: ${why}`, { file: p.entity.file, line: p.entity.line });
    trailer.push(`${refText(p.ref)} (${relative(options.outDir, p.entity.file)}:${p.entity.line}): not imported, ${why}`);
  };
  const finish = (d: Draft): OutEntity => d.finish(ctx.unmapped);

  const owners = index.of('owners');
  const parents = ownerParents(owners, ctx);
  sections.owners = owners.map((p) => finish(mapOwner(p, ctx, parents)));
  sections.domains = index.of('domains').map((p) => finish(mapDomain(p, ctx)));

  const stores = storeSystems(ctx);
  const storeOwner = new Map<string, string>();
  sections.dataStores = [];
  for (const p of index.of('dataStores')) {
    const d = mapDataStore(p, ctx, stores);
    if (!d) notImported(p, 'no system depends on it, it names none in dependencyOf or spec.system, and its owner owns no system (add it under dataStores with its system)');
    else {
      storeOwner.set(p.id, String(d.fields.system));
      sections.dataStores.push(finish(d));
    }
  }
  sections.systems = systemsInOrder(index).map(({ p, heading }) => {
    const d = mapSystem(p, ctx, storeOwner);
    if (heading !== undefined) d.comments.unshift(heading);
    return finish(d);
  });
  const providers = providersOf(ctx);
  sections.apis = [];
  for (const p of index.of('apis')) {
    const d = mapApi(p, ctx, providers);
    if (d) sections.apis.push(finish(d));
    else notImported(p, 'no Component lists it in providesApis and neither its spec.system nor its owner has a system to provide it (add it under apis with its provider)');
  }
  sections.rollouts = index.of('rollouts').map((p) => finish(mapRollout(p, ctx)));

  const doc: OutDocument = { header: header(inputs, options.outDir), sections, trailer: [], sectionComments: {} };
  for (const p of index.all) {
    if (p.section !== undefined || index.foldedSystem(p)) continue;
    if (p.ref.kind === 'landscape' && p.entity.apiVersion.startsWith('landscape.dev/') && doc.metadata !== undefined) {
      messages.add('warning', `${refText(p.ref)}: a second kind Landscape; the first one's metadata and lint block are used`, { file: p.entity.file, line: p.entity.line });
      trailer.push(`${refText(p.ref)} (${relative(options.outDir, p.entity.file)}:${p.entity.line}): a second kind Landscape, not imported.`);
    } else if (p.ref.kind === 'landscape' && p.entity.apiVersion.startsWith('landscape.dev/')) {
      const { metadata, lint } = landscapeOf(p);
      doc.metadata = metadata as OutDocument['metadata'];
      if (lint !== undefined) doc.lint = lint as OutDocument['lint'];
    } else if (p.ref.kind === 'system') {
      if (!index.of('systems').some((c) => index.lookup(c.entity.spec.system, 'system', c) === p)) {
        messages.add('note', `${refText(p.ref)} has no Component in the catalog: kept as a comment`, { file: p.entity.file, line: p.entity.line });
        trailer.push(`${systemHeading(p)} has no Component in the catalog.`);
      }
    } else if (p.ref.kind === 'landscape' || p.ref.kind === 'rollout') {
      messages.add('warning', `${refText(p.ref)}: kind ${p.entity.kind} is the landscape's own only under apiVersion landscape.dev/v1alpha1, not ${p.entity.apiVersion}; kept as a comment`, { file: p.entity.file, line: p.entity.line });
      trailer.push(`${refText(p.ref)} (${relative(options.outDir, p.entity.file)}:${p.entity.line}): kind ${p.entity.kind} of apiVersion ${p.entity.apiVersion}, not imported.`);
    } else {
      messages.add('warning', `${refText(p.ref)}: the landscape has no section for kind ${p.entity.kind}; kept as a comment`, { file: p.entity.file, line: p.entity.line });
      trailer.push(`${refText(p.ref)} (${relative(options.outDir, p.entity.file)}:${p.entity.line}): kind ${p.entity.kind}, not imported.`);
    }
  }
  if (trailer.length) doc.trailer = ['Not imported from the catalog:', ...trailer.map((t) => `  ${t}`)];
  report(ctx);

  const text = writeLandscape(doc);
  selfCheck(text, messages);
  const counts = Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v?.length ?? 0]));
  return { text, messages: messages.list, counts };
}

/**
 * Systems in catalog order, except that at --granularity component the Components of one
 * Backstage System follow each other under a comment naming the System.
 */
function systemsInOrder(index: CatalogIndex): { p: Placed; heading?: string }[] {
  const systems = index.of('systems');
  if (index.granularity === 'system') return systems.map((p) => ({ p }));
  const groupOf = (c: Placed): Placed | undefined => {
    const s = index.lookup(c.entity.spec.system, 'system', c);
    return s && s.ref.kind === 'system' ? s : undefined;
  };
  const out: { p: Placed; heading?: string }[] = [];
  const done = new Set<Placed>();
  for (const c of systems) {
    if (done.has(c)) continue;
    const group = groupOf(c);
    if (!group) {
      out.push({ p: c });
      done.add(c);
      continue;
    }
    systems.filter((o) => groupOf(o) === group).forEach((o, i) => {
      out.push(i === 0 ? { p: o, heading: systemHeading(group) } : { p: o });
      done.add(o);
    });
  }
  return out;
}

function systemHeading(s: Placed): string {
  const m = s.entity.metadata;
  const title = typeof m.title === 'string' ? ` (${m.title})` : '';
  const description = typeof m.description === 'string' ? `: ${m.description}` : '';
  return `Backstage System ${refText(s.ref)}${title}${description}`;
}

function header(inputs: string[], outDir: string): string[] {
  return [
    `Imported from the Backstage catalog ${inputs.map((i) => relative(outDir, i)).join(', ')} by landscape import backstage.`,
    'The mapping: docs/interop.md. Systems whose mode the catalog does not state, and guessed providers',
    'and owning systems, carry a comment: decide them, then run landscape lint.',
  ];
}

/** One line per kind of thing to know: renamed ids, references to entities not in the catalog, kept fields. */
function report(ctx: MapContext): void {
  const { index, messages } = ctx;
  for (const r of index.ids.renamings) {
    messages.add('warning', r.wanted === '' ? `${r.source} has no letter or digit in its name: id ${r.id}` : `${r.source} gets id ${r.id}: ${r.wanted} is ${r.takenBy}'s`);
  }
  const dangling = [...index.dangling.values()];
  if (dangling.length) {
    messages.add('warning', `${dangling.length} referenced ${dangling.length === 1 ? 'entity is' : 'entities are'} not in the catalog; kept as ids for landscape lint to report (no-dangling-reference): ${dangling.map((d) => `${d.text} as ${d.id} (${d.count}×)`).join(', ')}`);
  }
  for (const [what, count] of ctx.unmapped) {
    messages.add('note', `${what} (${count} ${count === 1 ? 'entity' : 'entities'}) has no landscape field: kept as annotation landscape.dev/backstage.${what.split(' ')[1]}`);
  }
}

/** The file must be one `landscape lint` reads without a core/* finding: a mapping bug is said, not written silently. */
function selfCheck(text: string, messages: Messages): void {
  const parsed = parseYaml(text);
  const problems = [...parsed.problems, ...validateFile(parsed.root, { isEntry: true })];
  for (const p of problems) messages.add('error', `internal: the landscape written has ${p.code}: ${p.message} (please report this)`);
}
