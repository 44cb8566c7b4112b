// The two dynamic providers against the real emulator on loopback: every CRUD path end to end, 404
// handling, replace triggers, adoption, holiday id regeneration, the live quirks, and creates that
// fail half-way.
import { decodeId } from "../../provider/client/ids";
import { OperatingModeProvider } from "../../provider/operating-mode";
import { OperatingModeHolidayProvider } from "../../provider/operating-mode-holiday";
import type { WebexClient } from "../../provider/client/webex-client";
import { Emu, SEED, TOKENS, checked, lines, rejection, startEmu, state } from "./helpers";

type Json = Record<string, any>;
type ModeType = "SAME_HOURS_DAILY" | "DIFFERENT_HOURS_DAILY" | "HOLIDAY" | "NONE";
type Level = "ORGANIZATION" | "LOCATION";

const open = (startTime: string, endTime: string) => ({ enabled: true, allDayEnabled: false, startTime, endTime });
const ALL_DAY = { enabled: true, allDayEnabled: true };
const CLOSED = { enabled: false, allDayEnabled: false };
const NO_CHANGE = { changes: false, replaces: [], deleteBeforeReplace: false };

// ---- declarations (what a program says) and what the provider must report back ----

const NEW_YEAR = { name: "New Year", allDayEnabled: true, startDate: "2026-01-01", recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } } };
const THANKSGIVING = {
  name: "Thanksgiving",
  startDate: "2026-11-26",
  endDate: "2026-11-27",
  recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } },
};
const HALF_DAY = { name: "Christmas Eve half day", allDayEnabled: false, startDate: "2026-12-24", startTime: "13:00", endTime: "17:00" };
const LABOR_DAY = { name: "Labor Day", startDate: "2026-09-07", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "FIRST", month: "SEPTEMBER" } } };

/** A holiday as the provider outputs it: endDate filled in, allDayEnabled true exactly when it has no times. */
const out = (h: Json) => ({ allDayEnabled: h.startTime === undefined, endDate: h.startDate, ...h });

interface Version {
  declare: Json;
  expect: Json;
  holidays?: Json[];
}

/** Two versions of each type's schedule, with the exact outputs the provider must report for them. */
const VERSIONS: Record<ModeType, [Version, Version]> = {
  SAME_HOURS_DAILY: [
    {
      declare: { sameHoursDaily: { mondayToFriday: open("08:30", "17:30"), saturdayToSunday: { enabled: false } } },
      expect: { sameHoursDaily: { mondayToFriday: open("08:30", "17:30"), saturdayToSunday: CLOSED }, callForwarding: { enabled: false } },
    },
    {
      declare: {
        sameHoursDaily: { mondayToFriday: open("09:00", "18:00"), saturdayToSunday: { enabled: true, allDayEnabled: true } },
        callForwarding: { enabled: true, destination: "+14085551234" },
      },
      expect: {
        sameHoursDaily: { mondayToFriday: open("09:00", "18:00"), saturdayToSunday: ALL_DAY },
        callForwarding: { enabled: true, destination: "+14085551234", destinationVoicemailEnabled: false },
      },
    },
  ],
  DIFFERENT_HOURS_DAILY: [
    {
      // Sunday left out: the API and the provider read it as disabled.
      declare: {
        differentHoursDaily: {
          monday: open("08:00", "18:00"),
          tuesday: open("08:00", "18:00"),
          wednesday: open("08:00", "18:00"),
          thursday: open("08:00", "18:00"),
          friday: open("08:00", "16:00"),
          saturday: open("10:00", "14:00"),
        },
      },
      expect: {
        differentHoursDaily: {
          sunday: CLOSED,
          monday: open("08:00", "18:00"),
          tuesday: open("08:00", "18:00"),
          wednesday: open("08:00", "18:00"),
          thursday: open("08:00", "18:00"),
          friday: open("08:00", "16:00"),
          saturday: open("10:00", "14:00"),
        },
        callForwarding: { enabled: false },
      },
    },
    {
      declare: {
        differentHoursDaily: {
          sunday: open("12:00", "16:00"),
          monday: ALL_DAY,
          tuesday: open("08:00", "18:00"),
          wednesday: open("08:00", "20:00"),
          thursday: open("08:00", "18:00"),
          friday: { enabled: false },
          saturday: { enabled: false, startTime: "10:00", endTime: "14:00" },
        },
      },
      expect: {
        differentHoursDaily: {
          sunday: open("12:00", "16:00"),
          monday: ALL_DAY,
          tuesday: open("08:00", "18:00"),
          wednesday: open("08:00", "20:00"),
          thursday: open("08:00", "18:00"),
          friday: CLOSED,
          saturday: CLOSED,
        },
        callForwarding: { enabled: false },
      },
    },
  ],
  HOLIDAY: [
    {
      declare: { holidays: [HALF_DAY, THANKSGIVING, NEW_YEAR] },
      expect: { callForwarding: { enabled: false } },
      holidays: [out(HALF_DAY), out({ ...THANKSGIVING, allDayEnabled: true }), out(NEW_YEAR)],
    },
    {
      declare: {
        holidays: [NEW_YEAR, { ...HALF_DAY, startTime: "12:00" }, LABOR_DAY],
        callForwarding: { enabled: true, destination: "1002", destinationVoicemailEnabled: true },
      },
      expect: { callForwarding: { enabled: true, destination: "1002", destinationVoicemailEnabled: true } },
      holidays: [out(NEW_YEAR), out({ ...HALF_DAY, startTime: "12:00" }), out(LABOR_DAY)],
    },
  ],
  NONE: [
    {
      declare: { callForwarding: { enabled: true, destination: "+14085551234", destinationVoicemailEnabled: false } },
      expect: { callForwarding: { enabled: true, destination: "+14085551234", destinationVoicemailEnabled: false } },
    },
    {
      declare: { callForwarding: { enabled: true, destination: "2001", destinationVoicemailEnabled: true } },
      expect: { callForwarding: { enabled: true, destination: "2001", destinationVoicemailEnabled: true } },
    },
  ],
};

const NAMES: Record<ModeType, string> = {
  SAME_HOURS_DAILY: "Business hours",
  DIFFERENT_HOURS_DAILY: "Support desk",
  HOLIDAY: "Public holidays",
  NONE: "After hours",
};

