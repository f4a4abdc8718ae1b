/**
 * What the diagram exports (LikeC4, PlantUML, Structurizr, draw.io) draw: the systems in the
 * lanes of the editor's diagram (Mode 1 | gearbox | Mode 2 | no valid mode), grouped by the
 * domain they name, and one relationship per dependency edge of SPEC §2.4 (the graph's
 * edges: `consumes` through the API's provider, `dependsOn`), with its effective interaction.
 * Texts stay raw here; each writer escapes them for its own language.
 */
import { LANES, type Lane } from '../../diagram/model';
import type { Interaction } from '../../model/entities';
import type { Landscape } from '../../model/landscape';
import { getValue, scalarString } from '../../parse/yaml-tree';

export interface PictureSystem {
  id: string;
  /** The system's index in load order: identifiers of ids that are not kebab-case are made from it. */
  index: number;
  name: string;
  lane: Lane;
  /** The declared domain the system names (a dangling one is no group). */
  domain?: string;
  description?: string;
  type?: string;
  owner?: string;
  lifecycle: string;
  shadow: boolean;
}

export interface PictureEdge {
  from: string;
  to: string;
  /** The API's name (or id) for `consumes`, "depends on" for `dependsOn`. */
  label: string;
  /** The API's id, when the edge goes through one. */
  api?: string;
  /** The API's type (openapi, asyncapi, …), when it has one. */
  apiType?: string;
  interaction: Interaction;
}

export interface PictureDomain {
  id: string;
  index: number;
  name: string;
  description?: string;
}

export interface Picture {
  title: string;
  systems: PictureSystem[];
  edges: PictureEdge[];
  /** Declared domains that at least one system names, in load order. */
  domains: PictureDomain[];
  /** The lanes with systems in them, in the diagram's order. */
  lanes: { id: Lane; label: string; systems: PictureSystem[] }[];
}

const laneOf = (mode: string | undefined): Lane => (mode === 'mode1' || mode === 'gearbox' || mode === 'mode2' ? mode : 'unassigned');

/** metadata.title, else metadata.name, else the entry file's name (as the diagram's title). */
export function landscapeTitle(l: Landscape): string {
  const meta = l.files[0]?.metadata;
  return scalarString(getValue(meta, 'title')) || scalarString(getValue(meta, 'name')) || l.entry.slice(l.entry.lastIndexOf('/') + 1);
}

export function pictureOf(l: Landscape): Picture {
  const domainIds = new Set(l.domains.map((d) => d.id));
  const systems: PictureSystem[] = l.systems.map((s, index) => ({
    id: s.id,
    index,
    name: s.name ?? s.id,
    lane: laneOf(s.mode),
    domain: s.domain && domainIds.has(s.domain.id) ? s.domain.id : undefined,
    description: scalarString(getValue(s.node, 'description')) || undefined,
    type: s.type,
    owner: s.owner?.id,
    lifecycle: s.lifecycle,
    shadow: s.governance === 'shadow',
  }));
  const named = new Set(systems.map((s) => s.domain));
  const domains = l.domains
    .map((d, index) => ({ id: d.id, index, name: d.name ?? d.id, description: scalarString(getValue(d.node, 'description')) || undefined }))
    .filter((d) => named.has(d.id));
  const edges: PictureEdge[] = [];
  for (const s of l.systems) {
    for (const e of l.graph.out.get(s.id) ?? []) {
      const api = e.via ? l.apiById.get(e.via) : undefined;
      edges.push({ from: e.from, to: e.to, label: api ? (api.name ?? api.id) : 'depends on', api: api?.id, apiType: api?.type, interaction: e.interaction });
    }
  }
  const lanes = LANES.map((lane) => ({ ...lane, systems: systems.filter((s) => s.lane === lane.id) })).filter((lane) => lane.systems.length > 0);
  return { title: landscapeTitle(l), systems, edges, domains, lanes };
}

/**
 * An identifier for an entity in a generated file: `<prefix>_<id>` with hyphens as
 * underscores when the id is kebab-case (every language here takes that), else
 * `<prefix>__<index>`. Kebab ids have no "__", so the two forms never meet: distinct
 * entities get distinct identifiers, whatever their ids.
 */
export function identifier(prefix: string, id: string, index: number): string {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? `${prefix}_${id.replace(/-/g, '_')}` : `${prefix}__${index}`;
}
