/**
 * The contract of the Operating Modes API as the emulator serves it: every endpoint and every rule
 * of ../shared/webex-operating-modes-api.md, one named test per rule, over real HTTP on 127.0.0.1.
 * A rule that changes is a test that changes.
 */
import { decodeId } from "../../emulator";
import { body, Client, Harness, MODES, padded, SEED, SEED_TOKENS, start } from "./helpers";

let h: Harness;
let api: Client;

beforeAll(async () => {
  h = await start();
  api = h.api;
});
afterAll(() => h.emulator.close());
beforeEach(async () => {
  await h.admin.reset();
});

function expectWebexError(res: { status: number; body: any; headers: Headers }, status: number): void {
  expect(res.status).toBe(status);
  expect(typeof res.body.message).toBe("string");
  expect(Array.isArray(res.body.errors)).toBe(true);
  expect(res.body.errors.length).toBeGreaterThan(0);
  for (const e of res.body.errors) expect(typeof e.description).toBe("string");
  expect(res.body.trackingId).toBe(res.headers.get("trackingid"));
}

/** The descriptions of an error body, joined, for `toMatch`. */
function descriptions(res: { body: any }): string {
  return res.body.errors.map((e: { description: string }) => e.description).join(" | ");
}

const holidayModeWith = async (holidays: unknown[] = []): Promise<string> => api.createMode(body.holidayMode("Holidays", holidays));

