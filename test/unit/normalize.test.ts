// Canonical forms: equivalent declarations and API answers must normalise to the same value, and
// different meanings must not.
import fc from "fast-check";
import {
  canonicalJson,
  holidayToApi,
  modeCreateBody,
  modeInputsFromOutputs,
  modeOutputsFromApi,
  normalizeDay,
  normalizeDifferentHours,
  normalizeForwarding,
  normalizeHoliday,
  normalizeHolidaySet,
  normalizeSameHours,
  sameValue,
} from "../../provider/normalize";
import { normalizeModeInputs } from "../../provider/operating-mode";
import type { ApiOperatingMode, OperatingModeInputs } from "../../provider/types";
import { LOCATION_ID, MODE_ID, ORG_ID, UNKNOWN, allDay, closed, differentHoursMode, holidayMode, open, sameHoursMode } from "./helpers/fixtures";
import { confusableHolidays, holidays as holidayLists } from "./helpers/arbitraries";

const DISABLED = { enabled: false, allDayEnabled: false };

describe("days", () => {
  test.each([
    ["missing", undefined],
    ["disabled", { enabled: false }],
    ["disabled with times", { enabled: false, startTime: "09:00", endTime: "17:00" }],
    ["disabled, all day", { enabled: false, allDayEnabled: true }],
    ["disabled, not all day, with times", { enabled: false, allDayEnabled: false, startTime: "01:00", endTime: "02:00" }],
  ])("a %s day is the disabled day", (_label, day) => {
    expect(normalizeDay(day)).toEqual(DISABLED);
  });

  test("an all-day day drops times the service may still hold", () => {
    expect(normalizeDay({ enabled: true, allDayEnabled: true, startTime: "09:00", endTime: "17:00" })).toEqual({ enabled: true, allDayEnabled: true });
  });

  test("an enabled day with times and no allDayEnabled is a timed day", () => {
    expect(normalizeDay({ enabled: true, startTime: "09:00", endTime: "17:00" })).toEqual({ enabled: true, allDayEnabled: false, startTime: "09:00", endTime: "17:00" });
  });

  test("different times stay different", () => {
    expect(sameValue(normalizeDay(open("09:00", "17:00")), normalizeDay(open("09:00", "17:01")))).toBe(false);
    expect(sameValue(normalizeDay(open()), normalizeDay(allDay()))).toBe(false);
    expect(sameValue(normalizeDay(open()), normalizeDay(closed()))).toBe(false);
  });

  test("missing same-hours entries are disabled", () => {
    expect(normalizeSameHours({ mondayToFriday: open() })).toEqual({ mondayToFriday: open(), saturdayToSunday: DISABLED });
    expect(normalizeSameHours({})).toEqual({ mondayToFriday: DISABLED, saturdayToSunday: DISABLED });
    expect(normalizeSameHours(undefined)).toBeUndefined();
  });

  test("missing days of the week are disabled", () => {
    expect(normalizeDifferentHours({ monday: open("08:00", "12:00") })).toEqual({
      sunday: DISABLED,
      monday: open("08:00", "12:00"),
      tuesday: DISABLED,
      wednesday: DISABLED,
      thursday: DISABLED,
      friday: DISABLED,
      saturday: DISABLED,
    });
    expect(normalizeDifferentHours(undefined)).toBeUndefined();
  });

  test("a week declared with only monday equals the full week with the other days closed", () => {
    const full = { sunday: closed(), monday: open(), tuesday: closed(), wednesday: closed(), thursday: closed(), friday: closed(), saturday: closed() };
    expect(sameValue(normalizeDifferentHours({ monday: open() }), normalizeDifferentHours(full))).toBe(true);
  });
});

describe("call forwarding", () => {
  test.each([
    ["left out", undefined],
    ["off", { enabled: false }],
    ["off with a destination", { enabled: false, destination: "+14085551234" }],
    ["off with voicemail", { enabled: false, destination: "2001", destinationVoicemailEnabled: true }],
  ])("forwarding %s is just off", (_label, f) => {
    expect(normalizeForwarding(f)).toEqual({ enabled: false });
  });

  test("forwarding on keeps its destination and defaults voicemail to false", () => {
    expect(normalizeForwarding({ enabled: true, destination: "+14085551234" })).toEqual({ enabled: true, destination: "+14085551234", destinationVoicemailEnabled: false });
    expect(normalizeForwarding({ enabled: true, destination: "2001", destinationVoicemailEnabled: true })).toEqual({ enabled: true, destination: "2001", destinationVoicemailEnabled: true });
  });
});

