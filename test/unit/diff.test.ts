// What diff reports between the last outputs and new inputs: changes, replacements and whether the
// old object goes first.
import fc from "fast-check";
import { diffHoliday, diffOperatingMode } from "../../provider/diff";
import { modeCreateBody, modeInputsFromOutputs, modeOutputsFromApi } from "../../provider/normalize";
import { normalizeModeInputs } from "../../provider/operating-mode";
import { validateOperatingMode } from "../../provider/validate";
import type { HolidayInputs, HolidayOutputs, OperatingModeInputs, OperatingModeOutputs } from "../../provider/types";
import {
  Json,
  LOCATION_ID,
  MODE_ID,
  ORG_ID,
  OTHER_LOCATION_ID,
  OTHER_MODE_ID,
  REMOVE,
  UNKNOWN,
  afterHoursMode,
  closed,
  differentHoursMode,
  holidayMode,
  holidayResource,
  open,
  sameHoursMode,
  withValue,
  withValues,
} from "./helpers/fixtures";
import { apiEcho } from "./helpers/api-echo";
import { modeInputs } from "./helpers/arbitraries";

/** The outputs a mode has right after create: the API's answer to its create body. */
function outputsAfterCreate(inputs: Json): OperatingModeOutputs {
  const declared = normalizeModeInputs(inputs as OperatingModeInputs);
  return modeOutputsFromApi(apiEcho(MODE_ID, modeCreateBody(declared)), declared);
}

const modeDiff = (olds: Json, news: Json) => diffOperatingMode(olds as OperatingModeOutputs, news as OperatingModeInputs);

describe("OperatingMode: nothing changed", () => {
  test.each([
    ["same hours", sameHoursMode],
    ["different hours", differentHoursMode],
    ["inline holidays", holidayMode],
    ["forwarding", afterHoursMode],
  ])("%s: the outputs after create against the same inputs", (_label, make) => {
    expect(modeDiff(outputsAfterCreate(make()), make())).toEqual({ changes: false, replaces: [], deleteBeforeReplace: false, changed: [] });
  });

  const base = differentHoursMode();
  test.each([
    ["a disabled day without its times", withValue(base, "differentHoursDaily.sunday", { enabled: false, startTime: "01:00", endTime: "02:00" })],
    ["a missing day (disabled)", withValue(base, "differentHoursDaily.sunday", REMOVE)],
    ["allDayEnabled false left out", withValue(base, "differentHoursDaily.monday", { enabled: true, startTime: "08:00", endTime: "18:00" })],
    ["forwarding off, left out", withValue(base, "callForwarding", REMOVE)],
    ["forwarding off with another destination", withValue(base, "callForwarding", { enabled: false, destination: "+441234567890" })],
  ])("%s", (_label, news) => {
    expect(modeDiff(outputsAfterCreate(base), news).changes).toBe(false);
  });

  test("the holidays in another order, without ids, without defaulted endDate", () => {
    const news = holidayMode();
    news.holidays = [...news.holidays].reverse();
    expect(modeDiff(outputsAfterCreate(holidayMode()), news).changes).toBe(false);
  });

  test("a timed holiday the service reports as all-day (allDayEnabled defect)", () => {
    const olds = outputsAfterCreate(holidayMode());
    const halfDay = olds.holidays!.find((h) => h.name === "Christmas Eve half day")!;
    halfDay.allDayEnabled = true;
    expect(modeDiff(olds, holidayMode()).changes).toBe(false);
  });

  test("holidays absent on both sides are never compared", () => {
    const news = withValue(holidayMode(), "holidays", REMOVE);
    const olds = outputsAfterCreate(news);
    expect(olds).not.toHaveProperty("holidays");
    expect(modeDiff(olds, news)).toMatchObject({ changes: false, changed: [] });
  });
});

