// The read-only functions of the SDK against the real emulator on loopback: explicit CallOptions,
// the WEBEX_* environment fallbacks, and getLocation by name (exact, unknown, ambiguous).
import { DEFAULT_SEED, EmulatorSeed } from "../../emulator";
import {
  CallOptions,
  getAvailableOperatingModes,
  getCallForwardAvailableNumbers,
  getLocation,
  getLocationOutput,
  getOperatingMode,
  getOperatingModes,
} from "../../sdk/functions";
import type { WebexClient } from "../../provider/client/webex-client";
import type { Output } from "@pulumi/pulumi";
import { Emu, SEED, TOKENS, rejection, startEmu } from "./helpers";

/** A second Contoso location whose name differs from "Portland Clinic" only in case and spaces. */
const PORTLAND_TWIN = "b7a1c2d3-0000-4000-8000-00000000abcd";

function seedWithTwin(): EmulatorSeed {
  const seed = structuredClone(DEFAULT_SEED);
  const contoso = seed.organizations.find((o) => o.name === "Contoso Dental Group")!;
  contoso.locations.push({
    id: PORTLAND_TWIN,
    name: "PORTLAND clinic ",
    timeZone: "America/Los_Angeles",
    address: { address1: "2 NE Broadway", city: "Portland", state: "OR", postalCode: "97232", country: "US" },
  });
  return seed;
}

const ENV_KEYS = ["WEBEX_TOKEN", "WEBEX_BASE_URL", "WEBEX_ORG_ID"] as const;

let emu: Emu;
let api: WebexClient;
let opts: CallOptions;
let savedEnv: Record<string, string | undefined>;
let berlinHours: string;
let companyHours: string;

beforeAll(async () => {
  emu = await startEmu({ seed: seedWithTwin() });
  api = emu.client();
  opts = { token: TOKENS.northwindAdmin, baseUrl: emu.baseUrl };
  companyHours = await api.createOperatingMode({
    name: "Company hours",
    type: "SAME_HOURS_DAILY",
    level: "ORGANIZATION",
    sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "09:00", endTime: "17:00" } },
  });
  berlinHours = await api.createOperatingMode({
    name: "Berlin hours",
    type: "NONE",
    level: "LOCATION",
    locationId: SEED.berlin,
    callForwarding: { enabled: true, destination: "+49305550101" },
  });
  await api.createOperatingMode({ name: "Sydney hours", type: "NONE", level: "LOCATION", locationId: SEED.sydney });
});
afterAll(() => emu.close());

// No test may see the machine's own WEBEX_* settings, and none leaks its own to the next.
beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