describe("holidays", () => {
  test("endDate defaults to startDate", () => {
    expect(normalizeHoliday({ name: "Labour Day", startDate: "2026-05-01" })).toEqual({ name: "Labour Day", allDayEnabled: true, startDate: "2026-05-01", endDate: "2026-05-01" });
  });

  test("an explicit endDate is kept", () => {
    expect(normalizeHoliday({ name: "Closure", startDate: "2026-12-24", endDate: "2026-12-31" }).endDate).toBe("2026-12-31");
  });

  test("the allDayEnabled defect: a holiday with times marked all-day is a timed holiday", () => {
    const reported = { name: "Half day", allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "13:00", endTime: "17:00" };
    const declared = { name: "Half day", allDayEnabled: false, startDate: "2026-12-24", startTime: "13:00", endTime: "17:00" };
    expect(normalizeHoliday(reported)).toEqual({ name: "Half day", allDayEnabled: false, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "13:00", endTime: "17:00" });
    expect(sameValue(normalizeHoliday(reported), normalizeHoliday(declared))).toBe(true);
  });

  test("times without allDayEnabled make a timed holiday", () => {
    expect(normalizeHoliday({ name: "H", startDate: "2026-12-24", startTime: "13:00", endTime: "17:00" })).toMatchObject({ allDayEnabled: false, startTime: "13:00", endTime: "17:00" });
  });

  test("an all-day holiday has no times", () => {
    expect(normalizeHoliday({ name: "H", allDayEnabled: true, startDate: "2026-12-24" })).toEqual({ name: "H", allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24" });
  });

  test("ids and unknown extra fields are dropped; the recurrence is kept", () => {
    const api = { id: "x", name: "New Year", allDayEnabled: true, startDate: "2026-01-01", endDate: "2026-01-01", recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" as const } } };
    expect(normalizeHoliday(api)).toEqual({ name: "New Year", allDayEnabled: true, startDate: "2026-01-01", endDate: "2026-01-01", recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } } });
  });

  test("the request body of a holiday is its canonical form", () => {
    expect(holidayToApi({ name: "Half day", startDate: "2026-12-24", startTime: "13:00", endTime: "17:00" })).toEqual({
      name: "Half day",
      allDayEnabled: false,
      startDate: "2026-12-24",
      endDate: "2026-12-24",
      startTime: "13:00",
      endTime: "17:00",
    });
  });

  test("holiday sets compare regardless of order", () => {
    const list = holidayMode().holidays;
    expect(sameValue(normalizeHolidaySet(list), normalizeHolidaySet([...list].reverse()))).toBe(true);
    expect(normalizeHolidaySet(undefined)).toBeUndefined();
  });

  test("holiday sets with a changed member differ", () => {
    const list = holidayMode().holidays;
    const changed = [...list.slice(0, 3), { ...list[3], endTime: "22:00" }];
    expect(sameValue(normalizeHolidaySet(list), normalizeHolidaySet(changed))).toBe(false);
  });

  test("property: any permutation of a holiday list normalises to the same set", () => {
    const listAndPermutation = fc.oneof(holidayLists, confusableHolidays).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(listAndPermutation, ([list, permuted]) => {
        expect(canonicalJson(normalizeHolidaySet(permuted as any))).toBe(canonicalJson(normalizeHolidaySet(list as any)));
      }),
      { numRuns: 300 },
    );
  });

  test("holidays whose names only a locale-aware comparison confuses keep a stable order", () => {
    const a = { name: "Easter", startDate: "2026-04-05" };
    const b = { name: "Easter\u00AD", startDate: "2026-04-05" };
    expect(canonicalJson(normalizeHolidaySet([a, b]))).toBe(canonicalJson(normalizeHolidaySet([b, a])));
  });
});

