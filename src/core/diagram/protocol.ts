/**
 * Messages between a host and the diagram webview (both directions, typed). Hosts are the
 * extension's panel (through core/index.ts) and the standalone page's host (page-host.ts);
 * the webview imports this file directly. Types only: nothing of it is in a bundle.
 */
import type { Severity } from '../types';
import type { Diagram, Grouping, Lane } from './model';

export interface ViewState {
  /** viewBox origin and zoom factor. */
  x: number;
  y: number;
  zoom: number;
  /** The view is the fitted one (webview/fit.ts), so a resize or an update fits again; false once the user zooms or pans. */
  fitted?: boolean;
  selected?: string;
  filters?: Filters;
  /** Domain groups shown expanded (large landscapes), so a restored panel reopens them. */
  expanded?: string[];
  /** The part of the landscape drawn instead of the whole (focus, impact, saved view), so a restored panel asks for it again. */
  pick?: DiagramPick;
  /** The grouping picked in the toolbar (absent: auto), so a restored panel asks for it again. */
  grouping?: Grouping;
}

export interface Filters {
  modes: string[];
  domain: string;
  owner: string;
  onlyFindings: boolean;
  search: string;
  /** Dim what the filters leave out instead of hiding it (absent: hide). */
  dim?: boolean;
}

export type PickDirection = 'up' | 'down' | 'both';

/**
 * A part of the landscape drawn instead of the whole, as the webview's pickers ask for it: one
 * system's neighbourhood (`render --focus`), the blast radius of its outage (`landscape
 * impact`), or a saved view (`render --view`). The host computes it with the core and lays it out.
 */
export type DiagramPick =
  | { kind: 'focus'; system: string; depth: number; direction: PickDirection }
  | { kind: 'impact'; system: string; direction: PickDirection; includeAsync: boolean }
  | { kind: 'view'; name: string };

/** A system as the pickers list it and the filters test it, also inside a collapsed group. */
export interface SystemFacts {
  id: string;
  label: string;
  lane: Lane;
  domain?: string;
  owner?: string;
  worst?: Severity;
}

/**
 * What the pickers offer: every system of the landscape (focus and impact pick one; the
 * filters count the members of collapsed groups with it) and its saved views.
 */
export interface PickChoices {
  systems: SystemFacts[];
  views: { name: string; title: string }[];
}

/** The part drawn (its title, and for an impact what it affects by mode), or why it could not be (the whole landscape is drawn instead). */
export type PickOutcome = { pick: DiagramPick; title: string; summary?: string } | { pick: DiagramPick; error: string };

export type HostToWebview =
  /**
   * A new picture. `choices`: what the pickers offer (absent: as before); `picked`: the part
   * drawn, null for the whole landscape (absent: as before).
   */
  | { type: 'update'; diagram: Diagram; choices?: PickChoices; picked?: PickOutcome | null }
  /** What the pickers offer, sent after `ready` and whenever it changes (nothing is drawn again). */
  | { type: 'choices'; choices: PickChoices }
  | { type: 'highlight'; id: string | null }
  | { type: 'export' };

export type WebviewToHost =
  /** `expanded`, `pick`, `grouping`: what the restored webview state had (the host re-lays out with them). */
  | { type: 'ready'; expanded?: string[]; pick?: DiagramPick; grouping?: Grouping }
  /** Group the lanes by domain or by owner, always, or never (the host re-lays out; every group starts collapsed). */
  | { type: 'setGrouping'; grouping: Grouping }
  /** Expand a collapsed domain group, or collapse an expanded one (the host re-lays out). */
  | { type: 'toggleGroup'; group: string }
  /** Draw a part of the landscape instead of the whole (null: the whole landscape again). */
  | { type: 'pick'; pick: DiagramPick | null }
  | { type: 'revealSource'; id: string; kind: 'node' | 'edge' }
  | { type: 'exportResult'; svg: string; png: string }
  | { type: 'state'; state: ViewState };
