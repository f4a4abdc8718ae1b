/**
 * A finding of the core itself (CORE_CODES: syntax, schema, imports, configuration, crashes,
 * suppressions): no subject, no related ids, the severity the code always has. Made by every
 * layer that finds such problems (load, config, lint), so it sits beside the types they share.
 */
import { spanOf } from '../parse/yaml-tree';
import type { Finding } from '../types';
import { CORE_CODES, type CoreCode } from './core-codes';

export function coreFinding(code: CoreCode, file: string, span: { start: number; end: number }, message: string): Finding {
  return { rule: code, severity: CORE_CODES[code].severity, message, subject: null, related: [], file, span: spanOf(span) };
}