describe("canonical JSON", () => {
  test("key order and undefined members do not matter", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: undefined, e: [3, { g: 1, f: 2 }] } })).toBe('{"a":{"d":2,"e":[3,{"f":2,"g":1}]},"b":1}');
  });

  test("array order does", () => {
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

describe("create bodies", () => {
  test("an organisation mode sends no locationId and disabled forwarding", () => {
    const body = modeCreateBody(sameHoursMode() as OperatingModeInputs);
    expect(body).toEqual({
      name: "Business hours",
      type: "SAME_HOURS_DAILY",
      level: "ORGANIZATION",
      sameHoursDaily: { mondayToFriday: open("08:30", "17:30"), saturdayToSunday: DISABLED },
      callForwarding: { enabled: false },
    });
  });

  test("a location mode sends its locationId and the full week", () => {
    const body = modeCreateBody({ ...(differentHoursMode() as OperatingModeInputs), differentHoursDaily: { monday: open() } });
    expect(body.locationId).toBe(LOCATION_ID);
    expect(Object.keys(body.differentHoursDaily!).sort()).toEqual(["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"]);
    expect(body.differentHoursDaily!.sunday).toEqual(DISABLED);
  });

  test("orgId and adopt never reach the body", () => {
    const body = modeCreateBody({ ...(sameHoursMode() as OperatingModeInputs), orgId: ORG_ID, adopt: { byName: true } });
    expect(body).not.toHaveProperty("orgId");
    expect(body).not.toHaveProperty("adopt");
  });

  test("inline holidays are sent in canonical form", () => {
    const body = modeCreateBody(holidayMode() as OperatingModeInputs);
    expect(body.holidays).toHaveLength(4);
    expect(body.holidays![1]).toEqual({
      name: "Memorial Day",
      allDayEnabled: true,
      startDate: "2026-05-25",
      endDate: "2026-05-25",
      recurrence: { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } },
    });
  });
});

describe("outputs from the API and inputs from outputs", () => {
  const api: ApiOperatingMode = {
    id: MODE_ID,
    name: "Support desk",
    type: "DIFFERENT_HOURS_DAILY",
    level: "LOCATION",
    location: { id: LOCATION_ID, name: "Berlin office" },
    callForwarding: { enabled: false, destination: "+14085550000" },
    differentHoursDaily: { monday: { enabled: true, allDayEnabled: false, startTime: "08:00", endTime: "18:00" }, sunday: { enabled: false, startTime: "00:00", endTime: "00:00" } },
    sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: true } },
  };

  test("outputs carry the location's name, the canonical schedule of the type only, and what the API does not return", () => {
    const outs = modeOutputsFromApi(api, { orgId: ORG_ID, adopt: { byName: true } });
    expect(outs).toEqual({
      name: "Support desk",
      type: "DIFFERENT_HOURS_DAILY",
      level: "LOCATION",
      locationId: LOCATION_ID,
      locationName: "Berlin office",
      differentHoursDaily: normalizeDifferentHours({ monday: open("08:00", "18:00") }),
      callForwarding: { enabled: false },
      orgId: ORG_ID,
      adopt: { byName: true },
    });
  });

  test("holidays are in the outputs only when the mode declares them", () => {
    const holidayApi: ApiOperatingMode = {
      id: MODE_ID,
      name: "Public holidays",
      type: "HOLIDAY",
      level: "ORGANIZATION",
      callForwarding: { enabled: false },
      holidays: [{ id: "h1", name: "New Year", allDayEnabled: true, startDate: "2026-01-01", endDate: "2026-01-01" }],
    };
    expect(modeOutputsFromApi(holidayApi, {})).not.toHaveProperty("holidays");
    expect(modeOutputsFromApi(holidayApi, { holidays: [] }).holidays).toEqual([{ id: "h1", name: "New Year", allDayEnabled: true, startDate: "2026-01-01", endDate: "2026-01-01" }]);
  });

  test("a declared HOLIDAY mode whose GET has no holidays key reads as an empty list", () => {
    const outs = modeOutputsFromApi({ id: MODE_ID, name: "H", type: "HOLIDAY", level: "ORGANIZATION" }, { holidays: [] });
    expect(outs.holidays).toEqual([]);
    expect(outs.callForwarding).toEqual({ enabled: false });
  });

  test("inputs from outputs drop ids and the location's name", () => {
    const outs = modeOutputsFromApi(
      { id: MODE_ID, name: "H", type: "HOLIDAY", level: "ORGANIZATION", holidays: [{ id: "h1", name: "X", allDayEnabled: true, startDate: "2026-01-01", endDate: "2026-01-01" }] },
      { holidays: [] },
    );
    const inputs = modeInputsFromOutputs({ ...outs, locationName: "ignored" });
    expect(inputs).not.toHaveProperty("locationName");
    expect(inputs.holidays).toEqual([{ name: "X", allDayEnabled: true, startDate: "2026-01-01", endDate: "2026-01-01" }]);
  });
});

describe("normalizeModeInputs", () => {
  test("checked inputs are canonical: full schedules, forwarding always present, holidays sorted", () => {
    const n = normalizeModeInputs({ ...(holidayMode() as OperatingModeInputs) });
    expect(n.callForwarding).toEqual({ enabled: false });
    expect(n.holidays!.map((h) => h.name)).toEqual(["Christmas Eve half day", "Memorial Day", "New Year", "Thanksgiving"]);
    expect(n.holidays!.every((h) => h.endDate !== undefined && h.allDayEnabled !== undefined)).toBe(true);
  });

  test("values unknown during preview are kept as they are", () => {
    const m = { ...(sameHoursMode() as OperatingModeInputs), sameHoursDaily: UNKNOWN as any, callForwarding: { enabled: true, destination: UNKNOWN } };
    const n = normalizeModeInputs(m);
    expect(n.sameHoursDaily).toBe(UNKNOWN);
    expect(n.callForwarding).toEqual({ enabled: true, destination: UNKNOWN });
  });

  test("is idempotent", () => {
    for (const make of [sameHoursMode, differentHoursMode, holidayMode]) {
      const once = normalizeModeInputs(make() as OperatingModeInputs);
      expect(normalizeModeInputs(once)).toEqual(once);
    }
  });
});
