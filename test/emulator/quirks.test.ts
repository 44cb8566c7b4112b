/** The quirks switch: the known live defects, on demand, so the client is tested against them. */
import { body, Harness, MODES, SEED, start } from "./helpers";

describe("with quirks", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start({ quirks: true });
  });
  afterAll(() => h.emulator.close());
  beforeEach(() => h.admin.reset());

  test("a timed holiday reads allDayEnabled true inside the mode but false on its own", async () => {
    const modeId = await h.api.createMode(
      body.holidayMode("Holidays", [body.holiday("Half day", { allDayEnabled: false, startTime: "09:00", endTime: "13:00" })]),
    );
    const inMode = (await h.api.get(`${MODES}/${modeId}`)).body.holidays[0];
    const alone = (await h.api.get(`${MODES}/${modeId}/holidays/${inMode.id}`)).body;
    expect(inMode).toMatchObject({ allDayEnabled: true, startTime: "09:00", endTime: "13:00" });
    expect(alone).toMatchObject({ allDayEnabled: false, startTime: "09:00", endTime: "13:00" });
  });

  test("all-day holidays read the same in both places", async () => {
    const modeId = await h.api.createMode(body.holidayMode("Holidays", [body.holiday("Christmas")]));
    const inMode = (await h.api.get(`${MODES}/${modeId}`)).body.holidays[0];
    expect((await h.api.get(`${MODES}/${modeId}/holidays/${inMode.id}`)).body).toEqual(inMode);
  });

  test("an empty mode list comes back as {}", async () => {
    const res = await h.api.get(MODES);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
  });

  test("empty available modes, available numbers and locations lists come back as {}", async () => {
    const base = `/telephony/config/locations/${SEED.sydney}/operatingModes`;
    expect((await h.api.get(`${base}/availableOperatingModes`)).body).toEqual({});
    expect((await h.api.get(`${base}/callForwarding/availableNumbers`, { query: { extension: "9999" } })).body).toEqual({});
    expect((await h.api.get("/locations", { query: { name: "Atlantis" } })).body).toEqual({});
  });

  test("a HOLIDAY mode without holidays comes back without the holidays key", async () => {
    const modeId = await h.api.createMode(body.holidayMode("Empty"));
    expect((await h.api.get(`${MODES}/${modeId}`)).body).not.toHaveProperty("holidays");
  });

  test("lists that are not empty keep their key", async () => {
    await h.api.createMode(body.sameHours("Present"));
    expect((await h.api.get(MODES)).body.operatingModes).toHaveLength(1);
  });
});

describe("without quirks (the default)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => h.emulator.close());

  test("a timed holiday reads allDayEnabled false in both places", async () => {
    const modeId = await h.api.createMode(
      body.holidayMode("Holidays", [body.holiday("Half day", { allDayEnabled: false, startTime: "09:00", endTime: "13:00" })]),
    );
    const inMode = (await h.api.get(`${MODES}/${modeId}`)).body.holidays[0];
    expect(inMode.allDayEnabled).toBe(false);
    expect((await h.api.get(`${MODES}/${modeId}/holidays/${inMode.id}`)).body).toEqual(inMode);
  });

  test("empty lists keep their key", async () => {
    expect((await h.api.get("/locations", { query: { name: "Atlantis" } })).body).toEqual({ items: [] });
    expect((await h.api.get(MODES, { query: { name: "nothing-like-this" } })).body).toEqual({ operatingModes: [] });
  });
});