describe("conventions shared by every endpoint", () => {
  test("a request without a bearer token gets 401 in the Webex error shape", async () => {
    const res = await api.get(MODES, { token: null });
    expectWebexError(res, 401);
  });

  test("an unknown bearer token gets 401", async () => {
    const res = await api.get(MODES, { token: "not-a-real-token" });
    expectWebexError(res, 401);
  });

  test("an Authorization header that is not Bearer gets 401", async () => {
    const res = await api.get(MODES, { token: null, headers: { Authorization: `Basic ${h.api.token}` } });
    expectWebexError(res, 401);
  });

  test("every response carries a TrackingID header, on success and on error", async () => {
    const ok = await api.get(MODES);
    const notFound = await api.get(`${MODES}/nope`);
    const unknownPath = await api.get("/no/such/thing");
    for (const res of [ok, notFound, unknownPath]) expect(res.headers.get("trackingid")).toMatch(/^ROUTER_[0-9A-F-]{36}$/);
    expect(new Set([ok, notFound, unknownPath].map((r) => r.headers.get("trackingid"))).size).toBe(3);
  });

  test("a TrackingID sent by the client is echoed back", async () => {
    const res = await api.get(MODES, { headers: { TrackingID: "MYCLIENT_1234" } });
    expect(res.headers.get("trackingid")).toBe("MYCLIENT_1234");
  });

  test("error bodies are {message, errors: [{description, errorCode}], trackingId}", async () => {
    const res = await api.post(MODES, { name: "x" });
    expectWebexError(res, 400);
    expect(res.body.errors.every((e: { errorCode: unknown }) => typeof e.errorCode === "number")).toBe(true);
  });

  test("an unknown path gets 404 in the Webex error shape", async () => {
    expectWebexError(await api.get("/telephony/config/nothingHere"), 404);
  });

  test("a known path with an unsupported method gets 405 with an Allow header", async () => {
    const res = await api.call("PATCH", `${MODES}/abc`, { body: {} });
    expectWebexError(res, 405);
    expect(res.headers.get("allow")).toBe("GET, PUT, DELETE");
  });

  test("a URL that is not valid percent-encoding gets 400 in the Webex shape, with a TrackingID", async () => {
    const res = await fetch(`${h.emulator.baseUrl}/telephony/config/operatingModes/%E0%A4%A`, { headers: { Authorization: `Bearer ${api.token}` } });
    const parsed = { status: res.status, body: await res.json(), headers: res.headers };
    expectWebexError(parsed, 400);
  });

  test("a body that is not JSON gets 415", async () => {
    const res = await api.call("POST", MODES, { rawBody: "name=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expectWebexError(res, 415);
  });

  test("malformed JSON gets 400", async () => {
    expectWebexError(await api.call("POST", MODES, { rawBody: "{\"name\": " }), 400);
  });

  test("a DELETE with Content-Type application/json and no body is accepted", async () => {
    const id = await api.createMode(body.sameHours("Temp"));
    const res = await api.del(`${MODES}/${id}`, { headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(204);
  });

  test("a read-only administrator can read but gets 403 on writes", async () => {
    const ro = api.as(SEED_TOKENS.northwindReadOnly);
    expect((await ro.get(MODES)).status).toBe(200);
    expectWebexError(await ro.post(MODES, body.sameHours("Nope")), 403);
    expect((await api.get(MODES)).body.operatingModes).toEqual([]);
  });
});

describe("ids", () => {
  test("ids are unpadded base64 of ciscospark://us/<TYPE>/<uuid>", async () => {
    const modeId = await api.createMode(body.holidayMode("Holidays"));
    const holidayId = await api.createHoliday(modeId, body.holiday("Christmas"));
    expect(modeId).not.toMatch(/=/);
    expect(holidayId).not.toMatch(/=/);
    expect(Buffer.from(modeId, "base64").toString()).toMatch(/^ciscospark:\/\/us\/OPERATING_MODE\/[0-9a-f-]{36}$/);
    expect(Buffer.from(holidayId, "base64").toString()).toMatch(/^ciscospark:\/\/us\/SCHEDULE_EVENT\/[0-9a-f-]{36}$/);
  });

  test("padded ids are accepted for modes, holidays and locations", async () => {
    const modeId = await api.createMode(body.holidayMode("Holidays"));
    const holidayId = await api.createHoliday(padded(modeId), body.holiday("Christmas"));
    expect(padded(modeId)).not.toBe(modeId);
    expect((await api.get(`${MODES}/${padded(modeId)}`)).body.id).toBe(modeId);
    expect((await api.get(`${MODES}/${padded(modeId)}/holidays/${padded(holidayId)}`)).body.id).toBe(holidayId);
    expect((await api.put(`${MODES}/${padded(modeId)}`, { name: "Renamed" })).status).toBe(204);
    expect((await api.get(`/locations/${padded(SEED.berlin)}`)).body.name).toBe("Berlin Office");
    const viaPaddedLocation = await api.post(MODES, body.atLocation("Berlin hours", padded(SEED.berlin)));
    expect(viaPaddedLocation.status).toBe(201);
    expect((await api.get(`${MODES}/${viaPaddedLocation.body.id}`)).body.location.id).toBe(SEED.berlin);
    expect((await api.del(`${MODES}/${padded(modeId)}`)).status).toBe(204);
  });

  test("an id of another type (a location id used as a mode id) is not found", async () => {
    expectWebexError(await api.get(`${MODES}/${SEED.berlin}`), 404);
  });
});

describe("1. GET /operatingModes: list", () => {
  test("returns {operatingModes} sorted by name, items without schedules", async () => {
    await api.createMode(body.sameHours("Zulu"));
    await api.createMode(body.atLocation("alpha", SEED.denver));
    await api.createMode(body.holidayMode("Mike", [body.holiday("Christmas")]));
    const res = await api.get(MODES);
    expect(res.status).toBe(200);
    expect(res.body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["alpha", "Mike", "Zulu"]);
    for (const item of res.body.operatingModes) {
      expect(item).not.toHaveProperty("sameHoursDaily");
      expect(item).not.toHaveProperty("holidays");
      expect(item.callForwarding).toEqual({ enabled: false, destinationVoicemailEnabled: false });
    }
    const alpha = res.body.operatingModes[0];
    expect(alpha).toEqual({
      id: alpha.id,
      name: "alpha",
      type: "SAME_HOURS_DAILY",
      level: "LOCATION",
      location: { id: SEED.denver, name: "Denver Support Center" },
      callForwarding: { enabled: false, destinationVoicemailEnabled: false },
    });
    expect(res.body.operatingModes[2]).not.toHaveProperty("location");
  });

  test("name filters by substring, case-insensitively", async () => {
    await api.createMode(body.sameHours("Business Hours"));
    await api.createMode(body.sameHours("After hours"));
    await api.createMode(body.sameHours("Weekend"));
    const res = await api.get(MODES, { query: { name: "HOURS" } });
    expect(res.body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["After hours", "Business Hours"]);
  });

  test("limitToLocationId returns only that location's modes", async () => {
    await api.createMode(body.sameHours("Org wide"));
    await api.createMode(body.atLocation("Denver hours", SEED.denver));
    await api.createMode(body.atLocation("Berlin hours", SEED.berlin));
    const res = await api.get(MODES, { query: { limitToLocationId: SEED.denver } });
    expect(res.body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["Denver hours"]);
  });

  test("limitToLocationId of an unknown location gets 404", async () => {
    expectWebexError(await api.get(MODES, { query: { limitToLocationId: SEED.austin } }), 404);
  });

  test("limitToOrgLevelEnabled=true returns only organisation-level modes, false does not filter", async () => {
    await api.createMode(body.sameHours("Org wide"));
    await api.createMode(body.atLocation("Denver hours", SEED.denver));
    const orgOnly = await api.get(MODES, { query: { limitToOrgLevelEnabled: true } });
    expect(orgOnly.body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["Org wide"]);
    const all = await api.get(MODES, { query: { limitToOrgLevelEnabled: false } });
    expect(all.body.operatingModes).toHaveLength(2);
    expectWebexError(await api.get(MODES, { query: { limitToOrgLevelEnabled: "yes" } }), 400);
  });

  test("limitToLocationId with limitToOrgLevelEnabled=true is rejected as contradictory", async () => {
    expectWebexError(await api.get(MODES, { query: { limitToLocationId: SEED.denver, limitToOrgLevelEnabled: true } }), 400);
  });

  test("order accepts asc, desc, name-asc and name-desc; anything else gets 400", async () => {
    for (const name of ["b", "a", "c"]) await api.createMode(body.sameHours(name));
    const names = async (order: string) => (await api.get(MODES, { query: { order } })).body.operatingModes.map((m: { name: string }) => m.name);
    expect(await names("asc")).toEqual(["a", "b", "c"]);
    expect(await names("name-asc")).toEqual(["a", "b", "c"]);
    expect(await names("desc")).toEqual(["c", "b", "a"]);
    expect(await names("name-desc")).toEqual(["c", "b", "a"]);
    expectWebexError(await api.get(MODES, { query: { order: "random" } }), 400);
  });

  test("max defaults to 10 and must be from 1 to 100", async () => {
    for (let i = 0; i < 12; i++) await api.createMode(body.sameHours(`Mode ${String(i).padStart(2, "0")}`));
    const first = await api.get(MODES);
    expect(first.body.operatingModes).toHaveLength(10);
    expect((await api.get(MODES, { query: { max: 100 } })).body.operatingModes).toHaveLength(12);
    expectWebexError(await api.get(MODES, { query: { max: 101 } }), 400);
    expectWebexError(await api.get(MODES, { query: { max: 0 } }), 400);
    expectWebexError(await api.get(MODES, { query: { start: -1 } }), 400);
  });

  test("start beyond the end gives an empty list and no Link", async () => {
    await api.createMode(body.sameHours("Only"));
    const res = await api.get(MODES, { query: { start: 5 } });
    expect(res.body).toEqual({ operatingModes: [] });
    expect(res.headers.get("link")).toBeNull();
  });
});

describe("2. GET /operatingModes/{id}: details", () => {
  test("a SAME_HOURS_DAILY mode returns exactly sameHoursDaily", async () => {
    const id = await api.createMode(body.sameHours("Business"));
    const res = await api.get(`${MODES}/${id}`);
    expect(res.body).toEqual({
      id,
      name: "Business",
      type: "SAME_HOURS_DAILY",
      level: "ORGANIZATION",
      sameHoursDaily: {
        mondayToFriday: { enabled: true, allDayEnabled: false, startTime: "09:00", endTime: "17:00" },
        saturdayToSunday: { enabled: false, allDayEnabled: false },
      },
      callForwarding: { enabled: false, destinationVoicemailEnabled: false },
    });
  });

  test("a DIFFERENT_HOURS_DAILY mode returns all seven days; days left out on create are disabled", async () => {
    const id = await api.createMode({
      name: "Support desk",
      type: "DIFFERENT_HOURS_DAILY",
      level: "ORGANIZATION",
      differentHoursDaily: { monday: { enabled: true, startTime: "08:00", endTime: "18:00" } },
    });
    const res = await api.get(`${MODES}/${id}`);
    expect(Object.keys(res.body.differentHoursDaily)).toEqual(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]);
    expect(res.body.differentHoursDaily.monday).toEqual({ enabled: true, allDayEnabled: false, startTime: "08:00", endTime: "18:00" });
    expect(res.body.differentHoursDaily.sunday).toEqual({ enabled: false, allDayEnabled: false });
    expect(res.body).not.toHaveProperty("sameHoursDaily");
    expect(res.body).not.toHaveProperty("holidays");
  });

  test("a HOLIDAY mode returns exactly its holidays, with ids", async () => {
    const id = await holidayModeWith([body.holiday("Christmas"), body.holiday("Boxing Day", { startDate: "2026-12-26", endDate: "2026-12-26" })]);
    const res = await api.get(`${MODES}/${id}`);
    expect(res.body.holidays.map((x: { name: string }) => x.name)).toEqual(["Christmas", "Boxing Day"]);
    for (const holiday of res.body.holidays) expect(decodeId(holiday.id)?.type).toBe("SCHEDULE_EVENT");
    expect(res.body).not.toHaveProperty("sameHoursDaily");
    expect(res.body).not.toHaveProperty("differentHoursDaily");
  });

  test("a NONE mode returns no schedule at all", async () => {
    const id = await api.createMode({ name: "Fallback", type: "NONE", level: "ORGANIZATION" });
    const res = await api.get(`${MODES}/${id}`);
    expect(Object.keys(res.body).sort()).toEqual(["callForwarding", "id", "level", "name", "type"]);
  });

  test("location {id, name} is present only for level LOCATION", async () => {
    const loc = await api.createMode(body.atLocation("Sydney hours", SEED.sydney));
    const org = await api.createMode(body.sameHours("Org hours"));
    expect((await api.get(`${MODES}/${loc}`)).body.location).toEqual({ id: SEED.sydney, name: "Sydney Office" });
    expect((await api.get(`${MODES}/${org}`)).body).not.toHaveProperty("location");
  });

  test("callForwarding is always returned, as stored", async () => {
    const off = await api.createMode(body.sameHours("Plain"));
    const on = await api.createMode(
      body.sameHours("Forwarded", { callForwarding: { enabled: true, destination: "+14155550100", destinationVoicemailEnabled: true } }),
    );
    expect((await api.get(`${MODES}/${off}`)).body.callForwarding).toEqual({ enabled: false, destinationVoicemailEnabled: false });
    expect((await api.get(`${MODES}/${on}`)).body.callForwarding).toEqual({
      enabled: true,
      destination: "+14155550100",
      destinationVoicemailEnabled: true,
    });
  });

  test("an unknown mode gets 404", async () => {
    const id = await api.createMode(body.sameHours("Gone"));
    await api.del(`${MODES}/${id}`);
    expectWebexError(await api.get(`${MODES}/${id}`), 404);
    expectWebexError(await api.get(`${MODES}/not-base64!`), 404);
  });
});

describe("3. POST /operatingModes: create", () => {
  test("answers 201 {id}, with and without the trailing slash", async () => {
    const withSlash = await api.post(`${MODES}/`, body.sameHours("One"));
    const withoutSlash = await api.post(MODES, body.sameHours("Two"));
    for (const res of [withSlash, withoutSlash]) {
      expect(res.status).toBe(201);
      expect(Object.keys(res.body)).toEqual(["id"]);
    }
    expect((await api.get(MODES)).body.operatingModes).toHaveLength(2);
  });

  test("every missing mandatory field is reported at once", async () => {
    const res = await api.post(MODES, {});
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/name/);
    expect(descriptions(res)).toMatch(/type/);
    expect(descriptions(res)).toMatch(/level/);
  });

  test("type and level must be known enum values", async () => {
    const res = await api.post(MODES, { ...body.sameHours("x"), type: "WEEKDAYS", level: "GLOBAL" });
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/type: must be one of SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY, NONE/);
    expect(descriptions(res)).toMatch(/level: must be one of ORGANIZATION, LOCATION/);
  });

  test("locationId is required for level LOCATION", async () => {
    const res = await api.post(MODES, { ...body.sameHours("x"), level: "LOCATION" });
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/locationId/);
  });

  test("locationId must be a location of the organisation", async () => {
    const res = await api.post(MODES, body.atLocation("x", SEED.austin));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/locationId: no such location/);
  });

  test("locationId is refused for level ORGANIZATION", async () => {
    expectWebexError(await api.post(MODES, body.sameHours("x", { locationId: SEED.denver })), 400);
  });

  test("the schedule matching the type is mandatory", async () => {
    const same = await api.post(MODES, { name: "a", type: "SAME_HOURS_DAILY", level: "ORGANIZATION" });
    const different = await api.post(MODES, { name: "b", type: "DIFFERENT_HOURS_DAILY", level: "ORGANIZATION" });
    expectWebexError(same, 400);
    expect(descriptions(same)).toMatch(/sameHoursDaily: is required/);
    expectWebexError(different, 400);
    expect(descriptions(different)).toMatch(/differentHoursDaily: is required/);
  });

  test("a HOLIDAY mode may be created without holidays", async () => {
    const id = await api.createMode({ name: "Holidays", type: "HOLIDAY", level: "ORGANIZATION" });
    expect((await api.get(`${MODES}/${id}`)).body.holidays).toEqual([]);
  });

  test("a schedule of another type than the mode's is rejected with 400", async () => {
    const res = await api.post(MODES, {
      ...body.sameHours("x"),
      differentHoursDaily: { monday: { enabled: true, startTime: "09:00", endTime: "17:00" } },
    });
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/differentHoursDaily: does not match type SAME_HOURS_DAILY/);
  });

  test("a NONE mode with a schedule is rejected with 400", async () => {
    const res = await api.post(MODES, { ...body.sameHours("x"), type: "NONE" });
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/NONE mode has no schedule/);
  });

  test("holidays on a mode that is not HOLIDAY are rejected with 400", async () => {
    const res = await api.post(MODES, { ...body.sameHours("x"), holidays: [body.holiday("Christmas")] });
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/holidays are only allowed on HOLIDAY modes/);
  });

  test("holidays sent with a HOLIDAY mode are created with fresh ids (ids in the request are ignored)", async () => {
    const fakeId = "Y2lzY29zcGFyazovL3VzL1NDSEVEVUxFX0VWRU5UL2Zha2U";
    const id = await holidayModeWith([{ ...body.holiday("Christmas"), id: fakeId }]);
    const [holiday] = (await api.get(`${MODES}/${id}`)).body.holidays;
    expect(holiday.id).not.toBe(fakeId);
    expect((await api.get(`${MODES}/${id}/holidays/${holiday.id}`)).status).toBe(200);
  });

  test("mode names are unique per level and location: a duplicate gets 409", async () => {
    await api.createMode(body.atLocation("Hours", SEED.denver));
    const res = await api.post(MODES, body.atLocation("Hours", SEED.denver));
    expectWebexError(res, 409);
    expect(descriptions(res)).toMatch(/already exists in this location/);
    await api.createMode(body.sameHours("Org hours"));
    expectWebexError(await api.post(MODES, body.sameHours("Org hours")), 409);
  });

  test("the same name is allowed in another location and at the organisation level", async () => {
    await api.createMode(body.atLocation("Hours", SEED.denver));
    expect((await api.post(MODES, body.atLocation("Hours", SEED.berlin))).status).toBe(201);
    expect((await api.post(MODES, body.sameHours("Hours"))).status).toBe(201);
  });

  test("mode names compare exactly: a different case is another name", async () => {
    await api.createMode(body.sameHours("Hours"));
    expect((await api.post(MODES, body.sameHours("HOURS"))).status).toBe(201);
  });

  test("mode names are 1 to 40 characters without control characters", async () => {
    expect((await api.post(MODES, body.sameHours("x".repeat(40)))).status).toBe(201);
    const tooLong = await api.post(MODES, body.sameHours("y".repeat(41)));
    expectWebexError(tooLong, 400);
    expect(descriptions(tooLong)).toMatch(/at most 40 characters, got 41/);
    expectWebexError(await api.post(MODES, body.sameHours("   ")), 400);
    expectWebexError(await api.post(MODES, body.sameHours("tab\there")), 400);
    expectWebexError(await api.post(MODES, body.sameHours(42 as unknown as string)), 400);
  });

  test("at most 100 modes per location; other locations and the organisation level are separate", async () => {
    for (let i = 0; i < 100; i++) await api.createMode(body.atLocation(`Denver ${i}`, SEED.denver));
    const res = await api.post(MODES, body.atLocation("Denver 100", SEED.denver));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/maximum of 100 operating modes/);
    expect((await api.post(MODES, body.atLocation("Berlin 0", SEED.berlin))).status).toBe(201);
    expect((await api.post(MODES, body.sameHours("Org 0"))).status).toBe(201);
  });

  test("at most 100 modes at the organisation level", async () => {
    for (let i = 0; i < 100; i++) await api.createMode(body.sameHours(`Org ${i}`));
    expectWebexError(await api.post(MODES, body.sameHours("Org 100")), 400);
    expect((await api.post(MODES, body.atLocation("Denver 0", SEED.denver))).status).toBe(201);
  });

  test("at most 150 holidays in a mode's holiday list", async () => {
    const holidays = (n: number) =>
      Array.from({ length: n }, (_, i) => body.holiday(`H${i}`, { startDate: "2027-01-01", endDate: "2027-01-01" }));
    expect((await api.post(MODES, body.holidayMode("Max", holidays(150)))).status).toBe(201);
    const res = await api.post(MODES, body.holidayMode("Over", holidays(151)));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/at most 150 holidays per mode, got 151/);
  });

  test("callForwarding may be left out, or {enabled: false} without destination", async () => {
    const res = await api.post(MODES, body.sameHours("x", { callForwarding: { enabled: false } }));
    expect(res.status).toBe(201);
    expect((await api.get(`${MODES}/${res.body.id}`)).body.callForwarding).toEqual({ enabled: false, destinationVoicemailEnabled: false });
  });

  test("callForwarding enabled requires a destination", async () => {
    const res = await api.post(MODES, body.sameHours("x", { callForwarding: { enabled: true } }));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/callForwarding.destination: is required when forwarding is enabled/);
  });

  test("a forwarding destination is an E.164 number or an extension", async () => {
    for (const destination of ["+14155550100", "1001", "+493055501"]) {
      expect((await api.post(MODES, body.sameHours(`to ${destination}`, { callForwarding: { enabled: true, destination } }))).status).toBe(201);
    }
    for (const destination of ["call me", "+0123", "1", "+1415555010012345"]) {
      expectWebexError(await api.post(MODES, body.sameHours("bad", { callForwarding: { enabled: true, destination } })), 400);
    }
  });

  describe("day schedules", () => {
    const day = (d: Record<string, unknown>) => body.sameHours("Day rules", { sameHoursDaily: { mondayToFriday: d } });

    test("times are HH:MM from 00:00 to 23:59; 23:59 is the end of the day, 24:00 does not exist", async () => {
      expect((await api.post(MODES, day({ enabled: true, startTime: "00:00", endTime: "23:59" }))).status).toBe(201);
      for (const [startTime, endTime] of [["09:00", "24:00"], ["9:00", "17:00"], ["09:00", "17:60"], ["09:00:00", "17:00"]]) {
        const res = await api.post(MODES, day({ enabled: true, startTime, endTime }));
        expectWebexError(res, 400);
        expect(descriptions(res)).toMatch(/must be a 24-hour time HH:MM/);
      }
    });

    test("equal start and end times are rejected", async () => {
      const res = await api.post(MODES, day({ enabled: true, startTime: "09:00", endTime: "09:00" }));
      expectWebexError(res, 400);
      expect(descriptions(res)).toMatch(/endTime: must differ from startTime/);
    });

    test("overnight ranges (start later than end) are accepted", async () => {
      const id = await api.createMode(day({ enabled: true, startTime: "22:00", endTime: "06:00" }));
      expect((await api.get(`${MODES}/${id}`)).body.sameHoursDaily.mondayToFriday).toMatchObject({ startTime: "22:00", endTime: "06:00" });
    });

    test("times are mandatory on an enabled day that is not all-day", async () => {
      const res = await api.post(MODES, day({ enabled: true, allDayEnabled: false }));
      expectWebexError(res, 400);
      expect(descriptions(res)).toMatch(/sameHoursDaily.mondayToFriday.startTime/);
      expectWebexError(await api.post(MODES, day({ enabled: true, startTime: "09:00" })), 400);
    });

    test("times are refused on an all-day day", async () => {
      expectWebexError(await api.post(MODES, day({ enabled: true, allDayEnabled: true, startTime: "09:00", endTime: "17:00" })), 400);
    });

    test("{enabled: false} alone is accepted, and times without allDayEnabled are accepted", async () => {
      const id = await api.createMode({
        name: "Lenient",
        type: "SAME_HOURS_DAILY",
        level: "ORGANIZATION",
        sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:30", endTime: "16:30" }, saturdayToSunday: { enabled: false } },
      });
      expect((await api.get(`${MODES}/${id}`)).body.sameHoursDaily).toEqual({
        mondayToFriday: { enabled: true, allDayEnabled: false, startTime: "08:30", endTime: "16:30" },
        saturdayToSunday: { enabled: false, allDayEnabled: false },
      });
    });

    test("an all-day day returns no times", async () => {
      const id = await api.createMode(day({ enabled: true, allDayEnabled: true }));
      expect((await api.get(`${MODES}/${id}`)).body.sameHoursDaily.mondayToFriday).toEqual({ enabled: true, allDayEnabled: true });
    });
  });
});

