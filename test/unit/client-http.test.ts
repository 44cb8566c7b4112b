// WebexHttp and WebexClient over a scripted transport: the exact request sequence, the recorded
// sleeps, the errors, pagination and the shared per-organisation limiter.
import { WebexApiError, isWebexApiError } from "../../provider/client/errors";
import { WebexClient } from "../../provider/client/webex-client";
import { WebexHttp, nextLink } from "../../provider/client/http";
import { LOCATION_ID, MODE_ID, ORG_ID, webexId } from "./helpers/fixtures";
import {
  TOKEN,
  created,
  dropped,
  fail,
  fakeClock,
  freshBaseUrl,
  harness,
  lines,
  noContent,
  ok,
  rejectionOf,
  scriptedAdapter,
} from "./helpers/scripted-http";

const OTHER_ORG_ID = webexId("ORGANIZATION", "c0ffee00-4444-4d4d-b0b0-000000000002");
const mode = { id: MODE_ID, name: "Business hours", type: "NONE", level: "ORGANIZATION", callForwarding: { enabled: false } };
const createBody = { name: "Business hours", type: "NONE", level: "ORGANIZATION", callForwarding: { enabled: false } };

describe("requests on the wire", () => {
  test("each method: URL, default orgId, bearer token, JSON body", async () => {
    const h = harness([ok(mode), created(MODE_ID), noContent(), noContent()], { orgId: ORG_ID });
    await expect(h.client.getOperatingMode(MODE_ID)).resolves.toEqual(mode);
    await expect(h.client.createOperatingMode(createBody as any)).resolves.toBe(MODE_ID);
    await h.client.updateOperatingMode(MODE_ID, { name: "Opening hours" });
    await h.client.deleteOperatingMode(MODE_ID);
    const org = `orgId=${encodeURIComponent(ORG_ID)}`;
    expect(lines(h.sent)).toEqual([
      `GET ${h.modes(`/${MODE_ID}`)}?${org}`,
      `POST ${h.modes()}?${org}`,
      `PUT ${h.modes(`/${MODE_ID}`)}?${org}`,
      `DELETE ${h.modes(`/${MODE_ID}`)}?${org}`,
    ]);
    expect(h.sent.map((s) => s.body)).toEqual([undefined, createBody, { name: "Opening hours" }, undefined]);
    for (const s of h.sent) expect(s.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(h.sent[1].headers["content-type"]).toMatch(/application\/json/);
    expect(h.sleeps).toEqual([]);
  });

  test("an orgId given to a call wins over the default, and no orgId means none in the URL", async () => {
    const withDefault = harness([ok(mode)], { orgId: ORG_ID });
    await withDefault.client.getOperatingMode(MODE_ID, OTHER_ORG_ID);
    expect(lines(withDefault.sent)).toEqual([`GET ${withDefault.modes(`/${MODE_ID}`)}?orgId=${encodeURIComponent(OTHER_ORG_ID)}`]);

    const without = harness([ok(mode)]);
    await without.client.getOperatingMode(MODE_ID);
    expect(lines(without.sent)).toEqual([`GET ${without.modes(`/${MODE_ID}`)}`]);
  });

  test("holiday endpoints nest under their mode; ids are escaped", async () => {
    const holidayId = "a/b+c";
    const h = harness([ok({ id: holidayId }), created("H1"), noContent(), noContent()]);
    await h.client.getHoliday(MODE_ID, holidayId);
    await h.client.createHoliday(MODE_ID, { name: "X", startDate: "2026-01-01" });
    await h.client.updateHoliday(MODE_ID, holidayId, { name: "Y" });
    await h.client.deleteHoliday(MODE_ID, holidayId);
    expect(lines(h.sent)).toEqual([
      `GET ${h.modes(`/${MODE_ID}/holidays/a%2Fb%2Bc`)}`,
      `POST ${h.modes(`/${MODE_ID}/holidays`)}`,
      `PUT ${h.modes(`/${MODE_ID}/holidays/a%2Fb%2Bc`)}`,
      `DELETE ${h.modes(`/${MODE_ID}/holidays/a%2Fb%2Bc`)}`,
    ]);
  });

  test("a create answered without an id fails clearly", async () => {
    const h = harness([{ status: 201, body: {} }]);
    await expect(h.client.createOperatingMode(createBody as any)).rejects.toThrow(/answered a create without an id/);
  });

  test("tryGet maps 404 to undefined and lets other errors through", async () => {
    const h = harness([fail(404, "Not found"), fail(404), fail(403, "Forbidden")]);
    await expect(h.client.tryGetOperatingMode(MODE_ID)).resolves.toBeUndefined();
    await expect(h.client.tryGetHoliday(MODE_ID, "h")).resolves.toBeUndefined();
    await expect(h.client.tryGetOperatingMode(MODE_ID)).rejects.toMatchObject({ status: 403 });
  });
});

describe("retries", () => {
  test("429 with Retry-After in seconds: waits exactly that long, then repeats the request", async () => {
    const h = harness([fail(429, "Too many requests", {}, { "Retry-After": "3" }), ok(mode)]);
    await expect(h.client.getOperatingMode(MODE_ID)).resolves.toEqual(mode);
    expect(lines(h.sent)).toEqual([`GET ${h.modes(`/${MODE_ID}`)}`, `GET ${h.modes(`/${MODE_ID}`)}`]);
    expect(h.sleeps).toEqual([3_000]);
  });

  test("429 with Retry-After as an HTTP date: waits until then", async () => {
    const clock = fakeClock();
    const h = harness([fail(429, "Too many requests", {}, { "Retry-After": clock.httpDate(7_000) }), created(MODE_ID)], { now: clock.now, sleep: clock.sleep });
    await expect(h.client.createOperatingMode(createBody as any)).resolves.toBe(MODE_ID);
    expect(lines(h.sent)).toEqual([`POST ${h.modes()}`, `POST ${h.modes()}`]);
    expect(h.sent.map((s) => s.body)).toEqual([createBody, createBody]);
    expect(clock.sleeps).toEqual([7_000]);
  });

  test("429 with an unreadable Retry-After backs off instead of retrying at once", async () => {
    const h = harness([fail(429, "Too many", {}, { "Retry-After": "-5" }), ok(mode)]);
    await h.client.getOperatingMode(MODE_ID);
    expect(h.sleeps).toEqual([375]);
  });

  test("423 (locked) honours Retry-After on a PUT", async () => {
    const h = harness([fail(423, "Locked", {}, { "Retry-After": "2" }), fail(423, "Locked", {}, { "Retry-After": "4" }), noContent()]);
    await h.client.updateOperatingMode(MODE_ID, { name: "N" });
    expect(lines(h.sent)).toEqual(Array(3).fill(`PUT ${h.modes(`/${MODE_ID}`)}`));
    expect(h.sent.every((s) => JSON.stringify(s.body) === '{"name":"N"}')).toBe(true);
    expect(h.sleeps).toEqual([2_000, 4_000]);
  });

  test("503 backs off exponentially with jitter (dice at 0.5: 3/4 of 500, 1000, 2000 ms)", async () => {
    const infos: unknown[] = [];
    const h = harness([fail(503), fail(503), fail(503), ok(mode)], { onRetry: (info) => infos.push(info) });
    await h.client.getOperatingMode(MODE_ID);
    expect(h.sent).toHaveLength(4);
    expect(h.sleeps).toEqual([375, 750, 1_500]);
    const operation = `GET /telephony/config/operatingModes/${MODE_ID}`;
    expect(infos).toEqual([
      { operation, attempt: 1, delayMs: 375, status: 503 },
      { operation, attempt: 2, delayMs: 750, status: 503 },
      { operation, attempt: 3, delayMs: 1_500, status: 503 },
    ]);
    expect(JSON.stringify(infos)).not.toContain(TOKEN);
  });

  test("503 on a POST is retried: the service says it did nothing", async () => {
    const h = harness([fail(503), created(MODE_ID)]);
    await expect(h.client.createOperatingMode(createBody as any)).resolves.toBe(MODE_ID);
    expect(lines(h.sent)).toEqual([`POST ${h.modes()}`, `POST ${h.modes()}`]);
  });

  test.each([502, 504])("%i on a GET is retried", async (status) => {
    const h = harness([fail(status), ok(mode)]);
    await expect(h.client.getOperatingMode(MODE_ID)).resolves.toEqual(mode);
    expect(h.sent).toHaveLength(2);
    expect(h.sleeps).toEqual([375]);
  });

  test.each([502, 504])("%i on a POST is an ambiguous error, never replayed", async (status) => {
    const h = harness([fail(status, "Bad gateway"), created("SHOULD-NOT-BE-ASKED")]);
    const e = await rejectionOf(h.client.createOperatingMode(createBody as any));
    expect(isWebexApiError(e)).toBe(true);
    expect(e).toMatchObject({ ambiguous: true, status });
    expect(lines(h.sent)).toEqual([`POST ${h.modes()}`]);
    expect(h.sleeps).toEqual([]);
  });

  test("a connection reset during a POST is ambiguous, never replayed", async () => {
    const h = harness([dropped("ECONNRESET"), created("SHOULD-NOT-BE-ASKED")]);
    const e = await rejectionOf(h.client.createHoliday(MODE_ID, { name: "X", startDate: "2026-01-01" }));
    expect(e).toBeInstanceOf(WebexApiError);
    expect(e.ambiguous).toBe(true);
    expect(e.status).toBeUndefined();
    expect(e.message).toMatch(/POST \/telephony\/config\/operatingModes\/.+\/holidays failed: no response from https:\/\/api-\d+\.webex\.test\/v1 \(ECONNRESET\)/);
    expect(h.sent).toHaveLength(1);
    expect(JSON.stringify(e)).not.toContain(TOKEN);
  });

  test("a connection reset during a GET is retried", async () => {
    const h = harness([dropped("ECONNRESET"), dropped("ETIMEDOUT"), ok(mode)]);
    await expect(h.client.getOperatingMode(MODE_ID)).resolves.toEqual(mode);
    expect(h.sent).toHaveLength(3);
    expect(h.sleeps).toEqual([375, 750]);
  });

  test("a refused connection never reached the service: even a POST is retried", async () => {
    const h = harness([dropped("ECONNREFUSED"), created(MODE_ID)]);
    await expect(h.client.createOperatingMode(createBody as any)).resolves.toBe(MODE_ID);
    expect(lines(h.sent)).toEqual([`POST ${h.modes()}`, `POST ${h.modes()}`]);
    expect(h.sleeps).toEqual([375]);
  });

  test("a Retry-After past the time budget ends the retries, and the error says so", async () => {
    const tooMany = fail(429, "Too many requests", {}, { "Retry-After": "4" });
    const h = harness([tooMany, tooMany, tooMany, ok(mode)], { retry: { maxTotalMs: 10_000 } });
    const e = await rejectionOf(h.client.getOperatingMode(MODE_ID));
    expect(e).toMatchObject({ status: 429, ambiguous: false });
    expect(h.sent).toHaveLength(3); // at 0 s, 4 s, 8 s; a wait until 12 s would pass the 10 s budget
    expect(h.sleeps).toEqual([4_000, 4_000]);
    expect(e.message).toMatch(/HTTP 429/);
    expect(e.message).toMatch(/budget/);
  });

  test("a first Retry-After longer than the whole budget fails at once, naming the wait", async () => {
    const h = harness([fail(429, "Too many requests", {}, { "Retry-After": "600" }), ok(mode)]);
    const e = await rejectionOf(h.client.getOperatingMode(MODE_ID));
    expect(h.sent).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
    expect(e.message).toMatch(/a retry in 600 s would pass the 180 s budget/);
  });

  test("the attempt limit ends the retries, and the error says so", async () => {
    const h = harness([fail(503), fail(503), fail(503), ok(mode)], { retry: { maxAttempts: 3 } });
    const e = await rejectionOf(h.client.getOperatingMode(MODE_ID));
    expect(e.status).toBe(503);
    expect(h.sent).toHaveLength(3);
    expect(h.sleeps).toEqual([375, 750]);
    expect(e.message).toMatch(/gave up after 3 attempts/);
  });

  test.each([400, 401, 403, 404, 409, 500])("%i is not retried", async (status) => {
    const h = harness([fail(status), ok(mode)]);
    const e = await rejectionOf(h.client.updateOperatingMode(MODE_ID, { name: "N" }));
    expect(e).toMatchObject({ status, ambiguous: false });
    expect(h.sent).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
    expect(e.message).not.toMatch(/gave up|budget/);
  });
});

describe("error messages", () => {
  test("one line: operation, HTTP status, message, descriptions, errorCode, trackingId from the body", async () => {
    const body = {
      message: "Operating mode name already exists.",
      errors: [
        { description: "An operating mode named Business hours already exists at this level.", errorCode: 4408 },
        { description: "Choose another name.", errorCode: 4409 },
      ],
      trackingId: "ROUTER_6A1F-BODY",
    };
    const h = harness([{ status: 409, body, headers: { TrackingID: "ROUTER_HEADER" } }]);
    const e = await rejectionOf(h.client.createOperatingMode(createBody as any));
    const message: string = e.message;
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toMatch(/^Webex API POST \/telephony\/config\/operatingModes failed: HTTP 409/);
    for (const part of [
      "Operating mode name already exists.",
      "An operating mode named Business hours already exists at this level.",
      "Choose another name.",
      "errorCode 4408, 4409",
      "trackingId ROUTER_6A1F-BODY",
    ])
      expect(message).toContain(part);
    expect(message).not.toContain("ROUTER_HEADER");
    expect(e.details).toMatchObject({ status: 409, errorCodes: [4408, 4409], trackingId: "ROUTER_6A1F-BODY" });
  });

  test("the TrackingID header when the body has none", async () => {
    const h = harness([{ status: 400, body: { message: "Invalid time" }, headers: { TrackingID: "ROUTER_FROM_HEADER" } }]);
    const e = await rejectionOf(h.client.getOperatingMode(MODE_ID));
    expect(e.message).toContain("(trackingId ROUTER_FROM_HEADER)");
    expect(e.message).toContain("Invalid time");
  });

  test("a gateway's HTML page becomes one readable line", async () => {
    const html = "<html>\r\n<head><title>500 Internal Server Error</title></head>\n<body>\n  <center><h1>500 Internal Server Error</h1></center>\n</body>\n</html>\n";
    const h = harness([{ status: 500, body: html, headers: { "Content-Type": "text/html", TrackingID: "ROUTER_HTML" } }]);
    const e = await rejectionOf(h.client.getOperatingMode(MODE_ID));
    expect(e.message).not.toMatch(/[\r\n]/);
    expect(e.message).toMatch(/HTTP 500/);
    expect(e.message).toContain("500 Internal Server Error");
    expect(e.message).toContain("ROUTER_HTML");
  });

  test("an empty error body still names the operation and status", async () => {
    const h = harness([{ status: 404 }]);
    const e = await rejectionOf(h.client.deleteOperatingMode(MODE_ID));
    expect(e.message).toBe(`Webex API DELETE /telephony/config/operatingModes/${MODE_ID} failed: HTTP 404`);
  });

  test.each([
    ["an HTTP error", [fail(401, "Unauthorized")]],
    ["an ambiguous network error", [dropped("ECONNRESET")]],
    ["an exhausted budget", [fail(503), fail(503)]],
  ])("the token is in neither the message nor the serialised error: %s", async (_label, steps) => {
    const h = harness(steps, { retry: { maxAttempts: 2 } });
    const e = await rejectionOf(h.client.createOperatingMode(createBody as any));
    expect(h.sent[0].headers.authorization).toContain(TOKEN); // the token was really sent
    for (const text of [e.message, String(e.stack), JSON.stringify(e), JSON.stringify(e.details)]) expect(text).not.toContain(TOKEN);
  });
});

describe("pagination", () => {
  test.each([
    ['<https://h/v1/a?start=10>; rel="next"', "https://h/v1/a?start=10"],
    ["<https://h/v1/a?start=10>; rel=next", "https://h/v1/a?start=10"],
    ['<https://h/v1/a?start=0>; rel="prev", <https://h/v1/a?start=20>; rel="next"', "https://h/v1/a?start=20"],
    ['<https://h/v1/a?n=1,2&start=0>; rel="first", <https://h/v1/a?n=1,2&start=2>; rel="next", <https://h/v1/a?n=1,2&start=4>; rel="last"', "https://h/v1/a?n=1,2&start=2"],
    ['<https://h/v1/a?start=0>; rel="first"', undefined],
    ["", undefined],
    [undefined, undefined],
  ])("nextLink(%j) is %j", (header, url) => {
    expect(nextLink(header)).toBe(url);
  });

  test("follows Link rel=next to the end; the next URL already carries every query parameter", async () => {
    const h = harness([], { orgId: ORG_ID });
    const org = `orgId=${encodeURIComponent(ORG_ID)}`;
    const page2 = `${h.modes()}?name=Hours&max=100&start=100&${org}`;
    const page3 = `${h.modes()}?name=Hours&max=100&start=200&${org}`;
    const script = scriptedAdapter([
      ok({ operatingModes: [{ id: "1" }, { id: "2" }] }, { Link: `<${page2}>; rel="next"` }),
      ok({ operatingModes: [{ id: "3" }] }, { Link: `<${page3}>; rel="next", <${h.modes()}?name=Hours&max=100&start=0&${org}>; rel="first"` }),
      ok({ operatingModes: [{ id: "4" }] }, { Link: `<${h.modes()}?name=Hours&max=100&start=0&${org}>; rel="first"` }),
    ]);
    const client = new WebexClient(new WebexHttp({ baseUrl: h.baseUrl, token: TOKEN, orgId: ORG_ID, adapter: script.adapter, sleep: h.clock.sleep, now: h.clock.now }));
    const counts: number[] = [];
    const items = await client.listOperatingModes({ name: "Hours" }, undefined, (n) => counts.push(n));
    expect(items.map((m) => m.id)).toEqual(["1", "2", "3", "4"]);
    expect(lines(script.sent)).toEqual([`GET ${h.modes()}?name=Hours&max=100&${org}`, `GET ${page2}`, `GET ${page3}`]);
    expect(counts).toEqual([2, 3, 4]);
  });

  test("a next link whose URL holds commas is followed whole", async () => {
    const h = harness([]);
    const numbers = `${h.baseUrl}/telephony/config/locations/${LOCATION_ID}/operatingModes/callForwarding/availableNumbers`;
    const next = `${numbers}?phoneNumber=%2B14085551234,%2B14085551235,2001&start=2&max=2`;
    const script = scriptedAdapter([
      ok({ phoneNumbers: [{ phoneNumber: "+14085551234" }, { phoneNumber: "+14085551235" }] }, { Link: `<${numbers}?phoneNumber=%2B14085551234,%2B14085551235,2001&start=0&max=2>; rel="first", <${next}>; rel="next"` }),
      ok({ phoneNumbers: [{ extension: "2001" }] }),
    ]);
    const client = new WebexClient(new WebexHttp({ baseUrl: h.baseUrl, token: TOKEN, adapter: script.adapter, sleep: h.clock.sleep, now: h.clock.now }));
    const items = await client.listCallForwardAvailableNumbers(LOCATION_ID, { phoneNumber: ["+14085551234", "+14085551235", "2001"] });
    expect(items).toEqual([{ phoneNumber: "+14085551234" }, { phoneNumber: "+14085551235" }, { extension: "2001" }]);
    expect(lines(script.sent)).toEqual([`GET ${numbers}?phoneNumber=%2B14085551234,%2B14085551235,2001`, `GET ${next}`]);
  });

  test("a missing list key reads as an empty list", async () => {
    const h = harness([ok({}), ok({ items: null }), ok("")]);
    await expect(h.client.listOperatingModes()).resolves.toEqual([]);
    await expect(h.client.listLocations()).resolves.toEqual([]);
    await expect(h.client.listCallForwardAvailableNumbers(LOCATION_ID)).resolves.toEqual([]);
    expect(h.sent).toHaveLength(3);
  });

  test("an empty page in the middle does not stop the paging", async () => {
    const h = harness([]);
    const p2 = `${h.modes()}?max=100&start=100`;
    const p3 = `${h.modes()}?max=100&start=200`;
    const script = scriptedAdapter([ok({ operatingModes: [{ id: "1" }] }, { Link: `<${p2}>; rel="next"` }), ok({}, { Link: `<${p3}>; rel="next"` }), ok({ operatingModes: [{ id: "3" }] })]);
    const client = new WebexClient(new WebexHttp({ baseUrl: h.baseUrl, token: TOKEN, adapter: script.adapter, sleep: h.clock.sleep, now: h.clock.now }));
    await expect(client.listOperatingModes()).resolves.toEqual([{ id: "1" }, { id: "3" }]);
    expect(script.sent).toHaveLength(3);
  });

  test("available modes read a missing key as empty", async () => {
    const h = harness([ok({})]);
    await expect(h.client.getAvailableOperatingModes(LOCATION_ID)).resolves.toEqual([]);
    expect(lines(h.sent)).toEqual([`GET ${h.baseUrl}/telephony/config/locations/${LOCATION_ID}/operatingModes/availableOperatingModes`]);
  });

  test("a next link given as a path (RFC 8288 allows relative references) resolves on the same origin", async () => {
    const h = harness([]);
    const script = scriptedAdapter([ok({ operatingModes: [{ id: "1" }] }, { Link: `</v1/telephony/config/operatingModes?max=100&start=100>; rel="next"` }), ok({ operatingModes: [{ id: "2" }] })]);
    const client = new WebexClient(new WebexHttp({ baseUrl: h.baseUrl, token: TOKEN, adapter: script.adapter, sleep: h.clock.sleep, now: h.clock.now }));
    await expect(client.listOperatingModes()).resolves.toEqual([{ id: "1" }, { id: "2" }]);
    expect(lines(script.sent)).toEqual([`GET ${h.modes()}?max=100`, `GET ${h.modes()}?max=100&start=100`]);
  });

  test("a next link to another origin is refused: the token never goes there", async () => {
    const h = harness([ok({ operatingModes: [{ id: "1" }] }, { Link: `<https://evil.example/v1/telephony/config/operatingModes?start=100>; rel="next"` }), ok({ operatingModes: [] })]);
    await expect(h.client.listOperatingModes()).rejects.toThrow(/refusing to follow a link to another origin: https:\/\/evil\.example/);
    expect(h.sent).toHaveLength(1);
  });

  test.each([
    ["http instead of https", (base: string) => base.replace("https://", "http://")],
    ["another port", (base: string) => base.replace(".test/", ".test:8443/")],
  ])("a next link with %s is another origin", async (_label, change) => {
    const h = harness([]);
    const script = scriptedAdapter([ok({ operatingModes: [] }, { Link: `<${change(h.baseUrl)}/telephony/config/operatingModes?start=1>; rel="next"` })]);
    const client = new WebexClient(new WebexHttp({ baseUrl: h.baseUrl, token: TOKEN, adapter: script.adapter, sleep: h.clock.sleep, now: h.clock.now }));
    await expect(client.listOperatingModes()).rejects.toThrow(/another origin/);
    expect(script.sent).toHaveLength(1);
  });
});

test("a connection that cannot be made is tried 3 times, not 10, and the error names the base URL to check", async () => {
  const h = harness([dropped("ECONNREFUSED"), dropped("ECONNREFUSED"), dropped("ECONNREFUSED"), ok({ id: "never" })], { orgId: ORG_ID });
  const e = await h.client.getOperatingMode("x").catch((err) => err);
  expect(h.sent).toHaveLength(3);
  expect(e.message).toMatch(/no response from https:\/\/api-\d+\.webex\.test\/v1; check webex:baseUrl \(or WEBEX_BASE_URL\) \(ECONNREFUSED\)/);
});

describe("the per-organisation limiter", () => {
  /** A sleep that records and then waits for the test to let it go. */
  function gatedSleep() {
    const sleeps: number[] = [];
    let release: () => void = () => undefined;
    const sleep = (ms: number) => {
      sleeps.push(ms);
      return new Promise<void>((resolve) => (release = resolve));
    };
    return { sleeps, sleep, release: () => release() };
  }
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setImmediate(r));
    if (!condition()) throw new Error("condition never became true");
  };

  test("a 429 pauses the other requests of the same organisation, not those of another", async () => {
    const clock = fakeClock();
    const baseUrl = freshBaseUrl();
    const a = gatedSleep();
    const first = harness([fail(429, "Too many", {}, { "Retry-After": "5" }), ok({ id: "a" })], { baseUrl, orgId: ORG_ID, now: clock.now, sleep: a.sleep });
    const pending = first.client.getOperatingMode("a");
    await until(() => a.sleeps.length === 1);
    expect(a.sleeps).toEqual([5_000]);

    // Another resource of the same organisation (another client object, as for another resource).
    const sameOrgSleeps: number[] = [];
    const sameOrg = harness([ok({ id: "b" })], { baseUrl, orgId: ORG_ID, now: clock.now, sleep: async (ms) => (sameOrgSleeps.push(ms), clock.sleep(ms)) });
    // Another organisation of the same partner.
    const otherOrgSleeps: number[] = [];
    const otherOrg = harness([ok({ id: "c" })], { baseUrl, orgId: OTHER_ORG_ID, now: clock.now, sleep: async (ms) => void otherOrgSleeps.push(ms) });

    await otherOrg.client.getOperatingMode("c");
    expect(otherOrgSleeps).toEqual([]);

    await sameOrg.client.getOperatingMode("b");
    expect(sameOrgSleeps).toEqual([5_000]);
    expect(sameOrg.sent).toHaveLength(1);

    a.release();
    await expect(pending).resolves.toEqual({ id: "a" });
    expect(first.sent).toHaveLength(2);
    expect(a.sleeps).toEqual([5_000]); // the pause is over by now: no second wait
  });

  test("a partner's request for another customer (orgId per call) is not held back by a 429 of the default one", async () => {
    const clock = fakeClock();
    const baseUrl = freshBaseUrl();
    const a = gatedSleep();
    const first = harness([fail(429, "Too many", {}, { "Retry-After": "5" }), ok({ id: "a" })], { baseUrl, orgId: ORG_ID, now: clock.now, sleep: a.sleep });
    const pending = first.client.getOperatingMode("a");
    await until(() => a.sleeps.length === 1);

    const otherSleeps: number[] = [];
    const partner = harness([ok({ id: "c" })], { baseUrl, orgId: ORG_ID, now: clock.now, sleep: async (ms) => void otherSleeps.push(ms) });
    await partner.client.getOperatingMode("c", OTHER_ORG_ID);
    expect(otherSleeps).toEqual([]);
    expect(partner.sent[0].url).toContain(`orgId=${encodeURIComponent(OTHER_ORG_ID)}`);

    await clock.sleep(5_000); // the pause is over
    a.release();
    await expect(pending).resolves.toEqual({ id: "a" });
  });

  test("maxConcurrency bounds the requests in flight for an organisation", async () => {
    const baseUrl = freshBaseUrl();
    const inFlight: (() => void)[] = [];
    let concurrent = 0;
    let most = 0;
    const gate = (): Promise<{ status: number; body: unknown }> => {
      concurrent++;
      most = Math.max(most, concurrent);
      return new Promise((resolve) =>
        inFlight.push(() => {
          concurrent--;
          resolve({ status: 200, body: { id: "x" } });
        }),
      );
    };
    const h = harness([gate, gate, gate], { baseUrl, orgId: ORG_ID, maxConcurrency: 2 });
    const all = Promise.all([h.client.getOperatingMode("1"), h.client.getOperatingMode("2"), h.client.getOperatingMode("3")]);
    await new Promise((r) => setTimeout(r, 20));
    expect(h.sent).toHaveLength(2);
    inFlight.shift()!();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.sent).toHaveLength(3);
    while (inFlight.length) inFlight.shift()!();
    await all;
    expect(most).toBe(2);
  });
});