function modeDecl(type: ModeType, level: Level, version: 0 | 1, extra: Json = {}): Json {
  return {
    name: NAMES[type],
    type,
    level,
    ...(level === "LOCATION" ? { locationId: SEED.berlin } : {}),
    ...VERSIONS[type][version].declare,
    ...extra,
  };
}

/** The outputs the provider must report for modeDecl(type, level, version), holidays aside. */
function expectedOuts(type: ModeType, level: Level, version: 0 | 1): Json {
  return {
    name: NAMES[type],
    type,
    level,
    ...(level === "LOCATION" ? { locationId: SEED.berlin, locationName: "Berlin Office" } : {}),
    ...VERSIONS[type][version].expect,
  };
}

const sameHours = (name: string, extra: Json = {}): Json => ({
  name,
  type: "SAME_HOURS_DAILY",
  level: "ORGANIZATION",
  sameHoursDaily: { mondayToFriday: open("09:00", "17:00"), saturdayToSunday: { enabled: false } },
  ...extra,
});

const holidayModeDecl = (name = "Holidays", extra: Json = {}): Json => ({ name, type: "HOLIDAY", level: "ORGANIZATION", ...extra });

const byName = (a: Json, b: Json) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const withoutIds = (holidays: Json[]) => holidays.map(({ id: _id, ...rest }) => rest).sort(byName);
const idsOf = (holidays: Json[] | undefined) => (holidays ?? []).map((h) => h.id as string);

let emu: Emu;
let api: WebexClient;
let modes: OperatingModeProvider;
let holidays: OperatingModeHolidayProvider;

beforeAll(async () => {
  emu = await startEmu();
  api = emu.client();
  modes = new OperatingModeProvider(() => api);
  holidays = new OperatingModeHolidayProvider(() => api);
});
afterAll(() => emu.close());
beforeEach(() => emu.admin.reset());

/** Creates a mode through the provider (check → create) and returns its id, checked inputs and outputs. */
async function createMode(decl: Json, provider = modes) {
  const inputs = await checked(provider, decl);
  const { id, outs } = await provider.create(inputs);
  return { id, inputs, outs: state(outs) };
}

async function createHoliday(decl: Json, provider = holidays) {
  const inputs = await checked(provider, decl);
  const { id, outs } = await provider.create(inputs);
  return { id, inputs, outs: state(outs) };
}

// ---------------------------------------------------------------------------------------------

describe("OperatingMode: every type at both levels, end to end", () => {
  const cases: [ModeType, Level][] = [];
  for (const type of ["SAME_HOURS_DAILY", "DIFFERENT_HOURS_DAILY", "HOLIDAY", "NONE"] as ModeType[])
    for (const level of ["ORGANIZATION", "LOCATION"] as Level[]) cases.push([type, level]);

  test.each(cases)("%s at %s level: check → create → read → diff → update → read → delete → read", async (type, level) => {
    // check + create
    const v1 = await checked(modes, modeDecl(type, level, 0));
    const created = await modes.create(v1);
    const id = created.id;
    expect(decodeId(id)?.type).toBe("OPERATING_MODE");
    const { holidays: createdHolidays, ...createdRest } = created.outs;
    expect(createdRest).toEqual(expectedOuts(type, level, 0));
    if (type === "HOLIDAY") {
      expect(withoutIds(createdHolidays)).toEqual([...VERSIONS.HOLIDAY[0].holidays!].sort(byName));
      for (const hid of idsOf(createdHolidays)) expect(decodeId(hid)?.type).toBe("SCHEDULE_EVENT");
    } else expect(createdHolidays).toBeUndefined();

    // the service holds what was declared
    const live = await api.getOperatingMode(id);
    expect(live).toMatchObject({ id, name: NAMES[type], type, level });
    if (level === "LOCATION") expect(live.location).toEqual({ id: SEED.berlin, name: "Berlin Office" });
    else expect(live.location).toBeUndefined();

    // read gives the same outputs, and inputs that reproduce them
    const read1 = await modes.read(id, state(created.outs));
    expect(read1.id).toBe(id);
    expect(read1.props).toEqual(created.outs);
    expect(await modes.diff(id, state(read1.props!), v1)).toEqual(NO_CHANGE);
    expect(await modes.diff(id, state(read1.props!), await checked(modes, read1.inputs!))).toEqual(NO_CHANGE);

    // update in place
    const v2 = await checked(modes, modeDecl(type, level, 1), v1);
    const d = await modes.diff(id, state(read1.props!), v2);
    expect(d.changes).toBe(true);
    expect(d.replaces).toEqual([]);
    const updated = await modes.update(id, state(read1.props!), v2);
    const { holidays: updatedHolidays, ...updatedRest } = updated.outs;
    expect(updatedRest).toEqual(expectedOuts(type, level, 1));
    if (type === "HOLIDAY") expect(withoutIds(updatedHolidays)).toEqual([...VERSIONS.HOLIDAY[1].holidays!].sort(byName));

    // read after update: the declared state, no diff
    const read2 = await modes.read(id, state(updated.outs));
    expect(read2.id).toBe(id);
    expect(read2.props).toEqual(updated.outs);
    expect(await modes.diff(id, state(read2.props!), v2)).toEqual(NO_CHANGE);
    // and the first version now differs again
    expect((await modes.diff(id, state(read2.props!), v1)).changes).toBe(true);

    // delete, then read finds nothing
    await modes.delete(id, state(read2.props!));
    expect(await api.tryGetOperatingMode(id)).toBeUndefined();
    expect(await modes.read(id, state(read2.props!))).toEqual({});
  });
});