describe("4. PUT /operatingModes/{id}: update", () => {
  test("answers 204 without a body; a rename keeps the id", async () => {
    const id = await api.createMode(body.sameHours("Old name"));
    const res = await api.put(`${MODES}/${id}`, { name: "New name" });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await api.get(`${MODES}/${id}`)).body.name).toBe("New name");
  });

  test("fields left out keep their values", async () => {
    const id = await api.createMode(body.sameHours("Keep", { callForwarding: { enabled: true, destination: "1001" } }));
    const before = (await api.get(`${MODES}/${id}`)).body;
    await api.put(`${MODES}/${id}`, { name: "Kept" });
    expect((await api.get(`${MODES}/${id}`)).body).toEqual({ ...before, name: "Kept" });
  });

  test("renaming to a name already used in the same scope gets 409", async () => {
    await api.createMode(body.sameHours("Taken"));
    const id = await api.createMode(body.sameHours("Mine"));
    expectWebexError(await api.put(`${MODES}/${id}`, { name: "Taken" }), 409);
    expect((await api.put(`${MODES}/${id}`, { name: "Mine" })).status).toBe(204);
  });

  test("type, level and locationId cannot change: a PUT carrying them gets 400", async () => {
    const id = await api.createMode(body.atLocation("Fixed", SEED.denver));
    for (const field of [{ type: "NONE" }, { level: "ORGANIZATION" }, { locationId: SEED.berlin }, { type: "SAME_HOURS_DAILY" }]) {
      const res = await api.put(`${MODES}/${id}`, { name: "Changed", ...field });
      expectWebexError(res, 400);
      expect(descriptions(res)).toMatch(/cannot be changed after create/);
    }
    expect((await api.get(`${MODES}/${id}`)).body.name).toBe("Fixed");
  });

  test("a schedule of another type than the mode's is rejected", async () => {
    const id = await api.createMode(body.sameHours("Same"));
    const res = await api.put(`${MODES}/${id}`, { differentHoursDaily: { monday: { enabled: false } } });
    expectWebexError(res, 400);
  });

  test("a new schedule replaces the old one; days left out are disabled", async () => {
    const id = await api.createMode(body.sameHours("Same"));
    await api.put(`${MODES}/${id}`, { sameHoursDaily: { saturdayToSunday: { enabled: true, allDayEnabled: true } } });
    expect((await api.get(`${MODES}/${id}`)).body.sameHoursDaily).toEqual({
      mondayToFriday: { enabled: false, allDayEnabled: false },
      saturdayToSunday: { enabled: true, allDayEnabled: true },
    });
  });

  test("holidays replace the whole list and every holiday gets a new id, even unchanged ones", async () => {
    const id = await holidayModeWith([body.holiday("Christmas"), body.holiday("New Year", { startDate: "2027-01-01", endDate: "2027-01-01" })]);
    const before = (await api.get(`${MODES}/${id}`)).body.holidays;
    const unchanged = before.map(({ id: _id, ...rest }: { id: string }) => rest);
    expect((await api.put(`${MODES}/${id}`, { holidays: [unchanged[0]] })).status).toBe(204);
    const after = (await api.get(`${MODES}/${id}`)).body.holidays;
    expect(after).toHaveLength(1);
    expect(after[0]).toEqual({ ...before[0], id: after[0].id });
    expect(after[0].id).not.toBe(before[0].id);
    expectWebexError(await api.get(`${MODES}/${id}/holidays/${before[0].id}`), 404);
  });

  test("holidays in a PUT of a mode that is not HOLIDAY are rejected", async () => {
    const id = await api.createMode(body.sameHours("Same"));
    expectWebexError(await api.put(`${MODES}/${id}`, { holidays: [] }), 400);
  });

  test("callForwarding is replaced as a whole", async () => {
    const id = await api.createMode(body.sameHours("F", { callForwarding: { enabled: true, destination: "1001", destinationVoicemailEnabled: true } }));
    await api.put(`${MODES}/${id}`, { callForwarding: { enabled: true, destination: "+14155550100" } });
    expect((await api.get(`${MODES}/${id}`)).body.callForwarding).toEqual({
      enabled: true,
      destination: "+14155550100",
      destinationVoicemailEnabled: false,
    });
  });

  test("an update is validated as strictly as a create", async () => {
    const id = await api.createMode(body.sameHours("Strict"));
    const res = await api.put(`${MODES}/${id}`, {
      name: "",
      sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "25:00", endTime: "17:00" } },
      callForwarding: { enabled: true },
    });
    expectWebexError(res, 400);
    expect(res.body.errors).toHaveLength(3);
  });

  test("an unknown mode gets 404", async () => {
    const id = await api.createMode(body.sameHours("Gone"));
    await api.del(`${MODES}/${id}`);
    expectWebexError(await api.put(`${MODES}/${id}`, { name: "x" }), 404);
  });
});

