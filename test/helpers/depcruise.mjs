// Runs dependency-cruiser's API with the repository's .dependency-cruiser.cjs on the `src` folder
// of each directory given, and prints one JSON object: the configuration's known violations and,
// by directory, { violations, ignored }, each as "<rule>: <from> → <to>".
// test/unit/core/layering.test.ts runs it in plain Node: under tsx, @swc/core's Visitor class is
// imported through its `default` export and dependency-cruiser's swc visitor is not built
// ("visitor.getDependencies is not a function").
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const config = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));
const options = await extractDepcruiseOptions(config);
const show = (v) => `${v.rule.name}: ${v.from} → ${v.to}`;
const out = { known: options.knownViolations.map(show).sort(), results: {} };
for (const dir of process.argv.slice(2)) {
  const { output } = await cruise(['src'], { ...options, baseDir: dir, outputType: 'json' });
  const result = typeof output === 'string' ? JSON.parse(output) : output;
  const all = result.summary.violations;
  out.results[dir] = {
    violations: all.filter((v) => v.rule.severity !== 'ignore').map(show).sort(),
    ignored: all.filter((v) => v.rule.severity === 'ignore').map(show).sort(),
  };
}
process.stdout.write(JSON.stringify(out));
