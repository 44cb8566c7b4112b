/** Pure parts of the emulator, tested without HTTP: ids, calendar, body rules, fault engine. */
import fc from "fast-check";
import { DEFAULT_BEHAVIOUR } from "../../emulator/behaviour";
import { parseDate, parseTime, weeksOf } from "../../emulator/calendar";
import { Violation } from "../../emulator/errors";
import { FaultEngine, NO_FAULTS, resolveFaults } from "../../emulator/faults";
import { canonicalId, decodeId, encodeId, toId } from "../../emulator/ids";
import { mergeHolidayUpdate, parseDaySchedule, parseHoliday, parseModeCreate } from "../../emulator/validation";

describe("ids", () => {
  test("encode then decode gives back type and uuid, for any uuid and type", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom("OPERATING_MODE", "SCHEDULE_EVENT", "LOCATION", "ORGANIZATION", "HUNT_GROUP"), (uuid, type) => {
        const id = encodeId(type, uuid);
        expect(id).not.toMatch(/[=+/]/);
        expect(decodeId(id)).toEqual({ type, uuid });
      }),
    );
  });

  test("padded, unpadded and URL-safe spellings have one canonical form", () => {
    const id = encodeId("OPERATING_MODE", "0a1b2c3d-0000-4000-8000-000000000000");
    const paddedId = Buffer.from("ciscospark://us/OPERATING_MODE/0a1b2c3d-0000-4000-8000-000000000000").toString("base64");
    expect(paddedId.endsWith("=")).toBe(true);
    expect(canonicalId(paddedId, "OPERATING_MODE")).toBe(id);
    expect(canonicalId(paddedId.replace(/\+/g, "-").replace(/\//g, "_"), "OPERATING_MODE")).toBe(id);
  });

  test("a well-formed id of another type, or garbage, has no canonical form", () => {
    const location = encodeId("LOCATION", "x");
    expect(canonicalId(location, "OPERATING_MODE")).toBeUndefined();
    for (const bad of ["", "!!!", "aGVsbG8", "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9O"]) expect(decodeId(bad)).toBeUndefined();
  });

  test("toId keeps an encoded id and encodes a raw uuid", () => {
    const id = encodeId("LOCATION", "abc");
    expect(toId("LOCATION", id)).toBe(id);
    expect(toId("LOCATION", "abc")).toBe(id);
  });
});

describe("calendar", () => {
  test("times run from 00:00 to 23:59", () => {
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("23:59")).toBe(1439);
    for (const bad of ["24:00", "7:00", "07:5", "07:60", "0700", " 07:00"]) expect(parseTime(bad)).toBeUndefined();
  });

  test("dates are real: leap years by the Gregorian rule", () => {
    expect(parseDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate("2000-02-29")).toBeDefined();
    expect(parseDate("1900-02-29")).toBeUndefined();
    expect(parseDate("2027-02-30")).toBeUndefined();
    expect(parseDate("2026-06-31")).toBeUndefined();
  });

  test("every valid date round-trips through parseDate", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01"), max: new Date("2200-12-31"), noInvalidDate: true }), (d) => {
        const text = d.toISOString().slice(0, 10);
        const parsed = parseDate(text)!;
        expect([parsed.year, parsed.month, parsed.day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      }),
    );
  });

  test("the week of a date: a fourth weekday may also be the last", () => {
    // October 2026 has five Thursdays: the 22nd is the fourth, the 29th the last.
    expect(weeksOf(parseDate("2026-10-22")!)).toEqual(["FOURTH"]);
    expect(weeksOf(parseDate("2026-10-29")!)).toEqual(["LAST"]);
    expect(weeksOf(parseDate("2026-05-25")!)).toEqual(["FOURTH", "LAST"]);
    expect(weeksOf(parseDate("2026-05-01")!)).toEqual(["FIRST"]);
    expect(weeksOf(parseDate("2026-12-31")!)).toEqual(["LAST"]);
  });
});

