/**
 * What Backstage's own fields can hold, by the rules its validators apply
 * (`@backstage/catalog-model`'s FieldFormatEntityPolicy and entity schema): a value that does
 * not fit travels under the `landscape.dev/` prefix instead (docs/interop.md; the keys and
 * their values: ../landscape-fields.ts).
 */
import { isMap, PREFIX } from '../landscape-fields';

/** Fields written as labels when their value fits a label (short enums people filter on). */
const LABEL_FIELDS = new Set(['mode', 'governance', 'criticality', 'exposure', 'lifecycle', 'paceLayer', 'sourcing', 'dataClassification', 'interaction']);

const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const TAG = /^[a-z0-9+#]+(-[a-z0-9+#]+)*$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const KEY_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export function fitsLabel(field: string, value: unknown): value is string {
  return LABEL_FIELDS.has(field) && typeof value === 'string' && value.length <= 63 && LABEL_VALUE.test(value);
}

export const isTag = (t: unknown): t is string => typeof t === 'string' && t.length <= 63 && TAG.test(t);

/** An annotation key as Kubernetes (and so Backstage) allows it: `[dns-subdomain/]name`. */
function isAnnotationKey(key: string): boolean {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length <= 63 && KEY_NAME.test(name);
}

export const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The landscape's `annotations` as Backstage annotations: string values, valid keys, none under our prefix. */
export function fitsAnnotations(v: unknown): v is Record<string, string> {
  return isMap(v) && Object.entries(v).every(([k, x]) => typeof x === 'string' && isAnnotationKey(k) && !k.startsWith(PREFIX));
}

/** A text Backstage takes for a link's title or icon: something besides white space. */
const notBlank = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** What Backstage takes for a URL (its policy asks the WHATWG URL parser). */
function isUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

/** The landscape's `links` as Backstage links: `{url, title?, icon?}`, a URL and texts that are not blank. */
export function fitsLinks(v: unknown): v is { url: string; title?: string; icon?: string }[] {
  return Array.isArray(v) && v.every((x) => isMap(x) && isUrl(x.url) && Object.keys(x).every((k) => k === 'url' || ((k === 'title' || k === 'icon') && notBlank(x[k]))));
}

/** Backstage's `spec.lifecycle` for a landscape lifecycle (SPEC §2.7; the label keeps the exact phase). */
export function backstageLifecycle(lifecycle: unknown): string {
  return lifecycle === 'plan' || lifecycle === 'phaseIn' ? 'experimental' : lifecycle === 'phaseOut' || lifecycle === 'endOfLife' ? 'deprecated' : 'production';
}
