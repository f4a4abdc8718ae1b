/** Types of the vendored js-yaml event parser (yaml-events.js, generated: see scripts/vendor-yaml-events.mjs). */
export declare const REC: 11;

/** Bytes of the storage a released EventBuffer left for the next parse (0: none). */
export declare function spareBytes(): number;
/** Lets that storage go (an idle long-lived process); the next parse allocates its own. */
export declare function dropSpare(): void;

export declare class EventBuffer {
  /** Room for a text of `textLength` characters (the storage a released buffer left, when large enough). */
  constructor(textLength?: number);
  /** Appends one record (REC slots). */
  push(type: number, a: number, b: number, anchorStart: number, anchorEnd: number, tagStart: number, tagEnd: number, style: number, chomping: number, indent: number, fast: number): void;
  /** REC int32 slots per event: type, a, b, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping, indent, fast. */
  data: Int32Array;
  /** Number of events. */
  length: number;
  /** Hands the storage to the next parse (no zeroing of a fresh array); do not read the buffer afterwards. */
  release(): void;
}

export declare function parseEvents(input: string, options?: { maxDepth?: number; filename?: string }): EventBuffer;

export declare class YAMLException extends Error {
  reason: string;
  mark: { position: number; line: number; column: number };
  /** Thrown by parseEvents: where the quoted scalar still open at the error began (its quote), or -1. */
  openQuote?: number;
  /** Thrown by parseEvents: where the innermost flow collection still open at the error began (its bracket), or -1. */
  openFlow?: number;
}

export declare const EVENT_ID: { DOCUMENT: 1; SEQUENCE: 2; MAPPING: 3; SCALAR: 4; ALIAS: 5; POP: 6 };
export declare const SCALAR_STYLE: { PLAIN: 1; SINGLE_QUOTED: 2; DOUBLE_QUOTED: 3; LITERAL_BLOCK: 4; FOLDED_BLOCK: 5 };
export declare const COLLECTION_STYLE: { BLOCK: 1; FLOW: 2 };
export declare const CHOMPING_MODE: { CLIP: 1; STRIP: 2; KEEP: 3 };

export declare function getPlainValue(input: string, start: number, end: number): string;
export declare function getSingleQuotedValue(input: string, start: number, end: number): string;
export declare function getDoubleQuotedValue(input: string, start: number, end: number): string;
export declare function getBlockValue(input: string, start: number, end: number, indent: number, chomping: number, folded: boolean): string;
