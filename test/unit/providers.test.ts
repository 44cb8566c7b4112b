// The two dynamic providers over a WebexClient with a scripted transport: which calls each CRUD
// method makes, with which bodies, and what it returns or throws.
import { OperatingModeProvider, normalizeModeInputs } from "../../provider/operating-mode";
import { OperatingModeHolidayProvider, normalizeHolidayInputs } from "../../provider/operating-mode-holiday";
import type { ApiOperatingMode, HolidayInputs, OperatingModeInputs } from "../../provider/types";
import {
  HOLIDAY_ID,
  Json,
  LOCATION_ID,
  MODE_ID,
  ORG_ID,
  OTHER_LOCATION_ID,
  REMOVE,
  UNKNOWN,
  afterHoursMode,
  differentHoursMode,
  holidayMode,
  holidayResource,
  open,
  sameHoursMode,
  webexId,
  withValue,
  withValues,
} from "./helpers/fixtures";
import { Harness, Sent, Step, created, dropped, fail, harness, lines, noContent, ok, rejectionOf } from "./helpers/scripted-http";

const PROVIDER = "serialized-provider-code";
const DISABLED = { enabled: false, allDayEnabled: false };
const org = `orgId=${encodeURIComponent(ORG_ID)}`;

/** Inputs as the engine hands them to create/update: checked (canonical) plus __provider. */
const checkedMode = (m: Json) => ({ ...normalizeModeInputs(m as OperatingModeInputs), __provider: PROVIDER });
const checkedHoliday = (h: Json) => ({ ...normalizeHolidayInputs(h as HolidayInputs), __provider: PROVIDER });

/** The service's GET answer for a mode, built from a create-like body. */
function apiMode(id: string, body: Json): ApiOperatingMode {
  const { locationId, orgId: _o, adopt: _a, __provider: _p, ...rest } = body;
  return {
    id,
    ...rest,
    callForwarding: rest.callForwarding ?? { enabled: false },
    ...(body.level === "LOCATION" ? { location: { id: locationId, name: "Berlin office" } } : {}),
  } as ApiOperatingMode;
}

/** In a script: a GET answered with what the POSTs and PUTs so far established. */
const ECHO = "echo" as const;

function modeProvider(steps: (Step | typeof ECHO)[], options = {}) {
  const h: Harness = harness(
    steps.map((step) => (step === ECHO ? () => ok(apiMode(MODE_ID, writtenSoFar(h.sent))) : step)),
    options,
  );
  return { h, provider: new OperatingModeProvider(() => h.client) };
}

function writtenSoFar(sent: Sent[]): Json {
  return sent.filter((s) => s.method === "POST" || s.method === "PUT").reduce<Json>((acc, s) => ({ ...acc, ...(s.body as Json) }), {});
}

describe("OperatingModeProvider.check", () => {
  test("valid inputs come back canonical, without __provider, with no failures and no API call", async () => {
    const { h, provider } = modeProvider([]);
    const result = await provider.check({}, { ...sameHoursMode(), __provider: PROVIDER });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toEqual({
      name: "Business hours",
      type: "SAME_HOURS_DAILY",
      level: "ORGANIZATION",
      sameHoursDaily: { mondayToFriday: open("08:30", "17:30"), saturdayToSunday: DISABLED },
      callForwarding: { enabled: false },
    });
    expect(h.sent).toEqual([]);
  });

  test("inline holidays come back sorted, with endDate and allDayEnabled", async () => {
    const { provider } = modeProvider([]);
    const result = await provider.check({}, holidayMode());
    expect(result.inputs.holidays.map((x: Json) => [x.name, x.endDate, x.allDayEnabled])).toEqual([
      ["Christmas Eve half day", "2026-12-24", false],
      ["Memorial Day", "2026-05-25", true],
      ["New Year", "2026-01-01", true],
      ["Thanksgiving", "2026-11-27", true],
    ]);
  });

  test("values unknown during preview pass and are kept as they are", async () => {
    const { h, provider } = modeProvider([]);
    const news = withValues(differentHoursMode(), [["locationId", UNKNOWN], ["differentHoursDaily", UNKNOWN], ["callForwarding", { enabled: true, destination: UNKNOWN }]]);
    const result = await provider.check({}, news);
    expect(result.failures).toEqual([]);
    expect(result.inputs).toMatchObject({ locationId: UNKNOWN, differentHoursDaily: UNKNOWN, callForwarding: { enabled: true, destination: UNKNOWN } });
    expect(h.sent).toEqual([]);
  });

  test("invalid inputs: every failure, the inputs unchanged, no API call", async () => {
    const { h, provider } = modeProvider([]);
    const news = withValues(afterHoursMode(), [["locationId", REMOVE], ["callForwarding", { enabled: true }]]);
    const result = await provider.check({}, { ...news, __provider: PROVIDER });
    expect(result.failures!.map((f) => f.property).sort()).toEqual(["callForwarding.destination", "locationId"]);
    expect(result.inputs).toEqual({ ...news, __provider: PROVIDER });
    expect(h.sent).toEqual([]);
  });
});

