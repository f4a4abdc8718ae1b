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

  it('a timestamp keeps its date for the date rules', async () => {
    const r = await lintSnippet('owners: [{ id: t, type: team }]\nsystems:\n  - { id: a, mode: mode1, owner: t, endOfLife: 2025-10-01T23:00:00Z }\n');
    assert.deepEqual(findingsOf(r, 'lifecycle-date-passed').map((f) => f.subject), ['a']);
  });
});