describe("OperatingMode: fields that force a replacement", () => {
  test.each([
    ["type", sameHoursMode, [["type", "DIFFERENT_HOURS_DAILY"], ["sameHoursDaily", REMOVE], ["differentHoursDaily", { monday: open() }]]],
    ["level", differentHoursMode, [["level", "ORGANIZATION"], ["locationId", REMOVE]]],
    ["locationId", differentHoursMode, [["locationId", OTHER_LOCATION_ID]]],
    ["orgId", sameHoursMode, [["orgId", ORG_ID]]],
  ] as [string, () => Json, [string, unknown][]][])("%s", (field, make, changes) => {
    const d = modeDiff(outputsAfterCreate(make()), withValues(make(), changes));
    expect(d.changes).toBe(true);
    expect(d.replaces).toContain(field);
    expect(d.changed).toContain(field);
  });

  test("a replacement that keeps the name deletes first (names are unique)", () => {
    const d = modeDiff(outputsAfterCreate(differentHoursMode()), withValue(differentHoursMode(), "locationId", OTHER_LOCATION_ID));
    expect(d).toMatchObject({ replaces: ["locationId"], deleteBeforeReplace: true });
  });

  test("a name that differs only in case and spaces counts as the same name", () => {
    const d = modeDiff(outputsAfterCreate(differentHoursMode()), withValues(differentHoursMode(), [["locationId", OTHER_LOCATION_ID], ["name", " support DESK "]]));
    expect(d.deleteBeforeReplace).toBe(true);
  });

  test("a replacement that renames creates the new one first", () => {
    const d = modeDiff(outputsAfterCreate(differentHoursMode()), withValues(differentHoursMode(), [["locationId", OTHER_LOCATION_ID], ["name", "Support desk (Berlin)"]]));
    expect(d).toMatchObject({ changes: true, replaces: ["locationId"], deleteBeforeReplace: false });
    expect(d.changed).toEqual(expect.arrayContaining(["locationId", "name"]));
  });

  test("several replace triggers are all named", () => {
    const news = withValues(differentHoursMode(), [["type", "SAME_HOURS_DAILY"], ["differentHoursDaily", REMOVE], ["sameHoursDaily", { mondayToFriday: open() }], ["level", "ORGANIZATION"], ["locationId", REMOVE]]);
    expect(modeDiff(outputsAfterCreate(differentHoursMode()), news).replaces.sort()).toEqual(["level", "locationId", "type"]);
  });
});

describe("OperatingMode: fields updated in place", () => {
  test.each([
    ["name", sameHoursMode, [["name", "Opening hours"]]],
    ["sameHoursDaily", sameHoursMode, [["sameHoursDaily.mondayToFriday.endTime", "18:00"]]],
    ["sameHoursDaily", sameHoursMode, [["sameHoursDaily.saturdayToSunday", open("10:00", "14:00")]]],
    ["differentHoursDaily", differentHoursMode, [["differentHoursDaily.sunday", open("10:00", "12:00")]]],
    ["differentHoursDaily", differentHoursMode, [["differentHoursDaily.monday", closed()]]],
    ["callForwarding", afterHoursMode, [["callForwarding.destination", "+14085559999"]]],
    ["callForwarding", afterHoursMode, [["callForwarding.destinationVoicemailEnabled", true]]],
    ["callForwarding", afterHoursMode, [["callForwarding.enabled", false]]],
    ["holidays", holidayMode, [["holidays[0].name", "New Year's Day"]]],
    ["holidays", holidayMode, [["holidays[3].endTime", "18:00"]]],
    ["holidays", holidayMode, [["holidays[2].endDate", REMOVE]]],
    ["holidays", holidayMode, [["holidays[3]", REMOVE]]],
    ["holidays", holidayMode, [["holidays[4]", { name: "Boxing Day", startDate: "2026-12-26" }]]],
    ["holidays", holidayMode, [["holidays", []]]],
  ] as [string, () => Json, [string, unknown][]][])("%s: %j", (field, make, changes) => {
    const d = modeDiff(outputsAfterCreate(make()), withValues(make(), changes));
    expect(d).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false, changed: [field] });
  });

  test("holidays declared again after being left to OperatingModeHoliday resources", () => {
    const olds = outputsAfterCreate(withValue(holidayMode(), "holidays", REMOVE));
    expect(modeDiff(olds, holidayMode())).toMatchObject({ changes: true, changed: ["holidays"], replaces: [] });
  });
});

