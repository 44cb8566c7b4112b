// WebexClient against the real emulator on loopback: every endpoint, paging to the end, partner
// organisations, authentication, the `{}` quirk, and retries through injected faults, checked in
// the emulator's request log.
import type { EmulatorSeed } from "../../emulator";
import { isNotFound, isWebexApiError, WebexApiError } from "../../provider/client/errors";
import { decodeId } from "../../provider/client/ids";
import type { WebexClient } from "../../provider/client/webex-client";
import type { ApiModeCreate } from "../../provider/types";
import { Emu, MODES_PATH, SEED, TOKENS, lines, rejection, startEmu } from "./helpers";

const open = (startTime: string, endTime: string) => ({ enabled: true, allDayEnabled: false, startTime, endTime });
const CLOSED = { enabled: false, allDayEnabled: false };

const sameHours = (name: string, extra: Partial<ApiModeCreate> = {}): ApiModeCreate => ({
  name,
  type: "SAME_HOURS_DAILY",
  level: "ORGANIZATION",
  sameHoursDaily: { mondayToFriday: open("09:00", "17:00"), saturdayToSunday: { enabled: false } },
  ...extra,
});

const CHRISTMAS = { name: "Christmas", allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-25", recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" as const } } };
const HALF_DAY = { name: "Christmas Eve", allDayEnabled: false, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "09:00", endTime: "13:00" };

let emu: Emu;
let api: WebexClient;

beforeAll(async () => {
  emu = await startEmu();
  api = emu.client();
});
afterAll(() => emu.close());
beforeEach(() => emu.admin.reset());

describe("operating mode endpoints", () => {
  test("create, get, update (partial, rename keeps the id), delete; get of a deleted mode is a 404", async () => {
    const id = await api.createOperatingMode(
      sameHours("Berlin hours", { level: "LOCATION", locationId: SEED.berlin, callForwarding: { enabled: true, destination: "+49305550101" } }),
    );
    expect(decodeId(id)?.type).toBe("OPERATING_MODE");
    expect(await api.getOperatingMode(id)).toEqual({
      id,
      name: "Berlin hours",
      type: "SAME_HOURS_DAILY",
      level: "LOCATION",
      location: { id: SEED.berlin, name: "Berlin Office" },
      sameHoursDaily: { mondayToFriday: open("09:00", "17:00"), saturdayToSunday: CLOSED },
      callForwarding: { enabled: true, destination: "+49305550101", destinationVoicemailEnabled: false },
    });

    await api.updateOperatingMode(id, { name: "Berliner Zeiten" });
    const renamed = await api.getOperatingMode(id);
    expect(renamed.name).toBe("Berliner Zeiten");
    // fields left out of a PUT keep their values
    expect(renamed.sameHoursDaily?.mondayToFriday).toEqual(open("09:00", "17:00"));
    expect(renamed.callForwarding?.destination).toBe("+49305550101");

    await api.updateOperatingMode(id, { sameHoursDaily: { mondayToFriday: open("08:00", "16:00") } });
    // a schedule in a PUT replaces the whole schedule: the half left out is disabled
    expect((await api.getOperatingMode(id)).sameHoursDaily).toEqual({ mondayToFriday: open("08:00", "16:00"), saturdayToSunday: CLOSED });

    await api.deleteOperatingMode(id);
    expect(await api.tryGetOperatingMode(id)).toBeUndefined();
    const gone = await rejection(api.getOperatingMode(id));
    expect(isWebexApiError(gone)).toBe(true);
    expect(isNotFound(gone)).toBe(true);
    const again = await rejection(api.deleteOperatingMode(id));
    expect((again as WebexApiError).status).toBe(404);
    expect(lines(await emu.admin.requests()).slice(-3)).toEqual([`GET ~/${id} 404`, `GET ~/${id} 404`, `DELETE ~/${id} 404`]);
  });

  test("tryGetOperatingMode throws errors other than 404", async () => {
    const id = await api.createOperatingMode(sameHours("Guarded"));
    await emu.admin.faults({ script: [{ method: "GET", status: 400 }] });
    expect((await rejection(api.tryGetOperatingMode(id))).status).toBe(400);
  });

  test("a padded id reaches the same mode", async () => {
    const id = await api.createOperatingMode(sameHours("Padded"));
    const padded = id + "=".repeat((4 - (id.length % 4)) % 4);
    expect(padded).not.toBe(id);
    expect((await api.getOperatingMode(padded)).id).toBe(id);
  });

  test("the API's rule breaks come back as one-line WebexApiErrors with every violation", async () => {
    const e = await rejection(
      api.createOperatingMode({
        name: "Broken",
        type: "SAME_HOURS_DAILY",
        level: "ORGANIZATION",
        sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "25:00", endTime: "17:00" } },
        holidays: [CHRISTMAS],
      }),
    );
    expect(e).toBeInstanceOf(WebexApiError);
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/^Webex API POST \/telephony\/config\/operatingModes failed: HTTP 400: /);
    expect(e.message).toContain("sameHoursDaily.mondayToFriday.startTime");
    expect(e.message).toContain("holidays");
    expect(e.message).not.toContain("\n");
    expect(e.message).toContain(`(trackingId ${e.details.trackingId})`);
    expect(await api.listOperatingModes()).toEqual([]);
  });

  test("a duplicate name is a 409", async () => {
    await api.createOperatingMode(sameHours("Twice"));
    const e = await rejection(api.createOperatingMode(sameHours("Twice")));
    expect(e.status).toBe(409);
    expect(e.details.errorCodes).toEqual([25014]);
  });
});