describe("5. DELETE /operatingModes/{id}", () => {
  test("answers 204, then the mode is gone (GET and a second DELETE get 404)", async () => {
    const id = await api.createMode(body.sameHours("Doomed"));
    const res = await api.del(`${MODES}/${id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectWebexError(await api.get(`${MODES}/${id}`), 404);
    expectWebexError(await api.del(`${MODES}/${id}`), 404);
  });

  test("a mode used by a feature cannot be deleted (409)", async () => {
    const id = await api.createMode(body.sameHours("In use"));
    expect((await h.admin.call("PUT", `/modes/${id}/usage`, { usedBy: ["Main Auto Attendant"] })).status).toBe(204);
    const res = await api.del(`${MODES}/${id}`);
    expectWebexError(res, 409);
    expect(descriptions(res)).toMatch(/used by Main Auto Attendant/);
    await h.admin.call("PUT", `/modes/${id}/usage`, { usedBy: [] });
    expect((await api.del(`${MODES}/${id}`)).status).toBe(204);
  });
});

describe("6. GET /operatingModes/{id}/holidays/{holidayId}", () => {
  test("returns the holiday; a one-off holiday has no recurrence, an all-day one no times", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, body.holiday("Christmas 2026"));
    const res = await api.get(`${MODES}/${modeId}/holidays/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, name: "Christmas 2026", allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-25" });
  });

  test("a holiday asked for through another mode is not found", async () => {
    const a = await holidayModeWith();
    const b = await api.createMode(body.holidayMode("Other holidays"));
    const id = await api.createHoliday(a, body.holiday("Christmas"));
    expectWebexError(await api.get(`${MODES}/${b}/holidays/${id}`), 404);
  });
});

describe("7. POST /operatingModes/{id}/holidays", () => {
  test("answers 201 {id}, with and without the trailing slash", async () => {
    const modeId = await holidayModeWith();
    const a = await api.post(`${MODES}/${modeId}/holidays`, body.holiday("A"));
    const b = await api.post(`${MODES}/${modeId}/holidays/`, body.holiday("B"));
    for (const res of [a, b]) {
      expect(res.status).toBe(201);
      expect(Object.keys(res.body)).toEqual(["id"]);
    }
    expect((await api.get(`${MODES}/${modeId}`)).body.holidays.map((x: { id: string }) => x.id)).toEqual([a.body.id, b.body.id]);
  });

  test("holidays can only be added to HOLIDAY modes (400)", async () => {
    const modeId = await api.createMode(body.sameHours("Business"));
    const res = await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Christmas"));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/only be added to HOLIDAY operating modes/);
  });

  test("at most 150 holidays per mode", async () => {
    const modeId = await holidayModeWith(Array.from({ length: 149 }, (_, i) => body.holiday(`H${i}`)));
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("H149"))).status).toBe(201);
    const res = await api.post(`${MODES}/${modeId}/holidays`, body.holiday("H150"));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/maximum of 150 holidays/);
  });

  test("holiday names are unique within a mode (409), not across modes", async () => {
    const a = await holidayModeWith([body.holiday("Christmas")]);
    const b = await api.createMode(body.holidayMode("Other"));
    expectWebexError(await api.post(`${MODES}/${a}/holidays`, body.holiday("Christmas")), 409);
    expect((await api.post(`${MODES}/${b}/holidays`, body.holiday("Christmas"))).status).toBe(201);
    expectWebexError(await api.post(MODES, body.holidayMode("Twice", [body.holiday("X"), body.holiday("X")])), 409);
  });

  test("holiday names are 1 to 30 characters", async () => {
    const modeId = await holidayModeWith();
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("n".repeat(30)))).status).toBe(201);
    expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, body.holiday("m".repeat(31))), 400);
    expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, body.holiday("")), 400);
  });

  test("dates must be real calendar dates (no 2027-02-30); 29 February only in leap years", async () => {
    const modeId = await holidayModeWith();
    const post = (startDate: string) => api.post(`${MODES}/${modeId}/holidays`, body.holiday(startDate, { startDate, endDate: startDate }));
    for (const bad of ["2027-02-30", "2027-02-29", "2026-13-01", "2026-04-31", "26-12-25", "2026-12-25T00:00:00Z"]) {
      expectWebexError(await post(bad), 400);
    }
    expect((await post("2028-02-29")).status).toBe(201);
  });

  test("endDate must not be before startDate", async () => {
    const modeId = await holidayModeWith();
    const res = await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Backwards", { startDate: "2026-12-26", endDate: "2026-12-25" }));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/endDate: must not be before startDate/);
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Span", { startDate: "2026-12-24", endDate: "2026-12-26" }))).status).toBe(201);
  });

  test("times are mandatory when allDayEnabled is false", async () => {
    const modeId = await holidayModeWith();
    expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Half", { allDayEnabled: false })), 400);
    expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Half", { allDayEnabled: false, startTime: "09:00" })), 400);
    const id = await api.createHoliday(modeId, body.holiday("Half", { allDayEnabled: false, startTime: "09:00", endTime: "12:00" }));
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body).toMatchObject({ allDayEnabled: false, startTime: "09:00", endTime: "12:00" });
  });

  test("times are refused on an all-day holiday", async () => {
    const modeId = await holidayModeWith();
    const res = await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Both", { allDayEnabled: true, startTime: "09:00", endTime: "12:00" }));
    expectWebexError(res, 400);
  });

  test("allDayEnabled may be left out when both times are given (then it is false)", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, { name: "Timed", startDate: "2026-12-24", endDate: "2026-12-24", startTime: "13:00", endTime: "23:59" });
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body.allDayEnabled).toBe(false);
    expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, { name: "No flag", startDate: "2026-12-24", endDate: "2026-12-24" }), 400);
  });

  test("a one-day holiday cannot end before it starts; equal times are rejected", async () => {
    const modeId = await holidayModeWith();
    const timed = (startTime: string, endTime: string, endDate = "2026-12-24") =>
      api.post(`${MODES}/${modeId}/holidays`, body.holiday(`${startTime}-${endTime}-${endDate}`, { allDayEnabled: false, startTime, endTime, endDate, startDate: "2026-12-24" }));
    expectWebexError(await timed("18:00", "08:00"), 400);
    expectWebexError(await timed("08:00", "08:00"), 400);
    expect((await timed("18:00", "08:00", "2026-12-26")).status).toBe(201);
  });

  test("a yearly recurrence by date is stored and returned", async () => {
    const modeId = await holidayModeWith();
    const recurrence = { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } };
    const id = await api.createHoliday(modeId, body.holiday("New Year", { startDate: "2027-01-01", endDate: "2027-01-01", recurrence }));
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body.recurrence).toEqual(recurrence);
  });

  test("a yearly recurrence by weekday is stored and returned", async () => {
    const modeId = await holidayModeWith();
    const recurrence = { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } };
    const id = await api.createHoliday(modeId, body.holiday("Thanksgiving", { startDate: "2026-11-26", endDate: "2026-11-26", recurrence }));
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body.recurrence).toEqual(recurrence);
  });

  test("the two recurrence kinds are exclusive", async () => {
    const modeId = await holidayModeWith();
    const recurrence = {
      recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" },
      recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" },
    };
    const res = await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Both", { recurrence }));
    expectWebexError(res, 400);
    expect(descriptions(res)).toMatch(/exclusive/);
  });

  test("a recurrence that can never happen (30 February) or with unknown values is rejected", async () => {
    const modeId = await holidayModeWith();
    const bad = [
      { recurYearlyByDate: { dayOfMonth: 30, month: "FEBRUARY" } },
      { recurYearlyByDate: { dayOfMonth: 0, month: "MARCH" } },
      { recurYearlyByDate: { dayOfMonth: 10, month: "MARCHH" } },
      { recurYearlyByDay: { day: "FUNDAY", week: "FIRST", month: "MAY" } },
      { recurYearlyByDay: { day: "MONDAY", week: "FIFTH", month: "MAY" } },
      { recurYearlyByDay: { day: "MONDAY", month: "MAY" } },
    ];
    for (const recurrence of bad) expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Bad", { recurrence })), 400);
    expect((await api.post(`${MODES}/${modeId}/holidays`, body.holiday("Leap day", { recurrence: { recurYearlyByDate: { dayOfMonth: 29, month: "FEBRUARY" } } }))).status).toBe(201);
  });

  test("an unknown mode gets 404", async () => {
    const modeId = await holidayModeWith();
    await api.del(`${MODES}/${modeId}`);
    expectWebexError(await api.post(`${MODES}/${modeId}/holidays`, body.holiday("x")), 404);
  });
});

