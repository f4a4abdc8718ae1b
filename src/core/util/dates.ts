/**
 * Dates, one policy for the whole product: the schema's calendar check, the model's dates, the
 * rules' day arithmetic, `metadata.asOf`, the CLI's `--as-of`, the "today" of a lint and the
 * date `landscape init` writes all come from here.
 *
 * - A date is a calendar day without a time zone, written `YYYY-MM-DD` (SPEC §2.1.7). Dates are
 *   kept as those strings: fixed width, so string order is date order (`endOfLife <= asOf`).
 * - A YAML 1.1 timestamp (`2026-01-31T23:30:00-05:00`, SPEC §4: "accept both") stands for the day
 *   it writes, 2026-01-31: the time and the offset are checked and dropped, never converted to
 *   another zone (the author wrote that day; converting would move it by the reader's zone).
 * - A text that is not a real day (2026-02-30, 2026-13-01, a time of 25:00) is no date: the schema
 *   reports it once (`core/schema`) and everything else reads it as absent, so no rule counts
 *   days from a day that does not exist.
 * - "Today", when neither `--as-of` nor `metadata.asOf` is given, is the **UTC** calendar date of
 *   the host's clock. Not local time: a CI runner (UTC) and an editor (the user's zone) linting
 *   the same files at the same moment must give the same verdict, and with local dates they
 *   disagree for hours every day wherever the zone is not UTC. `metadata.asOf` is the way to
 *   pin the day; `landscape init` writes today's UTC date there, so a new file and a lint agree.
 * - Day arithmetic is on the proleptic Gregorian calendar in whole days (UTC milliseconds, so no
 *   daylight-saving hour ever shifts a count).
 *
 * No clock is read here unless the caller passes none: the front ends inject theirs
 * (LintOptions.today, the CLI's Io.now), and tests pin it.
 */

/**
 * A date, optionally followed by a YAML 1.1 timestamp's time part: the shape the JSON Schema
 * accepts (schemas/landscape.schema.json). Whether the day exists is `calendarDateOf`'s check.
 */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(([Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(\\.\\d*)?([ \\t]*(Z|[-+]\\d{1,2}(:\\d{2})?))?)?$';

/** DATE_PATTERN with the parts captured: year, month, day, then hour, minute, second, offset hours, offset minutes. */
const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?(?:[ \t]*(?:Z|[-+](\d{1,2})(?::(\d{2}))?))?)?$/;

/** Whether `s` is exactly `YYYY-MM-DD` and that day exists (the form of `--as-of`). */
export function isCalendarDate(s: string): boolean {
  return s.length === 10 && calendarDateOf(s) === s;
}

/**
 * The day a date or timestamp writes, as `YYYY-MM-DD`, or undefined when `text` is no date:
 * not of DATE_PATTERN's shape, a day that does not exist, or a time or offset out of range.
 */
export function calendarDateOf(text: string): string | undefined {
  const m = DATE_PARTS.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, oh, om] = m;
  if (!isDay(Number(y), Number(mo), Number(d))) return undefined;
  // 60 seconds: a leap second is a real time.
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60)) return undefined;
  if (oh !== undefined && (Number(oh) > 23 || (om !== undefined && Number(om) > 59))) return undefined;
  return `${y}-${mo}-${d}`;
}

/** Whether the day exists on the proleptic Gregorian calendar. */
function isDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/**
 * Today's date by the policy above: the UTC calendar date of `now` (a clock reading in
 * milliseconds, or a Date). Without an argument the system clock is read: only for a caller
 * that injects none.
 */
export function today(now: number | Date = Date.now()): string {
  const t = new Date(typeof now === 'number' ? now : now.getTime());
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/**
 * Days from each `from` to the fixed date `to` (negative when `from` is later), for many
 * `from`s: `to` is read once. Both are calendar dates (`YYYY-MM-DD`, as the model keeps them).
 */
export function daysUntil(to: string): (from: string) => number {
  const end = dayNumber(to);
  return (from) => end - dayNumber(from);
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, read from its digits (a rule asks this for
 * thousands of systems). Plain arithmetic (days from civil, H. Hinnant): `Date.UTC` would read
 * the years 0–99 as 1900–1999.
 */
function dayNumber(date: string): number {
  const digits = (i: number, n: number): number => {
    let v = 0;
    for (let k = i; k < i + n; k++) v = v * 10 + date.charCodeAt(k) - 48;
    return v;
  };
  const m = digits(5, 2);
  const y = digits(0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + digits(8, 2) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}