describe("with explicit CallOptions", () => {
  test("getOperatingModes: every mode, and the filters", async () => {
    expect((await getOperatingModes({}, opts)).map((m) => [m.name, m.id])).toEqual([
      ["Berlin hours", berlinHours],
      ["Company hours", companyHours],
      ["Sydney hours", expect.any(String)],
    ]);
    expect((await getOperatingModes({ limitToLocationId: SEED.berlin }, opts)).map((m) => m.name)).toEqual(["Berlin hours"]);
    expect((await getOperatingModes({ limitToOrgLevelEnabled: true }, opts)).map((m) => m.name)).toEqual(["Company hours"]);
    expect((await getOperatingModes({ name: "HOURS", order: "desc" }, opts)).map((m) => m.name)).toEqual(["Sydney hours", "Company hours", "Berlin hours"]);
  });

  test("getOperatingMode: the details, with the schedule and the location", async () => {
    expect(await getOperatingMode({ id: berlinHours }, opts)).toEqual({
      id: berlinHours,
      name: "Berlin hours",
      type: "NONE",
      level: "LOCATION",
      location: { id: SEED.berlin, name: "Berlin Office" },
      callForwarding: { enabled: true, destination: "+49305550101", destinationVoicemailEnabled: false },
    });
    const company = await getOperatingMode({ id: companyHours }, opts);
    expect(company.sameHoursDaily?.mondayToFriday).toEqual({ enabled: true, allDayEnabled: false, startTime: "09:00", endTime: "17:00" });
    expect((await rejection(getOperatingMode({ id: SEED.berlin }, opts))).status).toBe(404);
  });

  test("getAvailableOperatingModes: the location's own and the organisation's", async () => {
    expect(await getAvailableOperatingModes({ locationId: SEED.berlin }, opts)).toEqual([
      { id: berlinHours, name: "Berlin hours" },
      { id: companyHours, name: "Company hours" },
    ]);
    expect((await getAvailableOperatingModes({ locationId: SEED.denver }, opts)).map((m) => m.name)).toEqual(["Company hours"]);
  });

  test("getCallForwardAvailableNumbers: all, and by phone number, owner name and extension", async () => {
    const berlin = await getCallForwardAvailableNumbers({ locationId: SEED.berlin }, opts);
    expect(berlin.map((n) => n.phoneNumber).sort()).toEqual(["+49305550100", "+49305550101", "+49305550102"]);
    expect(berlin.find((n) => n.phoneNumber === "+49305550102")).toMatchObject({ state: "INACTIVE", owner: { type: "VIRTUAL_LINE", firstName: "Front", lastName: "Desk" } });
    expect((await getCallForwardAvailableNumbers({ locationId: SEED.berlin, ownerName: "weber" }, opts)).map((n) => n.extension)).toEqual(["2001"]);
    expect((await getCallForwardAvailableNumbers({ locationId: SEED.berlin, extension: "2000" }, opts)).map((n) => n.owner?.displayName)).toEqual(["Berlin Empfang"]);
    expect(
      (await getCallForwardAvailableNumbers({ locationId: SEED.newYork, phoneNumber: ["+12125550101", "+18005550199", "+49305550100"] }, opts))
        .map((n) => n.phoneNumber)
        .sort(),
    ).toEqual(["+12125550101", "+18005550199"]);
  });

  test("getLocation by id, and by exact name in any case and with stray spaces", async () => {
    expect((await getLocation({ id: SEED.sydney }, opts)).name).toBe("Sydney Office");
    for (const name of ["Berlin Office", "berlin office", "BERLIN OFFICE", "  Berlin Office "]) {
      const location = await getLocation({ name }, opts);
      expect([name, location.id, location.name]).toEqual([name, SEED.berlin, "Berlin Office"]);
    }
    expect(await getLocation({ name: "Denver Support Center" }, opts)).toMatchObject({ id: SEED.denver, timeZone: "America/Denver", orgId: SEED.northwind });
  });

  test("getLocation of an unknown name lists the locations whose name contains it", async () => {
    const e = await rejection(getLocation({ name: "office" }, opts));
    expect(e.message).toBe('getLocation: no location is named "office"; locations whose name contains it: "Berlin Office", "Sydney Office"');
    const none = await rejection(getLocation({ name: "Atlantis" }, opts));
    expect(none.message).toBe('getLocation: no location is named "Atlantis"');
    await expect(getLocation({}, opts)).rejects.toThrow("give a name or an id");
  });

  test("getLocation of an ambiguous name names every candidate id", async () => {
    const contoso = { token: TOKENS.contosoAdmin, baseUrl: emu.baseUrl };
    const twin = (await getLocation({ name: "portland clinic " }, contoso).catch((e: Error) => e)) as Error;
    expect(twin).toBeInstanceOf(Error);
    expect(twin.message).toMatch(/^getLocation: 2 locations are named "portland clinic "; use the id instead/);
    expect(twin.message).toContain(SEED.portland);
    const twinId = (await emu.client(TOKENS.contosoAdmin).listLocations({ name: "PORTLAND clinic" })).find((l) => l.id !== SEED.portland)!.id;
    expect(twin.message).toContain(twinId);
    expect((await getLocation({ name: "Austin Clinic" }, contoso)).id).toBe(SEED.austin);
  });

  test("a partner token with orgId in CallOptions, or in the arguments, reads the customer", async () => {
    const partner = { token: TOKENS.globexPartner, baseUrl: emu.baseUrl };
    expect((await getLocation({ name: "Austin Clinic" }, { ...partner, orgId: SEED.contoso })).id).toBe(SEED.austin);
    expect((await getLocation({ name: "Austin Clinic", orgId: SEED.contoso }, partner)).id).toBe(SEED.austin);
    expect(await getOperatingModes({ orgId: SEED.contoso }, partner)).toEqual([]);
    const e = await rejection(getOperatingModes({ orgId: SEED.northwind }, partner));
    expect(e.status).toBe(403);
    expect(e.message).not.toContain(TOKENS.globexPartner);
  });

  test("getLocationOutput resolves to the same location as an Output", async () => {
    const output: Output<{ id: string; name: string }> = getLocationOutput({ name: "sydney office" }, opts);
    const value = await new Promise<{ id: string; name: string }>((resolve) => output.apply((v) => (resolve(v), v)));
    expect(value).toMatchObject({ id: SEED.sydney, name: "Sydney Office" });
  });
});