describe("8. PUT /operatingModes/{id}/holidays/{holidayId}", () => {
  test("is partial: fields not sent keep their values and the id stays", async () => {
    const modeId = await holidayModeWith();
    const recurrence = { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } };
    const id = await api.createHoliday(modeId, body.holiday("Christmas", { recurrence }));
    expect((await api.put(`${MODES}/${modeId}/holidays/${id}`, { name: "Christmas Day" })).status).toBe(204);
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body).toEqual({
      id,
      name: "Christmas Day",
      allDayEnabled: true,
      startDate: "2026-12-25",
      endDate: "2026-12-25",
      recurrence,
    });
  });

  test("when both times are sent, allDayEnabled is ignored (the holiday is not all-day)", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, body.holiday("Eve"));
    await api.put(`${MODES}/${modeId}/holidays/${id}`, { allDayEnabled: true, startTime: "12:00", endTime: "23:59" });
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body).toMatchObject({ allDayEnabled: false, startTime: "12:00", endTime: "23:59" });
  });

  test("allDayEnabled true alone drops the stored times", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, body.holiday("Eve", { allDayEnabled: false, startTime: "12:00", endTime: "18:00" }));
    await api.put(`${MODES}/${modeId}/holidays/${id}`, { allDayEnabled: true });
    const holiday = (await api.get(`${MODES}/${modeId}/holidays/${id}`)).body;
    expect(holiday.allDayEnabled).toBe(true);
    expect(holiday).not.toHaveProperty("startTime");
  });

  test("recurrence null makes the holiday a one-off", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, body.holiday("Christmas", { recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } } }));
    await api.put(`${MODES}/${modeId}/holidays/${id}`, { recurrence: null });
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body).not.toHaveProperty("recurrence");
  });

  test("the merged holiday is validated as a whole (an endDate before the stored startDate is rejected)", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, body.holiday("Christmas"));
    expectWebexError(await api.put(`${MODES}/${modeId}/holidays/${id}`, { endDate: "2026-12-24" }), 400);
    expectWebexError(await api.put(`${MODES}/${modeId}/holidays/${id}`, { allDayEnabled: false }), 400);
    expect((await api.get(`${MODES}/${modeId}/holidays/${id}`)).body.endDate).toBe("2026-12-25");
  });

  test("renaming to another holiday's name in the same mode gets 409", async () => {
    const modeId = await holidayModeWith([body.holiday("Christmas"), body.holiday("Boxing Day")]);
    const [, boxing] = (await api.get(`${MODES}/${modeId}`)).body.holidays;
    expectWebexError(await api.put(`${MODES}/${modeId}/holidays/${boxing.id}`, { name: "Christmas" }), 409);
  });

  test("an unknown holiday gets 404", async () => {
    const modeId = await holidayModeWith();
    const id = await api.createHoliday(modeId, body.holiday("x"));
    await api.del(`${MODES}/${modeId}/holidays/${id}`);
    expectWebexError(await api.put(`${MODES}/${modeId}/holidays/${id}`, { name: "y" }), 404);
  });
});