describe("OperatingModeProvider.create", () => {
  test("posts the canonical body and returns the live outputs", async () => {
    const inputs = checkedMode({ ...differentHoursMode(), orgId: ORG_ID });
    const { h, provider } = modeProvider([created(MODE_ID), ECHO]);
    const result = await provider.create(inputs);

    expect(lines(h.sent)).toEqual([`POST ${h.modes()}?${org}`, `GET ${h.modes(`/${MODE_ID}`)}?${org}`]);
    expect(h.sent[0].body).toEqual({
      name: "Support desk",
      type: "DIFFERENT_HOURS_DAILY",
      level: "LOCATION",
      locationId: LOCATION_ID,
      differentHoursDaily: {
        sunday: DISABLED,
        monday: open("08:00", "18:00"),
        tuesday: open("08:00", "18:00"),
        wednesday: open("08:00", "20:00"),
        thursday: open("08:00", "18:00"),
        friday: open("08:00", "16:00"),
        saturday: open("10:00", "14:00"),
      },
      callForwarding: { enabled: false },
    });
    expect(result.id).toBe(MODE_ID);
    expect(result.outs).toMatchObject({ name: "Support desk", locationId: LOCATION_ID, locationName: "Berlin office", orgId: ORG_ID, differentHoursDaily: (h.sent[0].body as Json).differentHoursDaily });
  });

  test("a mode that declares its holidays sends them in the create", async () => {
    const { h, provider } = modeProvider([created(MODE_ID), ECHO]);
    const result = await provider.create(checkedMode(holidayMode()));
    const body = h.sent[0].body as Json;
    expect(body.holidays).toHaveLength(4);
    expect(body.holidays[0]).toEqual({ name: "Christmas Eve half day", allDayEnabled: false, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "13:00", endTime: "23:59" });
    expect(result.outs.holidays).toHaveLength(4);
  });

  test("after an ambiguous POST it looks the mode up by name and adopts it without a second POST", async () => {
    const inputs = checkedMode(sameHoursMode());
    const live = apiMode(MODE_ID, inputs);
    const { h, provider } = modeProvider([
      fail(504, "Gateway timeout"),
      ok({ operatingModes: [{ id: "OTHER", name: "Business hours (old)", type: "NONE", level: "ORGANIZATION" }, { id: MODE_ID, name: "business hours", type: "SAME_HOURS_DAILY", level: "ORGANIZATION" }] }),
      ok(live),
      ok(live),
    ]);
    const result = await provider.create(inputs);
    expect(result.id).toBe(MODE_ID);
    expect(lines(h.sent)).toEqual([
      `POST ${h.modes()}`,
      `GET ${h.modes()}?limitToOrgLevelEnabled=true&max=100`,
      `GET ${h.modes(`/${MODE_ID}`)}`,
      `GET ${h.modes(`/${MODE_ID}`)}`,
    ]);
    expect(h.sent.filter((s) => s.method === "POST")).toHaveLength(1);
  });

  test("a location mode is looked up at its location", async () => {
    const inputs = checkedMode(afterHoursMode());
    const live = apiMode(MODE_ID, inputs);
    const { h, provider } = modeProvider([
      dropped("ECONNRESET"),
      ok({ operatingModes: [{ id: "ELSEWHERE", name: "Branch after hours", type: "NONE", level: "LOCATION", location: { id: OTHER_LOCATION_ID, name: "Paris" } }, { id: MODE_ID, name: "Branch after hours", type: "NONE", level: "LOCATION", location: { id: LOCATION_ID, name: "Berlin office" } }] }),
      ok(live),
      ok(live),
    ]);
    await expect(provider.create(inputs)).resolves.toMatchObject({ id: MODE_ID });
    expect(h.sent[1].url).toBe(`${h.modes()}?limitToLocationId=${LOCATION_ID}&max=100`);
    expect(h.sent[2].url).toBe(h.modes(`/${MODE_ID}`));
  });

  test("after an ambiguous POST that did not happen, it posts again", async () => {
    const inputs = checkedMode(sameHoursMode());
    const { h, provider } = modeProvider([
      fail(502, "Bad gateway"),
      ok({}), // the service's empty list without its key
      created(MODE_ID),
      ECHO,
    ]);
    const result = await provider.create(inputs);
    expect(result.id).toBe(MODE_ID);
    expect(lines(h.sent)).toEqual([
      `POST ${h.modes()}`,
      `GET ${h.modes()}?limitToOrgLevelEnabled=true&max=100`,
      `POST ${h.modes()}`,
      `GET ${h.modes(`/${MODE_ID}`)}`,
    ]);
    expect(h.sent[2].body).toEqual(h.sent[0].body);
  });

  test("a same-named mode at the other level is not taken for ours", async () => {
    const inputs = checkedMode(sameHoursMode());
    const { h, provider } = modeProvider([
      fail(504),
      ok({ operatingModes: [{ id: "LOC", name: "Business hours", type: "SAME_HOURS_DAILY", level: "LOCATION", location: { id: LOCATION_ID, name: "x" } }] }),
      created(MODE_ID),
      ok(apiMode(MODE_ID, inputs)),
    ]);
    await expect(provider.create(inputs)).resolves.toMatchObject({ id: MODE_ID });
    expect(h.sent.map((s) => s.method)).toEqual(["POST", "GET", "POST", "GET"]);
  });

  test("when the lookup after an ambiguous POST fails too, the error says what to check", async () => {
    const { h, provider } = modeProvider([fail(504, "Gateway timeout"), fail(500, "Internal error")]);
    const e = await rejectionOf(provider.create(checkedMode(sameHoursMode())));
    expect(e.message).toMatch(/HTTP 504/);
    expect(e.message).toMatch(/The create may have happened/);
    expect(e.message).toMatch(/HTTP 500/);
    expect(e.message).toMatch(/a mode named "Business hours"/);
    expect(e.message).toMatch(/adopt: \{ byName: true \}/);
    expect(e.id).toBeUndefined();
    expect(h.sent).toHaveLength(2);
  });

  test("a non-ambiguous POST failure is not followed by a lookup", async () => {
    const { h, provider } = modeProvider([fail(409, "Name already exists")]);
    const e = await rejectionOf(provider.create(checkedMode(sameHoursMode())));
    expect(e.message).toMatch(/HTTP 409: Name already exists/);
    expect(e.id).toBeUndefined();
    expect(h.sent).toHaveLength(1);
  });

  test("created but failed afterwards: the error carries the id and the properties", async () => {
    const inputs = checkedMode({ ...sameHoursMode(), orgId: ORG_ID });
    const { h, provider } = modeProvider([created(MODE_ID), fail(500, "Internal error")]);
    const e = await rejectionOf(provider.create(inputs));
    expect(e.id).toBe(MODE_ID);
    expect(e.properties).toEqual(inputs);
    expect(e.properties.__provider).toBe(PROVIDER);
    expect(e.message).toMatch(new RegExp(`^created ${MODE_ID} but could not finish: Webex API GET .* HTTP 500`));
    expect(e.reasons).toEqual([expect.stringMatching(/HTTP 500/)]);
    expect(h.sent.map((s) => s.method)).toEqual(["POST", "GET"]);
  });
});