describe("OperatingModeHoliday: every holiday form, end to end", () => {
  const forms: [string, Json, Json, Json][] = [
    [
      "a timed one-off holiday",
      { name: "Office party", allDayEnabled: false, startDate: "2026-12-18", startTime: "14:00", endTime: "18:00" },
      { name: "Office party (late)", startDate: "2026-12-18", startTime: "15:00", endTime: "22:00" },
      { name: "Office party (late)", allDayEnabled: false, startDate: "2026-12-18", endDate: "2026-12-18", startTime: "15:00", endTime: "22:00" },
    ],
    [
      "a holiday recurring by date",
      { name: "Independence Day", allDayEnabled: true, startDate: "2026-07-04", recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } } },
      { name: "Independence Day", allDayEnabled: true, startDate: "2026-07-03", endDate: "2026-07-04", recurrence: { recurYearlyByDate: { dayOfMonth: 3, month: "JULY" } } },
      {
        name: "Independence Day",
        allDayEnabled: true,
        startDate: "2026-07-03",
        endDate: "2026-07-04",
        recurrence: { recurYearlyByDate: { dayOfMonth: 3, month: "JULY" } },
      },
    ],
    [
      "a holiday recurring by weekday",
      { name: "Memorial Day", startDate: "2026-05-25", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } } },
      { name: "Memorial Day", startDate: "2026-05-18", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "THIRD", month: "MAY" } } },
      {
        name: "Memorial Day",
        allDayEnabled: true,
        startDate: "2026-05-18",
        endDate: "2026-05-18",
        recurrence: { recurYearlyByDay: { day: "MONDAY", week: "THIRD", month: "MAY" } },
      },
    ],
  ];

  test.each(forms)("%s: check → create → read → diff → update → read → delete → read", async (_what, first, second, expectedSecond) => {
    const mode = await createMode(holidayModeDecl());
    const v1 = await checked(holidays, { operatingModeId: mode.id, ...first });
    const created = await holidays.create(v1);
    const id = created.id;
    expect(decodeId(id)?.type).toBe("SCHEDULE_EVENT");
    expect(created.outs).toEqual({ operatingModeId: mode.id, ...out(first) });
    expect(withoutIds((await api.getOperatingMode(mode.id)).holidays!)).toEqual([out(first)]);

    const read1 = await holidays.read(id, state(created.outs));
    expect(read1).toEqual({ id, props: created.outs, inputs: created.outs });
    expect(await holidays.diff(id, state(read1.props!), v1)).toEqual(NO_CHANGE);

    const v2 = await checked(holidays, { operatingModeId: mode.id, ...second }, v1);
    const d = await holidays.diff(id, state(read1.props!), v2);
    expect(d).toMatchObject({ changes: true, replaces: [] });
    const updated = await holidays.update(id, state(read1.props!), v2);
    expect(updated.outs).toEqual({ operatingModeId: mode.id, ...expectedSecond });

    // a holiday PUT keeps the id
    const read2 = await holidays.read(id, state(updated.outs));
    expect(read2.id).toBe(id);
    expect(read2.props).toEqual(updated.outs);
    expect(await holidays.diff(id, state(read2.props!), v2)).toEqual(NO_CHANGE);
    expect(idsOf((await api.getOperatingMode(mode.id)).holidays)).toEqual([id]);

    await holidays.delete(id, state(read2.props!));
    expect(await api.tryGetHoliday(mode.id, id)).toBeUndefined();
    expect(await holidays.read(id, state(read2.props!))).toEqual({});
    // the mode stays
    expect((await api.getOperatingMode(mode.id)).holidays).toEqual([]);
  });

  test("switching the recurrence kind (by date → by weekday) is an in-place update that converges", async () => {
    const mode = await createMode(holidayModeDecl());
    const h = await createHoliday({ operatingModeId: mode.id, ...NEW_YEAR });
    const moved = await checked(holidays, {
      operatingModeId: mode.id,
      name: "New Year",
      startDate: "2026-01-05",
      recurrence: { recurYearlyByDay: { day: "MONDAY", week: "FIRST", month: "JANUARY" } },
    });
    expect(await holidays.diff(h.id, h.outs, moved)).toMatchObject({ changes: true, replaces: [] });
    const updated = await holidays.update(h.id, h.outs, moved);
    const live = await api.getHoliday(mode.id, h.id);
    expect(live.recurrence).toEqual({ recurYearlyByDay: { day: "MONDAY", week: "FIRST", month: "JANUARY" } });
    const read = await holidays.read(h.id, state(updated.outs));
    expect(await holidays.diff(h.id, state(read.props!), moved)).toEqual(NO_CHANGE);
  });
});

describe("404 handling", () => {
  test("a mode deleted out of band reads as {}, and deleting it again succeeds", async () => {
    const m = await createMode(sameHours("Gone soon"));
    await api.deleteOperatingMode(m.id);
    expect(await modes.read(m.id, m.outs)).toEqual({});
    await emu.admin.clearRequests();
    await expect(modes.delete(m.id, m.outs)).resolves.toBeUndefined();
    expect(lines(await emu.admin.requests())).toEqual([`DELETE ~/${m.id} 404`]);
  });

  test("a holiday deleted out of band reads as {}, and deleting it again succeeds", async () => {
    const mode = await createMode(holidayModeDecl());
    const h = await createHoliday({ operatingModeId: mode.id, ...NEW_YEAR });
    await api.deleteHoliday(mode.id, h.id);
    expect(await holidays.read(h.id, h.outs)).toEqual({});
    await emu.admin.clearRequests();
    await expect(holidays.delete(h.id, h.outs)).resolves.toBeUndefined();
    expect(lines(await emu.admin.requests())).toEqual([`DELETE ~/${mode.id}/holidays/${h.id} 404`]);
  });

  test("a holiday whose mode is gone reads as {}, and its delete succeeds", async () => {
    const mode = await createMode(holidayModeDecl());
    const h = await createHoliday({ operatingModeId: mode.id, ...HALF_DAY });
    await modes.delete(mode.id, mode.outs);
    expect(await holidays.read(h.id, h.outs)).toEqual({});
    await expect(holidays.delete(h.id, h.outs)).resolves.toBeUndefined();
  });

  test("errors other than 404 are not swallowed by read or delete", async () => {
    const m = await createMode(sameHours("Guarded"));
    await emu.admin.faults({ script: [{ method: "GET", path: "/operatingModes/[^/]+$", status: 403 }] });
    const readError = await rejection(modes.read(m.id, m.outs));
    expect(readError.status).toBe(403);
    await emu.admin.faults({ script: [{ method: "DELETE", status: 400 }] });
    const deleteError = await rejection(modes.delete(m.id, m.outs));
    expect(deleteError.status).toBe(400);
    expect(await api.tryGetOperatingMode(m.id)).toBeDefined();
  });
});