describe("9. DELETE /operatingModes/{id}/holidays/{holidayId}", () => {
  test("answers 204 and removes only that holiday", async () => {
    const modeId = await holidayModeWith([body.holiday("Keep"), body.holiday("Drop")]);
    const [keep, drop] = (await api.get(`${MODES}/${modeId}`)).body.holidays;
    expect((await api.del(`${MODES}/${modeId}/holidays/${drop.id}`)).status).toBe(204);
    expect((await api.get(`${MODES}/${modeId}`)).body.holidays).toEqual([keep]);
    expectWebexError(await api.del(`${MODES}/${modeId}/holidays/${drop.id}`), 404);
  });
});

describe("10. GET /locations/{id}/operatingModes/availableOperatingModes", () => {
  const path = (locationId: string) => `/telephony/config/locations/${locationId}/operatingModes/availableOperatingModes`;

  test("returns the location's modes and the organisation-level ones as {id, name}, by name", async () => {
    const org = await api.createMode(body.sameHours("Org hours"));
    const denver = await api.createMode(body.atLocation("Denver hours", SEED.denver));
    await api.createMode(body.atLocation("Berlin hours", SEED.berlin));
    const res = await api.get(path(SEED.denver));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ operatingModes: [{ id: denver, name: "Denver hours" }, { id: org, name: "Org hours" }] });
  });

  test("returns at most 200 modes and no Link (no paging)", async () => {
    for (let i = 0; i < 100; i++) {
      await api.createMode(body.sameHours(`Org ${String(i).padStart(3, "0")}`));
      await api.createMode(body.atLocation(`Loc ${String(i).padStart(3, "0")}`, SEED.denver));
    }
    const res = await api.get(path(SEED.denver), { query: { max: 5 } });
    expect(res.body.operatingModes).toHaveLength(200);
    expect(res.headers.get("link")).toBeNull();
  });

  test("an unknown location gets 404", async () => {
    expectWebexError(await api.get(path(SEED.portland)), 404);
  });
});

