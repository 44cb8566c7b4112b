// check-time validation: every rule of the schemas and of provider/validate.ts, each failure with
// its property path and a reason that says what to change.
import { validateHoliday, validateOperatingMode } from "../../provider/validate";
import {
  Json,
  LOCATION_ID,
  REMOVE,
  UNKNOWN,
  afterHoursMode,
  allDay,
  differentHoursMode,
  holidayMode,
  holidayResource,
  open,
  sameHoursMode,
  withValue,
  withValues,
} from "./helpers/fixtures";
import { expectOnlyFailure, propertiesOf } from "./helpers/failures";

type Row = [label: string, base: () => Json, path: string, value: unknown, property: string, reasons: RegExp[]];

describe("valid declarations", () => {
  test.each([
    ["same hours daily", sameHoursMode],
    ["different hours daily at a location", differentHoursMode],
    ["holiday mode with inline holidays", holidayMode],
    ["NONE mode forwarding to a number", afterHoursMode],
  ])("%s passes", (_label, make) => {
    expect(validateOperatingMode(make())).toEqual([]);
  });

  test("a standalone holiday passes", () => {
    expect(validateHoliday(holidayResource())).toEqual([]);
  });

  test.each([
    ["a HOLIDAY mode without holidays (left to OperatingModeHoliday)", withValue(holidayMode(), "holidays", REMOVE)],
    ["a HOLIDAY mode with an empty holiday list", withValue(holidayMode(), "holidays", [])],
    ["23:59 as the end of the day", withValue(sameHoursMode(), "sameHoursDaily.mondayToFriday", open("00:00", "23:59"))],
    ["an overnight range", withValue(sameHoursMode(), "sameHoursDaily.saturdayToSunday", open("22:00", "06:00"))],
    ["an all-day day", withValue(sameHoursMode(), "sameHoursDaily.saturdayToSunday", allDay())],
    ["a disabled day that keeps its times", withValue(sameHoursMode(), "sameHoursDaily.saturdayToSunday", { enabled: false, startTime: "10:00", endTime: "10:00" })],
    ["a day schedule with only monday", withValue(differentHoursMode(), "differentHoursDaily", { monday: open() })],
    ["an extension as forwarding destination", withValue(afterHoursMode(), "callForwarding.destination", "2001")],
    ["forwarding left out", withValue(afterHoursMode(), "callForwarding", REMOVE)],
    ["adopt by name", withValue(sameHoursMode(), "adopt", { byName: true })],
    ["adopt by id", withValue(sameHoursMode(), "adopt", { id: "abc" })],
  ])("accepts %s", (_label, input) => {
    expect(validateOperatingMode(input)).toEqual([]);
  });

  test.each([
    ["February 29 of a leap year, recurring", { startDate: "2028-02-29", recurrence: { recurYearlyByDate: { dayOfMonth: 29, month: "FEBRUARY" } } }],
    ["a timed holiday over two days ending earlier in the day", { allDayEnabled: false, startDate: "2026-07-04", endDate: "2026-07-05", startTime: "18:00", endTime: "08:00" }],
    ["a timed one-day holiday", { allDayEnabled: false, startTime: "00:00", endTime: "23:59" }],
    ["times without allDayEnabled", { allDayEnabled: REMOVE, startTime: "09:00", endTime: "12:00" }],
    ["endDate equal to startDate", { endDate: "2026-07-04" }],
    ["the 4th Thursday that is also the last (2030-11-28) as FOURTH", { startDate: "2030-11-28", recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } } }],
    ["the 4th Thursday that is also the last (2030-11-28) as LAST", { startDate: "2030-11-28", recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "LAST", month: "NOVEMBER" } } }],
    ["the first Monday of September", { startDate: "2026-09-07", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "FIRST", month: "SEPTEMBER" } } }],
  ])("accepts a holiday: %s", (_label, changes) => {
    const input = withValues(holidayResource(), Object.entries(changes));
    expect(validateHoliday(input)).toEqual([]);
  });
});

