// The files GitHub Actions gives a step to talk back to the workflow: outputs ($GITHUB_OUTPUT),
// the job summary ($GITHUB_STEP_SUMMARY) and the PATH of later steps ($GITHUB_PATH).
import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/** Appends `name=value` lines; a value with a line break uses the heredoc form with a random delimiter. */
export function setOutputs(outputs, file = process.env.GITHUB_OUTPUT) {
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const v = String(value);
    if (!/[\r\n]/.test(v)) text += `${name}=${v}\n`;
    else {
      const delimiter = `EOF_${randomBytes(8).toString('hex')}`;
      text += `${name}<<${delimiter}\n${v}\n${delimiter}\n`;
    }
  }
  appendFileSync(file, text);
}

export function appendSummary(markdown, file = process.env.GITHUB_STEP_SUMMARY) {
  if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

export function addPath(dir, file = process.env.GITHUB_PATH) {
  if (file) appendFileSync(file, `${dir}\n`);
}