describe("11. GET /locations/{id}/operatingModes/callForwarding/availableNumbers", () => {
  const path = (locationId: string) => `/telephony/config/locations/${locationId}/operatingModes/callForwarding/availableNumbers`;

  test("returns the location's numbers that have an owner, in the spec's shape", async () => {
    const res = await api.get(path(SEED.newYork));
    expect(res.status).toBe(200);
    const numbers = res.body.phoneNumbers;
    expect(numbers.map((n: { phoneNumber?: string; extension?: string }) => n.phoneNumber ?? `x${n.extension}`)).toEqual([
      "+12125550100",
      "+18005550199",
      "+12125550101",
      "+12125550102",
      "x1003",
    ]);
    expect(numbers[0]).toEqual({
      phoneNumber: "+12125550100",
      extension: "1000",
      state: "ACTIVE",
      isMainNumber: true,
      tollFreeNumber: false,
      telephonyType: "PSTN_NUMBER",
      isServiceNumber: false,
      owner: { id: SEED.mainAutoAttendant, type: "AUTO_ATTENDANT", displayName: "Main Auto Attendant" },
    });
    expect(numbers[1]).toMatchObject({ tollFreeNumber: true, isServiceNumber: true, owner: { type: "CALL_QUEUE", displayName: "Sales Queue" } });
    expect(numbers[2].owner).toEqual({ id: SEED.anaSilva, type: "PEOPLE", firstName: "Ana", lastName: "Silva" });
    expect(numbers[4]).not.toHaveProperty("phoneNumber");
  });

  test("inactive numbers are included; a virtual line owner has first and last name", async () => {
    const numbers = (await api.get(path(SEED.berlin))).body.phoneNumbers;
    const inactive = numbers.find((n: { state: string }) => n.state === "INACTIVE");
    expect(inactive.owner).toMatchObject({ type: "VIRTUAL_LINE", firstName: "Front", lastName: "Desk" });
    expect(inactive.owner).not.toHaveProperty("displayName");
  });

  test("phoneNumber filters by a comma-separated list", async () => {
    const res = await api.get(path(SEED.newYork), { query: { phoneNumber: "+12125550101,+18005550199,+19999999999" } });
    expect(res.body.phoneNumbers.map((n: { phoneNumber: string }) => n.phoneNumber)).toEqual(["+18005550199", "+12125550101"]);
  });

  test("ownerName filters by a case-insensitive part of the owner's name", async () => {
    const res = await api.get(path(SEED.newYork), { query: { ownerName: "chen" } });
    expect(res.body.phoneNumbers.map((n: { extension: string }) => n.extension)).toEqual(["1002", "1003"]);
    const feature = await api.get(path(SEED.newYork), { query: { ownerName: "sales" } });
    expect(feature.body.phoneNumbers.map((n: { extension: string }) => n.extension)).toEqual(["1099"]);
  });

  test("extension filters exactly", async () => {
    const res = await api.get(path(SEED.newYork), { query: { extension: "1001" } });
    expect(res.body.phoneNumbers.map((n: { phoneNumber: string }) => n.phoneNumber)).toEqual(["+12125550101"]);
    expect((await api.get(path(SEED.newYork), { query: { extension: "100" } })).body.phoneNumbers).toEqual([]);
  });

  test("pages with start and max (default 2000, at most 2000)", async () => {
    const page = await api.get(path(SEED.newYork), { query: { start: 1, max: 2 } });
    expect(page.body.phoneNumbers.map((n: { extension: string }) => n.extension)).toEqual(["1099", "1001"]);
    expect(page.headers.get("link")).toMatch(/start=3/);
    expect((await api.get(path(SEED.newYork))).headers.get("link")).toBeNull();
    expectWebexError(await api.get(path(SEED.newYork), { query: { max: 2001 } }), 400);
  });

  test("an unknown location gets 404", async () => {
    expectWebexError(await api.get(path(SEED.austin)), 404);
  });
});