describe("OperatingModeProvider.create with adopt", () => {
  const ADOPTED = webexId("OPERATING_MODE", "0b6f3a10-2222-4c7b-8e1d-0000000000ad");

  test("by id: converges with a PUT of only the fields that differ, and no POST", async () => {
    const declared = withValue(sameHoursMode(), "adopt", { id: ADOPTED });
    const live = apiMode(ADOPTED, { ...checkedMode(sameHoursMode()), name: "Hours", sameHoursDaily: { mondayToFriday: open("09:00", "17:00"), saturdayToSunday: { enabled: false, startTime: "10:00", endTime: "11:00" } } });
    const { h, provider } = modeProvider([ok(live), noContent(), ok({ ...live, name: "Business hours", sameHoursDaily: normalizeModeInputs(declared as OperatingModeInputs).sameHoursDaily })]);
    const result = await provider.create(checkedMode(declared));
    expect(result.id).toBe(ADOPTED);
    expect(lines(h.sent)).toEqual([`GET ${h.modes(`/${ADOPTED}`)}`, `PUT ${h.modes(`/${ADOPTED}`)}`, `GET ${h.modes(`/${ADOPTED}`)}`]);
    expect(h.sent[1].body).toEqual({ name: "Business hours", sameHoursDaily: { mondayToFriday: open("08:30", "17:30"), saturdayToSunday: DISABLED } });
    expect(result.outs).toMatchObject({ name: "Business hours", adopt: { id: ADOPTED } });
  });

  test("by id, already as declared: no PUT", async () => {
    const declared = withValue(afterHoursMode(), "adopt", { id: ADOPTED });
    const live = apiMode(ADOPTED, checkedMode(afterHoursMode()));
    const { h, provider } = modeProvider([ok(live), ok(live)]);
    await provider.create(checkedMode(declared));
    expect(h.sent.map((s) => s.method)).toEqual(["GET", "GET"]);
  });

  test("by id that does not exist: a clear error, nothing created", async () => {
    const { h, provider } = modeProvider([fail(404, "Not found")]);
    const e = await rejectionOf(provider.create(checkedMode(withValue(sameHoursMode(), "adopt", { id: ADOPTED }))));
    expect(e.message).toMatch(new RegExp(`adopt\\.id: no operating mode ${ADOPTED} exists`));
    expect(e.id).toBeUndefined();
    expect(h.sent).toHaveLength(1);
  });

  test.each([
    ["type", { type: "DIFFERENT_HOURS_DAILY", differentHoursDaily: { monday: open() } }, /type is DIFFERENT_HOURS_DAILY there but NONE in the program/],
    ["level", { level: "ORGANIZATION", locationId: undefined }, /level is ORGANIZATION there but LOCATION in the program/],
    ["location", { locationId: OTHER_LOCATION_ID }, new RegExp(`locationId is ${OTHER_LOCATION_ID} there but ${LOCATION_ID} in the program`)],
  ])("by id with another %s: refused with a clear message, nothing changed, not kept in state", async (_label, liveChanges, reason) => {
    const declared = withValue(afterHoursMode(), "adopt", { id: ADOPTED });
    const live = apiMode(ADOPTED, { ...checkedMode(afterHoursMode()), ...liveChanges });
    const { h, provider } = modeProvider([ok(live), noContent(), ok(live)]);
    const e = await rejectionOf(provider.create(checkedMode(declared)));
    expect(e.message).toMatch(/cannot adopt operating mode "Branch after hours"/);
    expect(e.message).toMatch(reason);
    expect(e.message).toMatch(/cannot change after create: make the program match, or stop adopting it/);
    expect(e.message).not.toMatch(/^created/);
    // Not "created but failed": the engine must not take over (and later delete) a mode it may not own.
    expect(e.id).toBeUndefined();
    expect(h.sent.map((s) => s.method)).toEqual(["GET"]);
  });

  test("by name: finds the mode, converges it, no POST", async () => {
    const declared = withValue(sameHoursMode(), "adopt", { byName: true });
    const live = apiMode(ADOPTED, { ...checkedMode(sameHoursMode()), callForwarding: { enabled: true, destination: "2001" } });
    const { h, provider } = modeProvider([ok({ operatingModes: [{ id: ADOPTED, name: "Business hours", type: "SAME_HOURS_DAILY", level: "ORGANIZATION" }] }), ok(live), noContent(), ok(apiMode(ADOPTED, checkedMode(sameHoursMode())))]);
    const result = await provider.create(checkedMode(declared));
    expect(result.id).toBe(ADOPTED);
    expect(h.sent.map((s) => s.method)).toEqual(["GET", "GET", "PUT", "GET"]);
    expect(h.sent[2].body).toEqual({ callForwarding: { enabled: false } });
  });

  test("by name with nothing to adopt: creates it", async () => {
    const declared = withValue(sameHoursMode(), "adopt", { byName: true });
    const { h, provider } = modeProvider([ok({ operatingModes: [] }), created(MODE_ID), ok(apiMode(MODE_ID, checkedMode(sameHoursMode())))]);
    await expect(provider.create(checkedMode(declared))).resolves.toMatchObject({ id: MODE_ID });
    expect(h.sent.map((s) => s.method)).toEqual(["GET", "POST", "GET"]);
    expect(h.sent[1].body).not.toHaveProperty("adopt");
  });
});

