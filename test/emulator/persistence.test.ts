/** persistFile: a restart loses nothing; reset goes back to the seed; a foreign file is refused. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../../emulator";
import { Admin, body, Client, MODES, SEED, TOKEN } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "emulator-persist-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run<T>(persistFile: string, fn: (api: Client, admin: Admin) => Promise<T>): Promise<T> {
  const emulator = await startEmulator({ token: TOKEN, persistFile });
  try {
    return await fn(new Client(emulator.baseUrl), new Admin(emulator.adminUrl));
  } finally {
    await emulator.close();
  }
}

test("modes and holidays survive a restart with the same ids and contents", async () => {
  const file = join(dir, "state.json");
  const before = await run(file, async (api) => {
    const id = await api.createMode(body.holidayMode("Holidays", [body.holiday("Christmas")]));
    await api.createHoliday(id, body.holiday("New Year", { startDate: "2027-01-01", endDate: "2027-01-01" }));
    await api.createMode(body.atLocation("Berlin hours", SEED.berlin));
    return (await api.get(MODES)).body.operatingModes.map((m: { id: string }) => m.id);
  });
  const details = async (api: Client) => Promise.all(before.map(async (id: string) => (await api.get(`${MODES}/${id}`)).body));
  const first = await run(file, details);
  expect(first.map((m) => m.name)).toEqual(["Berlin hours", "Holidays"]);
  expect(first[1].holidays.map((x: { name: string }) => x.name)).toEqual(["Christmas", "New Year"]);
  // A second restart shows exactly the same state: nothing is regenerated on load.
  expect(await run(file, details)).toEqual(first);
});

test("updates and deletes are persisted too", async () => {
  const file = join(dir, "state.json");
  const [keep, drop] = await run(file, async (api) => [
    await api.createMode(body.sameHours("Keep")),
    await api.createMode(body.sameHours("Drop")),
  ]);
  await run(file, async (api) => {
    await api.put(`${MODES}/${keep}`, { name: "Kept" });
    await api.del(`${MODES}/${drop}`);
  });
  const names = await run(file, async (api) => (await api.get(MODES)).body.operatingModes.map((m: { name: string }) => m.name));
  expect(names).toEqual(["Kept"]);
});

test("the file holds the whole state in a marked format, written as each change happens", async () => {
  const file = join(dir, "nested", "state.json");
  await run(file, async (api) => {
    await api.createMode(body.sameHours("Written"));
    const onDisk = JSON.parse(readFileSync(file, "utf8"));
    expect(onDisk.format).toBe("webex-opmodes-emulator-state/1");
    expect(onDisk.organizations[0].operatingModes.map((m: { name: string }) => m.name)).toEqual(["Written"]);
    expect(onDisk.organizations.map((o: { name: string }) => o.name)).toEqual(["Northwind Traders", "Globex Partner Services", "Contoso Dental Group"]);
  });
});

test("a token given as an option is not written to the file", async () => {
  const file = join(dir, "state.json");
  await run(file, async (api) => api.createMode(body.sameHours("x")));
  expect(readFileSync(file, "utf8")).not.toContain(TOKEN);
});

test("an admin reset goes back to the seed and persists that", async () => {
  const file = join(dir, "state.json");
  await run(file, async (api, admin) => {
    await api.createMode(body.sameHours("Temporary"));
    expect((await admin.reset()).status).toBe(204);
  });
  expect(await run(file, async (api) => (await api.get(MODES)).body.operatingModes)).toEqual([]);
});

test("a file that is not an emulator state is refused with a message saying what to do", async () => {
  const file = join(dir, "state.json");
  writeFileSync(file, JSON.stringify({ hello: "world" }));
  await expect(startEmulator({ persistFile: file })).rejects.toThrow(/not an emulator state file.*Delete it or pick another --persist path/);
  writeFileSync(file, "{not json");
  await expect(startEmulator({ persistFile: file })).rejects.toThrow(/Cannot read emulator state/);
});