describe("Locations API", () => {
  test("GET /locations lists the organisation's locations as {items} in the service's shape", async () => {
    const res = await api.get("/locations");
    expect(res.status).toBe(200);
    expect(res.body.items.map((l: { name: string }) => l.name)).toEqual([
      "Headquarters New York",
      "Denver Support Center",
      "Berlin Office",
      "Sydney Office",
    ]);
    expect(res.body.items[2]).toEqual({
      id: SEED.berlin,
      name: "Berlin Office",
      orgId: SEED.northwind,
      timeZone: "Europe/Berlin",
      preferredLanguage: "de_de",
      address: { address1: "Friedrichstrasse 68", city: "Berlin", state: "Berlin", postalCode: "10117", country: "DE" },
    });
  });

  test("name filters locations by a case-insensitive part of the name", async () => {
    const res = await api.get("/locations", { query: { name: "OFFICE" } });
    expect(res.body.items.map((l: { name: string }) => l.name)).toEqual(["Berlin Office", "Sydney Office"]);
  });

  test("GET /locations/{id} returns one location; an unknown one gets 404", async () => {
    expect((await api.get(`/locations/${SEED.sydney}`)).body.timeZone).toBe("Australia/Sydney");
    expectWebexError(await api.get(`/locations/${SEED.austin}`), 404);
  });

  test("max and start page the locations, with a Link to the next page", async () => {
    const res = await api.get("/locations", { query: { max: 3 } });
    expect(res.body.items).toHaveLength(3);
    const next = /<([^>]+)>; rel="next"/.exec(res.headers.get("link") ?? "")![1];
    expect((await api.get(next)).body.items.map((l: { name: string }) => l.name)).toEqual(["Sydney Office"]);
  });
});