describe("OperatingModeProvider.read", () => {
  test("404: an empty result, so that refresh drops the resource", async () => {
    const { h, provider } = modeProvider([fail(404, "Not found")]);
    await expect(provider.read(MODE_ID, { ...checkedMode({ ...sameHoursMode(), orgId: ORG_ID }) })).resolves.toEqual({});
    expect(lines(h.sent)).toEqual([`GET ${h.modes(`/${MODE_ID}`)}?${org}`]);
  });

  test("other errors fail the refresh", async () => {
    const { provider } = modeProvider([fail(500, "Internal error")]);
    await expect(provider.read(MODE_ID, checkedMode(sameHoursMode()))).rejects.toThrow(/HTTP 500/);
  });

  test("live props and inputs that reproduce them", async () => {
    const stored = { ...checkedMode(sameHoursMode()), orgId: ORG_ID };
    const drifted = apiMode(MODE_ID, { ...stored, name: "Renamed in Control Hub", sameHoursDaily: { mondayToFriday: open("07:00", "15:00") } });
    const { provider } = modeProvider([ok(drifted)]);
    const result = await provider.read(MODE_ID, stored);
    expect(result.id).toBe(MODE_ID);
    expect(result.props).toEqual({
      name: "Renamed in Control Hub",
      type: "SAME_HOURS_DAILY",
      level: "ORGANIZATION",
      sameHoursDaily: { mondayToFriday: open("07:00", "15:00"), saturdayToSunday: DISABLED },
      callForwarding: { enabled: false },
      orgId: ORG_ID,
    });
    expect(result.inputs).toEqual(result.props);
  });

  test("inline holidays: props carry their ids, inputs do not", async () => {
    const stored = checkedMode(holidayMode());
    const live = apiMode(MODE_ID, { ...stored, holidays: stored.holidays!.map((x, i) => ({ id: `H${i}`, ...x })) });
    const { provider } = modeProvider([ok(live)]);
    const result = await provider.read(MODE_ID, stored);
    expect(result.props!.holidays.map((x: Json) => x.id)).toEqual(["H0", "H1", "H2", "H3"]);
    expect(result.inputs!.holidays.every((x: Json) => !("id" in x))).toBe(true);
  });
});