describe("body rules", () => {
  const rules = DEFAULT_BEHAVIOUR;

  test("validation collects every violation with its property path instead of stopping at the first", () => {
    const out: Violation[] = [];
    const result = parseModeCreate(
      {
        name: "",
        type: "HOLIDAY",
        level: "LOCATION",
        holidays: [
          { name: "ok", allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-25" },
          { name: "bad", allDayEnabled: false, startDate: "2027-02-30", endDate: "2026-01-01" },
        ],
        callForwarding: { enabled: true },
      },
      rules,
      out,
    );
    expect(result).toBeUndefined();
    expect(out.map((v) => v.path)).toEqual(
      expect.arrayContaining(["name", "locationId", "holidays[1].startDate", "holidays[1].startTime", "callForwarding.destination"]),
    );
  });

  test("a valid day schedule is normalised with allDayEnabled false by default", () => {
    const out: Violation[] = [];
    expect(parseDaySchedule({ enabled: true, startTime: "08:00", endTime: "12:00" }, "d", rules, out)).toEqual({
      enabled: true,
      allDayEnabled: false,
      startTime: "08:00",
      endTime: "12:00",
    });
    expect(out).toEqual([]);
  });

  test("any schedule with equal start and end is rejected, whatever the time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hh, mm) => {
        const t = `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
        const out: Violation[] = [];
        expect(parseDaySchedule({ enabled: true, startTime: t, endTime: t }, "d", rules, out)).toBeUndefined();
        expect(out).toHaveLength(1);
      }),
    );
  });

  test("a holiday PUT merges over the stored holiday", () => {
    const stored = { name: "Eve", allDayEnabled: false, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "12:00", endTime: "18:00" };
    const out: Violation[] = [];
    expect(mergeHolidayUpdate(stored, { endTime: "17:00" }, rules, out)).toEqual({ ...stored, endTime: "17:00" });
    expect(mergeHolidayUpdate(stored, { allDayEnabled: true }, rules, out)).toEqual({
      name: "Eve",
      allDayEnabled: true,
      startDate: "2026-12-24",
      endDate: "2026-12-24",
    });
    expect(out).toEqual([]);
  });

  test("a holiday with a recurrence of an impossible day is refused", () => {
    const out: Violation[] = [];
    const holiday = { name: "x", allDayEnabled: true, startDate: "2026-04-30", endDate: "2026-04-30", recurrence: { recurYearlyByDate: { dayOfMonth: 31, month: "APRIL" } } };
    expect(parseHoliday(holiday, "", rules, out)).toBeUndefined();
    expect(out[0].description).toMatch(/APRIL has no day 31/);
  });
});

describe("fault engine", () => {
  const req = (overrides: Partial<Parameters<FaultEngine["plan"]>[0]> = {}) => ({
    method: "GET",
    path: "/v1/x",
    orgId: "org",
    isWrite: false,
    now: 0,
    ...overrides,
  });

  test("no faults by default", () => {
    const engine = new FaultEngine(NO_FAULTS);
    for (let i = 0; i < 100; i++) expect(engine.plan(req({ isWrite: true }))).toEqual({ kind: "pass", dropAfterCommit: false });
  });

  test("the quota counts only accepted requests and resets with the window", () => {
    const engine = new FaultEngine(resolveFaults({ quota: { limit: 2, windowSeconds: 10 } }));
    expect(engine.plan(req({ now: 0 })).kind).toBe("pass");
    expect(engine.plan(req({ now: 1000 })).kind).toBe("pass");
    expect(engine.plan(req({ now: 2500 }))).toEqual({ kind: "status", status: 429, retryAfter: 8, reason: "quota" });
    expect(engine.plan(req({ now: 9999 }))).toMatchObject({ retryAfter: 1 });
    expect(engine.plan(req({ now: 10000 })).kind).toBe("pass");
  });

  test("random drops only affect writes", () => {
    const engine = new FaultEngine(resolveFaults({ dropBeforeCommitRate: 1 }));
    expect(engine.plan(req()).kind).toBe("pass");
    expect(engine.plan(req({ isWrite: true })).kind).toBe("drop");
  });

  test("a scripted entry matches method and path, and is used up after count requests", () => {
    const engine = new FaultEngine(resolveFaults({ script: [{ method: "put", path: "/holidays/", count: 2, status: 409 }] }));
    expect(engine.plan(req({ method: "PUT", path: "/v1/a/holidays/b" }))).toMatchObject({ kind: "status", status: 409 });
    expect(engine.plan(req({ method: "POST", path: "/v1/a/holidays/b" })).kind).toBe("pass");
    expect(engine.plan(req({ method: "PUT", path: "/v1/a/holidays/c" })).kind).toBe("status");
    expect(engine.plan(req({ method: "PUT", path: "/v1/a/holidays/d" })).kind).toBe("pass");
    expect(engine.current.script).toEqual([]);
  });

  test("resolveFaults rejects what it does not understand", () => {
    expect(() => resolveFaults({ rate5xx: -0.1 })).toThrow(/rate5xx/);
    expect(() => resolveFaults({ script: [{ path: "(", status: 500 }] })).toThrow(/not a valid regular expression/);
    expect(() => resolveFaults({ quota: { limit: 0, windowSeconds: 1 } })).toThrow(/quota/);
  });
});