describe("enums", () => {
  const rows: Row[] = [
    ["unknown type", sameHoursMode, "type", "WEEKLY", "type", [/must be one of SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY, NONE/]],
    ["lower-case type", sameHoursMode, "type", "same_hours_daily", "type", [/must be one of .*SAME_HOURS_DAILY/]],
    ["unknown level", sameHoursMode, "level", "SITE", "level", [/must be one of ORGANIZATION, LOCATION/]],
    ["unknown week", holidayMode, "holidays[1].recurrence.recurYearlyByDay.week", "FIFTH", "holidays[1].recurrence.recurYearlyByDay.week", [/must be one of FIRST, SECOND, THIRD, FOURTH, LAST/]],
    ["abbreviated weekday", holidayMode, "holidays[1].recurrence.recurYearlyByDay.day", "MON", "holidays[1].recurrence.recurYearlyByDay.day", [/must be one of SUNDAY, MONDAY, .*SATURDAY/]],
    ["abbreviated month by date", holidayMode, "holidays[0].recurrence.recurYearlyByDate.month", "JAN", "holidays[0].recurrence.recurYearlyByDate.month", [/must be one of JANUARY, .*DECEMBER/]],
    ["month as a number by day", holidayMode, "holidays[2].recurrence.recurYearlyByDay.month", 11, "holidays[2].recurrence.recurYearlyByDay.month", [/must be one of JANUARY/]],
  ];
  test.each(rows)("%s", (_label, base, path, value, property, reasons) => {
    expectOnlyFailure(validateOperatingMode(withValue(base(), path, value)), property, ...reasons);
  });
});

describe("times are 24-hour HH:MM", () => {
  const badTimes = ["24:00", "7:30", "12:60", "09:00:00", "9am", "", "25:00", "12.30", " 09:00"];
  const places: [string, () => Json, string][] = [
    ["a same-hours start", sameHoursMode, "sameHoursDaily.mondayToFriday.startTime"],
    ["a same-hours end", sameHoursMode, "sameHoursDaily.mondayToFriday.endTime"],
    ["a different-hours end", differentHoursMode, "differentHoursDaily.friday.endTime"],
    ["an inline holiday start", holidayMode, "holidays[3].startTime"],
  ];
  const cases = places.flatMap(([where, base, path]) => badTimes.map((time) => [where, JSON.stringify(time), base, path, time] as const));

  test.each(cases)("%s of %s is rejected", (_where, _shown, base, path, time) => {
    expectOnlyFailure(validateOperatingMode(withValue(base(), path, time)), path, /24-hour HH:MM/, /23:59/);
  });

  test.each(badTimes)("a standalone holiday's endTime %j is rejected", (time) => {
    const input = withValues(holidayResource(), [["allDayEnabled", false], ["startTime", "09:00"], ["endTime", time]]);
    expectOnlyFailure(validateHoliday(input), "endTime", /HH:MM/);
  });

  test.each(["00:00", "09:05", "19:59", "23:59"])("%s is accepted", (time) => {
    const input = withValue(sameHoursMode(), "sameHoursDaily.saturdayToSunday", open(time === "00:00" ? "23:59" : "00:00", time));
    expect(validateOperatingMode(input)).toEqual([]);
  });
});

describe("day schedules", () => {
  const rows: Row[] = [
    ["times on an all-day day", sameHoursMode, "sameHoursDaily.saturdayToSunday", { enabled: true, allDayEnabled: true, startTime: "09:00", endTime: "12:00" }, "sameHoursDaily.saturdayToSunday", [/remove startTime and endTime, or set allDayEnabled: false/]],
    ["one time on an all-day day", differentHoursMode, "differentHoursDaily.sunday", { enabled: true, allDayEnabled: true, endTime: "12:00" }, "differentHoursDaily.sunday", [/remove startTime and endTime/]],
    ["only a start time", sameHoursMode, "sameHoursDaily.mondayToFriday.endTime", REMOVE, "sameHoursDaily.mondayToFriday.endTime", [/required when the day is enabled and not all day/]],
    ["only an end time", differentHoursMode, "differentHoursDaily.monday.startTime", REMOVE, "differentHoursDaily.monday.startTime", [/required when the day is enabled and not all day/]],
    ["equal start and end", sameHoursMode, "sameHoursDaily.mondayToFriday.endTime", "08:30", "sameHoursDaily.mondayToFriday.endTime", [/equals startTime \(08:30\)/, /allDayEnabled: true or a later endTime/]],
    ["enabled missing", sameHoursMode, "sameHoursDaily.mondayToFriday.enabled", REMOVE, "sameHoursDaily.mondayToFriday.enabled", [/is required/]],
    ["enabled as a string", differentHoursMode, "differentHoursDaily.tuesday.enabled", "yes", "differentHoursDaily.tuesday.enabled", [/must be a boolean/]],
    ["allDayEnabled as a number", sameHoursMode, "sameHoursDaily.mondayToFriday.allDayEnabled", 1, "sameHoursDaily.mondayToFriday.allDayEnabled", [/must be a boolean/]],
  ];
  test.each(rows)("%s", (_label, base, path, value, property, reasons) => {
    expectOnlyFailure(validateOperatingMode(withValue(base(), path, value)), property, ...reasons);
  });

  test.each([
    ["not all day", { enabled: true, allDayEnabled: false }],
    ["allDayEnabled left out", { enabled: true }],
  ])("an enabled day %s without times needs both times", (_label, day) => {
    const failures = validateOperatingMode(withValue(sameHoursMode(), "sameHoursDaily.mondayToFriday", day));
    expect(failures).toEqual([
      { property: "sameHoursDaily.mondayToFriday.startTime", reason: expect.stringMatching(/is required/) },
      { property: "sameHoursDaily.mondayToFriday.endTime", reason: expect.stringMatching(/is required/) },
    ]);
  });
});