describe("OperatingModeProvider.delete", () => {
  test("deletes in the declared organisation", async () => {
    const { h, provider } = modeProvider([noContent()]);
    await provider.delete(MODE_ID, { ...checkedMode(sameHoursMode()), orgId: ORG_ID });
    expect(lines(h.sent)).toEqual([`DELETE ${h.modes(`/${MODE_ID}`)}?${org}`]);
  });

  test("404 counts as done", async () => {
    const { provider } = modeProvider([fail(404, "Not found")]);
    await expect(provider.delete(MODE_ID, checkedMode(sameHoursMode()))).resolves.toBeUndefined();
  });

  test("other errors are reported", async () => {
    const { provider } = modeProvider([fail(409, "The mode is used by an auto attendant")]);
    await expect(provider.delete(MODE_ID, checkedMode(sameHoursMode()))).rejects.toThrow(/HTTP 409: The mode is used by an auto attendant/);
  });
});

describe("OperatingModeProvider.update", () => {
  const outsOf = (m: Json) => {
    const { __provider: _p, ...rest } = checkedMode(m);
    return { ...rest, ...(m.level === "LOCATION" ? { locationName: "Berlin office" } : {}) };
  };

  test.each([
    ["a rename", sameHoursMode, [["name", "Opening hours"]], { name: "Opening hours" }],
    ["one day's hours", differentHoursMode, [["differentHoursDaily.friday.endTime", "17:00"]], "differentHoursDaily"],
    ["forwarding", afterHoursMode, [["callForwarding.destination", "+14085559999"]], { callForwarding: { enabled: true, destination: "+14085559999", destinationVoicemailEnabled: false } }],
    ["a holiday", holidayMode, [["holidays[3].endTime", "18:00"]], "holidays"],
  ] as [string, () => Json, [string, unknown][], Json | string][])("%s: a PUT of only the changed field", async (_label, make, changes, expectedBody) => {
    const news = checkedMode(withValues(make(), changes));
    const { h, provider } = modeProvider([noContent(), ok(apiMode(MODE_ID, news))]);
    const result = await provider.update(MODE_ID, outsOf(make()), news);
    expect(lines(h.sent)).toEqual([`PUT ${h.modes(`/${MODE_ID}`)}`, `GET ${h.modes(`/${MODE_ID}`)}`]);
    const body = h.sent[0].body as Json;
    if (typeof expectedBody === "string") {
      expect(Object.keys(body)).toEqual([expectedBody]);
      expect(body[expectedBody]).toEqual((news as Json)[expectedBody]);
    } else expect(body).toEqual(expectedBody);
    expect(result.outs).toMatchObject({ name: news.name });
  });

  test("a changed holiday sends the whole list, each holiday canonical", async () => {
    const news = checkedMode(withValue(holidayMode(), "holidays[4]", { name: "Boxing Day", startDate: "2026-12-26" }));
    const { h, provider } = modeProvider([noContent(), ok(apiMode(MODE_ID, news))]);
    await provider.update(MODE_ID, outsOf(holidayMode()), news);
    const sent = (h.sent[0].body as Json).holidays;
    expect(sent).toHaveLength(5);
    expect(sent).toContainEqual({ name: "Boxing Day", allDayEnabled: true, startDate: "2026-12-26", endDate: "2026-12-26" });
  });

  test("holidays not declared are never sent, even when the old state had some", async () => {
    const withoutHolidays = withValue(holidayMode(), "holidays", REMOVE);
    const news = checkedMode({ ...withoutHolidays, name: "Holidays (managed separately)" });
    const { h, provider } = modeProvider([noContent(), ok(apiMode(MODE_ID, news))]);
    await provider.update(MODE_ID, outsOf(holidayMode()), news);
    expect(h.sent[0].body).toEqual({ name: "Holidays (managed separately)" });
  });

  test("nothing the API can change differs: no PUT, only the read of the outputs", async () => {
    const news = checkedMode(withValue(sameHoursMode(), "sameHoursDaily.saturdayToSunday", { enabled: false, startTime: "01:00", endTime: "02:00" }));
    const { h, provider } = modeProvider([ok(apiMode(MODE_ID, news))]);
    await provider.update(MODE_ID, outsOf(sameHoursMode()), news);
    expect(h.sent.map((s) => s.method)).toEqual(["GET"]);
  });

  test("never sends type, level or locationId", async () => {
    const news = checkedMode(withValues(differentHoursMode(), [["name", "Support"], ["differentHoursDaily.sunday", open("10:00", "12:00")]]));
    const { h, provider } = modeProvider([noContent(), ok(apiMode(MODE_ID, news))]);
    await provider.update(MODE_ID, outsOf(differentHoursMode()), news);
    expect(Object.keys(h.sent[0].body as Json).sort()).toEqual(["differentHoursDaily", "name"]);
  });
});

