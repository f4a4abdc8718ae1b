/**
 * A drawn edge that stands for several dependencies (parallel ones bundled, bundles.ts, or
 * the edges between collapsed groups) carries a count badge. Choosing the badge (a click, or
 * Enter on it: it is a focusable button) selects the edge: it and its two ends stand out as a
 * system's selection does (selection.ts), and a details box over the picture's top-left
 * corner says what it stands for: its ends and, for a bundle, each dependency as a button
 * that reveals where it is declared. An edge between groups lists no members: the webview has only their count
 * (expanding a group draws them one by one).
 *
 * `edgeDetails` is plain data (what the line says); `createDetailsLine` is its DOM.
 */
import type { Diagram, DiagramEdge } from '../core/diagram/model';
import { html } from './dom';

export interface EdgeDetails {
  /** The edge's ends and what it stands for, in words. */
  text: string;
  /** The dependencies it bundles, each revealable in the editor (none for an edge between groups). */
  members: { id: string; text: string }[];
}

const INTERACTION = { sync: 'synchronous', async: 'asynchronous' } as const;

/** What the details box says of drawn edge `edgeId`; undefined when it is not drawn or stands for one dependency. */
export function edgeDetails(d: Diagram, edgeId: string): EdgeDetails | undefined {
  const byId = new Map(d.edges.map((e) => [e.id, e] as const));
  const e = byId.get(edgeId);
  if (!e || e.bundledInto !== undefined) return undefined;
  const name = (id: string): string => {
    const n = d.nodes.find((x) => x.id === id);
    if (n) return n.label === n.id ? n.id : `${n.label} (${n.id})`;
    const g = (d.groups ?? []).find((x) => x.id === id);
    return g ? `group ${g.label} (${g.lane})` : id;
  };
  const ends = `${name(e.from)} → ${name(e.to)}`;
  const members = (e.bundle ?? []).map((id) => byId.get(id)).filter((m): m is DiagramEdge => m !== undefined);
  if (members.length > 1) {
    return {
      text: `${ends}: ${members.length} ${INTERACTION[e.interaction]} dependencies`,
      members: members.map((m) => ({ id: m.id, text: `${m.via ? `via ${m.via}` : 'direct'}${m.rules.length ? ` (${m.rules.join(', ')})` : ''}` })),
    };
  }
  if (e.count && e.count > 1) return { text: `${ends}: ${e.count} dependencies between the groups (expand a group to see each)`, members: [] };
  return undefined;
}

/** The details box: empty and hidden until an edge is chosen; `reveal` gets a listed dependency's id. */
export function createDetailsLine(reveal: (edgeId: string) => void): { element: HTMLElement; show(details: EdgeDetails | undefined): void } {
  const element = html('div', { class: 'ls-details', role: 'status', 'aria-label': 'Chosen edge' });
  element.hidden = true;
  return {
    element,
    show(details) {
      element.hidden = details === undefined;
      if (!details) {
        element.replaceChildren();
        return;
      }
      const items = document.createDocumentFragment();
      items.append(document.createTextNode(details.members.length ? `${details.text}:` : details.text));
      for (const m of details.members) {
        const b = html('button', { type: 'button', 'data-edge': m.id, title: 'Show where it is declared' }, m.text);
        b.addEventListener('click', () => reveal(m.id));
        items.append(' ', b);
      }
      element.replaceChildren(items);
    },
  };
}
