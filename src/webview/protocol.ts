/** Messages between the extension host and the diagram webview (both directions, typed). */
import type { Diagram } from '../core/diagram/model';

export interface ViewState {
  /** viewBox origin and zoom factor. */
  x: number;
  y: number;
  zoom: number;
  selected?: string;
  filters?: Filters;
}

export interface Filters {
  modes: string[];
  domain: string;
  owner: string;
  onlyFindings: boolean;
  search: string;
}

export type HostToWebview =
  | { type: 'update'; diagram: Diagram }
  | { type: 'highlight'; id: string | null }
  | { type: 'export' };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'revealSource'; id: string; kind: 'node' | 'edge' }
  | { type: 'exportResult'; svg: string; png: string }
  | { type: 'state'; state: ViewState };