describe("OperatingMode: values unknown during preview always show as a change", () => {
  const rows: [string, () => Json, string, boolean][] = [
    ["name", sameHoursMode, "name", false],
    ["type", sameHoursMode, "type", true],
    ["level", differentHoursMode, "level", true],
    ["locationId", differentHoursMode, "locationId", true],
    ["orgId", sameHoursMode, "orgId", true],
    ["a whole same-hours schedule", () => withValue(sameHoursMode(), "sameHoursDaily", { mondayToFriday: closed(), saturdayToSunday: closed() }), "sameHoursDaily", false],
    ["a whole day", () => withValue(sameHoursMode(), "sameHoursDaily.saturdayToSunday", closed()), "sameHoursDaily.saturdayToSunday", false],
    ["a time", sameHoursMode, "sameHoursDaily.mondayToFriday.startTime", false],
    ["a whole week", () => withValue(differentHoursMode(), "differentHoursDaily", {}), "differentHoursDaily", false],
    ["the whole forwarding", sameHoursMode, "callForwarding", false],
    ["forwarding enabled", afterHoursMode, "callForwarding.enabled", false],
    ["the forwarding destination", afterHoursMode, "callForwarding.destination", false],
    ["the whole holiday list", holidayMode, "holidays", false],
    ["one holiday", holidayMode, "holidays[0]", false],
    ["a holiday's name", holidayMode, "holidays[1].name", false],
  ];
  test.each(rows)("%s", (_label, make, path, replaces) => {
    const olds = outputsAfterCreate(make());
    let d: ReturnType<typeof modeDiff> | undefined;
    expect(() => (d = modeDiff(olds, withValue(make(), path, UNKNOWN)))).not.toThrow();
    expect(d!.changes).toBe(true);
    expect(d!.replaces.length > 0).toBe(replaces);
  });
});

describe("OperatingMode: property", () => {
  test("diff(outputs derived from x, x) has no changes for any valid x, and read's inputs reproduce x", () => {
    fc.assert(
      fc.property(modeInputs, (x) => {
        fc.pre(validateOperatingMode(x).length === 0);
        const declared = normalizeModeInputs(x as OperatingModeInputs);
        const outs = modeOutputsFromApi(apiEcho(MODE_ID, modeCreateBody(declared)), declared);
        expect(diffOperatingMode(outs, declared)).toMatchObject({ changes: false });
        // The raw (unnormalised) declaration compares equal too.
        expect(diffOperatingMode(outs, x as OperatingModeInputs)).toMatchObject({ changes: false });
        // read returns inputs from outputs: after check they equal the declaration.
        const readInputs = modeInputsFromOutputs(outs);
        expect(validateOperatingMode({ ...readInputs })).toEqual([]);
        expect(diffOperatingMode(outs, normalizeModeInputs(readInputs))).toMatchObject({ changes: false });
      }),
      { numRuns: 300 },
    );
  });
});

// ---- holidays ----

function holidayOutputs(inputs: Json): HolidayOutputs {
  // What the provider stores after create: the declaration with endDate and allDayEnabled filled in.
  return { endDate: inputs.startDate, allDayEnabled: inputs.startTime === undefined, ...inputs } as HolidayOutputs;
}
const holidayDiff = (olds: Json, news: Json) => diffHoliday(olds as HolidayOutputs, news as HolidayInputs);
const timedHoliday = () => withValues(holidayResource(), [["allDayEnabled", false], ["startTime", "09:00"], ["endTime", "12:00"]]);