describe("dates", () => {
  const impossible = ["2027-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "2026-01-00", "2026-01-32"];

  test.each(impossible)("startDate %s is a date that does not exist", (date) => {
    const input = withValues(holidayResource(), [["startDate", date], ["recurrence", REMOVE]]);
    expectOnlyFailure(validateHoliday(input), "startDate", new RegExp(`${date} is not a date that exists`), /YYYY-MM-DD/);
  });

  test.each(impossible)("endDate %s is a date that does not exist", (date) => {
    expectOnlyFailure(validateHoliday(withValue(holidayResource(), "endDate", date)), "endDate", new RegExp(`${date} is not a date that exists`));
  });

  test("an impossible date inside a mode names the holiday", () => {
    const input = withValue(holidayMode(), "holidays[0].startDate", "2027-02-30");
    expectOnlyFailure(validateOperatingMode(input), "holidays[0].startDate", /2027-02-30 is not a date that exists/);
  });

  test.each(["2026/01/01", "26-01-01", "2026-1-1", "01-01-2026", "2026-01-01T00:00:00Z", "tomorrow"])("format %s is rejected", (date) => {
    expectOnlyFailure(validateHoliday(withValue(holidayResource(), "startDate", date)), "startDate", /must be YYYY-MM-DD/);
  });

  test.each([
    ["the day before", "2026-07-03"],
    ["a year before", "2025-07-04"],
    ["the month before", "2026-06-30"],
  ])("endDate %s startDate is rejected", (_label, endDate) => {
    expectOnlyFailure(validateHoliday(withValue(holidayResource(), "endDate", endDate)), "endDate", new RegExp(`${endDate} is before startDate 2026-07-04`), /end on or after its start/);
  });

  test("endDate before startDate inside a mode", () => {
    const input = withValue(holidayMode(), "holidays[2].endDate", "2026-11-25");
    expectOnlyFailure(validateOperatingMode(input), "holidays[2].endDate", /before startDate 2026-11-26/);
  });

  test.each(["startDate", "name", "operatingModeId"])("a holiday without %s", (missing) => {
    expectOnlyFailure(validateHoliday(withValue(holidayResource(), missing, REMOVE)), missing, /is required/);
  });

  test("an inline holiday without startDate", () => {
    expectOnlyFailure(validateOperatingMode(withValue(holidayMode(), "holidays[3].startDate", REMOVE)), "holidays[3].startDate", /is required/);
  });
});

describe("holiday times", () => {
  const timed = (changes: [string, unknown][]) => withValues(holidayResource(), [["recurrence", REMOVE], ...changes]);
  const rows: [string, Json, string, RegExp[]][] = [
    ["a one-day holiday ending when it starts", timed([["allDayEnabled", false], ["startTime", "13:00"], ["endTime", "13:00"]]), "endTime", [/13:00 is not after startTime 13:00 on a one-day holiday/, /later endTime or a later endDate/]],
    ["a one-day holiday ending before it starts", timed([["allDayEnabled", false], ["startTime", "13:00"], ["endTime", "09:00"]]), "endTime", [/09:00 is not after startTime 13:00/]],
    ["endDate equal to startDate, end before start", timed([["allDayEnabled", false], ["endDate", "2026-07-04"], ["startTime", "13:00"], ["endTime", "12:59"]]), "endTime", [/not after startTime/]],
    ["times on an all-day holiday", timed([["allDayEnabled", true], ["startTime", "09:00"], ["endTime", "12:00"]]), "allDayEnabled", [/is true but times are set/, /remove startTime and endTime, or set allDayEnabled: false/]],
    ["one time on an all-day holiday", timed([["allDayEnabled", true], ["startTime", "09:00"]]), "allDayEnabled", [/remove startTime and endTime/]],
    ["allDayEnabled false without times", timed([["allDayEnabled", false]]), "startTime", [/required when allDayEnabled is false/, /set startTime and endTime, or allDayEnabled: true/]],
    ["only a start time", timed([["allDayEnabled", false], ["startTime", "09:00"]]), "endTime", [/required when the other time is set/]],
    ["only an end time", timed([["allDayEnabled", REMOVE], ["endTime", "12:00"]]), "startTime", [/required when the other time is set/]],
    ["allDayEnabled as a string", timed([["allDayEnabled", "true"]]), "allDayEnabled", [/must be a boolean/]],
  ];
  test.each(rows)("%s", (_label, input, property, reasons) => {
    expectOnlyFailure(validateHoliday(input), property, ...reasons);
  });

  test("the same rules apply to inline holidays, with the holiday's index", () => {
    const input = withValue(holidayMode(), "holidays[3].endTime", "12:00");
    expectOnlyFailure(validateOperatingMode(input), "holidays[3].endTime", /12:00 is not after startTime 13:00/);
  });
});

describe("the schedule matches the type", () => {
  const rows: Row[] = [
    ["SAME_HOURS_DAILY without its schedule", sameHoursMode, "sameHoursDaily", REMOVE, "sameHoursDaily", [/is required when type is SAME_HOURS_DAILY/]],
    ["DIFFERENT_HOURS_DAILY without its schedule", differentHoursMode, "differentHoursDaily", REMOVE, "differentHoursDaily", [/is required when type is DIFFERENT_HOURS_DAILY/]],
    ["SAME_HOURS_DAILY with different hours", sameHoursMode, "differentHoursDaily", { monday: open() }, "differentHoursDaily", [/does not belong to a mode of type SAME_HOURS_DAILY; remove it \(a SAME_HOURS_DAILY mode takes sameHoursDaily\)/]],
    ["DIFFERENT_HOURS_DAILY with same hours", differentHoursMode, "sameHoursDaily", { mondayToFriday: open() }, "sameHoursDaily", [/does not belong to a mode of type DIFFERENT_HOURS_DAILY; remove it \(a DIFFERENT_HOURS_DAILY mode takes differentHoursDaily\)/]],
    ["HOLIDAY with same hours", holidayMode, "sameHoursDaily", { mondayToFriday: open() }, "sameHoursDaily", [/does not belong to a mode of type HOLIDAY; remove it \(a HOLIDAY mode takes holidays\)/]],
    ["HOLIDAY with different hours", holidayMode, "differentHoursDaily", {}, "differentHoursDaily", [/does not belong to a mode of type HOLIDAY/]],
    ["NONE with same hours", afterHoursMode, "sameHoursDaily", { mondayToFriday: open() }, "sameHoursDaily", [/does not belong to a mode of type NONE; remove it$/]],
    ["NONE with different hours", afterHoursMode, "differentHoursDaily", { monday: open() }, "differentHoursDaily", [/does not belong to a mode of type NONE; remove it$/]],
    ["holidays on a SAME_HOURS_DAILY mode", sameHoursMode, "holidays", [], "holidays", [/does not belong to a mode of type SAME_HOURS_DAILY; remove it/]],
    ["holidays on a DIFFERENT_HOURS_DAILY mode", differentHoursMode, "holidays", [{ name: "X", startDate: "2026-01-01" }], "holidays", [/does not belong to a mode of type DIFFERENT_HOURS_DAILY/]],
    ["holidays on a NONE mode", afterHoursMode, "holidays", [{ name: "X", startDate: "2026-01-01" }], "holidays", [/does not belong to a mode of type NONE/]],
  ];
  test.each(rows)("%s", (_label, base, path, value, property, reasons) => {
    expectOnlyFailure(validateOperatingMode(withValue(base(), path, value)), property, ...reasons);
  });

  test("a type changed to SAME_HOURS_DAILY on a holiday mode reports both the missing and the extra schedule", () => {
    const failures = validateOperatingMode(withValue(holidayMode(), "type", "SAME_HOURS_DAILY"));
    expect(propertiesOf(failures)).toEqual(["holidays", "sameHoursDaily"]);
  });
});

describe("level and location", () => {
  const rows: Row[] = [
    ["LOCATION without locationId", differentHoursMode, "locationId", REMOVE, "locationId", [/is required when level is LOCATION; set the id of the location/]],
    ["ORGANIZATION with a locationId", sameHoursMode, "locationId", LOCATION_ID, "locationId", [/must be left out when level is ORGANIZATION; remove it or set level: LOCATION/]],
    ["an empty locationId", differentHoursMode, "locationId", "", "locationId", [/must not be empty/]],
    ["a numeric locationId", afterHoursMode, "locationId", 42, "locationId", [/must be a string/]],
    ["an empty orgId", sameHoursMode, "orgId", "", "orgId", [/must not be empty/]],
  ];
  test.each(rows)("%s", (_label, base, path, value, property, reasons) => {
    expectOnlyFailure(validateOperatingMode(withValue(base(), path, value)), property, ...reasons);
  });
});

describe("call forwarding", () => {
  test.each([
    ["no destination", REMOVE],
    ["an empty destination", ""],
  ])("enabled with %s", (_label, destination) => {
    const input = withValue(afterHoursMode(), "callForwarding.destination", destination);
    const failures = validateOperatingMode(input);
    // An empty string breaks the pattern as well; either way the destination is named.
    expect(failures.map((f) => f.property)).toEqual(["callForwarding.destination"]);
    expect(failures[0].reason).toMatch(destination === "" ? /E\.164/ : /required when forwarding is enabled; set an E\.164 number or an extension/);
  });

  test.each(["555-1234", "+0123456789", "1", "+1408555123456789", "ext 12", "+1 408 555 1234", "12345678901", "+14085"])(
    "destination %j is rejected",
    (destination) => {
      const input = withValue(afterHoursMode(), "callForwarding.destination", destination);
      expectOnlyFailure(validateOperatingMode(input), "callForwarding.destination", /E\.164 number \(\+14085551234\) or an extension \(2 to 10 digits\)/);
    },
  );

  test.each(["+14085551234", "+442071234567", "12", "1234567890"])("destination %j is accepted", (destination) => {
    expect(validateOperatingMode(withValue(afterHoursMode(), "callForwarding.destination", destination))).toEqual([]);
  });

  test("forwarding without enabled", () => {
    expectOnlyFailure(validateOperatingMode(withValue(afterHoursMode(), "callForwarding.enabled", REMOVE)), "callForwarding.enabled", /is required/);
  });
});

describe("holiday lists", () => {
  const oneOff = (i: number) => ({ name: `Closure ${i + 1}`, startDate: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) });
  const modeWith = (count: number) => withValue(holidayMode(), "holidays", Array.from({ length: count }, (_, i) => oneOff(i)));

  test("150 holidays are accepted", () => {
    expect(validateOperatingMode(modeWith(150))).toEqual([]);
  });

  test.each([151, 200])("%i holidays are rejected", (count) => {
    expectOnlyFailure(validateOperatingMode(modeWith(count)), "holidays", /more than 150/, /at most 150/, /split them over several modes/);
  });

  test.each([
    ["the same name", "New Year"],
    ["another case", "new year"],
    ["extra spaces", "  New Year "],
  ])("a duplicate name with %s is rejected at the later holiday", (_label, name) => {
    const input = withValue(holidayMode(), "holidays[3].name", name);
    expectOnlyFailure(validateOperatingMode(input), "holidays[3].name", /is also the name of holidays\[0\]/, /must be unique within a mode/);
  });

  test("every duplicate is reported, each pointing at the first", () => {
    const input = withValues(holidayMode(), [["holidays[2].name", "New Year"], ["holidays[3].name", "NEW YEAR"]]);
    expect(validateOperatingMode(input)).toEqual([
      { property: "holidays[2].name", reason: expect.stringMatching(/holidays\[0\]/) },
      { property: "holidays[3].name", reason: expect.stringMatching(/holidays\[0\]/) },
    ]);
  });

  test.each([
    ["empty", ""],
    ["blank", "   "],
  ])("an %s name is rejected with a reason a person can act on", (_label, name) => {
    const failures = validateOperatingMode(withValue(holidayMode(), "holidays[0].name", name));
    expect(failures.map((f) => f.property)).toEqual(["holidays[0].name"]);
    expect(failures[0].reason).toMatch(/empty|blank/);
  });

  test("holidays must be a list", () => {
    expectOnlyFailure(validateOperatingMode(withValue(holidayMode(), "holidays", { name: "X" })), "holidays", /must be an array/);
  });
});

