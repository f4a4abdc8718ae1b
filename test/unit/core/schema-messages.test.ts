import { strict as assert } from 'node:assert';
import { findingsOf, lintSnippet } from '../../helpers/lint-snippet';

/** core/schema findings as "text under the span → message". */
async function schemaFindings(body: string): Promise<string[]> {
  const r = await lintSnippet(body);
  const text = r.text;
  return r.findings.filter((f) => f.rule === 'core/schema').map((f) => `${text.slice(f.span.start, f.span.end)} → ${f.message}`);
}

describe('core/schema messages quote the offending value at its node', () => {
  it('an unknown enum value', async () => {
    assert.deepEqual(await schemaFindings('systems:\n  - { id: a, mode: mode3 }\n'), ["mode3 → mode must be one of mode1, mode2, gearbox; found 'mode3' (system 'a')."]);
  });

  it('a malformed id and a wrong type', async () => {
    assert.deepEqual(await schemaFindings('systems:\n  - { id: Core_Banking, mode: mode1, tags: yes }\n'), [
      "Core_Banking → 'Core_Banking' is not a valid id: use kebab-case (lowercase letters, digits, single hyphens), at most 63 characters.",
      "yes → tags must be a list; found 'yes' (system 'core_banking').".replace('core_banking', 'Core_Banking'),
    ]);
  });

  it('malformed dates, but not YAML timestamps (SPEC §4: accept both)', async () => {
    assert.deepEqual(await schemaFindings('systems:\n  - { id: a, mode: mode1, endOfLife: 2025-13-01 }\n  - { id: b, mode: mode1, endOfLife: 01.02.2025 }\n'), [
      "2025-13-01 → '2025-13-01' is not a real calendar date (endOfLife).",
      "01.02.2025 → '01.02.2025' is not a date in YYYY-MM-DD form (endOfLife).",
    ]);
    assert.deepEqual(await schemaFindings('systems:\n  - { id: a, mode: mode1, endOfLife: 2025-10-01T23:00:00Z }\n  - { id: b, mode: mode1, endOfLife: 2025-10-01 10:00:00 +02:00 }\n'), []);
  });

  it('keys named like Object built-ins are ordinary unknown properties (no prototype tricks)', async () => {
    const r = await lintSnippet('systems:\n  - { id: a, mode: mode1, __proto__: { polluted: 1 }, constructor: x, toString: y, hasOwnProperty: z }\n');
    assert.deepEqual(
      r.findings.filter((f) => f.rule === 'core/unknown-property').map((f) => r.text.slice(f.span.start, f.span.end)),
      ['__proto__', 'constructor', 'toString', 'hasOwnProperty'],
    );
    assert.deepEqual(r.findings.filter((f) => f.rule === 'core/schema'), []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    // A missing required key is not found on the prototype either.
    const missing = await lintSnippet('systems:\n  - { mode: mode1, constructor: x }\n');
    assert.ok(missing.findings.some((f) => f.rule === 'core/schema' && /id/.test(f.message)));
  });

  it('a timestamp keeps its date for the date rules', async () => {
    const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode1, owner: t, endOfLife: 2025-10-01T23:00:00Z }\n');
    assert.deepEqual(findingsOf(r, 'lifecycle-date-passed').map((f) => f.subject), ['a']);
  });
});
