/**
 * Reading the project's Markdown the way GitHub renders it, for the docs tests: fenced code
 * blocks, links and images outside code, and heading anchors (GitHub's slug rules).
 */

export interface CodeBlock {
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

export function codeBlocks(md: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++]);
    out.push({ lang: open[3], text: body.join('\n'), line: i + 1 });
    i = j;
  }
  return out;
}

/** The text with fenced code blocks blanked (lines kept, so line numbers stay). */
function withoutFences(md: string): string {
  let fence: string | null = null;
  return md.split('\n').map((l) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (f && f[1].startsWith(fence)) fence = null;
      return '';
    }
    if (f) fence = f[1];
    return f ? '' : l;
  }).join('\n');
}

/** The text with fenced blocks and inline code spans blanked (lines kept). */
function withoutCode(md: string): string {
  return withoutFences(md).split('\n').map((l) => l.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length))).join('\n');
}

export interface Link {
  target: string;
  image: boolean;
  line: number;
}

/** Inline links and images, reference definitions, and HTML `href`/`src`, outside code. */
export function links(md: string): Link[] {
  const out: Link[] = [];
  withoutCode(md).split('\n').forEach((l, i) => {
    const line = i + 1;
    // [text](target "title") and ![alt](target); the text may hold one level of brackets (an image in a link).
    for (const m of l.matchAll(/(!?)\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[2], image: m[1] === '!', line });
    const def = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(l);
    if (def) out.push({ target: def[1], image: false, line });
    for (const m of l.matchAll(/<(a|img)\b[^>]*\s(href|src)=["']([^"']+)["']/gi)) out.push({ target: m[3], image: m[1].toLowerCase() === 'img', line });
  });
  return out;
}

/** GitHub's anchor for a heading text (github-slugger): lowercase, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/[`*]/g, '') // code and emphasis marks
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor the document's headings give, with GitHub's -1, -2 … for repeated ones. */
export function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const l of withoutFences(md).split('\n')) {
    const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(l);
    if (!h) continue;
    const base = slug(h[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}
