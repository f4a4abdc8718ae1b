import { asMap, findPair, getValue } from '../parse/yaml-tree';
import { fix, insertKeyEdit, keySpan, replaceEdit } from './locate';
import { defineRule } from './rule';
import { activeRollouts } from './rollout-support';

export default defineRule({
  meta: {
    id: 'rollout-requires-prodlike-test',
    category: 'rollout',
    defaultSeverity: 'error',
    description: 'A rollout not tested in a production-like environment.',
    rationale: 'Thorough tests in a production-like environment before touching systems of record.',
    optionsSchema: {},
    defaultOptions: {},
    fixable: true,
    docs: `Flags a rollout (status other than \`done\`) whose \`testing.environment\` is not \`production-like\`, or that has no \`testing\` block.

Triggers: \`testing: { environment: staging }\`.

Does not trigger: \`testing: { environment: production-like }\`.

**Fix:** the quick fix sets \`testing.environment\` to \`production-like\` (or inserts \`testing: { environment: production-like }\`).`,
  },
  check(ctx) {
    for (const r of activeRollouts(ctx.landscape)) {
      if (r.testingEnvironment === 'production-like') continue;
      const testing = asMap(getValue(r.node, 'testing'));
      const env = testing ? findPair(testing, 'environment') : undefined;
      const edit = env?.value
        ? replaceEdit(r.file, { start: env.value.start, end: env.value.end }, 'production-like')
        : testing
          ? insertKeyEdit(r.file, ctx.text(r.file), testing, 'environment', 'production-like')
          : findPair(r.node, 'testing')
            ? replaceEdit(r.file, { start: findPair(r.node, 'testing')!.value?.start ?? keySpan(r, 'testing').end, end: keySpan(r, 'testing').end }, '{ environment: production-like }')
            : insertKeyEdit(r.file, ctx.text(r.file), r.node, 'testing', '{ environment: production-like }');
      ctx.report({
        subject: r.id,
        related: [r.id],
        file: r.file,
        span: r.hasTesting ? keySpan(r, 'testing') : r.idSpan,
        message: r.testingEnvironment
          ? `Rollout '${r.id}' was tested in ${r.testingEnvironment}, not in a production-like environment; test it production-like before go-live.`
          : `Rollout '${r.id}' names no production-like test; test it in a production-like environment and record testing.environment.`,
        fixes: [fix('Set testing environment to production-like', 'set-testing-production-like', [edit])],
      });
    }
  },
});
