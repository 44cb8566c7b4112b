/** Organisations: `orgId`, partner grants, and that data never leaks between organisations. */
import { body, Client, Harness, MODES, padded, SEED, SEED_TOKENS, start } from "./helpers";

let h: Harness;
let northwind: Client;
let partner: Client;
let contoso: Client;

beforeAll(async () => {
  h = await start();
  northwind = h.api.as(SEED_TOKENS.northwindAdmin);
  partner = h.api.as(SEED_TOKENS.globexPartner);
  contoso = h.api.as(SEED_TOKENS.contosoAdmin);
});
afterAll(() => h.emulator.close());
beforeEach(() => h.admin.reset());

const names = (res: { body: { items?: Array<{ name: string }>; operatingModes?: Array<{ name: string }> } }) =>
  (res.body.items ?? res.body.operatingModes ?? []).map((x) => x.name);

test("a token acts on its own organisation when no orgId is given", async () => {
  expect(names(await contoso.get("/locations"))).toEqual(["Austin Clinic", "Portland Clinic"]);
  expect(names(await partner.get("/locations"))).toEqual(["Globex Chicago"]);
});

test("the --token shorthand is a full administrator of the seed's first organisation", async () => {
  expect(names(await h.api.get("/locations"))).toEqual(names(await northwind.get("/locations")));
  expect((await h.api.post(MODES, body.sameHours("Via shorthand"))).status).toBe(201);
  expect(names(await northwind.get(MODES))).toEqual(["Via shorthand"]);
});

test("a token may name its own organisation in orgId, padded or not", async () => {
  expect((await contoso.get("/locations", { query: { orgId: SEED.contoso } })).status).toBe(200);
  expect((await contoso.get("/locations", { query: { orgId: padded(SEED.contoso) } })).status).toBe(200);
});

test("a partner token acts on a granted customer organisation through orgId", async () => {
  const locations = await partner.get("/locations", { query: { orgId: SEED.contoso } });
  expect(names(locations)).toEqual(["Austin Clinic", "Portland Clinic"]);
  const id = await partner.createMode(body.atLocation("Clinic hours", SEED.austin), { query: { orgId: SEED.contoso } });
  expect((await contoso.get(`${MODES}/${id}`)).body.location).toEqual({ id: SEED.austin, name: "Austin Clinic" });
  expect((await partner.put(`${MODES}/${id}`, { name: "Clinic hours v2" }, { query: { orgId: SEED.contoso } })).status).toBe(204);
  expect((await partner.del(`${MODES}/${id}`, { query: { orgId: SEED.contoso } })).status).toBe(204);
});

test("a partner token gets 403 on an organisation it was not granted", async () => {
  const res = await partner.get(MODES, { query: { orgId: SEED.northwind } });
  expect(res.status).toBe(403);
  expect(res.body.errors[0].description).toMatch(/not authorized to access this organization/);
  expect((await partner.post(MODES, body.sameHours("Intruder"), { query: { orgId: SEED.northwind } })).status).toBe(403);
  expect((await northwind.get(MODES)).body.operatingModes).toEqual([]);
});

test("a customer token using another organisation's orgId gets 403", async () => {
  expect((await northwind.get("/locations", { query: { orgId: SEED.contoso } })).status).toBe(403);
  expect((await contoso.get("/locations", { query: { orgId: SEED.globex } })).status).toBe(403);
});

test("an orgId of no organisation gets 403, the same answer as a forbidden one", async () => {
  const unknown = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA";
  const res = await partner.get(MODES, { query: { orgId: unknown } });
  expect(res.status).toBe(403);
  expect(res.body.message).toBe((await partner.get(MODES, { query: { orgId: SEED.northwind } })).body.message);
});

test("an orgId that is not an organization id gets 400", async () => {
  expect((await northwind.get(MODES, { query: { orgId: SEED.berlin } })).status).toBe(400);
  expect((await northwind.get(MODES, { query: { orgId: "%%%" } })).status).toBe(400);
});

test("a mode of one organisation is invisible to another: list, get, update, delete, holidays", async () => {
  const id = await northwind.createMode(body.holidayMode("Northwind holidays", [body.holiday("Christmas")]));
  const holidayId = (await northwind.get(`${MODES}/${id}`)).body.holidays[0].id;
  expect((await contoso.get(MODES)).body.operatingModes).toEqual([]);
  expect((await contoso.get(`${MODES}/${id}`)).status).toBe(404);
  expect((await contoso.put(`${MODES}/${id}`, { name: "Hijacked" })).status).toBe(404);
  expect((await contoso.del(`${MODES}/${id}`)).status).toBe(404);
  expect((await contoso.get(`${MODES}/${id}/holidays/${holidayId}`)).status).toBe(404);
  expect((await contoso.post(`${MODES}/${id}/holidays`, body.holiday("New Year"))).status).toBe(404);
  expect((await partner.get(`${MODES}/${id}`, { query: { orgId: SEED.contoso } })).status).toBe(404);
  expect((await northwind.get(`${MODES}/${id}`)).body.name).toBe("Northwind holidays");
});

test("another organisation's location cannot be used, listed or filtered on", async () => {
  expect((await northwind.post(MODES, body.atLocation("Borrowed", SEED.austin))).status).toBe(400);
  expect((await northwind.get(`/locations/${SEED.austin}`)).status).toBe(404);
  expect((await northwind.get(MODES, { query: { limitToLocationId: SEED.austin } })).status).toBe(404);
  const available = `/telephony/config/locations/${SEED.austin}/operatingModes/availableOperatingModes`;
  expect((await northwind.get(available)).status).toBe(404);
  expect((await contoso.get(available)).status).toBe(200);
});

test("organisation-level modes of one organisation are not offered to another's locations", async () => {
  await northwind.createMode(body.sameHours("Northwind org hours"));
  const contosoOrg = await contoso.createMode(body.sameHours("Contoso org hours"));
  const res = await contoso.get(`/telephony/config/locations/${SEED.austin}/operatingModes/availableOperatingModes`);
  expect(res.body.operatingModes).toEqual([{ id: contosoOrg, name: "Contoso org hours" }]);
});

test("names are unique within an organisation only: two organisations may use the same name", async () => {
  expect((await northwind.post(MODES, body.sameHours("Business Hours"))).status).toBe(201);
  expect((await contoso.post(MODES, body.sameHours("Business Hours"))).status).toBe(201);
});

test("limits count per organisation", async () => {
  for (let i = 0; i < 100; i++) await northwind.createMode(body.sameHours(`N${i}`));
  expect((await northwind.post(MODES, body.sameHours("N100"))).status).toBe(400);
  expect((await contoso.post(MODES, body.sameHours("C0"))).status).toBe(201);
});

test("the request log records the organisation each request acted on", async () => {
  await h.admin.call("DELETE", "/requests");
  await partner.get(MODES, { query: { orgId: SEED.contoso } });
  await partner.get(MODES);
  await partner.get(MODES, { query: { orgId: SEED.northwind } });
  const log = await h.admin.requests();
  expect(log.map((e) => [e.status, e.orgId])).toEqual([
    [200, SEED.contoso],
    [200, SEED.globex],
    [403, undefined],
  ]);
});
