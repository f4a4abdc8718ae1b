export declare const PREFIX: string;
export interface Counts { passed: number; failed: number; pending?: number }
export declare function countsLine(c: Counts): string;
export declare function parseCounts(output: string): Required<Counts> | undefined;
