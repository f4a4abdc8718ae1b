/** Runs every *.test.js beside this file with mocha (BDD) inside the VS Code extension host. */
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';
import { countsLine } from '../../../scripts/test-counts.cjs';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The counts for the closing summary of `npm test` (scripts/test-all.mjs).
      const s = runner.stats;
      console.log(countsLine({ passed: s?.passes ?? 0, failed: s?.failures ?? 0, pending: s?.pending ?? 0 }));
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