describe("recurrence", () => {
  const byDate = (dayOfMonth: number, month: string) => ({ recurYearlyByDate: { dayOfMonth, month } });
  const byDay = (day: string, week: string, month: string) => ({ recurYearlyByDay: { day, week, month } });
  const holiday = (startDate: string, recurrence: unknown) => withValues(holidayResource(), [["startDate", startDate], ["recurrence", recurrence]]);

  test.each([
    ["FEBRUARY", 30, "2026-02-28"],
    ["FEBRUARY", 31, "2026-02-28"],
    ["APRIL", 31, "2026-04-30"],
    ["JUNE", 31, "2026-06-30"],
    ["SEPTEMBER", 31, "2026-09-30"],
    ["NOVEMBER", 31, "2026-11-30"],
  ])("%s %i can never happen", (month, day, startDate) => {
    expectOnlyFailure(
      validateHoliday(holiday(startDate, byDate(day, month))),
      "recurrence.recurYearlyByDate.dayOfMonth",
      new RegExp(`${month} never has a day ${day}`),
      /could never happen/,
    );
  });

  test.each([
    ["a different day", "2026-01-02", byDate(1, "JANUARY"), "recurrence.recurYearlyByDate", /recurs on JANUARY 1 but startDate is 2026-01-02/],
    ["a different month", "2026-02-01", byDate(1, "JANUARY"), "recurrence.recurYearlyByDate", /make startDate a date of the recurrence/],
    ["a different weekday", "2026-11-27", byDay("THURSDAY", "FOURTH", "NOVEMBER"), "recurrence.recurYearlyByDay", /recurs on the FOURTH THURSDAY of NOVEMBER but startDate 2026-11-27 is not such a day/],
    ["the third week, not the fourth", "2026-11-19", byDay("THURSDAY", "FOURTH", "NOVEMBER"), "recurrence.recurYearlyByDay", /FOURTH THURSDAY/],
    ["the right weekday in another month", "2026-10-22", byDay("THURSDAY", "FOURTH", "NOVEMBER"), "recurrence.recurYearlyByDay", /startDate 2026-10-22 is not such a day/],
    ["a fourth Thursday that is not the last (2028-11-23)", "2028-11-23", byDay("THURSDAY", "LAST", "NOVEMBER"), "recurrence.recurYearlyByDay", /LAST THURSDAY of NOVEMBER/],
    ["a last Monday that is the fifth (2027-05-31) as FOURTH", "2027-05-31", byDay("MONDAY", "FOURTH", "MAY"), "recurrence.recurYearlyByDay", /FOURTH MONDAY of MAY/],
    ["the first Monday as SECOND", "2026-09-07", byDay("MONDAY", "SECOND", "SEPTEMBER"), "recurrence.recurYearlyByDay", /SECOND MONDAY/],
  ])("startDate on %s than the recurrence", (_label, startDate, recurrence, property, reason) => {
    expectOnlyFailure(validateHoliday(holiday(startDate, recurrence)), property, reason);
  });

  test.each([
    ["both kinds", { ...byDate(4, "JULY"), ...byDay("SATURDAY", "FIRST", "JULY") }],
    ["neither kind", {}],
  ])("%s at once", (_label, recurrence) => {
    expectOnlyFailure(validateHoliday(holiday("2026-07-04", recurrence)), "recurrence", /must have exactly one of recurYearlyByDate, recurYearlyByDay/);
  });

  test.each([
    ["dayOfMonth 0", byDate(0, "JULY"), "recurrence.recurYearlyByDate.dayOfMonth", /must be at least 1/],
    ["dayOfMonth 32", byDate(32, "JULY"), "recurrence.recurYearlyByDate.dayOfMonth", /must be at most 31/],
    ["dayOfMonth 4.5", byDate(4.5, "JULY"), "recurrence.recurYearlyByDate.dayOfMonth", /must be an integer/],
    ["no month", { recurYearlyByDate: { dayOfMonth: 4 } }, "recurrence.recurYearlyByDate.month", /is required/],
    ["no week", { recurYearlyByDay: { day: "SATURDAY", month: "JULY" } }, "recurrence.recurYearlyByDay.week", /is required/],
    ["a monthly recurrence", { recurMonthly: { dayOfMonth: 4 } }, "recurrence.recurMonthly", /is not a known field; remove it/],
  ])("%s", (_label, recurrence, property, reason) => {
    expectOnlyFailure(validateHoliday(holiday("2026-07-04", recurrence)), property, reason);
  });
});

