/** Pure date and time helpers for the schedule rules. Dates are civil dates: no time zone. */
import { MONTHS, Month, WEEKDAYS, Weekday, Week } from "./types";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes since midnight of an `HH:MM` time (00:00..23:59), or undefined. `24:00` does not exist:
 * the end of a day is `23:59`. */
export function parseTime(value: string): number | undefined {
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export interface CivilDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/** A real calendar date (`2027-02-30` is not one), or undefined. */
export function parseDate(value: string): CivilDate | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** The most days a month can have in any year (February: 29), for yearly recurrences. */
export function maxDaysInMonth(month: Month): number {
  return daysInMonth(2000, MONTHS.indexOf(month) + 1);
}

export function monthName(date: CivilDate): Month {
  return MONTHS[date.month - 1];
}

export function weekdayOf(date: CivilDate): Weekday {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/** Which of FIRST..FOURTH the date is among the same weekdays of its month; LAST when no later
 * one exists that month. A 4th weekday can also be the LAST one: both are returned. */
export function weeksOf(date: CivilDate): Week[] {
  const ordinal = Math.ceil(date.day / 7);
  const weeks: Week[] = [];
  if (ordinal <= 4) weeks.push((["FIRST", "SECOND", "THIRD", "FOURTH"] as const)[ordinal - 1]);
  if (date.day + 7 > daysInMonth(date.year, date.month)) weeks.push("LAST");
  return weeks;
}
