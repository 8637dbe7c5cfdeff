/** An ISO calendar date, `YYYY-MM-DD`. Mobility days are calendar days, not instants (architecture §3). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar date, or `null` (e.g. for `2024-02-30`). */
export function epochDay(date: IsoDate): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  const isReal =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return isReal ? ms / MS_PER_DAY : null;
}

export function isIsoDate(value: string): boolean {
  return epochDay(value) !== null;
}

/**
 * Programme rule [W-DUR]: duration = end − start + 1 calendar days, both days counted.
 * `null` if a date is not a real date or the end is before the start.
 */
export function calendarDaysInclusive(start: IsoDate, end: IsoDate): number | null {
  const first = epochDay(start);
  const last = epochDay(end);
  if (first === null || last === null || last < first) return null;
  return last - first + 1;
}