describe("unknown fields", () => {
  const rows: Row[] = [
    ["a description on the mode", sameHoursMode, "description", "office", "description", [/is not a known field; remove it/, /known fields: name, type, level/]],
    ["a time zone on a day", sameHoursMode, "sameHoursDaily.mondayToFriday.timeZone", "Europe/Berlin", "sameHoursDaily.mondayToFriday.timeZone", [/remove it/, /known fields: enabled, allDayEnabled, startTime, endTime/]],
    ["a single day in same hours", sameHoursMode, "sameHoursDaily.monday", open(), "sameHoursDaily.monday", [/known fields: mondayToFriday, saturdayToSunday/]],
    ["weekdays in different hours", differentHoursMode, "differentHoursDaily.weekdays", open(), "differentHoursDaily.weekdays", [/known fields: sunday, monday/]],
    ["an id copied into an inline holiday", holidayMode, "holidays[1].id", "abc", "holidays[1].id", [/is not a known field/]],
    ["a number in forwarding", afterHoursMode, "callForwarding.number", "+14085551234", "callForwarding.number", [/known fields: enabled, destination, destinationVoicemailEnabled/]],
    ["adopt by email", sameHoursMode, "adopt", { email: "x" }, "adopt.email", [/is not a known field/]],
  ];
  test.each(rows)("%s", (_label, base, path, value, property, reasons) => {
    expectOnlyFailure(validateOperatingMode(withValue(base(), path, value)), property, ...reasons);
  });

  test("an unknown field on a standalone holiday", () => {
    expectOnlyFailure(validateHoliday(withValue(holidayResource(), "mode", "x")), "mode", /known fields: operatingModeId, orgId, adopt, name/);
  });

  test.each([
    ["both ways", { id: "abc", byName: true }, "adopt", /exactly one of id, byName/],
    ["byName false", { byName: false }, "adopt.byName", /must be true/],
    ["empty", {}, "adopt", /exactly one of id, byName/],
  ])("adopt %s", (_label, adopt, property, reason) => {
    expectOnlyFailure(validateOperatingMode(withValue(sameHoursMode(), "adopt", adopt)), property, reason);
  });
});

