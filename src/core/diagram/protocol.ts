/**
 * Messages between a host and the diagram webview (both directions, typed). Hosts are the
 * extension's panel (through core/index.ts) and the standalone page's host (page-host.ts);
 * the webview imports this file directly. Types only: nothing of it is in a bundle.
 */
import type { Diagram } from './model';

export interface ViewState {
  /** viewBox origin and zoom factor. */
  x: number;
  y: number;
  zoom: number;
  selected?: string;
  filters?: Filters;
  /** Domain groups shown expanded (large landscapes), so a restored panel reopens them. */
  expanded?: string[];
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
  /** `expanded`: the groups the restored webview state had open (the host re-lays out with them). */
  | { type: 'ready'; expanded?: string[] }
  /** Expand a collapsed domain group, or collapse an expanded one (the host re-lays out). */
  | { type: 'toggleGroup'; group: string }
  | { type: 'revealSource'; id: string; kind: 'node' | 'edge' }
  | { type: 'exportResult'; svg: string; png: string }
  | { type: 'state'; state: ViewState };
