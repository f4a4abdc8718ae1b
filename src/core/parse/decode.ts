/** Bytes → text, refusing binary and non-UTF-8 files with a problem at the first bad byte. */
import type { ParseProblem } from './parse-yaml';

export interface Decoded {
  text: string;
  problem?: ParseProblem;
}

/** Files above this size are refused (a landscape of 10,000 systems is ~5 MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function decode(content: string | Uint8Array): Decoded {
  if (typeof content === 'string') {
    if (content.length > MAX_FILE_BYTES) return tooLarge(content.length);
    const nul = content.indexOf('\0');
    if (nul >= 0) return binary(nul);
    return { text: content };
  }
  if (content.length > MAX_FILE_BYTES) return tooLarge(content.length);
  const nul = content.indexOf(0);
  if (nul >= 0) return binary(nul);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    const text = new TextDecoder('utf-8').decode(content);
    const bad = Math.max(0, text.indexOf('\uFFFD'));
    return {
      text,
      problem: { code: 'core/yaml-syntax', message: 'This file is not valid UTF-8 text; save it as UTF-8.', span: { start: bad, end: Math.min(text.length, bad + 1) } },
    };
  }
}

function tooLarge(size: number): Decoded {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return {
    text: '',
    problem: { code: 'core/yaml-syntax', message: `File too large to lint (${mb(size)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB). Split it into fragments with imports.`, span: { start: 0, end: 0 } },
  };
}

function binary(at: number): Decoded {
  return {
    text: '',
    problem: { code: 'core/yaml-syntax', message: `This is a binary file, not YAML text (NUL byte at offset ${at}).`, span: { start: 0, end: 0 } },
  };
}