describe("every failure is returned at once", () => {
  test("all shape failures of a mode", () => {
    const input = withValues(afterHoursMode(), [
      ["level", "SITE"],
      ["callForwarding.destination", "555-1234"],
      ["notes", "x"],
      ["name", ""],
    ]);
    expect(propertiesOf(validateOperatingMode(input))).toEqual(["callForwarding.destination", "level", "name", "notes"]);
  });

  test("all time failures of a week, one per day", () => {
    const input = withValues(differentHoursMode(), [
      ["differentHoursDaily.monday.startTime", "24:00"],
      ["differentHoursDaily.tuesday.endTime", "7:30"],
      ["differentHoursDaily.friday.startTime", "12:60"],
    ]);
    expect(propertiesOf(validateOperatingMode(input))).toEqual([
      "differentHoursDaily.friday.startTime",
      "differentHoursDaily.monday.startTime",
      "differentHoursDaily.tuesday.endTime",
    ]);
  });

  test("all rule failures of a mode and its holidays", () => {
    const input = withValues(holidayMode(), [
      ["level", "LOCATION"],
      ["callForwarding", { enabled: true }],
      ["holidays[0].startDate", "2027-02-30"],
      ["holidays[1].startDate", "2026-05-18"],
      ["holidays[2].endDate", "2026-11-01"],
      ["holidays[3].endTime", "13:00"],
      ["holidays[3].name", "new year"],
    ]);
    expect(propertiesOf(validateOperatingMode(input))).toEqual([
      "callForwarding.destination",
      "holidays[0].startDate",
      "holidays[1].recurrence.recurYearlyByDay",
      "holidays[2].endDate",
      "holidays[3].endTime",
      "holidays[3].name",
      "locationId",
    ]);
  });

  test("all failures of a standalone holiday", () => {
    const input = withValues(holidayResource(), [
      ["startDate", "2026-07-05"],
      ["endDate", "2026-02-30"],
      ["allDayEnabled", true],
      ["startTime", "09:00"],
    ]);
    expect(propertiesOf(validateHoliday(input))).toEqual(["allDayEnabled", "endDate", "recurrence.recurYearlyByDate"]);
  });
});

