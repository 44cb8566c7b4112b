/**
 * The behaviour switches: each alternative for the API's unknowns, so the provider can be tested
 * against every plausible service. The defaults are covered by the contract suite.
 */
import { buildEmulator, BehaviourSwitches, DEFAULT_BEHAVIOUR } from "../../emulator";
import { body, Harness, MODES, SEED, start } from "./helpers";

async function withBehaviour(behaviour: Partial<BehaviourSwitches>, fn: (h: Harness) => Promise<void>): Promise<void> {
  const h = await start({ behaviour });
  try {
    await fn(h);
  } finally {
    await h.emulator.close();
  }
}

test("the defaults are the ones the API notes name", () => {
  expect(DEFAULT_BEHAVIOUR).toEqual({
    modeNameUniqueness: "levelAndLocation",
    holidayNamesUniqueWithinMode: true,
    duplicateNameStatus: 409,
    ruleViolationStatus: 400,
    immutableFieldsOnUpdate: "reject",
    overnightRanges: "accept",
    limitToLocationIdIncludesOrgLevel: false,
    nameFilterCaseSensitive: false,
    deleteModeInUse: "reject",
    recurrenceMustMatchStartDate: false,
    omitDestinationWhenForwardingDisabled: false,
    modeNameMaxLength: 40,
    holidayNameMaxLength: 30,
  });
});

test("modeNameUniqueness organization: a name is taken across all levels and locations", () =>
  withBehaviour({ modeNameUniqueness: "organization" }, async ({ api }) => {
    await api.createMode(body.atLocation("Hours", SEED.denver));
    const res = await api.post(MODES, body.atLocation("Hours", SEED.berlin));
    expect(res.status).toBe(409);
    expect(res.body.errors[0].description).toMatch(/already exists in this organization/);
    expect((await api.post(MODES, body.sameHours("Hours"))).status).toBe(409);
  }));

test("duplicateNameStatus 400: a duplicate name gets 400", () =>
  withBehaviour({ duplicateNameStatus: 400 }, async ({ api }) => {
    await api.createMode(body.sameHours("Hours"));
    expect((await api.post(MODES, body.sameHours("Hours"))).status).toBe(400);
  }));

test("ruleViolationStatus 409: over-limit, schedule mismatch and holidays on a non-HOLIDAY mode get 409", () =>
  withBehaviour({ ruleViolationStatus: 409 }, async ({ api }) => {
    const same = await api.createMode(body.sameHours("Same"));
    expect((await api.post(`${MODES}/${same}/holidays`, body.holiday("Christmas"))).status).toBe(409);
    expect((await api.put(`${MODES}/${same}`, { differentHoursDaily: { monday: { enabled: false } } })).status).toBe(409);
    for (let i = 0; i < 99; i++) await api.createMode(body.sameHours(`M${i}`));
    expect((await api.post(MODES, body.sameHours("M99"))).status).toBe(409);
    // A malformed request stays 400: it must be fixed before a conflict means anything.
    expect((await api.post(MODES, { ...body.sameHours("M100"), type: "BAD" })).status).toBe(400);
  }));

test("immutableFieldsOnUpdate ignore: type, level and locationId in a PUT are ignored", () =>
  withBehaviour({ immutableFieldsOnUpdate: "ignore" }, async ({ api }) => {
    const id = await api.createMode(body.atLocation("Hours", SEED.denver));
    expect((await api.put(`${MODES}/${id}`, { name: "Renamed", type: "NONE", level: "ORGANIZATION", locationId: SEED.berlin })).status).toBe(204);
    expect((await api.get(`${MODES}/${id}`)).body).toMatchObject({
      name: "Renamed",
      type: "SAME_HOURS_DAILY",
      level: "LOCATION",
      location: { id: SEED.denver },
    });
  }));

test("overnightRanges reject: a start later than the end is refused in day schedules and holidays", () =>
  withBehaviour({ overnightRanges: "reject" }, async ({ api }) => {
    const res = await api.post(MODES, body.sameHours("Night", { sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "22:00", endTime: "06:00" } } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].description).toMatch(/overnight ranges are not accepted/);
    const modeId = await api.createMode(body.holidayMode("Holidays"));
    const multiDay = body.holiday("Span", { allDayEnabled: false, startDate: "2026-12-24", endDate: "2026-12-26", startTime: "18:00", endTime: "08:00" });
    expect((await api.post(`${MODES}/${modeId}/holidays`, multiDay)).status).toBe(400);
  }));

