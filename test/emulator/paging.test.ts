/** start/max paging and RFC 5988 Link headers, followed the way a client follows them. */
import { body, Client, Harness, MODES, SEED, SEED_TOKENS, start } from "./helpers";

let h: Harness;
let api: Client;

beforeAll(async () => {
  h = await start();
  api = h.api;
});
afterAll(() => h.emulator.close());
beforeEach(() => h.admin.reset());

function nextUrl(link: string | null): string | undefined {
  if (!link) return undefined;
  const m = /^<([^>]+)>;\s*rel="next"$/.exec(link);
  if (!m) throw new Error(`unexpected Link header ${link}`);
  return m[1];
}

/** Follows Link headers from `first` to the end; returns every page's item names. */
async function followAll(client: Client, first: string, key: string): Promise<string[][]> {
  const pages: string[][] = [];
  let url: string | undefined = first;
  while (url) {
    const res = await client.get(url);
    expect(res.status).toBe(200);
    pages.push(res.body[key].map((x: { name?: string; extension?: string }) => x.name ?? x.extension));
    url = nextUrl(res.headers.get("link"));
  }
  return pages;
}

test("the Link header is an absolute URL to the next page with rel=\"next\"", async () => {
  for (let i = 0; i < 3; i++) await api.createMode(body.sameHours(`M${i}`));
  const res = await api.get(MODES, { query: { max: 2 } });
  const link = res.headers.get("link")!;
  expect(link).toBe(`<${h.emulator.baseUrl}/telephony/config/operatingModes?max=2&start=2>; rel="next"`);
});

test("following Link returns every mode exactly once, in order, and the last page has no Link", async () => {
  const expected = Array.from({ length: 23 }, (_, i) => `Mode ${String(i).padStart(2, "0")}`);
  for (const name of [...expected].reverse()) await api.createMode(body.sameHours(name));
  const pages = await followAll(api, api.url(MODES, { max: 10 }), "operatingModes");
  expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
  expect(pages.flat()).toEqual(expected);
});

test("without max, pages of the default size 10 are announced", async () => {
  for (let i = 0; i < 11; i++) await api.createMode(body.sameHours(`M${String(i).padStart(2, "0")}`));
  const res = await api.get(MODES);
  expect(new URL(nextUrl(res.headers.get("link"))!).searchParams.get("max")).toBe("10");
  expect(new URL(nextUrl(res.headers.get("link"))!).searchParams.get("start")).toBe("10");
});

test("the Link keeps every query parameter: filters, order and orgId", async () => {
  const partner = api.as(SEED_TOKENS.globexPartner);
  for (let i = 0; i < 5; i++) {
    await partner.createMode(body.atLocation(`Clinic ${i}`, SEED.austin), { query: { orgId: SEED.contoso } });
    await partner.createMode(body.atLocation(`Other ${i}`, SEED.portland), { query: { orgId: SEED.contoso } });
  }
  const first = api.url(MODES, { orgId: SEED.contoso, name: "clinic", limitToLocationId: SEED.austin, order: "desc", max: 2 });
  const res = await partner.get(first);
  const next = new URL(nextUrl(res.headers.get("link"))!);
  expect(Object.fromEntries(next.searchParams)).toEqual({
    orgId: SEED.contoso,
    name: "clinic",
    limitToLocationId: SEED.austin,
    order: "desc",
    max: "2",
    start: "2",
  });
  const pages = await followAll(partner, first, "operatingModes");
  expect(pages.flat()).toEqual(["Clinic 4", "Clinic 3", "Clinic 2", "Clinic 1", "Clinic 0"]);
});

test("available numbers page with Link headers that keep their filters", async () => {
  const path = `/telephony/config/locations/${SEED.newYork}/operatingModes/callForwarding/availableNumbers`;
  const pages = await followAll(api, api.url(path, { max: 2 }), "phoneNumbers");
  expect(pages).toEqual([["1000", "1099"], ["1001", "1002"], ["1003"]]);
  const filtered = await followAll(api, api.url(path, { ownerName: "chen", max: 1 }), "phoneNumbers");
  expect(filtered).toEqual([["1002"], ["1003"]]);
});

test("locations page with Link headers", async () => {
  const pages = await followAll(api, api.url("/locations", { max: 1 }), "items");
  expect(pages).toEqual([["Headquarters New York"], ["Denver Support Center"], ["Berlin Office"], ["Sydney Office"]]);
});

test("a page that ends exactly at the last item has no Link", async () => {
  for (let i = 0; i < 4; i++) await api.createMode(body.sameHours(`M${i}`));
  const res = await api.get(MODES, { query: { start: 2, max: 2 } });
  expect(res.body.operatingModes).toHaveLength(2);
  expect(res.headers.get("link")).toBeNull();
});

test("paging is stable when names are equal (ties ordered by id)", async () => {
  await api.createMode(body.sameHours("Same"));
  await api.createMode(body.atLocation("Same", SEED.denver));
  await api.createMode(body.atLocation("Same", SEED.berlin));
  const all = (await api.get(MODES)).body.operatingModes.map((m: { id: string }) => m.id);
  const paged = [
    ...(await api.get(MODES, { query: { max: 1, start: 0 } })).body.operatingModes,
    ...(await api.get(MODES, { query: { max: 1, start: 1 } })).body.operatingModes,
    ...(await api.get(MODES, { query: { max: 1, start: 2 } })).body.operatingModes,
  ].map((m: { id: string }) => m.id);
  expect(paged).toEqual(all);
  expect(new Set(paged).size).toBe(3);
});