describe("the preview unknown sentinel never produces a failure", () => {
  const rows: [string, () => Json, string][] = [
    ["name", sameHoursMode, "name"],
    ["type", sameHoursMode, "type"],
    ["level", differentHoursMode, "level"],
    ["locationId", differentHoursMode, "locationId"],
    ["orgId", sameHoursMode, "orgId"],
    ["a whole same-hours schedule", sameHoursMode, "sameHoursDaily"],
    ["a whole different-hours schedule", differentHoursMode, "differentHoursDaily"],
    ["a whole day", sameHoursMode, "sameHoursDaily.mondayToFriday"],
    ["a start time", sameHoursMode, "sameHoursDaily.mondayToFriday.startTime"],
    ["an end time", differentHoursMode, "differentHoursDaily.saturday.endTime"],
    ["allDayEnabled of a day", sameHoursMode, "sameHoursDaily.mondayToFriday.allDayEnabled"],
    ["the whole forwarding", afterHoursMode, "callForwarding"],
    ["forwarding enabled", afterHoursMode, "callForwarding.enabled"],
    ["the forwarding destination", afterHoursMode, "callForwarding.destination"],
    ["the whole holiday list", holidayMode, "holidays"],
    ["one whole holiday", holidayMode, "holidays[1]"],
    ["a holiday name", holidayMode, "holidays[0].name"],
    ["a recurring holiday's startDate", holidayMode, "holidays[2].startDate"],
    ["a holiday's endDate", holidayMode, "holidays[2].endDate"],
    ["a holiday's time", holidayMode, "holidays[3].startTime"],
    ["a holiday's recurrence", holidayMode, "holidays[1].recurrence"],
    ["a recurrence's month", holidayMode, "holidays[0].recurrence.recurYearlyByDate.month"],
    ["a recurrence's day of month", holidayMode, "holidays[0].recurrence.recurYearlyByDate.dayOfMonth"],
    ["a recurrence's week", holidayMode, "holidays[1].recurrence.recurYearlyByDay.week"],
  ];
  test.each(rows)("in a mode: %s", (_label, base, path) => {
    expect(validateOperatingMode(withValue(base(), path, UNKNOWN))).toEqual([]);
  });

  test.each(["operatingModeId", "orgId", "name", "startDate", "endDate", "allDayEnabled", "recurrence", "recurrence.recurYearlyByDate.dayOfMonth"])(
    "in a standalone holiday: %s",
    (path) => {
      expect(validateHoliday(withValue(holidayResource(), path, UNKNOWN))).toEqual([]);
    },
  );

  test.each([
    ["startTime", [["allDayEnabled", false], ["startTime", UNKNOWN], ["endTime", "12:00"]]],
    ["endTime", [["allDayEnabled", false], ["startTime", "09:00"], ["endTime", UNKNOWN]]],
  ] as [string, [string, unknown][]][])("in a standalone holiday's %s", (_label, changes) => {
    expect(validateHoliday(withValues(holidayResource(), changes))).toEqual([]);
  });

  test("an unknown value does not hide a real failure elsewhere", () => {
    const input = withValues(differentHoursMode(), [
      ["locationId", UNKNOWN],
      ["differentHoursDaily.monday.endTime", "24:00"],
    ]);
    expectOnlyFailure(validateOperatingMode(input), "differentHoursDaily.monday.endTime", /HH:MM/);
  });

  test("an unknown level still lets the schedule rules run", () => {
    const input = withValues(differentHoursMode(), [
      ["level", UNKNOWN],
      ["differentHoursDaily.monday.endTime", "08:00"],
    ]);
    expectOnlyFailure(validateOperatingMode(input), "differentHoursDaily.monday.endTime", /equals startTime/);
  });
});
