/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), computed without time zones.
 * Core never reads the clock: "today" is always passed in (usually the scenario's `asOf`).
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the Gregorian calendar; `month` is 1-12. `daysInMonth(2024, 2) === 29`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when the parts name a real calendar day. `isRealDate(1975, 2, 30) === false`. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO date; returns null when the text is not `YYYY-MM-DD` or names no real day. */
export function parseIsoDate(text: string): DateParts | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Like {@link parseIsoDate} but throws on bad input; for data already validated at the edge. */
export function dateParts(text: IsoDate): DateParts {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(`not a real ISO date: ${text}`);
  return parts;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Months index since year 0 (`year * 12 + month - 1`): a cheap integer for monthly arithmetic. */
export function monthIndex(date: IsoDate): number {
  const { year, month } = dateParts(date);
  return year * 12 + month - 1;
}

/** First day of the month `months` after the month of `date`. `firstOfMonthAfter('2026-03-15', 1) === '2026-04-01'`. */
export function firstOfMonthAfter(date: IsoDate, months: number): IsoDate {
  const index = monthIndex(date) + months;
  return formatIsoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * Whole years from `from` to `to` (an age or a time in post): 1968-03-15 to 2026-03-14 is 57, to 2026-03-15 is 58.
 * A 29 February birthday is reached on 1 March in common years.
 */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). 2024-01-31 to 2024-02-29 is 0 months. */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) months -= 1;
  else if (months < 0 && b.day > a.day) months += 1;
  return months;
}

/** Compares two ISO dates as text (valid because the format is fixed-width). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