describe("holiday endpoints", () => {
  test("create, get, partial update (id stays), delete; the mode PUT with holidays gives new ids", async () => {
    const modeId = await api.createOperatingMode({ name: "Holidays", type: "HOLIDAY", level: "ORGANIZATION", holidays: [CHRISTMAS] });
    const [christmas] = (await api.getOperatingMode(modeId)).holidays!;
    expect(christmas).toEqual({ id: christmas.id, ...CHRISTMAS });

    const eveId = await api.createHoliday(modeId, HALF_DAY);
    expect(decodeId(eveId)?.type).toBe("SCHEDULE_EVENT");
    expect(await api.getHoliday(modeId, eveId)).toEqual({ id: eveId, ...HALF_DAY });

    // partial: only the end time changes, the id stays
    await api.updateHoliday(modeId, eveId, { endTime: "14:00" });
    expect(await api.getHoliday(modeId, eveId)).toEqual({ id: eveId, ...HALF_DAY, endTime: "14:00" });
    // allDayEnabled alone drops the times
    await api.updateHoliday(modeId, eveId, { allDayEnabled: true });
    expect(await api.getHoliday(modeId, eveId)).toEqual({ id: eveId, name: "Christmas Eve", allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24" });

    expect((await api.getOperatingMode(modeId)).holidays!.map((h) => h.id)).toEqual([christmas.id, eveId]);
    await api.updateOperatingMode(modeId, { holidays: [CHRISTMAS, HALF_DAY] });
    const regenerated = (await api.getOperatingMode(modeId)).holidays!;
    expect(regenerated.map((h) => h.name)).toEqual(["Christmas", "Christmas Eve"]);
    for (const h of regenerated) expect([christmas.id, eveId]).not.toContain(h.id);

    await api.deleteHoliday(modeId, regenerated[1].id);
    expect(await api.tryGetHoliday(modeId, regenerated[1].id)).toBeUndefined();
    expect((await rejection(api.deleteHoliday(modeId, regenerated[1].id))).status).toBe(404);
    // a holiday whose mode is gone is not found either
    await api.deleteOperatingMode(modeId);
    expect(await api.tryGetHoliday(modeId, regenerated[0].id)).toBeUndefined();
  });

  test("a holiday on a mode that is not HOLIDAY is refused", async () => {
    const modeId = await api.createOperatingMode(sameHours("Weekdays"));
    const e = await rejection(api.createHoliday(modeId, CHRISTMAS));
    expect(e.status).toBe(400);
    expect(e.details.errorCodes).toEqual([25012]);
  });
});

describe("location endpoints", () => {
  test("available modes: the location's own and the organisation's, by name, nobody else's", async () => {
    const org = await api.createOperatingMode(sameHours("Company hours"));
    const berlin = await api.createOperatingMode(sameHours("Berlin hours", { level: "LOCATION", locationId: SEED.berlin }));
    await api.createOperatingMode(sameHours("Sydney hours", { level: "LOCATION", locationId: SEED.sydney }));
    expect(await api.getAvailableOperatingModes(SEED.berlin)).toEqual([
      { id: berlin, name: "Berlin hours" },
      { id: org, name: "Company hours" },
    ]);
    expect((await rejection(api.getAvailableOperatingModes(SEED.contoso))).status).toBe(404);
  });

  test("call-forward available numbers: every owned number of the location, and each filter", async () => {
    const all = await api.listCallForwardAvailableNumbers(SEED.newYork);
    // the unowned inactive +12125550109 is not offered
    expect(all.map((n) => n.phoneNumber ?? `ext ${n.extension}`).sort()).toEqual(["+12125550100", "+12125550101", "+12125550102", "+18005550199", "ext 1003"]);
    const main = all.find((n) => n.phoneNumber === "+12125550100")!;
    expect(main).toMatchObject({ extension: "1000", isMainNumber: true, state: "ACTIVE", telephonyType: "PSTN_NUMBER", owner: { type: "AUTO_ATTENDANT", displayName: "Main Auto Attendant" } });
    expect(all.find((n) => n.phoneNumber === "+12125550101")!.owner).toMatchObject({ type: "PEOPLE", firstName: "Ana", lastName: "Silva" });
    expect(all.find((n) => n.phoneNumber === "+18005550199")).toMatchObject({ tollFreeNumber: true, isServiceNumber: true });

    const byNumbers = await api.listCallForwardAvailableNumbers(SEED.newYork, { phoneNumber: ["+12125550101", "12125550102"] });
    expect(byNumbers.map((n) => n.phoneNumber).sort()).toEqual(["+12125550101", "+12125550102"]);
    // the comma list reached the service as one parameter
    const last = (await emu.admin.requests()).at(-1)!;
    expect(last.query.phoneNumber).toBe("+12125550101,12125550102");

    const byOwner = await api.listCallForwardAvailableNumbers(SEED.newYork, { ownerName: "emily" });
    expect(byOwner.map((n) => n.extension).sort()).toEqual(["1002", "1003"]);
    const byExtension = await api.listCallForwardAvailableNumbers(SEED.newYork, { extension: "1000" });
    expect(byExtension.map((n) => n.phoneNumber)).toEqual(["+12125550100"]);
    expect(await api.listCallForwardAvailableNumbers(SEED.newYork, { extension: "9999" })).toEqual([]);
  });

  test("locations: list with a name filter, and get by id", async () => {
    const all = await api.listLocations();
    expect(all.map((l) => l.name)).toEqual(["Headquarters New York", "Denver Support Center", "Berlin Office", "Sydney Office"]);
    const offices = await api.listLocations({ name: "office" });
    expect(offices.map((l) => l.id)).toEqual([SEED.berlin, SEED.sydney]);
    const berlin = await api.getLocation(SEED.berlin);
    expect(berlin).toMatchObject({ id: SEED.berlin, name: "Berlin Office", orgId: SEED.northwind, timeZone: "Europe/Berlin", preferredLanguage: "de_de" });
    expect(berlin.address).toMatchObject({ city: "Berlin", country: "DE" });
    expect((await rejection(api.getLocation(SEED.austin))).status).toBe(404);
  });
});

describe("paging to the end", () => {
  test("more than 100 modes, spread over the organisation level and two locations", async () => {
    const bodies: ApiModeCreate[] = [];
    const name = (prefix: string, i: number) => `${prefix} ${String(i).padStart(3, "0")}`;
    for (let i = 0; i < 100; i++) bodies.push(sameHours(name("Org", i)));
    for (let i = 0; i < 40; i++) bodies.push(sameHours(name("NY", i), { level: "LOCATION", locationId: SEED.newYork }));
    for (let i = 0; i < 30; i++) bodies.push(sameHours(name("Denver", i), { level: "LOCATION", locationId: SEED.denver }));
    const ids = await Promise.all(bodies.map((b) => api.createOperatingMode(b)));
    // the 101st at the organisation level is over the limit
    expect((await rejection(api.createOperatingMode(sameHours("Org 100")))).details.errorCodes).toEqual([25013]);

    await emu.admin.clearRequests();
    const listed = await api.listOperatingModes();
    expect(listed).toHaveLength(170);
    expect(new Set(listed.map((m) => m.id))).toEqual(new Set(ids));
    const names = listed.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    // list items carry no schedules
    expect(listed.some((m) => "sameHoursDaily" in m)).toBe(false);
    const pages = await emu.admin.requests();
    expect(pages.map((r) => [r.status, r.query.start ?? "0", r.query.max])).toEqual([
      [200, "0", "100"],
      [200, "100", "100"],
    ]);

    const counted: number[] = [];
    const desc = await api.listOperatingModes({ order: "desc" }, undefined, (n) => counted.push(n));
    expect(desc.map((m) => m.name)).toEqual([...names].reverse());
    expect(counted).toEqual([100, 170]);

    expect(await api.listOperatingModes({ limitToOrgLevelEnabled: true })).toHaveLength(100);
    const ny = await api.listOperatingModes({ limitToLocationId: SEED.newYork });
    expect(ny).toHaveLength(40);
    expect(ny.every((m) => m.location?.id === SEED.newYork && m.location.name === "Headquarters New York")).toBe(true);
    expect((await api.listOperatingModes({ name: "denver 02" })).map((m) => m.name)).toEqual(names.filter((n) => n.startsWith("Denver 02")));
    expect(await api.getAvailableOperatingModes(SEED.denver)).toHaveLength(130);
  });

  describe("against a seed with many locations and numbers", () => {
    let big: Emu;
    const ORG = "11111111-2222-4333-8444-555555555555";
    const LOC = (i: number) => `22222222-0000-4000-8000-${String(i).padStart(12, "0")}`;
    beforeAll(async () => {
      const seed: EmulatorSeed = {
        organizations: [
          {
            id: ORG,
            name: "Initech",
            locations: Array.from({ length: 130 }, (_, i) => ({
              id: LOC(i),
              name: `Branch ${String(i).padStart(3, "0")}`,
              timeZone: "America/Chicago",
              address: { address1: `${i} Main Street`, city: "Austin", state: "TX", postalCode: "78701", country: "US" },
            })),
            people: [{ id: "33333333-0000-4000-8000-000000000001", firstName: "Peter", lastName: "Gibbons", locationId: LOC(0) }],
            numbers: Array.from({ length: 2050 }, (_, i) => ({
              phoneNumber: `+1512555${String(i).padStart(4, "0")}`,
              locationId: LOC(0),
              ownerId: "33333333-0000-4000-8000-000000000001",
            })),
          },
        ],
        tokens: [{ token: "initech-admin-token", orgId: ORG }],
      };
      big = await startEmu({ seed });
    });
    afterAll(() => big.close());

    test("locations over two pages of 100", async () => {
      const client = big.client("initech-admin-token");
      const locations = await client.listLocations();
      expect(locations).toHaveLength(130);
      expect(locations.at(-1)!.name).toBe("Branch 129");
      expect((await big.admin.requests()).map((r) => r.query.start ?? "0")).toEqual(["0", "100"]);
    });

    test("available numbers over two pages of the service's default 2000", async () => {
      const client = big.client("initech-admin-token");
      await big.admin.clearRequests();
      const location = (await client.listLocations({ name: "Branch 000" }))[0].id;
      await big.admin.clearRequests();
      const numbers = await client.listCallForwardAvailableNumbers(location);
      expect(numbers).toHaveLength(2050);
      expect(new Set(numbers.map((n) => n.phoneNumber)).size).toBe(2050);
      expect((await big.admin.requests()).map((r) => [r.query.start ?? "0", r.query.max])).toEqual([
        ["0", undefined],
        ["2000", "2000"],
      ]);
      // filters travel with the next link
      await big.admin.clearRequests();
      expect(await client.listCallForwardAvailableNumbers(location, { ownerName: "gibbons" })).toHaveLength(2050);
      expect((await big.admin.requests()).map((r) => r.query.ownerName)).toEqual(["gibbons", "gibbons"]);
    });
  });
});

describe("partner administrators and organisations", () => {
  test("globex-partner-token acts on Contoso with orgId (per call or as the client's default)", async () => {
    const perCall = emu.client(TOKENS.globexPartner);
    const id = await perCall.createOperatingMode(sameHours("Clinic hours", { level: "LOCATION", locationId: SEED.austin }), SEED.contoso);
    expect((await perCall.getOperatingMode(id, SEED.contoso)).location).toEqual({ id: SEED.austin, name: "Austin Clinic" });
    expect((await perCall.listLocations({}, SEED.contoso)).map((l) => l.name)).toEqual(["Austin Clinic", "Portland Clinic"]);

    const asContoso = emu.client(TOKENS.globexPartner, { orgId: SEED.contoso });
    expect((await asContoso.listOperatingModes()).map((m) => m.id)).toEqual([id]);
    expect(await asContoso.getAvailableOperatingModes(SEED.austin)).toEqual([{ id, name: "Clinic hours" }]);
    expect((await asContoso.listCallForwardAvailableNumbers(SEED.austin)).map((n) => n.phoneNumber).sort()).toEqual(["+15125550100", "+15125550101", "+18885550123"]);
    await asContoso.updateOperatingMode(id, { name: "Clinic opening hours" });

    // the data is Contoso's: its own admin sees it, the partner's own organisation does not
    expect((await emu.client(TOKENS.contosoAdmin).getOperatingMode(id)).name).toBe("Clinic opening hours");
    expect(await perCall.listOperatingModes()).toEqual([]);
    expect(await perCall.tryGetOperatingMode(id)).toBeUndefined();
    const log = await emu.admin.requests();
    expect(log.filter((r) => r.method !== "GET" && r.status < 300).every((r) => r.orgId === SEED.contoso)).toBe(true);
    await asContoso.deleteOperatingMode(id);
  });

  test("globex-partner-token on Northwind: a 403 naming status, message and trackingId, never the token", async () => {
    const partner = emu.client(TOKENS.globexPartner, { orgId: SEED.northwind });
    const e = await rejection(partner.listOperatingModes());
    expect(e).toBeInstanceOf(WebexApiError);
    expect(e.status).toBe(403);
    expect(e.ambiguous).toBe(false);
    const log = await emu.admin.requests();
    expect(log).toHaveLength(1);
    expect(e.details.trackingId).toBe(log[0].trackingId);
    expect(e.message).toBe(
      `Webex API GET /telephony/config/operatingModes failed: HTTP 403: The token is not authorized to access this organization.: errorCode 4003 (trackingId ${log[0].trackingId})`,
    );
    expect(e.message).not.toContain(TOKENS.globexPartner);
    expect(JSON.stringify(e.details)).not.toContain(TOKENS.globexPartner);
    // writes are refused too, and nothing reaches Northwind
    const w = await rejection(partner.createOperatingMode(sameHours("Intruder")));
    expect(w.status).toBe(403);
    expect(await api.listOperatingModes()).toEqual([]);
  });

  test("a read-only administrator reads but gets 403 on writes", async () => {
    const readOnly = emu.client(TOKENS.northwindReadOnly);
    expect(await readOnly.listLocations()).toHaveLength(4);
    const e = await rejection(readOnly.createOperatingMode(sameHours("Nope")));
    expect(e.status).toBe(403);
    expect(e.message).toContain("spark-admin:telephony_config_write");
  });

  test("a bad token is a 401 that does not repeat the token", async () => {
    const bad = emu.client("not-a-real-token-8d1f");
    const e = await rejection(bad.getLocation(SEED.berlin));
    expect(e).toBeInstanceOf(WebexApiError);
    expect(e.status).toBe(401);
    expect(e.message).toMatch(/^Webex API GET \/locations\/\S+ failed: HTTP 401/);
    expect(e.message).toContain("trackingId");
    expect(e.message).not.toContain("not-a-real-token-8d1f");
    // not retried: one request
    expect(await emu.admin.requests()).toHaveLength(1);
  });
});

describe("the `{}` quirk for empty lists (quirks: true)", () => {
  let quirky: Emu;
  beforeAll(async () => {
    quirky = await startEmu({ quirks: true });
  });
  afterAll(() => quirky.close());

  test("every empty list that comes back as {} reads as []", async () => {
    const client = quirky.client();
    const raw = await fetch(`${quirky.baseUrl}/telephony/config/operatingModes`, { headers: { Authorization: `Bearer ${TOKENS.northwindAdmin}` } });
    expect(await raw.json()).toEqual({});
    expect(await client.listOperatingModes()).toEqual([]);
    expect(await client.getAvailableOperatingModes(SEED.sydney)).toEqual([]);
    expect(await client.listCallForwardAvailableNumbers(SEED.sydney, { extension: "9999" })).toEqual([]);
    expect(await client.listLocations({ name: "Atlantis" })).toEqual([]);
    const modeId = await client.createOperatingMode({ name: "Empty", type: "HOLIDAY", level: "ORGANIZATION" });
    expect(await client.getOperatingMode(modeId)).not.toHaveProperty("holidays");
    // and lists that are not empty still read
    expect((await client.listOperatingModes()).map((m) => m.id)).toEqual([modeId]);
  });
});

describe("retries through injected faults", () => {
  const modePath = (id: string) => `/operatingModes/${id}$`;

  test("429 with Retry-After twice, then success: three requests", async () => {
    const id = await api.createOperatingMode(sameHours("Busy"));
    await emu.admin.clearRequests();
    await emu.admin.faults({ script: [{ method: "GET", path: modePath(id), status: 429, retryAfter: 0, count: 2 }] });
    const retries: unknown[] = [];
    const client = emu.client(TOKENS.northwindAdmin, { onRetry: (info) => retries.push(info) });
    expect((await client.getOperatingMode(id)).name).toBe("Busy");
    const log = await emu.admin.requests();
    expect(log.map((r) => [r.method, r.status, r.fault])).toEqual([
      ["GET", 429, "script"],
      ["GET", 429, "script"],
      ["GET", 200, undefined],
    ]);
    expect(retries).toEqual([
      { operation: `GET ${MODES_PATH.replace("/v1", "")}/${id}`, attempt: 1, delayMs: 0, status: 429 },
      { operation: `GET ${MODES_PATH.replace("/v1", "")}/${id}`, attempt: 2, delayMs: 0, status: 429 },
    ]);
  });

  test("Retry-After is honoured: a 429 asking for 1 s delays the retry by about a second", async () => {
    await emu.admin.faults({ script: [{ method: "GET", path: "/locations$", status: 429, retryAfter: 1 }] });
    const started = Date.now();
    expect(await api.listLocations()).toHaveLength(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const log = await emu.admin.requests();
    expect(log.map((r) => r.status)).toEqual([429, 200]);
    expect(Date.parse(log[1].time) - Date.parse(log[0].time)).toBeGreaterThanOrEqual(950);
  });

  test("503 twice on a GET, then success: three requests", async () => {
    await emu.admin.faults({ script: [{ method: "GET", path: "/locations$", status: 503, count: 2 }] });
    expect(await api.listLocations()).toHaveLength(4);
    expect(lines(await emu.admin.requests())).toEqual(["GET /v1/locations 503", "GET /v1/locations 503", "GET /v1/locations 200"]);
  });

  test("a POST answered 503 or 429 was not carried out: it is sent again, and one mode exists", async () => {
    await emu.admin.faults({
      script: [
        { method: "POST", status: 503 },
        { method: "POST", status: 429, retryAfter: 0 },
      ],
    });
    const id = await api.createOperatingMode(sameHours("Created once"));
    expect(lines(await emu.admin.requests())).toEqual(["POST ~ 503", "POST ~ 429", "POST ~ 201"]);
    expect((await api.listOperatingModes()).map((m) => m.id)).toEqual([id]);
  });

  test("a POST answered 502 may have happened: not replayed, the error says it is ambiguous", async () => {
    await emu.admin.faults({ script: [{ method: "POST", status: 502 }] });
    const e = await rejection(api.createOperatingMode(sameHours("Maybe")));
    expect(e).toBeInstanceOf(WebexApiError);
    expect(e.status).toBe(502);
    expect(e.ambiguous).toBe(true);
    expect(lines(await emu.admin.requests())).toEqual(["POST ~ 502"]);
  });

  test("a POST whose connection drops is not replayed either", async () => {
    await emu.admin.faults({ script: [{ method: "POST", drop: "after-commit" }] });
    const e = await rejection(api.createOperatingMode(sameHours("Dropped")));
    expect(e.ambiguous).toBe(true);
    expect(e.status).toBeUndefined();
    expect(e.message).toContain("no response");
    expect(lines(await emu.admin.requests())).toEqual(["POST ~ 0"]);
    // it did happen: the caller must look it up (the providers do)
    expect((await api.listOperatingModes()).map((m) => m.name)).toEqual(["Dropped"]);
  });

  test("a PUT whose connection drops is repeated (idempotent): two requests, one change", async () => {
    const id = await api.createOperatingMode(sameHours("Before"));
    await emu.admin.clearRequests();
    await emu.admin.faults({ script: [{ method: "PUT", drop: "after-commit" }] });
    await api.updateOperatingMode(id, { name: "After" });
    expect(lines(await emu.admin.requests())).toEqual([`PUT ~/${id} 0`, `PUT ~/${id} 204`]);
    expect((await api.getOperatingMode(id)).name).toBe("After");
  });

  test("503 on every attempt: gives up after maxAttempts, saying so", async () => {
    await emu.admin.faults({ script: [{ method: "GET", status: 503, count: 10 }] });
    const client = emu.client(TOKENS.northwindAdmin, { retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3 } });
    const e = await rejection(client.listLocations());
    expect(e.status).toBe(503);
    expect(e.message).toContain("gave up after 3 attempts");
    expect((await emu.admin.requests()).map((r) => r.status)).toEqual([503, 503, 503]);
  });

  test("a failed page is retried and the list ends complete, without duplicates", async () => {
    await Promise.all(Array.from({ length: 100 }, (_, i) => api.createOperatingMode(sameHours(`Mode ${String(i).padStart(3, "0")}`))));
    await Promise.all(Array.from({ length: 20 }, (_, i) => api.createOperatingMode(sameHours(`Branch ${i}`, { level: "LOCATION", locationId: SEED.sydney }))));
    await emu.admin.clearRequests();
    await emu.admin.faults({ script: [{ method: "GET", path: "/operatingModes$", status: 503 }] });
    const result = await api.listOperatingModes();
    expect(result).toHaveLength(120);
    expect(new Set(result.map((m) => m.id)).size).toBe(120);
    expect((await emu.admin.requests()).map((r) => [r.status, r.query.start ?? "0"])).toEqual([
      [503, "0"],
      [200, "0"],
      [200, "100"],
    ]);
  });

  test("a per-organisation quota: every request completes, waiting out the 429s it causes", async () => {
    await emu.admin.faults({ quota: { limit: 3, windowSeconds: 1 } });
    const results = await Promise.all(Array.from({ length: 6 }, () => api.listLocations()));
    expect(results.every((r) => r.length === 4)).toBe(true);
    const log = await emu.admin.requests();
    expect(log.filter((r) => r.status === 200)).toHaveLength(6);
    const refused = log.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.fault === "quota")).toBe(true);
    // Contoso's quota is its own: its admin is not held back by Northwind's window
    expect(await emu.client(TOKENS.contosoAdmin).listLocations()).toHaveLength(2);
  });
});
