/**
 * The README's pictures of review mode, made from the example (examples/fjordbank) in a git
 * repository made here: `media/review-comment.png`, a pull request's `landscape diff --format
 * markdown` comment rendered as GitHub would (markdown-it, Mermaid's bundle, Chromium), and
 * `media/history-chart.png`, the `landscape history --format html` page over a short history.
 * Run: `node scripts/build.mjs && node --import tsx scripts/readme-media.ts` (needs Debian's chromium).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import { launchChromium } from '../test/helpers/chromium-page';
import { commentHtml, drawMermaidBlocks } from '../test/helpers/pr-comment';

const ROOT = path.resolve(__dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-media-'));
let day = 0;
const git = (...args: string[]): string => {
  const when = `2026-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, '0')}T10:00:00Z`;
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Architecture team', GIT_AUTHOR_EMAIL: 'ea@fjordbank.example', GIT_COMMITTER_NAME: 'Architecture team', GIT_COMMITTER_EMAIL: 'ea@fjordbank.example', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });
};
/** A commit of the edits (file → [from, to] replacements), `days` after the one before. */
const commit = (message: string, days: number, edits: Record<string, [string, string][]> = {}): void => {
  for (const [file, pairs] of Object.entries(edits)) {
    const p = path.join(dir, file);
    let text = readFileSync(p, 'utf8');
    for (const [from, to] of pairs) {
      if (!text.includes(from)) throw new Error(`${file}: '${from}' not found`);
      text = text.replace(from, to);
    }
    writeFileSync(p, text);
  }
  day += days;
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
};

async function run(argv: string[]): Promise<string> {
  let out = '';
  const code = await main(argv, { cwd: dir, isTty: false, stdout: (s) => (out += s), stderr: (s) => process.stderr.write(s), now: () => Date.UTC(2026, 3, 1) });
  if (code === 2) throw new Error(`landscape ${argv.join(' ')} failed`);
  return out;
}

async function shoot(html: string, file: string, width: number, mermaid: boolean): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    if (mermaid && (await drawMermaidBlocks(page)).some((r) => r !== true)) throw new Error('Mermaid refused the block');
    if (!mermaid) await page.locator('.ls-h-hit').nth(3).hover();
    await page.screenshot({ path: path.join(ROOT, 'media', file), fullPage: true });
  } finally {
    await browser.close();
  }
}

async function make(): Promise<void> {
  cpSync(path.join(ROOT, 'examples', 'fjordbank'), dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  commit('Fjordbank landscape, first version', 0);
  commit('Card platform: limits move to the v2 API', 9, { 'systems/mode2.yaml': [['consumes: [balance-api, payment-events, offers-api, card-limits-api]', 'consumes: [balance-api, payment-events, offers-api, card-limits-v2]']] });
  commit('Offer engine reads balances directly (spike)', 6, { 'systems/mode2.yaml': [['    consumes: [account-events]', '    consumes: [account-events, core-accounts-soap]']] });
  commit('WIP: onboarding split', 3, { 'systems/mode2.yaml': [['  - id: onboarding\n', '  - id: onboarding\n    consumes: [\n']] });
  commit('Onboarding split, fixed', 2, { 'systems/mode2.yaml': [['  - id: onboarding\n    consumes: [\n', '  - id: onboarding\n']] });
  commit('Offer engine back behind the gearbox', 8, { 'systems/mode2.yaml': [['    consumes: [account-events, core-accounts-soap]', '    consumes: [account-events]']] });
  git('tag', 'review-base');
  // The pull request of the comment: a new Mode-2 service calling core banking directly, and the offer engine's spike again.
  commit('Loan calculator for the mobile bank', 7, {
    'systems/mode2.yaml': [
      ['  - id: newsletter-tool\n', '  - id: loan-calculator\n    name: Loan calculator\n    mode: mode2\n    owner: team-mobile\n    domain: digital\n    consumes: [core-accounts-soap, offers-api]\n\n  - id: newsletter-tool\n'],
      ['    consumes: [account-events]', '    consumes: [account-events, core-accounts-soap]'],
    ],
  });
  const md = await run(['diff', 'landscape.yaml', '--base', 'review-base', '--head', 'HEAD', '--format', 'markdown', '--fail-on', 'never']);
  await shoot(commentHtml(md), 'review-comment.png', 980, true);
  const history = await run(['history', 'landscape.yaml', '--format', 'html']);
  await shoot(history, 'history-chart.png', 1060, false);
}

make().then(
  () => {
    rmSync(dir, { recursive: true, force: true });
    console.log('wrote media/review-comment.png and media/history-chart.png');
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
