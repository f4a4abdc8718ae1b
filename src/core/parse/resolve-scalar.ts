/** YAML 1.2 core-schema resolution of plain scalars (https://yaml.org/spec/1.2.2/#1023-core-schema). */
import type { ScalarValue } from './yaml-tree';

const NULL = /^(?:~|null|Null|NULL|)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT10 = /^[-+]?[0-9]+$/;
const INT8 = /^0o[0-7]+$/;
const INT16 = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

/** First characters of a null, boolean, number, infinity or NaN: ~ n N t T f F 0-9 + - . */
const MAY_RESOLVE: boolean[] = Array.from({ length: 128 }, (_, i) => '~nNtTfF0123456789+-.'.includes(String.fromCharCode(i)));

export function resolvePlain(text: string): ScalarValue {
  if (text.length > 32) return text; // no number or keyword is that long: skip the regexes
  // Most plain scalars are ids and names: a first character that starts no keyword and no
  // number settles it without a regex (this runs for every plain scalar of a file).
  const c = text.charCodeAt(0);
  if (text.length > 0 && !MAY_RESOLVE[c < 128 ? c : 0]) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT10.test(text)) return Number(text);
  if (INT8.test(text)) return parseInt(text.slice(2), 8);
  if (INT16.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT.test(text)) return Number(text);
  if (INF.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (NAN.test(text)) return NaN;
  return text;
}