test("limitToLocationIdIncludesOrgLevel: the location filter also returns organisation-level modes", () =>
  withBehaviour({ limitToLocationIdIncludesOrgLevel: true }, async ({ api }) => {
    await api.createMode(body.sameHours("Org"));
    await api.createMode(body.atLocation("Denver", SEED.denver));
    await api.createMode(body.atLocation("Berlin", SEED.berlin));
    const res = await api.get(MODES, { query: { limitToLocationId: SEED.denver } });
    expect(res.body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["Denver", "Org"]);
  }));

test("nameFilterCaseSensitive: the name filter respects case", () =>
  withBehaviour({ nameFilterCaseSensitive: true }, async ({ api }) => {
    await api.createMode(body.sameHours("Business Hours"));
    expect((await api.get(MODES, { query: { name: "hours" } })).body.operatingModes).toEqual([]);
    expect((await api.get(MODES, { query: { name: "Hours" } })).body.operatingModes).toHaveLength(1);
  }));

test("deleteModeInUse allow: a mode in use can be deleted", () =>
  withBehaviour({ deleteModeInUse: "allow" }, async ({ api, admin }) => {
    const id = await api.createMode(body.sameHours("In use"));
    await admin.call("PUT", `/modes/${id}/usage`, { usedBy: ["Main Auto Attendant"] });
    expect((await api.del(`${MODES}/${id}`)).status).toBe(204);
  }));

test("recurrenceMustMatchStartDate: the recurrence must fall on startDate", () =>
  withBehaviour({ recurrenceMustMatchStartDate: true }, async ({ api }) => {
    const modeId = await api.createMode(body.holidayMode("Holidays"));
    const post = (name: string, startDate: string, recurrence: unknown) =>
      api.post(`${MODES}/${modeId}/holidays`, body.holiday(name, { startDate, endDate: startDate, recurrence }));
    expect((await post("Christmas", "2026-12-25", { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } })).status).toBe(201);
    expect((await post("Wrong day", "2026-12-24", { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } })).status).toBe(400);
    const thanksgiving = { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } };
    expect((await post("Thanksgiving", "2026-11-26", thanksgiving)).status).toBe(201);
    expect((await post("Not Thanksgiving", "2026-11-19", thanksgiving)).status).toBe(400);
    // 2026-05-25 is both the fourth and the last Monday of May.
    const memorial = { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } };
    expect((await post("Memorial Day", "2026-05-25", memorial)).status).toBe(201);
  }));

test("omitDestinationWhenForwardingDisabled: a disabled forward hides its destination", () =>
  withBehaviour({ omitDestinationWhenForwardingDisabled: true }, async ({ api }) => {
    const id = await api.createMode(body.sameHours("Off", { callForwarding: { enabled: false, destination: "1001" } }));
    expect((await api.get(`${MODES}/${id}`)).body.callForwarding).toEqual({ enabled: false, destinationVoicemailEnabled: false });
    await api.put(`${MODES}/${id}`, { callForwarding: { enabled: true, destination: "1001" } });
    expect((await api.get(`${MODES}/${id}`)).body.callForwarding.destination).toBe("1001");
  }));

test("holidayNamesUniqueWithinMode false: two holidays of a mode may share a name", () =>
  withBehaviour({ holidayNamesUniqueWithinMode: false }, async ({ api }) => {
    const modeId = await api.createMode(body.holidayMode("Holidays", [body.holiday("Closed"), body.holiday("Closed", { startDate: "2026-12-26", endDate: "2026-12-26" })]));
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Closed"))).status).toBe(201);
  }));

test("modeNameMaxLength and holidayNameMaxLength change the name limits", () =>
  withBehaviour({ modeNameMaxLength: 10, holidayNameMaxLength: 5 }, async ({ api }) => {
    expect((await api.post(MODES, body.sameHours("x".repeat(11)))).status).toBe(400);
    const modeId = await api.createMode(body.holidayMode("y".repeat(10)));
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("abcdef"))).status).toBe(400);
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("abcde"))).status).toBe(201);
  }));

test("unknown switches and bad values are refused at start-up", () => {
  expect(() => buildEmulator({ behaviour: { nameUniqueness: "org" } as unknown as Partial<BehaviourSwitches> })).toThrow(/Unknown behaviour switch "nameUniqueness"/);
  expect(() => buildEmulator({ behaviour: { duplicateNameStatus: 418 as 409 } })).toThrow(/Invalid value 418/);
});