describe("OperatingModeHoliday", () => {
  test("no change against the stored outputs, with endDate defaulted and the allDayEnabled defect", () => {
    expect(holidayDiff(holidayOutputs(holidayResource()), holidayResource())).toEqual({ changes: false, replaces: [], deleteBeforeReplace: false, changed: [] });
    const reported = { ...holidayOutputs(timedHoliday()), allDayEnabled: true };
    expect(holidayDiff(reported, withValue(timedHoliday(), "allDayEnabled", REMOVE)).changes).toBe(false);
  });

  test.each([
    ["operatingModeId", [["operatingModeId", OTHER_MODE_ID]]],
    ["orgId", [["orgId", ORG_ID]]],
    ["recurrence", [["recurrence", REMOVE]]],
  ] as [string, [string, unknown][]][])("%s is replaced", (field, changes) => {
    const d = holidayDiff(holidayOutputs(holidayResource()), withValues(holidayResource(), changes));
    expect(d).toMatchObject({ changes: true, replaces: [field], deleteBeforeReplace: true });
  });

  test("a replacement that renames does not delete first", () => {
    const d = holidayDiff(holidayOutputs(holidayResource()), withValues(holidayResource(), [["operatingModeId", OTHER_MODE_ID], ["name", "Fourth of July"]]));
    expect(d).toMatchObject({ changes: true, replaces: ["operatingModeId"], deleteBeforeReplace: false });
  });

  const oneOff = () => withValue(holidayResource(), "recurrence", REMOVE);
  test.each([
    ["name", [["name", "Fourth of July"]], ["name"]],
    ["startDate (and the endDate that defaults to it)", [["startDate", "2027-07-04"]], ["startDate", "endDate"]],
    ["startDate of a declared range", [["startDate", "2026-07-03"], ["endDate", "2026-07-04"]], ["startDate"]],
    ["endDate", [["endDate", "2026-07-05"]], ["endDate"]],
  ] as [string, [string, unknown][], string[]][])("%s is updated in place", (_label, changes, changed) => {
    const d = holidayDiff(holidayOutputs(oneOff()), withValues(oneOff(), changes));
    expect(d).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false, changed });
  });

  test("a recurrence changed from by date to by weekday is updated in place", () => {
    const news = withValue(holidayResource(), "recurrence", { recurYearlyByDay: { day: "SATURDAY", week: "FIRST", month: "JULY" } });
    expect(holidayDiff(holidayOutputs(holidayResource()), news)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false, changed: ["recurrence"] });
  });

  test("a recurrence added to a one-off holiday is updated in place", () => {
    const olds = holidayOutputs(withValue(holidayResource(), "recurrence", REMOVE));
    expect(holidayDiff(olds, holidayResource())).toMatchObject({ changes: true, replaces: [], changed: ["recurrence"] });
  });

  test("times added to an all-day holiday change allDayEnabled and both times", () => {
    const d = holidayDiff(holidayOutputs(holidayResource()), withValues(holidayResource(), [["allDayEnabled", REMOVE], ["startTime", "09:00"], ["endTime", "12:00"]]));
    expect(d.changed.sort()).toEqual(["allDayEnabled", "endTime", "startTime"]);
    expect(d.replaces).toEqual([]);
  });

  test.each(["operatingModeId", "orgId", "name", "startDate", "endDate", "startTime", "endTime", "allDayEnabled", "recurrence"])(
    "an unknown %s shows as a change",
    (field) => {
      const d = holidayDiff(holidayOutputs(timedHoliday()), withValue(timedHoliday(), field, UNKNOWN));
      expect(d.changes).toBe(true);
      expect(d.changed).toContain(field);
    },
  );

  test("an unknown operatingModeId (its mode is being replaced) replaces the holiday", () => {
    expect(holidayDiff(holidayOutputs(holidayResource()), withValue(holidayResource(), "operatingModeId", UNKNOWN)).replaces).toEqual(["operatingModeId"]);
  });
});
