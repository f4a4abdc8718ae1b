/**
 * A pull-request comment as GitHub shows it, made here without a network: the Markdown of
 * `landscape diff --format markdown` rendered by markdown-it (raw HTML allowed, so an escape we
 * missed would show up as markup), styled like GitHub's comment body, and each ```mermaid block
 * parsed and drawn by Mermaid's own bundle (node_modules/mermaid/dist, injected into the page).
 * Used by test/webview/diff-comment.test.ts and for the README's screenshot (scripts/readme-media.ts).
 */
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const MERMAID = path.join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

const CSS = `
body{margin:0;padding:24px;background:#f6f8fa;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328}
.comment{max-width:900px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:6px}
.comment-header{padding:8px 16px;background:#f6f8fa;border-bottom:1px solid #d0d7de;border-radius:6px 6px 0 0;color:#57606a}
.comment-header b{color:#1f2328}
.markdown-body{padding:16px}
.markdown-body h3{font-size:1.25em;margin:0 0 16px}
.markdown-body h4{font-size:1em;margin:24px 0 12px}
.markdown-body table{border-collapse:collapse;display:block;overflow:auto;margin:0 0 16px}
.markdown-body th,.markdown-body td{padding:6px 13px;border:1px solid #d0d7de}
.markdown-body tr:nth-child(2n){background:#f6f8fa}
.markdown-body blockquote{margin:0 0 16px;padding:0 1em;color:#57606a;border-left:.25em solid #d0d7de}
.markdown-body code{padding:.2em .4em;font-size:85%;background:rgba(175,184,193,.2);border-radius:6px}
.markdown-body a{color:#0969da;text-decoration:none}
.mermaid-diagram{display:flex;justify-content:center;padding:16px;border:1px solid #d0d7de;border-radius:6px}
`;

/** The comment as an HTML page (markdown-it with raw HTML enabled; fences left as `<pre><code class="language-mermaid">`). */
export function commentHtml(markdown: string, author = 'landscape-bot'): string {
  const body = new MarkdownIt({ html: true, linkify: false }).render(markdown);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Pull request comment</title><style>${CSS}</style></head>
<body><div class="comment"><div class="comment-header"><b>${author}</b> commented</div><div class="markdown-body">${body}</div></div></body></html>`;
}

/** Each Mermaid block: what `mermaid.parse` says (true, or the error's message), and the SVG drawn in its place. */
export async function drawMermaidBlocks(page: Page): Promise<(true | string)[]> {
  await page.addScriptTag({ path: MERMAID });
  return page.evaluate(async () => {
    interface Mermaid {
      initialize(c: object): void;
      parse(text: string): Promise<unknown>;
      render(id: string, text: string): Promise<{ svg: string }>;
    }
    const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    const results: (true | string)[] = [];
    const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
    for (const [i, code] of blocks.entries()) {
      const text = code.textContent ?? '';
      try {
        await mermaid.parse(text);
        const { svg } = await mermaid.render(`mermaid-${i}`, text);
        const div = document.createElement('div');
        div.className = 'mermaid-diagram';
        // Mermaid's own output, sanitised by it (securityLevel strict), as GitHub inserts it.
        div.innerHTML = svg;
        code.parentElement!.replaceWith(div);
        results.push(true);
      } catch (e) {
        results.push(e instanceof Error ? e.message : String(e));
      }
    }
    return results;
  });
}
