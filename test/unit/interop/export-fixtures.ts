/** The landscape the exporters' tests export: the repository's example, linted from disk. */
import * as path from 'node:path';
import { lintLandscape, type LintResult } from '../../../src/core/index';
import { nodeHost, toCorePath } from '../../../src/cli/node-host';

const EXAMPLE = path.resolve(__dirname, '../../../examples/fjordbank/landscape.yaml');

export async function exampleLandscape(): Promise<LintResult['landscape']> {
  return (await lintLandscape(toCorePath(EXAMPLE), nodeHost, { today: '2026-02-01' })).landscape;
}
