// Mocha's spec reporter plus one machine-readable line at the end, so scripts/test-all.mjs can
// add this suite's counts to the closing summary of `npm test` without parsing prose.
const Mocha = require('mocha');
const { countsLine } = require('./test-counts.cjs');

class SpecWithCounts extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats ?? {};
      console.log(countsLine({ passed: s.passes ?? 0, failed: s.failures ?? 0, pending: s.pending ?? 0 }));
    });
  }
}
module.exports = SpecWithCounts;