// ---- holidays ----

function holidayProvider(steps: Step[], options = {}) {
  const h = harness(steps, options);
  return { h, provider: new OperatingModeHolidayProvider(() => h.client) };
}
const holidayUrl = (h: Harness, id = HOLIDAY_ID) => h.modes(`/${MODE_ID}/holidays/${id}`);
const liveHoliday = (id: string, fields: Json) => {
  const { operatingModeId: _m, orgId: _o, adopt: _a, __provider: _p, ...rest } = fields;
  return { id, ...rest };
};

describe("OperatingModeHolidayProvider", () => {
  test("check: canonical inputs, or every failure", async () => {
    const { h, provider } = holidayProvider([]);
    await expect(provider.check({}, { ...holidayResource(), __provider: PROVIDER })).resolves.toEqual({
      inputs: {
        operatingModeId: MODE_ID,
        name: "Independence Day",
        allDayEnabled: true,
        startDate: "2026-07-04",
        endDate: "2026-07-04",
        recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } },
      },
      failures: [],
    });
    const bad = withValues(holidayResource(), [["startDate", "2026-07-05"], ["endDate", "2026-07-01"], ["startTime", "09:00"]]);
    const result = await provider.check({}, bad);
    expect(result.failures!.map((f) => f.property).sort()).toEqual(["allDayEnabled", "endDate", "recurrence.recurYearlyByDate"]);
    expect(result.inputs).toEqual(bad);
    expect(h.sent).toEqual([]);
  });

  test("check: a holiday of a mode still being created (unknown operatingModeId) passes", async () => {
    const { provider } = holidayProvider([]);
    const result = await provider.check({}, withValues(holidayResource(), [["operatingModeId", UNKNOWN], ["endDate", UNKNOWN]]));
    expect(result).toEqual({ inputs: expect.objectContaining({ operatingModeId: UNKNOWN, endDate: UNKNOWN }), failures: [] });
  });

  test("create posts the canonical holiday under its mode and reads it back", async () => {
    const inputs = checkedHoliday({ ...holidayResource(), orgId: ORG_ID });
    const { h, provider } = holidayProvider([created(HOLIDAY_ID), ok(liveHoliday(HOLIDAY_ID, inputs))]);
    const result = await provider.create(inputs);
    expect(lines(h.sent)).toEqual([`POST ${h.modes(`/${MODE_ID}/holidays`)}?${org}`, `GET ${holidayUrl(h)}?${org}`]);
    expect(h.sent[0].body).toEqual({ name: "Independence Day", allDayEnabled: true, startDate: "2026-07-04", endDate: "2026-07-04", recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } } });
    expect(result).toEqual({ id: HOLIDAY_ID, outs: { operatingModeId: MODE_ID, orgId: ORG_ID, ...(h.sent[0].body as Json) } });
  });

  test("outputs follow the allDayEnabled rule: a holiday with times is not all-day", async () => {
    const inputs = checkedHoliday(withValues(holidayResource(), [["allDayEnabled", false], ["startTime", "09:00"], ["endTime", "12:00"]]));
    const { provider } = holidayProvider([created(HOLIDAY_ID), ok({ ...liveHoliday(HOLIDAY_ID, inputs), allDayEnabled: true })]);
    const { outs } = await provider.create(inputs);
    expect(outs).toMatchObject({ allDayEnabled: false, startTime: "09:00", endTime: "12:00" });
    expect((await provider.diff(HOLIDAY_ID, outs, inputs)).changes).toBe(false);
  });

  test("after an ambiguous POST it finds the holiday in its mode by name and start date: no second POST", async () => {
    const inputs = checkedHoliday(holidayResource());
    const { h, provider } = holidayProvider([
      dropped("ECONNRESET"),
      ok({ id: MODE_ID, name: "Public holidays", type: "HOLIDAY", level: "ORGANIZATION", holidays: [liveHoliday("LAST-YEAR", { ...inputs, startDate: "2025-07-04", endDate: "2025-07-04" }), liveHoliday(HOLIDAY_ID, { ...inputs, name: "INDEPENDENCE DAY" })] }),
      ok(liveHoliday(HOLIDAY_ID, inputs)),
    ]);
    const result = await provider.create(inputs);
    expect(result.id).toBe(HOLIDAY_ID);
    expect(lines(h.sent)).toEqual([`POST ${h.modes(`/${MODE_ID}/holidays`)}`, `GET ${h.modes(`/${MODE_ID}`)}`, `GET ${holidayUrl(h)}`]);
  });

  test("after an ambiguous POST that did not happen (no holidays key), it posts again", async () => {
    const inputs = checkedHoliday(holidayResource());
    const { h, provider } = holidayProvider([fail(504), ok({ id: MODE_ID, name: "Public holidays", type: "HOLIDAY", level: "ORGANIZATION" }), created(HOLIDAY_ID), ok(liveHoliday(HOLIDAY_ID, inputs))]);
    await expect(provider.create(inputs)).resolves.toMatchObject({ id: HOLIDAY_ID });
    expect(h.sent.map((s) => s.method)).toEqual(["POST", "GET", "POST", "GET"]);
    expect(h.sent[2].body).toEqual(h.sent[0].body);
  });

  test("created but failed afterwards carries the id and properties", async () => {
    const inputs = checkedHoliday(holidayResource());
    const { provider } = holidayProvider([created(HOLIDAY_ID), fail(503), fail(500, "boom")], { retry: { maxAttempts: 2 } });
    const e = await rejectionOf(provider.create(inputs));
    expect(e).toMatchObject({ id: HOLIDAY_ID, properties: inputs });
    expect(e.message).toMatch(new RegExp(`^created ${HOLIDAY_ID} but could not finish: .*HTTP 500: boom`));
  });

  test("adopt by id: a PUT of the whole declared holiday when it differs", async () => {
    const inputs = checkedHoliday(withValue(holidayResource(), "adopt", { id: HOLIDAY_ID }));
    const { h, provider } = holidayProvider([ok(liveHoliday(HOLIDAY_ID, { ...inputs, name: "July 4th" })), noContent(), ok(liveHoliday(HOLIDAY_ID, inputs))]);
    await expect(provider.create(inputs)).resolves.toMatchObject({ id: HOLIDAY_ID });
    expect(lines(h.sent)).toEqual([`GET ${holidayUrl(h)}`, `PUT ${holidayUrl(h)}`, `GET ${holidayUrl(h)}`]);
    expect(h.sent[1].body).toEqual({ name: "Independence Day", allDayEnabled: true, startDate: "2026-07-04", endDate: "2026-07-04", recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } } });
  });

  test("adopt by id, already as declared: no PUT", async () => {
    const inputs = checkedHoliday(withValue(holidayResource(), "adopt", { id: HOLIDAY_ID }));
    const { h, provider } = holidayProvider([ok(liveHoliday(HOLIDAY_ID, inputs)), ok(liveHoliday(HOLIDAY_ID, inputs))]);
    await provider.create(inputs);
    expect(h.sent.map((s) => s.method)).toEqual(["GET", "GET"]);
  });

  test("adopt by id that does not exist: a clear error", async () => {
    const { provider } = holidayProvider([fail(404)]);
    await expect(provider.create(checkedHoliday(withValue(holidayResource(), "adopt", { id: "NOPE" })))).rejects.toThrow(`adopt.id: no holiday NOPE exists in operating mode ${MODE_ID}`);
  });

  test("read: {} on 404, else live props as inputs too", async () => {
    const stored = checkedHoliday({ ...holidayResource(), orgId: ORG_ID });
    const { h, provider } = holidayProvider([fail(404), ok(liveHoliday(HOLIDAY_ID, { ...stored, name: "Fourth of July" }))]);
    await expect(provider.read(HOLIDAY_ID, stored)).resolves.toEqual({});
    const result = await provider.read(HOLIDAY_ID, stored);
    expect(result.props).toMatchObject({ operatingModeId: MODE_ID, orgId: ORG_ID, name: "Fourth of July" });
    expect(result.inputs).toEqual(result.props);
    expect(lines(h.sent)).toEqual([`GET ${holidayUrl(h)}?${org}`, `GET ${holidayUrl(h)}?${org}`]);
  });

  test("update sends the whole holiday (a PUT is partial) and reads it back", async () => {
    const olds = checkedHoliday(holidayResource());
    const news = checkedHoliday(withValue(holidayResource(), "name", "Fourth of July"));
    const { h, provider } = holidayProvider([noContent(), ok(liveHoliday(HOLIDAY_ID, news))]);
    const { outs } = await provider.update(HOLIDAY_ID, olds, news);
    expect(lines(h.sent)).toEqual([`PUT ${holidayUrl(h)}`, `GET ${holidayUrl(h)}`]);
    expect(h.sent[0].body).toEqual({ name: "Fourth of July", allDayEnabled: true, startDate: "2026-07-04", endDate: "2026-07-04", recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } } });
    expect(outs.name).toBe("Fourth of July");
  });

  test("delete: 404 (the holiday or its whole mode is gone) counts as done; other errors do not", async () => {
    const { h, provider } = holidayProvider([fail(404), fail(403, "Forbidden")]);
    await expect(provider.delete(HOLIDAY_ID, checkedHoliday(holidayResource()))).resolves.toBeUndefined();
    await expect(provider.delete(HOLIDAY_ID, checkedHoliday(holidayResource()))).rejects.toThrow(/HTTP 403/);
    expect(lines(h.sent)).toEqual([`DELETE ${holidayUrl(h)}`, `DELETE ${holidayUrl(h)}`]);
  });

  test("diff: a new operatingModeId replaces; a rename updates in place", async () => {
    const { provider } = holidayProvider([]);
    const olds = checkedHoliday(holidayResource());
    await expect(provider.diff(HOLIDAY_ID, olds, { ...olds, operatingModeId: "OTHER" })).resolves.toEqual({ changes: true, replaces: ["operatingModeId"], deleteBeforeReplace: true });
    await expect(provider.diff(HOLIDAY_ID, olds, { ...olds, name: "July 4th" })).resolves.toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
  });
});

describe("OperatingModeProvider.diff", () => {
  test("answers changes explicitly, true or false", async () => {
    const { provider } = modeProvider([]);
    const outs = { ...checkedMode(sameHoursMode()) };
    await expect(provider.diff(MODE_ID, outs, checkedMode(sameHoursMode()))).resolves.toEqual({ changes: false, replaces: [], deleteBeforeReplace: false });
    await expect(provider.diff(MODE_ID, outs, checkedMode({ ...sameHoursMode(), type: "NONE", sameHoursDaily: undefined }))).resolves.toMatchObject({ changes: true, replaces: ["type"] });
  });
});
