/**
 * The one date policy (src/core/util/dates.ts) at its boundaries: a date that is today,
 * yesterday and tomorrow; days that do not exist; timestamps; "today" is the UTC date whatever
 * the machine's zone; and the same policy seen through the schema, the rules, metadata.asOf,
 * the CLI's --as-of and `landscape init`.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { calendarDateOf, daysUntil, isCalendarDate, today } from '../../../src/core/util/dates';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { lintFiles } from '../../helpers/lint-snippet';

/** Runs `fn` with the process's time zone set to `zone` (Node reads TZ again when it changes). */
function inZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('dates (one policy: core/util/dates.ts)', () => {
  describe('today is the UTC calendar date of the injected clock', () => {
    it('the last and the first millisecond of a UTC day', () => {
      assert.equal(today(Date.UTC(2026, 0, 31, 23, 59, 59, 999)), '2026-01-31');
      assert.equal(today(Date.UTC(2026, 1, 1, 0, 0, 0, 0)), '2026-02-01');
      assert.equal(today(new Date(Date.UTC(2024, 1, 29, 12))), '2024-02-29');
    });

    it('the same day in every time zone at the same moment (CI in UTC and an editor in Tokyo or Los Angeles agree)', () => {
      // 2026-01-31 23:30 UTC is already 1 February in Tokyo and Kiritimati, still 31 January in Los Angeles.
      const moment = Date.UTC(2026, 0, 31, 23, 30);
      const days = ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((zone) =>
        inZone(zone, () => {
          // The zone is really in force: the local date differs from the UTC one in Tokyo.
          const local = new Date(moment).getDate();
          return `${zone}:${today(moment)}:${local}`;
        }),
      );
      assert.deepEqual(days, ['UTC:2026-01-31:31', 'Asia/Tokyo:2026-01-31:1', 'Pacific/Kiritimati:2026-01-31:1', 'America/Los_Angeles:2026-01-31:31']);
    });
  });

  describe('calendar dates and timestamps', () => {
    it('days that exist, and days that do not', () => {
      assert.deepEqual(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '0050-01-01'].map(isCalendarDate), [true, true, true, true, true]);
      assert.deepEqual(['2026-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026-01-01T00:00:00Z', ''].map(isCalendarDate), [false, false, false, false, false, false, false, false, false, false]);
    });

    it('a timestamp stands for the day it writes, whatever its offset (never converted to UTC)', () => {
      assert.equal(calendarDateOf('2026-01-31T23:30:00-05:00'), '2026-01-31'); // 1 February in UTC
      assert.equal(calendarDateOf('2026-02-01 00:30:00 +02:00'), '2026-02-01'); // 31 January in UTC
      assert.equal(calendarDateOf('2026-01-31t10:00:00.123Z'), '2026-01-31');
      assert.equal(calendarDateOf('2026-06-30T23:59:60Z'), '2026-06-30', 'a leap second is a real time');
    });

    it('a timestamp on a day or at a time that does not exist is no date', () => {
      assert.deepEqual(['2026-02-30T10:00:00Z', '2026-01-31T24:00:00Z', '2026-01-31T10:60:00Z', '2026-01-31T10:00:00+24:00', '2026-01-31 garbage', '2026-01-31T10:00'].map(calendarDateOf), [undefined, undefined, undefined, undefined, undefined, undefined]);
    });

    it('days between dates, across month ends, leap days, years and early years', () => {
      const to = daysUntil('2026-03-01');
      assert.deepEqual(['2026-03-01', '2026-02-28', '2025-03-01', '2026-03-02'].map(to), [0, 1, 365, -1]);
      assert.equal(daysUntil('2024-03-01')('2024-02-28'), 2);
      assert.equal(daysUntil('2001-01-01')('2000-01-01'), 366);
      assert.equal(daysUntil('0051-01-01')('0050-01-01'), 365, 'the year 50 is not read as 1950');
      assert.equal(daysUntil('1970-01-01')('1969-12-31'), 1);
    });
  });

  describe('through the engine: the rules, the schema and metadata.asOf', () => {
    const lint = async (endOfLife: string, opts: { today?: string; metadata?: string } = {}): Promise<string[]> => {
      const r = await lintFiles({
        '/ws/landscape.yaml': `apiVersion: landscape/v1\n${opts.metadata ?? ''}owners: [{ id: t, type: team }]\nsystems:\n  - { id: c, mode: mode2, owner: t, endOfLife: ${endOfLife} }\n`,
      }, '/ws/landscape.yaml', { today: opts.today ?? '2026-01-31' });
      return r.findings.filter((f) => f.rule === 'lifecycle-date-passed' || f.rule === 'core/schema').map((f) => `${f.rule}: ${f.message}`);
    };
    const passed = (day: string, asOf = '2026-01-31'): string => `lifecycle-date-passed: System 'c' reached its end of life on ${day} (as of ${asOf}) but its lifecycle is active; set lifecycle: endOfLife or correct the date.`;

    it('an end of life today and yesterday has passed (≤ asOf, SPEC §4), tomorrow has not', async () => {
      assert.deepEqual(await lint('2026-01-31'), [passed('2026-01-31')]);
      assert.deepEqual(await lint('2026-01-30'), [passed('2026-01-30')]);
      assert.deepEqual(await lint('2026-02-01'), []);
    });

    it('a timestamp counts as its written day', async () => {
      assert.deepEqual(await lint('2026-01-31T23:30:00-05:00'), [passed('2026-01-31')]);
      assert.deepEqual(await lint('2026-02-01T00:30:00+02:00'), []);
    });

    it('a day that does not exist is reported once, by the schema, and no rule counts from it', async () => {
      assert.deepEqual(await lint('2026-02-30', { today: '2026-12-31' }), ["core/schema: '2026-02-30' is not a real calendar date (endOfLife)."]);
      assert.deepEqual(await lint('2026-02-30T10:00:00Z', { today: '2026-12-31' }), ["core/schema: '2026-02-30T10:00:00Z' is not a real calendar date (endOfLife)."]);
      assert.deepEqual(await lint('2026-01-30T25:00:00Z', { today: '2026-12-31' }), ["core/schema: '2026-01-30T25:00:00Z' is not a real time of day (endOfLife)."]);
    });

    it('metadata.asOf pins today (a timestamp by its day); one that is no day pins nothing', async () => {
      assert.deepEqual(await lint('2025-06-30', { today: '2025-01-01', metadata: 'metadata: { asOf: 2025-06-30T08:00:00+09:00 }\n' }), [passed('2025-06-30', '2025-06-30')]);
      assert.deepEqual(await lint('2025-06-30', { today: '2025-01-01', metadata: 'metadata: { asOf: 2025-06-31 }\n' }), ["core/schema: '2025-06-31' is not a real calendar date (asOf)."]);
    });
  });

  describe('through the CLI: --as-of, and the clock it injects', () => {
    let dir: string;
    const out: string[] = [];
    const err: string[] = [];
    /** The CLI in this process, its clock at `now`. */
    const io = (now: number): Io => ({ cwd: dir, isTty: false, stdout: (s) => out.push(s), stderr: (s) => err.push(s), now: () => now });
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'landscape-dates-'));
      out.length = 0;
      err.length = 0;
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('`landscape init` writes the UTC date of its clock as asOf, and a lint at that moment reads the same day', async () => {
      const lastMinute = Date.UTC(2026, 0, 31, 23, 59);
      assert.equal(await main(['init'], io(lastMinute)), 0, err.join(''));
      const written = readFileSync(path.join(dir, 'landscape.yaml'), 'utf8');
      assert.match(written, /^ {2}asOf: 2026-01-31 {6}# "today" for date-based rules/m);
      // Without asOf the lint's today is the same clock's day: an end of life on it has passed, the next day's not.
      const open = written.replace(/^ {2}asOf: .*\n/m, '').replace('    criticality: missionCritical\n', '    criticality: missionCritical\n    endOfLife: 2026-01-31\n');
      writeFileSync(path.join(dir, 'landscape.yaml'), open);
      assert.equal(await main(['lint', 'landscape.yaml', '--format', 'json'], io(lastMinute)), 1);
      assert.deepEqual((JSON.parse(out.splice(0).join('')) as { results: { diagnostics: { rule: string }[] }[] }).results[0].diagnostics.map((d) => d.rule), ['lifecycle-date-passed']);
      assert.equal(await main(['lint', 'landscape.yaml', '--format', 'json'], io(Date.UTC(2026, 0, 30, 23, 59))), 0);
    });

    it('--as-of takes a day that exists, written YYYY-MM-DD, in lint and render alike', async () => {
      for (const command of ['lint', 'render']) {
        for (const bad of ['2026-02-30', '2026-13-45', '2026-01-31T00:00:00Z', '31.01.2026']) {
          err.length = 0;
          assert.equal(await main([command, 'landscape.yaml', '--as-of', bad], io(0)), 2, `${command} --as-of ${bad}`);
          assert.equal(err.join(''), `landscape ${command}: --as-of takes a date as YYYY-MM-DD, not '${bad}'\nRun 'landscape ${command} --help' for usage.\n`);
        }
      }
    });
  });
});