describe("replace triggers", () => {
  test("OperatingMode: type, level, locationId and orgId replace; deleteBeforeReplace only when the name stays", async () => {
    const org = await createMode(sameHours("Front desk"));
    const atBerlin = await createMode(sameHours("Front desk", { level: "LOCATION", locationId: SEED.berlin }));
    const none = { type: "NONE", sameHoursDaily: undefined };
    const rows: [string, Json, Json, string[]][] = [
      ["type", org.outs, sameHours("Front desk", none), ["type"]],
      ["level", org.outs, sameHours("Front desk", { level: "LOCATION", locationId: SEED.berlin }), ["level", "locationId"]],
      ["level back", atBerlin.outs, sameHours("Front desk"), ["level", "locationId"]],
      ["locationId", atBerlin.outs, sameHours("Front desk", { level: "LOCATION", locationId: SEED.sydney }), ["locationId"]],
      ["orgId", org.outs, sameHours("Front desk", { orgId: SEED.contoso }), ["orgId"]],
    ];
    await emu.admin.clearRequests();
    for (const [what, olds, decl, replaces] of rows) {
      const news = await checked(modes, JSON.parse(JSON.stringify(decl)));
      expect([what, await modes.diff("id", olds, news)]).toEqual([what, { changes: true, replaces, deleteBeforeReplace: true }]);
      const renamed = await checked(modes, { ...JSON.parse(JSON.stringify(decl)), name: "Front desk 2" });
      expect([what, await modes.diff("id", olds, renamed)]).toEqual([what, { changes: true, replaces, deleteBeforeReplace: false }]);
    }
    // a rename alone, or a schedule change, is not a replace
    const renamed = await checked(modes, sameHours("Reception"));
    expect(await modes.diff(org.id, org.outs, renamed)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    // a name that differs only in case counts as the same name (the service compares case-insensitively)
    const shouted = await checked(modes, sameHours("FRONT DESK", none));
    expect((await modes.diff(org.id, org.outs, shouted)).deleteBeforeReplace).toBe(true);
    // diff makes no API call
    expect(await emu.admin.requests()).toEqual([]);
  });

  test("a locationId declared padded is the same location: no replace after create or read", async () => {
    const padded = SEED.berlin + "=".repeat((4 - (SEED.berlin.length % 4)) % 4);
    expect(padded).not.toBe(SEED.berlin);
    const m = await createMode(sameHours("Berlin desk", { level: "LOCATION", locationId: padded }));
    // the API answers with its own (unpadded) spelling
    expect(m.outs.locationId).toBe(SEED.berlin);
    expect(await modes.diff(m.id, m.outs, m.inputs)).toEqual(NO_CHANGE);
    const read = await modes.read(m.id, m.outs);
    expect(await modes.diff(m.id, state(read.props!), m.inputs)).toEqual(NO_CHANGE);
    // while another location still is a replace
    const sydney = await checked(modes, sameHours("Berlin desk", { level: "LOCATION", locationId: SEED.sydney }));
    expect((await modes.diff(m.id, state(read.props!), sydney)).replaces).toEqual(["locationId"]);
  });

  test("a replacement that keeps the name works only delete-first, as deleteBeforeReplace says", async () => {
    const old = await createMode(sameHours("Front desk"));
    const news = await checked(modes, sameHours("Front desk", { type: "NONE", sameHoursDaily: undefined }));
    expect((await modes.diff(old.id, old.outs, news)).deleteBeforeReplace).toBe(true);
    // create-before-delete would collide with the old mode's name
    const clash = await rejection(modes.create(news));
    expect(clash.status).toBe(409);
    await modes.delete(old.id, old.outs);
    const replacement = await modes.create(news);
    expect(replacement.id).not.toBe(old.id);
    expect(replacement.outs.type).toBe("NONE");
  });

  test("OperatingModeHoliday: operatingModeId, orgId and a removed recurrence replace", async () => {
    const mode = await createMode(holidayModeDecl());
    const other = await createMode(holidayModeDecl("Other holidays"));
    const h = await createHoliday({ operatingModeId: mode.id, ...NEW_YEAR });
    const { recurrence: _r, ...oneOff } = NEW_YEAR;
    const rows: [string, Json, string[]][] = [
      ["operatingModeId", { operatingModeId: other.id, ...NEW_YEAR }, ["operatingModeId"]],
      ["orgId", { operatingModeId: mode.id, orgId: SEED.northwind, ...NEW_YEAR }, ["orgId"]],
      ["recurrence removed", { operatingModeId: mode.id, ...oneOff }, ["recurrence"]],
    ];
    for (const [what, decl, replaces] of rows) {
      const news = await checked(holidays, decl);
      expect([what, await holidays.diff(h.id, h.outs, news)]).toEqual([what, { changes: true, replaces, deleteBeforeReplace: true }]);
      const renamed = await checked(holidays, { ...decl, name: "New Year's Day" });
      expect([what, await holidays.diff(h.id, h.outs, renamed)]).toEqual([what, { changes: true, replaces, deleteBeforeReplace: false }]);
    }
    // a changed recurrence is an update, not a replace
    const changed = await checked(holidays, {
      operatingModeId: mode.id,
      ...NEW_YEAR,
      startDate: "2026-01-02",
      recurrence: { recurYearlyByDate: { dayOfMonth: 2, month: "JANUARY" } },
    });
    expect(await holidays.diff(h.id, h.outs, changed)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
  });

  test("a removed recurrence really cannot be cleared by the partial PUT the provider sends", async () => {
    // Why it is a replace: an update would send the holiday without recurrence, and the service keeps it.
    const mode = await createMode(holidayModeDecl());
    const h = await createHoliday({ operatingModeId: mode.id, ...NEW_YEAR });
    const { recurrence: _r, ...oneOff } = NEW_YEAR;
    const news = await checked(holidays, { operatingModeId: mode.id, ...oneOff });
    await holidays.update(h.id, h.outs, news);
    expect((await api.getHoliday(mode.id, h.id)).recurrence).toEqual(NEW_YEAR.recurrence);
  });
});

describe("updates", () => {
  test("a rename keeps the id", async () => {
    const m = await createMode(sameHours("Business hours"));
    const news = await checked(modes, sameHours("Opening hours"), m.inputs);
    expect(await modes.diff(m.id, m.outs, news)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    await emu.admin.clearRequests();
    const updated = await modes.update(m.id, m.outs, news);
    expect(updated.outs.name).toBe("Opening hours");
    expect(lines(await emu.admin.requests())).toEqual([`PUT ~/${m.id} 204`, `GET ~/${m.id} 200`]);
    expect((await api.getOperatingMode(m.id)).name).toBe("Opening hours");
    expect((await api.listOperatingModes()).map((x) => [x.id, x.name])).toEqual([[m.id, "Opening hours"]]);
  });

  test("an update with nothing to change sends no PUT", async () => {
    const m = await createMode(sameHours("Business hours"));
    await emu.admin.clearRequests();
    await modes.update(m.id, m.outs, m.inputs);
    expect(lines(await emu.admin.requests())).toEqual([`GET ~/${m.id} 200`]);
  });

  test("a mode that does not declare holidays never sends them: its holiday resources keep their ids", async () => {
    const mode = await createMode(holidayModeDecl("Closures"));
    const a = await createHoliday({ operatingModeId: mode.id, ...NEW_YEAR });
    const b = await createHoliday({ operatingModeId: mode.id, ...HALF_DAY });
    const news = await checked(modes, holidayModeDecl("Closures 2026", { callForwarding: { enabled: true, destination: "+14085550000" } }), mode.inputs);
    const d = await modes.diff(mode.id, mode.outs, news);
    expect(d).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    const updated = await modes.update(mode.id, mode.outs, news);
    expect(updated.outs.holidays).toBeUndefined();
    const live = await api.getOperatingMode(mode.id);
    expect(live.name).toBe("Closures 2026");
    expect(live.callForwarding).toMatchObject({ enabled: true, destination: "+14085550000" });
    // a mode PUT with holidays would have given every holiday a new id
    expect(idsOf(live.holidays)).toEqual([a.id, b.id]);
    expect(state((await holidays.read(a.id, a.outs)).props!)).toEqual(a.outs);
    expect(state((await holidays.read(b.id, b.outs)).props!)).toEqual(b.outs);
    // and a read of the mode, with holidays live, still shows no change
    const read = await modes.read(mode.id, state(updated.outs));
    expect(read.props!.holidays).toBeUndefined();
    expect(await modes.diff(mode.id, state(read.props!), news)).toEqual(NO_CHANGE);
  });

  test("a mode PUT with inline holidays regenerates every holiday id, and the diff after read shows no change", async () => {
    const m = await createMode(modeDecl("HOLIDAY", "ORGANIZATION", 0));
    const before = idsOf(m.outs.holidays);
    expect(before).toHaveLength(3);
    const news = await checked(modes, modeDecl("HOLIDAY", "ORGANIZATION", 0, { holidays: [NEW_YEAR, THANKSGIVING, { ...HALF_DAY, endTime: "16:00" }] }), m.inputs);
    const updated = await modes.update(m.id, m.outs, news);
    const after = idsOf(updated.outs.holidays);
    expect(after).toHaveLength(3);
    // every id is new, also those of the two holidays that did not change
    for (const id of after) expect(before).not.toContain(id);
    expect(idsOf((await api.getOperatingMode(m.id)).holidays).sort()).toEqual([...after].sort());
    const read = await modes.read(m.id, state(updated.outs));
    expect(await modes.diff(m.id, state(read.props!), news)).toEqual(NO_CHANGE);
  });

  test("an update of an inline-holiday mode that leaves the holidays alone does not send them (ids stay)", async () => {
    const m = await createMode(modeDecl("HOLIDAY", "ORGANIZATION", 0));
    const news = await checked(modes, modeDecl("HOLIDAY", "ORGANIZATION", 0, { callForwarding: { enabled: true, destination: "2001" } }), m.inputs);
    const updated = await modes.update(m.id, m.outs, news);
    expect(idsOf(updated.outs.holidays).sort()).toEqual(idsOf(m.outs.holidays).sort());
  });

  test("the inline holiday list is a set: reordering it is no change", async () => {
    const m = await createMode(modeDecl("HOLIDAY", "ORGANIZATION", 0));
    const reordered = await checked(modes, modeDecl("HOLIDAY", "ORGANIZATION", 0, { holidays: [NEW_YEAR, HALF_DAY, THANKSGIVING] }));
    const read = await modes.read(m.id, m.outs);
    expect(await modes.diff(m.id, state(read.props!), reordered)).toEqual(NO_CHANGE);
  });

  test("a holiday resource switched from timed to all-day and back converges", async () => {
    const mode = await createMode(holidayModeDecl());
    const timed = { operatingModeId: mode.id, ...HALF_DAY };
    const allDay = { operatingModeId: mode.id, name: HALF_DAY.name, allDayEnabled: true, startDate: HALF_DAY.startDate };
    const h = await createHoliday(timed);
    const timedInputs = h.inputs;

    const allDayInputs = await checked(holidays, allDay, timedInputs);
    const toAllDay = await holidays.update(h.id, h.outs, allDayInputs);
    const live1 = await api.getHoliday(mode.id, h.id);
    expect(live1).toEqual({ id: h.id, name: HALF_DAY.name, allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24" });
    const read1 = await holidays.read(h.id, state(toAllDay.outs));
    expect(read1.props).toEqual({ operatingModeId: mode.id, name: HALF_DAY.name, allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24" });
    expect(await holidays.diff(h.id, state(read1.props!), allDayInputs)).toEqual(NO_CHANGE);

    const backInputs = await checked(holidays, timed, allDayInputs);
    expect((await holidays.diff(h.id, state(read1.props!), backInputs)).changes).toBe(true);
    const toTimed = await holidays.update(h.id, state(read1.props!), backInputs);
    const read2 = await holidays.read(h.id, state(toTimed.outs));
    expect(read2.props).toEqual({ operatingModeId: mode.id, ...out(HALF_DAY) });
    expect(await api.getHoliday(mode.id, h.id)).toMatchObject({ allDayEnabled: false, startTime: "13:00", endTime: "17:00" });
    expect(await holidays.diff(h.id, state(read2.props!), backInputs)).toEqual(NO_CHANGE);
    expect(read2.id).toBe(h.id);
  });

  test("an inline holiday switched from timed to all-day and back converges", async () => {
    const timed = modeDecl("HOLIDAY", "ORGANIZATION", 0, { holidays: [HALF_DAY] });
    const allDay = modeDecl("HOLIDAY", "ORGANIZATION", 0, { holidays: [{ name: HALF_DAY.name, allDayEnabled: true, startDate: HALF_DAY.startDate }] });
    const m = await createMode(timed);
    const allDayInputs = await checked(modes, allDay, m.inputs);
    const u1 = await modes.update(m.id, m.outs, allDayInputs);
    const r1 = await modes.read(m.id, state(u1.outs));
    expect(withoutIds(r1.props!.holidays)).toEqual([{ name: HALF_DAY.name, allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24" }]);
    expect(await modes.diff(m.id, state(r1.props!), allDayInputs)).toEqual(NO_CHANGE);
    const timedInputs = await checked(modes, timed, allDayInputs);
    const u2 = await modes.update(m.id, state(r1.props!), timedInputs);
    const r2 = await modes.read(m.id, state(u2.outs));
    expect(withoutIds(r2.props!.holidays)).toEqual([out(HALF_DAY)]);
    expect(await modes.diff(m.id, state(r2.props!), timedInputs)).toEqual(NO_CHANGE);
  });

  test("drift made out of band is reported by diff after read, and update puts it back", async () => {
    const m = await createMode(modeDecl("SAME_HOURS_DAILY", "LOCATION", 0));
    await api.updateOperatingMode(m.id, { sameHoursDaily: { mondayToFriday: open("07:00", "12:00"), saturdayToSunday: { enabled: false } } });
    const read = await modes.read(m.id, m.outs);
    const d = await modes.diff(m.id, state(read.props!), m.inputs);
    expect(d).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    await modes.update(m.id, state(read.props!), m.inputs);
    expect((await api.getOperatingMode(m.id)).sameHoursDaily?.mondayToFriday).toEqual(open("08:30", "17:30"));
  });
});

describe("with the live quirks (quirks: true)", () => {
  let quirky: Emu;
  let qapi: WebexClient;
  let qmodes: OperatingModeProvider;
  let qholidays: OperatingModeHolidayProvider;
  beforeAll(async () => {
    quirky = await startEmu({ quirks: true });
    qapi = quirky.client();
    qmodes = new OperatingModeProvider(() => qapi);
    qholidays = new OperatingModeHolidayProvider(() => qapi);
  });
  afterAll(() => quirky.close());
  beforeEach(() => quirky.admin.reset());

  test("a timed inline holiday that the mode GET calls all-day gives no diff after read", async () => {
    const inputs = await checked(qmodes, modeDecl("HOLIDAY", "LOCATION", 0));
    const created = await qmodes.create(inputs);
    // the quirk is really there
    const raw = (await qapi.getOperatingMode(created.id)).holidays!.find((h) => h.name === HALF_DAY.name)!;
    expect(raw).toMatchObject({ allDayEnabled: true, startTime: "13:00", endTime: "17:00" });
    expect(withoutIds(created.outs.holidays)).toEqual([...VERSIONS.HOLIDAY[0].holidays!].sort(byName));
    const read = await qmodes.read(created.id, state(created.outs));
    expect(read.props!.holidays.find((h: Json) => h.name === HALF_DAY.name)).toMatchObject({ allDayEnabled: false });
    expect(await qmodes.diff(created.id, state(read.props!), inputs)).toEqual(NO_CHANGE);
  });

  test("an empty inline holiday list that comes back without its key gives no diff", async () => {
    const inputs = await checked(qmodes, holidayModeDecl("Nothing yet", { holidays: [] }));
    const created = await qmodes.create(inputs);
    expect(await qapi.getOperatingMode(created.id)).not.toHaveProperty("holidays");
    expect(created.outs.holidays).toEqual([]);
    const read = await qmodes.read(created.id, state(created.outs));
    expect(await qmodes.diff(created.id, state(read.props!), inputs)).toEqual(NO_CHANGE);
  });

  test("adopting a timed holiday by name, found through the quirky mode GET, sends no needless PUT", async () => {
    const modeId = await qapi.createOperatingMode({ name: "Holidays", type: "HOLIDAY", level: "ORGANIZATION" });
    const holidayId = await qapi.createHoliday(modeId, { ...HALF_DAY, endDate: HALF_DAY.startDate });
    await quirky.admin.clearRequests();
    const inputs = await checked(qholidays, { operatingModeId: modeId, ...HALF_DAY, adopt: { byName: true } });
    const adopted = await qholidays.create(inputs);
    expect(adopted.id).toBe(holidayId);
    expect((await quirky.admin.requests()).map((r) => r.method)).toEqual(["GET", "GET"]);
    expect(adopted.outs).toMatchObject({ allDayEnabled: false, startTime: "13:00", endTime: "17:00" });
  });
});

describe("with the other plausible behaviours of the service (emulator switches)", () => {
  let alt: Emu;
  let aapi: WebexClient;
  let amodes: OperatingModeProvider;
  let aholidays: OperatingModeHolidayProvider;
  beforeAll(async () => {
    alt = await startEmu({
      behaviour: {
        nameFilterCaseSensitive: true,
        limitToLocationIdIncludesOrgLevel: true,
        omitDestinationWhenForwardingDisabled: true,
        holidayNamesUniqueWithinMode: false,
      },
    });
    aapi = alt.client();
    amodes = new OperatingModeProvider(() => aapi);
    aholidays = new OperatingModeHolidayProvider(() => aapi);
  });
  afterAll(() => alt.close());
  beforeEach(() => alt.admin.reset());

  test("adopt by name at a location takes the location's mode, not an org-level one of the same name", async () => {
    await aapi.createOperatingMode({ name: "Lunch break", type: "NONE", level: "ORGANIZATION" });
    const atDenver = await aapi.createOperatingMode({ name: "Lunch break", type: "NONE", level: "LOCATION", locationId: SEED.denver });
    const inputs = await checked(amodes, { name: "Lunch break", type: "NONE", level: "LOCATION", locationId: SEED.denver, adopt: { byName: true } });
    expect((await amodes.create(inputs)).id).toBe(atDenver);
  });

  // findByName must not rely on the server-side name filter: a service whose filter is
  // case-sensitive would hide "Front Desk" from `adopt: {byName}` of "front desk".
  test("adopt by name finds the mode even when the name filter is case-sensitive and the case differs", async () => {
    const existing = await aapi.createOperatingMode({ name: "Front Desk", type: "NONE", level: "ORGANIZATION" });
    const inputs = await checked(amodes, { name: "front desk", type: "NONE", level: "ORGANIZATION", adopt: { byName: true } });
    const adopted = await amodes.create(inputs);
    expect(adopted.id).toBe(existing);
    expect((await aapi.listOperatingModes()).map((m) => [m.id, m.name])).toEqual([[existing, "front desk"]]);
  });

  test("a lost mode POST answer still finds the mode with a case-sensitive name filter", async () => {
    await alt.admin.faults({ script: [{ method: "POST", drop: "after-commit" }] });
    const inputs = await checked(amodes, sameHours("Case Kept"));
    const { id } = await amodes.create(inputs);
    expect((await aapi.listOperatingModes()).map((m) => m.id)).toEqual([id]);
  });

  test("forwarding switched off, with the destination then omitted by GET, converges", async () => {
    const on = await checked(amodes, { name: "Night", type: "NONE", level: "ORGANIZATION", callForwarding: { enabled: true, destination: "+14085551234" } });
    const created = await amodes.create(on);
    const off = await checked(amodes, { name: "Night", type: "NONE", level: "ORGANIZATION", callForwarding: { enabled: false, destination: "+14085551234" } }, on);
    const updated = await amodes.update(created.id, state(created.outs), off);
    expect((await aapi.getOperatingMode(created.id)).callForwarding).toEqual({ enabled: false, destinationVoicemailEnabled: false });
    const read = await amodes.read(created.id, state(updated.outs));
    expect(await amodes.diff(created.id, state(read.props!), off)).toEqual(NO_CHANGE);
  });

  test("a lost holiday POST answer adopts the holiday of that name and start date, not a namesake", async () => {
    const modeId = await aapi.createOperatingMode({ name: "Closures", type: "HOLIDAY", level: "ORGANIZATION" });
    const namesake = await aapi.createHoliday(modeId, { name: "Office closed", allDayEnabled: true, startDate: "2026-08-14", endDate: "2026-08-14" });
    await alt.admin.faults({ script: [{ method: "POST", path: "/holidays", drop: "after-commit" }] });
    const inputs = await checked(aholidays, { operatingModeId: modeId, name: "Office closed", startDate: "2026-10-02" });
    const { id } = await aholidays.create(inputs);
    expect(id).not.toBe(namesake);
    const live = (await aapi.getOperatingMode(modeId)).holidays!;
    expect(live.map((h) => [h.id, h.startDate])).toEqual([
      [namesake, "2026-08-14"],
      [id, "2026-10-02"],
    ]);
  });
});

describe("adoption", () => {
  test("a mode by id: no POST, converged to the declaration, same id", async () => {
    const existing = await api.createOperatingMode({
      name: "Legacy hours",
      type: "SAME_HOURS_DAILY",
      level: "LOCATION",
      locationId: SEED.denver,
      sameHoursDaily: { mondayToFriday: open("07:00", "15:00"), saturdayToSunday: { enabled: false } },
    });
    await emu.admin.clearRequests();
    const decl = sameHours("Denver hours", { level: "LOCATION", locationId: SEED.denver, adopt: { id: existing } });
    const { id, outs, inputs } = await createMode(decl);
    expect(id).toBe(existing);
    expect((await emu.admin.requests()).map((r) => r.method)).not.toContain("POST");
    const live = await api.getOperatingMode(existing);
    expect(live.name).toBe("Denver hours");
    expect(live.sameHoursDaily?.mondayToFriday).toEqual(open("09:00", "17:00"));
    expect(outs.adopt).toEqual({ id: existing });
    const read = await modes.read(id, outs);
    expect(await modes.diff(id, state(read.props!), inputs)).toEqual(NO_CHANGE);
    expect(await api.listOperatingModes()).toHaveLength(1);
  });

  test("a mode by name (location level): no POST, converged, same id", async () => {
    const existing = await api.createOperatingMode({
      name: "Berlin after hours",
      type: "NONE",
      level: "LOCATION",
      locationId: SEED.berlin,
    });
    // a mode of the same name elsewhere must not be taken
    await api.createOperatingMode({ name: "Berlin after hours", type: "NONE", level: "LOCATION", locationId: SEED.sydney });
    await emu.admin.clearRequests();
    const decl = {
      name: "Berlin after hours",
      type: "NONE",
      level: "LOCATION",
      locationId: SEED.berlin,
      callForwarding: { enabled: true, destination: "+49305550101" },
      adopt: { byName: true },
    };
    const { id, outs } = await createMode(decl);
    expect(id).toBe(existing);
    expect((await emu.admin.requests()).map((r) => r.method)).not.toContain("POST");
    expect(outs.callForwarding).toEqual({ enabled: true, destination: "+49305550101", destinationVoicemailEnabled: false });
    expect((await api.getOperatingMode(existing)).callForwarding).toMatchObject({ enabled: true, destination: "+49305550101" });
    expect(await api.listOperatingModes()).toHaveLength(2);
  });

  test("by name when nothing has that name: created", async () => {
    const { id } = await createMode(sameHours("Brand new", { adopt: { byName: true } }));
    expect((await api.listOperatingModes()).map((m) => m.id)).toEqual([id]);
  });

  test("by an id that does not exist: a clear error, nothing created", async () => {
    const missing = await api.createOperatingMode(sameHours("Temporary") as any);
    await api.deleteOperatingMode(missing);
    const e = await rejection(createMode(sameHours("Ghost", { adopt: { id: missing } })));
    expect(e.message).toContain(`no operating mode ${missing}`);
    expect(await api.listOperatingModes()).toEqual([]);
  });

  test("a mode whose type differs is refused and left untouched", async () => {
    const existing = await api.createOperatingMode({ name: "Night", type: "NONE", level: "ORGANIZATION" });
    const e = await rejection(createMode(sameHours("Night", { adopt: { byName: true } })));
    expect(e.message).toContain("cannot adopt");
    expect(e.message).toContain("type is NONE there but SAME_HOURS_DAILY in the program");
    expect(e.id).toBeUndefined();
    expect(await api.getOperatingMode(existing)).toMatchObject({ name: "Night", type: "NONE" });
  });

  test("a holiday by id: no POST, converged, same id", async () => {
    const mode = await createMode(holidayModeDecl());
    const existing = await api.createHoliday(mode.id, { name: "Xmas", allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-25" });
    await emu.admin.clearRequests();
    const { id, outs } = await createHoliday({
      operatingModeId: mode.id,
      name: "Christmas",
      startDate: "2026-12-25",
      recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } },
      adopt: { id: existing },
    });
    expect(id).toBe(existing);
    expect((await emu.admin.requests()).map((r) => r.method)).not.toContain("POST");
    expect(await api.getHoliday(mode.id, existing)).toEqual({
      id: existing,
      name: "Christmas",
      allDayEnabled: true,
      startDate: "2026-12-25",
      endDate: "2026-12-25",
      recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } },
    });
    expect(outs.name).toBe("Christmas");
  });

  test("a holiday by name: no POST, converged, same id", async () => {
    const mode = await createMode(holidayModeDecl());
    const existing = await api.createHoliday(mode.id, { name: "Boxing Day", allDayEnabled: true, startDate: "2026-12-26", endDate: "2026-12-26" });
    await emu.admin.clearRequests();
    const { id } = await createHoliday({ operatingModeId: mode.id, ...HALF_DAY, name: "Boxing Day", startDate: "2026-12-26", adopt: { byName: true } });
    expect(id).toBe(existing);
    expect((await emu.admin.requests()).map((r) => r.method)).not.toContain("POST");
    expect(await api.getHoliday(mode.id, existing)).toMatchObject({ allDayEnabled: false, startTime: "13:00", endTime: "17:00" });
    expect((await api.getOperatingMode(mode.id)).holidays).toHaveLength(1);
  });
});

describe("created but failed: never an orphan", () => {
  test("the GET after a mode POST fails: the error carries the id, the mode exists, and read tracks it", async () => {
    await emu.admin.faults({ script: [{ method: "GET", path: "/operatingModes/[^/]+$", status: 500 }] });
    const inputs = await checked(modes, sameHours("Half made"));
    const e = await rejection(modes.create(inputs));
    expect(decodeId(e.id)?.type).toBe("OPERATING_MODE");
    expect(e.message).toContain(`created ${e.id}`);
    expect(e.message).toContain("HTTP 500");
    expect(e.properties).toMatchObject({ name: "Half made", type: "SAME_HOURS_DAILY" });
    const live = await api.getOperatingMode(e.id);
    expect(live.name).toBe("Half made");
    expect((await api.listOperatingModes()).map((m) => m.id)).toEqual([e.id]);
    // the engine keeps e.id and e.properties in state: the next refresh reads the real mode
    const read = await modes.read(e.id, e.properties);
    expect(read.props).toMatchObject({ name: "Half made", type: "SAME_HOURS_DAILY" });
    expect(await modes.diff(e.id, state(read.props!), inputs)).toEqual(NO_CHANGE);
  });

  test("the GET after a holiday POST fails: the error carries the id, and the holiday exists", async () => {
    const mode = await createMode(holidayModeDecl());
    await emu.admin.faults({ script: [{ method: "GET", path: "/holidays/[^/]+$", status: 500 }] });
    const e = await rejection(createHoliday({ operatingModeId: mode.id, ...NEW_YEAR }));
    expect(decodeId(e.id)?.type).toBe("SCHEDULE_EVENT");
    expect(e.message).toContain(`created ${e.id}`);
    expect(e.properties).toMatchObject({ operatingModeId: mode.id, name: "New Year" });
    expect(await api.getHoliday(mode.id, e.id)).toMatchObject({ name: "New Year" });
    expect((await holidays.read(e.id, e.properties)).id).toBe(e.id);
  });

  test("a mode POST whose answer is lost after the commit: found by name and adopted, no duplicate", async () => {
    await emu.admin.faults({ script: [{ method: "POST", drop: "after-commit" }] });
    const { id, outs } = await createMode(sameHours("Lost answer", { level: "LOCATION", locationId: SEED.newYork }));
    const all = await api.listOperatingModes();
    expect(all.map((m) => m.id)).toEqual([id]);
    expect(outs.name).toBe("Lost answer");
    const posts = (await emu.admin.requests()).filter((r) => r.method === "POST");
    expect(posts.map((r) => [r.status, r.dropped])).toEqual([[0, "after-commit"]]);
  });

  test("a mode POST dropped before the commit: looked up, absent, posted again once", async () => {
    await emu.admin.faults({ script: [{ method: "POST", drop: "before-commit" }] });
    const { id } = await createMode(sameHours("Second try"));
    expect((await api.listOperatingModes()).map((m) => m.id)).toEqual([id]);
    const posts = (await emu.admin.requests()).filter((r) => r.method === "POST");
    expect(posts.map((r) => r.status)).toEqual([0, 201]);
  });

  test("a holiday POST whose answer is lost after the commit: found and adopted, no duplicate", async () => {
    const mode = await createMode(holidayModeDecl());
    await emu.admin.faults({ script: [{ method: "POST", path: "/holidays", drop: "after-commit" }] });
    const { id } = await createHoliday({ operatingModeId: mode.id, ...HALF_DAY });
    expect(idsOf((await api.getOperatingMode(mode.id)).holidays)).toEqual([id]);
  });
});

describe("partner organisations through the providers", () => {
  test("a partner token manages a customer's mode with orgId; the customer sees it, the partner's own org does not", async () => {
    const partner = emu.client(TOKENS.globexPartner);
    const provider = new OperatingModeProvider(() => partner);
    const decl = sameHours("Clinic hours", { level: "LOCATION", locationId: SEED.austin, orgId: SEED.contoso });
    const { id, outs } = await createMode(decl, provider);
    expect(outs).toMatchObject({ orgId: SEED.contoso, locationName: "Austin Clinic" });
    expect((await emu.client(TOKENS.contosoAdmin).getOperatingMode(id)).name).toBe("Clinic hours");
    expect(await partner.listOperatingModes()).toEqual([]);
    expect(await api.tryGetOperatingMode(id)).toBeUndefined();
    await provider.delete(id, outs);
    expect(await emu.client(TOKENS.contosoAdmin).tryGetOperatingMode(id)).toBeUndefined();
  });
});
