// Date arithmetic behind the recurrence rules, checked against holidays whose dates are known.
import fc from "fast-check";
import {
  daysInMonth,
  formatDate,
  maxDaysInMonth,
  monthName,
  nthWeekday,
  parseDate,
  weekdayOf,
  weeksOf,
} from "../../provider/calendar";
import { MONTHS, WEEKDAYS, WEEKS } from "../../provider/types";

const d = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed) throw new Error(`test date ${text} does not parse`);
  return parsed;
};

describe("nthWeekday against known holidays", () => {
  // US Thanksgiving: 4th Thursday of November; Memorial Day: last Monday of May (from a printed calendar).
  test.each([
    [2025, "2025-11-27"],
    [2026, "2026-11-26"],
    [2027, "2027-11-25"],
    [2028, "2028-11-23"],
    [2029, "2029-11-22"],
    [2030, "2030-11-28"],
  ])("Thanksgiving %i is %s", (year, date) => {
    expect(formatDate(nthWeekday(year, 11, "THURSDAY", "FOURTH"))).toBe(date);
  });

  test.each([
    [2025, "2025-05-26"],
    [2026, "2026-05-25"],
    [2027, "2027-05-31"],
    [2028, "2028-05-29"],
    [2029, "2029-05-28"],
    [2030, "2030-05-27"],
  ])("Memorial Day %i is %s", (year, date) => {
    expect(formatDate(nthWeekday(year, 5, "MONDAY", "LAST"))).toBe(date);
  });

  test.each([
    ["Martin Luther King Day 2026 (3rd Monday of January)", 2026, 1, "MONDAY", "THIRD", "2026-01-19"],
    ["Labor Day 2026 (1st Monday of September)", 2026, 9, "MONDAY", "FIRST", "2026-09-07"],
    ["Mother's Day 2026 in Germany (2nd Sunday of May)", 2026, 5, "SUNDAY", "SECOND", "2026-05-10"],
    ["the first day of a month that is its weekday", 2026, 2, "SUNDAY", "FIRST", "2026-02-01"],
    ["the last day of a month that is its weekday", 2026, 2, "SATURDAY", "LAST", "2026-02-28"],
    ["the last Thursday of November 2028 (the fifth)", 2028, 11, "THURSDAY", "LAST", "2028-11-30"],
    ["the last Tuesday of February in a leap year (the 29th)", 2028, 2, "TUESDAY", "LAST", "2028-02-29"],
  ] as const)("%s", (_label, year, month, day, week, date) => {
    expect(formatDate(nthWeekday(year, month, day, week))).toBe(date);
  });
});

describe("weeksOf and weekdayOf", () => {
  test.each([
    ["2026-11-26", "THURSDAY", ["FOURTH", "LAST"]],
    ["2028-11-23", "THURSDAY", ["FOURTH"]],
    ["2028-11-30", "THURSDAY", ["LAST"]],
    ["2027-05-31", "MONDAY", ["LAST"]],
    ["2026-01-01", "THURSDAY", ["FIRST"]],
    ["2026-01-07", "WEDNESDAY", ["FIRST"]],
    ["2026-01-08", "THURSDAY", ["SECOND"]],
    ["2026-01-15", "THURSDAY", ["THIRD"]],
    ["2026-02-22", "SUNDAY", ["FOURTH", "LAST"]],
    ["2026-02-28", "SATURDAY", ["FOURTH", "LAST"]],
    ["2026-12-24", "THURSDAY", ["FOURTH"]],
    ["2026-12-25", "FRIDAY", ["FOURTH", "LAST"]],
  ])("%s is a %s in week %j", (date, weekday, weeks) => {
    expect(weekdayOf(d(date))).toBe(weekday);
    expect(weeksOf(d(date))).toEqual(weeks);
  });
});

describe("parseDate and month lengths", () => {
  test.each(["2027-02-30", "2026-13-01", "2026-00-01", "2026-04-31", "2025-02-29", "2100-02-29", "2026-1-01", "x"])("%s does not parse", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  test.each([
    ["2028-02-29", { year: 2028, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["2026-12-31", { year: 2026, month: 12, day: 31 }],
  ])("%s parses", (text, parts) => {
    expect(parseDate(text)).toEqual(parts);
  });

  test.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  test("the most days a month can have", () => {
    expect(MONTHS.map(maxDaysInMonth)).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  test("monthName", () => {
    expect(monthName(d("2026-01-15"))).toBe("JANUARY");
    expect(monthName(d("2026-12-15"))).toBe("DECEMBER");
  });
});

describe("properties", () => {
  const anyNth = fc.record({
    year: fc.integer({ min: 1970, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.constantFrom(...WEEKDAYS),
    week: fc.constantFrom(...WEEKS),
  });

  test("weeksOf(nthWeekday(y, m, day, week)) includes week, and the date is that weekday of that month", () => {
    fc.assert(
      fc.property(anyNth, ({ year, month, day, week }) => {
        const date = nthWeekday(year, month, day, week);
        expect(date.year).toBe(year);
        expect(date.month).toBe(month);
        expect(parseDate(formatDate(date))).toEqual(date);
        expect(weekdayOf(date)).toBe(day);
        expect(weeksOf(date)).toContain(week);
        // Independent check with the platform calendar: same weekday, a week earlier is the previous
        // occurrence (or another month), a week later is the next (or another month).
        const js = new Date(Date.UTC(year, month - 1, date.day));
        expect(js.getUTCDay()).toBe(WEEKDAYS.indexOf(day));
        const before = new Date(Date.UTC(year, month - 1, date.day - 7));
        const after = new Date(Date.UTC(year, month - 1, date.day + 7));
        const index = WEEKS.indexOf(week);
        if (week === "LAST") expect(after.getUTCMonth()).not.toBe(month - 1);
        else expect(before.getUTCMonth() === month - 1 ? index > 0 : index === 0).toBe(true);
      }),
    );
  });

  test("every date of a month is exactly one nthWeekday for each week weeksOf names", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, dayOfMonth) => {
        fc.pre(dayOfMonth <= new Date(Date.UTC(year, month, 0)).getUTCDate());
        const date = { year, month, day: dayOfMonth };
        const weeks = weeksOf(date);
        expect(weeks.length).toBeGreaterThanOrEqual(1);
        for (const week of weeks) expect(nthWeekday(year, month, weekdayOf(date), week)).toEqual(date);
        // And no other week names it.
        for (const week of WEEKS.filter((w) => !weeks.includes(w)))
          expect(nthWeekday(year, month, weekdayOf(date), week)).not.toEqual(date);
      }),
    );
  });
});
