// Holiday calendars from date-holidays: which holidays recur (and how), which become dated one-offs,
// names, the 150-per-mode limit, and a property that checks every result against date-holidays itself.
import fc from "fast-check";
import Holidays from "date-holidays";
import { holidayCalendar, HolidayCalendarOptions } from "../../sdk/calendars";
import { formatDate, nthWeekday } from "../../provider/calendar";
import { validateHoliday, validateOperatingMode } from "../../provider/validate";
import { HolidayFields, MONTHS } from "../../provider/types";

const byName = (holidays: HolidayFields[], name: string) => {
  const found = holidays.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday named "${name}" in ${holidays.map((h) => h.name).join(", ")}`);
  return found;
};
const names = (holidays: HolidayFields[]) => holidays.map((h) => h.name);

/** Each holiday alone (as an OperatingModeHoliday) and all of them inline in one mode. */
function expectValid(holidays: HolidayFields[]): void {
  for (const h of holidays) expect({ name: h.name, failures: validateHoliday({ operatingModeId: "mode", ...h }) }).toEqual({ name: h.name, failures: [] });
  expect(validateOperatingMode({ name: "Holidays", type: "HOLIDAY", level: "ORGANIZATION", holidays })).toEqual([]);
}

describe("US federal holidays 2027-2029", () => {
  const holidays = holidayCalendar({ country: "US", years: { from: 2027, to: 2029 } });

  test("fixed dates recur by date from their first occurrence", () => {
    expect(byName(holidays, "New Year's Day")).toEqual({
      name: "New Year's Day",
      allDayEnabled: true,
      startDate: "2027-01-01",
      recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } },
    });
    expect(byName(holidays, "Independence Day").recurrence).toEqual({ recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } });
    expect(byName(holidays, "Christmas Day").startDate).toBe("2027-12-25");
  });

  test("nth and last weekdays recur by day", () => {
    expect(byName(holidays, "Thanksgiving Day")).toEqual({
      name: "Thanksgiving Day",
      allDayEnabled: true,
      startDate: "2027-11-25",
      recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } },
    });
    // date-holidays says "monday before 06-01": the last Monday of May.
    expect(byName(holidays, "Memorial Day")).toMatchObject({
      startDate: "2027-05-31",
      recurrence: { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } },
    });
    expect(byName(holidays, "Martin Luther King Jr. Day").recurrence).toEqual({ recurYearlyByDay: { day: "MONDAY", week: "THIRD", month: "JANUARY" } });
    // The country's own English: "Labor Day", not date-holidays' generic "Labour Day".
    expect(byName(holidays, "Labor Day").recurrence).toEqual({ recurYearlyByDay: { day: "MONDAY", week: "FIRST", month: "SEPTEMBER" } });
  });

  test("each recurring holiday appears once; substitute days are dated one-offs named with their year", () => {
    expect(holidays.filter((h) => h.name.startsWith("Thanksgiving"))).toHaveLength(1);
    // July 4, 2027 is a Sunday: observed on Monday the 5th.
    expect(byName(holidays, "Independence Day (subst.) 2027")).toEqual({ name: "Independence Day (subst.) 2027", allDayEnabled: true, startDate: "2027-07-05" });
    // Veterans Day 2028 falls on a Saturday: observed Friday the 10th.
    expect(holidays.find((h) => h.startDate === "2028-11-10")?.recurrence).toBeUndefined();
  });

  test("every holiday passes the provider's validation, sorted by date", () => {
    expectValid(holidays);
    const dates = holidays.map((h) => h.startDate);
    expect(dates).toEqual([...dates].sort());
  });
});

describe("Germany and Berlin 2027-2028", () => {
  const berlin = holidayCalendar({ country: "DE", region: "BE", years: { from: 2027, to: 2028 } });
  const germany = holidayCalendar({ country: "DE", years: { from: 2027, to: 2028 } });

  test("Easter-based holidays are dated one-offs, one a year, with the year in the name", () => {
    expect(byName(berlin, "Good Friday 2027")).toEqual({ name: "Good Friday 2027", allDayEnabled: true, startDate: "2027-03-26" });
    expect(byName(berlin, "Good Friday 2028")).toEqual({ name: "Good Friday 2028", allDayEnabled: true, startDate: "2028-04-14" });
    expect(byName(berlin, "Easter Monday 2027").startDate).toBe("2027-03-29");
    expect(byName(berlin, "Easter Monday 2028").startDate).toBe("2028-04-17");
    expect(byName(berlin, "Whit Monday 2028").startDate).toBe("2028-06-05");
  });

  test("Christmas recurs by date", () => {
    expect(byName(berlin, "Christmas Day")).toMatchObject({ startDate: "2027-12-25", recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } } });
  });

  test("International Women's Day (03-08) is a Berlin holiday, not a German one", () => {
    expect(byName(berlin, "International Women's Day")).toMatchObject({ startDate: "2027-03-08", recurrence: { recurYearlyByDate: { dayOfMonth: 8, month: "MARCH" } } });
    expect(names(germany).some((n) => n.includes("Women"))).toBe(false);
  });

  test("names in another language", () => {
    const de = holidayCalendar({ country: "DE", region: "BE", years: [2027], language: "de" });
    expect(names(de)).toEqual(expect.arrayContaining(["Karfreitag 2027", "Ostermontag 2027", "1. Weihnachtstag", "Internationaler Frauentag"]));
  });

  test("every holiday passes the provider's validation", () => {
    expectValid(berlin);
    expectValid(germany);
  });
});

describe("times of day", () => {
  test("a half day (Christmas Eve from 14:00 in Germany) keeps its times, to 23:59", () => {
    const holidays = holidayCalendar({ country: "DE", years: [2027], types: ["bank"] });
    expect(byName(holidays, "Christmas Eve")).toEqual({
      name: "Christmas Eve",
      allDayEnabled: false,
      startDate: "2027-12-24",
      startTime: "14:00",
      endTime: "23:59",
      recurrence: { recurYearlyByDate: { dayOfMonth: 24, month: "DECEMBER" } },
    });
    expectValid(holidays);
  });

  test("a rule whose times change in some year falls back to one-offs", () => {
    // "12-24 14:00 if sunday then 00:00": December 24, 2028 is a Sunday, so the whole day is off.
    const holidays = holidayCalendar({ country: "DE", years: { from: 2027, to: 2028 }, types: ["bank"] });
    expect(byName(holidays, "Christmas Eve 2027")).toEqual({ name: "Christmas Eve 2027", allDayEnabled: false, startDate: "2027-12-24", startTime: "14:00", endTime: "23:59" });
    expect(byName(holidays, "Christmas Eve 2028")).toEqual({ name: "Christmas Eve 2028", allDayEnabled: true, startDate: "2028-12-24" });
    expectValid(holidays);
  });

  test("a holiday over several days keeps its endDate (Armenia's two-day New Year)", () => {
    const holidays = holidayCalendar({ country: "AM", years: { from: 2027, to: 2028 } });
    expect(byName(holidays, "New Year's Day")).toEqual({
      name: "New Year's Day",
      allDayEnabled: true,
      startDate: "2027-01-01",
      endDate: "2027-01-02",
      recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } },
    });
    expectValid(holidays);
  });
});

describe("rules checked against every year", () => {
  test("a weekday rule moved in one year (UK spring bank holiday, 2022 Jubilee) becomes one-offs", () => {
    const holidays = holidayCalendar({ country: "GB", years: { from: 2021, to: 2023 } });
    expect(holidays.filter((h) => h.name.startsWith("Spring bank holiday")).map((h) => [h.name, h.startDate, h.recurrence])).toEqual([
      ["Spring bank holiday 2021", "2021-05-31", undefined],
      ["Spring bank holiday 2022", "2022-06-02", undefined],
      ["Spring bank holiday 2023", "2023-05-29", undefined],
    ]);
    expect(byName(holidays, "Early May bank holiday").recurrence).toEqual({ recurYearlyByDay: { day: "MONDAY", week: "FIRST", month: "MAY" } });
    expectValid(holidays);
  });

  test("without the move the same rule recurs (\"1st monday before 06-01\": the last Monday of May)", () => {
    const holidays = holidayCalendar({ country: "GB", years: { from: 2023, to: 2026 } });
    expect(byName(holidays, "Spring bank holiday")).toMatchObject({ startDate: "2023-05-29", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } } });
  });

  test("\"after\" counts the day itself; a weekday before a mid-month date is no nth weekday (Quebec)", () => {
    // October 1, 2029 is a Monday: "2nd monday after 10-01" is October 8, the second Monday.
    const holidays = holidayCalendar({ country: "CA", region: "QC", years: { from: 2027, to: 2029 } });
    expect(byName(holidays, "Thanksgiving")).toMatchObject({ startDate: "2027-10-11", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "SECOND", month: "OCTOBER" } } });
    // "monday before 05-25" is May 18-24: the third or fourth Monday, so one dated holiday a year.
    expect(holidays.filter((h) => h.name.startsWith("National Patriots' Day")).map((h) => h.startDate)).toEqual(["2027-05-24", "2028-05-22", "2029-05-21"]);
    expectValid(holidays);
  });

  test("a list of years with gaps: recurrences hold in the gaps too; one-offs only in the years asked for", () => {
    const holidays = holidayCalendar({ country: "DE", years: [2029, 2027] });
    expect(names(holidays).filter((n) => n.startsWith("Good Friday"))).toEqual(["Good Friday 2027", "Good Friday 2029"]);
    expect(byName(holidays, "New Year's Day").startDate).toBe("2027-01-01");
  });
});

describe("choosing holidays", () => {
  const years = { from: 2027, to: 2028 };

  test("include adds a holiday of another type; exclude removes by name or predicate", () => {
    const holidays = holidayCalendar({
      country: "US",
      years,
      include: ["christmas eve"],
      exclude: ["Columbus Day", (h) => h.substitute],
    });
    expect(byName(holidays, "Christmas Eve").recurrence).toEqual({ recurYearlyByDate: { dayOfMonth: 24, month: "DECEMBER" } });
    expect(names(holidays).some((n) => n.startsWith("Columbus") || /subst/.test(n))).toBe(false);
    expectValid(holidays);
  });

  test("exclude wins over include", () => {
    const holidays = holidayCalendar({ country: "US", years, include: ["Christmas Eve"], exclude: ["Christmas Eve"] });
    expect(names(holidays)).not.toContain("Christmas Eve");
  });

  test("more types bring more holidays", () => {
    const publicOnly = holidayCalendar({ country: "US", years });
    const withObservances = holidayCalendar({ country: "US", years, types: ["public", "observance"] });
    expect(names(withObservances)).toEqual(expect.arrayContaining(["Mother's Day", "Valentine's Day"]));
    expect(byName(withObservances, "Mother's Day").recurrence).toEqual({ recurYearlyByDay: { day: "SUNDAY", week: "SECOND", month: "MAY" } });
    expect(withObservances.length).toBeGreaterThan(publicOnly.length);
  });

  test("a name that matches no holiday is an error listing the names (a typo would leave the office open)", () => {
    expect(() => holidayCalendar({ country: "US", years, exclude: ["Chrismas Day"] })).toThrow(/"Chrismas Day" is no holiday of US 2027-2028.*names are: .*Christmas Day/);
  });
});

describe("names", () => {
  test("names longer than 30 are cut at a word, abbreviated with a dot, parentheses closed, year kept", () => {
    const holidays = holidayCalendar({ country: "US", years: [2027] });
    expect(names(holidays)).toEqual(
      expect.arrayContaining(["Juneteenth (substitute) 2027", "Independence Day (subst.) 2027", "New Year's Day (substit.) 2027"]),
    );
    for (const n of names(holidays)) expect(n.length).toBeLessThanOrEqual(30);
  });

  test("a shorter limit, and names that would collide after cutting are numbered", () => {
    const holidays = holidayCalendar({ country: "US", years: [2027], include: ["Christmas Eve"], nameMaxLength: 12 });
    expect(byName(holidays, "Christmas").startDate).toBe("2027-12-24");
    expect(byName(holidays, "Christm. (2)").startDate).toBe("2027-12-25");
    for (const n of names(holidays)) expect(n.length).toBeLessThanOrEqual(12);
    expect(new Set(names(holidays).map((n) => n.toLowerCase())).size).toBe(holidays.length);
    expectValid(holidays);
  });
});

describe("the 150-holiday limit", () => {
  const options: HolidayCalendarOptions = { country: "DE", region: "BE", years: { from: 2027, to: 2066 } };

  test("too many holidays is an error that says how many and what to change; nothing is cut", () => {
    const all = holidayCalendar({ ...options, maxHolidays: 10_000 });
    expect(all.length).toBeGreaterThan(150);
    const recurring = all.filter((h) => h.recurrence).length;
    expect(() => holidayCalendar(options)).toThrow(
      new RegExp(`DE-BE 2027-2066 gives ${all.length} holidays \\(${recurring} recurring, ${all.length - recurring} dated one-offs.*more than the 150 a mode may hold\\. Ask for fewer years, fewer types, exclude some holidays, or split the years over several modes`),
    );
  });

  test("a lower maxHolidays leaves room for holidays of your own", () => {
    const count = holidayCalendar({ country: "US", years: [2027] }).length;
    expect(() => holidayCalendar({ country: "US", years: [2027], maxHolidays: count - 1 })).toThrow(`gives ${count} holidays`);
    expect(holidayCalendar({ country: "US", years: [2027], maxHolidays: count })).toHaveLength(count);
  });
});

describe("options that cannot work", () => {
  test.each<[string, Partial<HolidayCalendarOptions>, RegExp]>([
    ["an unknown country", { country: "XX" }, /country "XX" is not one date-holidays knows; use an ISO 3166-1 code/],
    ["an unknown region, listing the known ones", { country: "DE", region: "ZZ" }, /region "ZZ" is not a region of DE .*use one of .*BE.*BY/],
    ["years the wrong way round", { years: { from: 2029, to: 2027 } }, /years must be a non-empty list of years or \{ from, to \} with from <= to/],
    ["no years", { years: [] }, /years must be a non-empty list/],
    ["a year that is not a year", { years: [2027, 27.5] }, /years 27.5 are not four-digit years/],
    ["an unknown type", { types: ["federal" as never] }, /types: "federal" is not a date-holidays type; use public, bank/],
    ["a name limit too short to hold a year", { nameMaxLength: 8 }, /nameMaxLength 8 must be a whole number of at least 12/],
  ])("%s", (_label, change, message) => {
    expect(() => holidayCalendar({ country: "US", years: [2027], ...change })).toThrow(message);
  });

  test("every problem is reported at once", () => {
    expect(() => holidayCalendar({ country: "XX", years: [], nameMaxLength: 3 })).toThrow(/country "XX".*; years must.*; nameMaxLength 3/);
  });
});

// ---- property: whatever the country and years, the result is valid, within limits, and means exactly
// the days date-holidays gives ----

/** The start dates a produced holiday stands for in the given years. */
function datesOf(h: HolidayFields, years: number[]): string[] {
  const byDate = h.recurrence?.recurYearlyByDate;
  const byDay = h.recurrence?.recurYearlyByDay;
  if (!byDate && !byDay) return [h.startDate];
  return years
    .filter((y) => y >= Number(h.startDate.slice(0, 4)))
    .map((year) =>
      byDate
        ? formatDate({ year, month: MONTHS.indexOf(byDate.month) + 1, day: byDate.dayOfMonth })
        : formatDate(nthWeekday(year, MONTHS.indexOf(byDay!.month) + 1, byDay!.day, byDay!.week)),
    );
}

/** What date-holidays itself gives, read independently: local start dates of the chosen types. */
function expectedDates(country: string, region: string | undefined, years: number[], types: string[]): string[] {
  const hd = new Holidays({ country, ...(region ? { state: region } : {}) }, { timezone: "UTC" });
  const dates = years.flatMap((y) => hd.getHolidays(y).filter((h) => types.includes(h.type)).map((h) => h.start.toISOString().slice(0, 10)));
  return [...new Set(dates)].sort();
}

describe("property: any country and years", () => {
  const places: Array<[string, string?]> = [["US"], ["US", "CA"], ["DE"], ["DE", "BY"], ["GB"], ["FR"], ["CA", "QC"], ["AT"], ["CH", "ZH"], ["AU", "NSW"], ["NL"], ["JP"]];

  test("valid, unique names within the limit, and exactly the days date-holidays gives", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.integer({ min: 2000, max: 2060 }),
        fc.integer({ min: 0, max: 8 }),
        fc.subarray(["public", "bank", "optional"] as const, { minLength: 1 }),
        ([country, region], from, length, types) => {
          const years = Array.from({ length: length + 1 }, (_, i) => from + i);
          let holidays: HolidayFields[];
          try {
            holidays = holidayCalendar({ country, region, years: { from, to: from + length }, types: [...types] });
          } catch (e) {
            // Only the limit may stop it, and then truly over it.
            const count = Number(/gives (\d+) holidays/.exec(String(e))?.[1]);
            expect(count).toBeGreaterThan(150);
            return;
          }
          expect(holidays.length).toBeLessThanOrEqual(150);
          expectValid(holidays);
          for (const h of holidays) {
            expect(h.name.length).toBeLessThanOrEqual(30);
            if (!h.recurrence) expect(h.name).toMatch(new RegExp(` ${h.startDate.slice(0, 4)}$`));
          }
          const produced = [...new Set(holidays.flatMap((h) => datesOf(h, years)))].sort();
          expect(produced).toEqual(expectedDates(country, region, years, [...types]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