describe("with the environment as fallback", () => {
  test("WEBEX_TOKEN and WEBEX_BASE_URL stand in for CallOptions", async () => {
    process.env.WEBEX_TOKEN = TOKENS.northwindAdmin;
    process.env.WEBEX_BASE_URL = emu.baseUrl;
    expect((await getOperatingModes()).map((m) => m.name)).toEqual(["Berlin hours", "Company hours", "Sydney hours"]);
    expect((await getOperatingMode({ id: berlinHours })).name).toBe("Berlin hours");
    expect((await getAvailableOperatingModes({ locationId: SEED.sydney })).map((m) => m.name)).toEqual(["Company hours", "Sydney hours"]);
    expect((await getCallForwardAvailableNumbers({ locationId: SEED.sydney })).map((n) => n.phoneNumber)).toEqual(["+61255500100"]);
    expect((await getLocation({ name: "sydney office" })).id).toBe(SEED.sydney);
  });

  test("WEBEX_ORG_ID makes a partner token act on the customer", async () => {
    process.env.WEBEX_TOKEN = TOKENS.globexPartner;
    process.env.WEBEX_BASE_URL = emu.baseUrl;
    process.env.WEBEX_ORG_ID = SEED.contoso;
    expect((await getLocation({ name: "Austin Clinic" })).id).toBe(SEED.austin);
    const requests = await emu.admin.requests();
    expect(requests.at(-1)!.orgId).toBe(SEED.contoso);
    expect(requests.at(-1)!.query.orgId).toBe(SEED.contoso);
  });

  test("explicit CallOptions win over the environment", async () => {
    process.env.WEBEX_TOKEN = "stale-token-from-the-shell";
    process.env.WEBEX_BASE_URL = "http://127.0.0.1:9/v1";
    process.env.WEBEX_ORG_ID = SEED.contoso;
    const location = await getLocation({ name: "Berlin Office" }, { token: TOKENS.northwindAdmin, baseUrl: emu.baseUrl, orgId: SEED.northwind });
    expect(location.id).toBe(SEED.berlin);
    // only the token from the environment is missing: the rest comes from it
    const partial = await rejection(getLocation({ name: "Berlin Office" }, { baseUrl: emu.baseUrl, orgId: SEED.northwind }));
    expect(partial.status).toBe(401);
    expect(partial.message).not.toContain("stale-token-from-the-shell");
  });

  test("no token anywhere: a message that says where to put one, and no request", async () => {
    await emu.admin.clearRequests();
    const e = await rejection(getOperatingModes({}, { baseUrl: emu.baseUrl }));
    expect(e.name).toBe("MissingTokenError");
    expect(e.message).toContain("pulumi config set --secret webex:token");
    expect(e.message).toContain("WEBEX_TOKEN");
    expect(await emu.admin.requests()).toEqual([]);
  });

  test("no token: every function reports it through its promise, never by throwing on the call", async () => {
    const o = { baseUrl: emu.baseUrl };
    const calls: [string, () => Promise<unknown>][] = [
      ["getOperatingModes", () => getOperatingModes({}, o)],
      ["getOperatingMode", () => getOperatingMode({ id: berlinHours }, o)],
      ["getAvailableOperatingModes", () => getAvailableOperatingModes({ locationId: SEED.berlin }, o)],
      ["getCallForwardAvailableNumbers", () => getCallForwardAvailableNumbers({ locationId: SEED.berlin }, o)],
      ["getLocation", () => getLocation({ name: "Berlin Office" }, o)],
    ];
    for (const [name, call] of calls) {
      let promise: Promise<unknown>;
      try {
        promise = call();
      } catch (e) {
        throw new Error(`${name} threw on the call instead of rejecting: ${(e as Error).message}`);
      }
      await expect(promise).rejects.toThrow("webex:token");
    }
  });
});
