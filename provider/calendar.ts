// Pure date arithmetic on YYYY-MM-DD strings, in UTC so that no time zone moves a day.
import { MONTHS, Month, WEEKDAYS, Weekday, Week } from "./types";

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number;
}

export function parseDate(text: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Most days a month can have in any year (February: 29). */
export function maxDaysInMonth(month: Month): number {
  return daysInMonth(2024, MONTHS.indexOf(month) + 1);
}

export function weekdayOf(d: DateParts): Weekday {
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

export function monthName(d: DateParts): Month {
  return MONTHS[d.month - 1];
}

/** Which week of its month a date falls in, as the API counts it (LAST wins for the final seven days). */
export function weeksOf(d: DateParts): Week[] {
  const nth = (["FIRST", "SECOND", "THIRD", "FOURTH"] as const)[Math.floor((d.day - 1) / 7)];
  const isLast = d.day + 7 > daysInMonth(d.year, d.month);
  return [...(nth ? [nth] : []), ...(isLast ? (["LAST"] as const) : [])];
}

/** The date of the nth (or last) weekday of a month. */
export function nthWeekday(year: number, month: number, day: Weekday, week: Week): DateParts {
  const target = WEEKDAYS.indexOf(day);
  if (week === "LAST") {
    const last = daysInMonth(year, month);
    const lastWeekday = new Date(Date.UTC(year, month - 1, last)).getUTCDay();
    return { year, month, day: last - ((lastWeekday - target + 7) % 7) };
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((target - firstWeekday + 7) % 7);
  return { year, month, day: first + 7 * ["FIRST", "SECOND", "THIRD", "FOURTH"].indexOf(week) };
}

export function formatDate(d: DateParts): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
