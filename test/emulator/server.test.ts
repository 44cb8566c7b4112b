/** Building and starting the emulator: options, seeds, loopback only. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEmulator, DEFAULT_SEED, EmulatorSeed, startEmulator } from "../../emulator";
import { Client, MODES, SEED } from "./helpers";

const tinySeed = (): EmulatorSeed => ({
  organizations: [
    {
      id: "11111111-1111-4111-8111-111111111111",
      name: "Tiny Org",
      locations: [
        {
          id: "22222222-2222-4222-8222-222222222222",
          name: "Only Office",
          timeZone: "Europe/Paris",
          address: { address1: "1 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR" },
        },
      ],
    },
  ],
  tokens: [{ token: "tiny-token", orgId: "11111111-1111-4111-8111-111111111111" }],
});

test("buildEmulator serves through inject() without listening", async () => {
  const app = buildEmulator({ token: "t" });
  const res = await app.inject({ method: "GET", url: "/v1/locations?name=berlin", headers: { authorization: "Bearer t" } });
  expect(res.statusCode).toBe(200);
  expect(res.json().items.map((l: { id: string }) => l.id)).toEqual([SEED.berlin]);
  expect(res.headers.trackingid).toMatch(/^ROUTER_/);
  await app.close();
});

test("startEmulator listens on a free loopback port and reports its URLs", async () => {
  const emulator = await startEmulator();
  expect(emulator.baseUrl).toBe(`http://127.0.0.1:${emulator.port}/v1`);
  expect(emulator.adminUrl).toBe(`http://127.0.0.1:${emulator.port}/_emulator`);
  expect((await fetch(emulator.adminUrl)).status).toBe(200);
  await emulator.close();
  await expect(fetch(emulator.adminUrl)).rejects.toThrow();
});

test("only loopback addresses are accepted as host", async () => {
  for (const host of ["0.0.0.0", "192.168.1.10", "example.com", "::"]) {
    await expect(startEmulator({ host })).rejects.toThrow(/only listens on loopback/);
  }
});

test("a seed can be given as an object; ids may be plain uuids", async () => {
  const emulator = await startEmulator({ seed: tinySeed() });
  const api = new Client(emulator.baseUrl, "tiny-token");
  const [office] = (await api.get("/locations")).body.items;
  expect(Buffer.from(office.id, "base64").toString()).toBe("ciscospark://us/LOCATION/22222222-2222-4222-8222-222222222222");
  expect(office.preferredLanguage).toBe("en_us");
  expect((await api.as("northwind-admin-token").get("/locations")).status).toBe(401);
  await emulator.close();
});

test("a seed can be given as a file path, with pre-existing operating modes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "emulator-seed-"));
  try {
    const seed = tinySeed();
    seed.organizations[0].operatingModes = [
      { name: "Existing hours", type: "SAME_HOURS_DAILY", level: "ORGANIZATION", sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: true } } },
    ];
    const file = join(dir, "seed.json");
    writeFileSync(file, JSON.stringify(seed));
    const emulator = await startEmulator({ seed: file });
    const api = new Client(emulator.baseUrl, "tiny-token");
    expect((await api.get(MODES)).body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["Existing hours"]);
    await emulator.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a broken seed is refused with every problem listed", () => {
  const seed = tinySeed();
  seed.organizations[0].numbers = [{ locationId: "nowhere" }];
  seed.tokens.push({ token: "p", orgId: "missing-org", role: "full-admin", customerOrgIds: ["also-missing"] });
  seed.organizations[0].operatingModes = [{ name: "Bad", type: "SAME_HOURS_DAILY", level: "ORGANIZATION" }];
  expect(() => buildEmulator({ seed })).toThrow(
    /numbers\[0\]: a phoneNumber or an extension is required[\s\S]*numbers\[0\]\.locationId[\s\S]*sameHoursDaily: is required[\s\S]*tokens\[1\]\.orgId[\s\S]*customerOrgIds\[0\]/,
  );
});

test("the default seed is a realistic tenant: several time zones, people, features, special numbers, a partner", () => {
  const [northwind, partner, customer] = DEFAULT_SEED.organizations;
  expect(new Set(northwind.locations.map((l) => l.timeZone)).size).toBeGreaterThanOrEqual(3);
  expect(northwind.people!.length).toBeGreaterThanOrEqual(3);
  expect(northwind.features!.map((f) => f.type)).toEqual(expect.arrayContaining(["HUNT_GROUP", "AUTO_ATTENDANT"]));
  expect(northwind.numbers!.some((n) => n.tollFreeNumber && n.ownerId)).toBe(true);
  expect(northwind.numbers!.some((n) => n.isMainNumber && n.ownerId)).toBe(true);
  const partnerToken = DEFAULT_SEED.tokens.find((t) => t.role === "partner-admin")!;
  expect(partnerToken.orgId).toBe(partner.id);
  expect(partnerToken.customerOrgIds).toEqual([customer.id]);
  expect(() => buildEmulator()).not.toThrow();
});
