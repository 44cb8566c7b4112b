/** Fault injection over real HTTP, and the admin path that drives it. */
import { body, Client, Harness, MODES, SEED, SEED_TOKENS, start } from "./helpers";

let h: Harness;
let api: Client;

beforeAll(async () => {
  h = await start();
  api = h.api;
});
afterAll(() => h.emulator.close());
beforeEach(() => h.admin.reset());

/** A request whose connection is dropped makes fetch reject with a socket error. */
async function expectDropped(p: Promise<unknown>): Promise<void> {
  await expect(p).rejects.toMatchObject({ message: "fetch failed", cause: expect.objectContaining({ code: "UND_ERR_SOCKET" }) });
}

async function statuses(client: Client, n: number): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < n; i++) result.push((await client.get(MODES)).status);
  return result;
}

describe("random faults", () => {
  test("rate429 = 1 answers every request 429 with the configured Retry-After and a Webex error body", async () => {
    await h.admin.faults({ rate429: 1, retryAfterSeconds: 7 });
    const res = await api.get(MODES);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(res.body).toMatchObject({ message: expect.any(String), errors: [{ errorCode: expect.any(Number) }] });
    expect(res.body.trackingId).toBe(res.headers.get("trackingid"));
  });

  test("rate5xx = 1 answers with the configured 5xx status", async () => {
    await h.admin.faults({ rate5xx: 1, status5xx: 502 });
    const res = await api.post(MODES, body.sameHours("Never"));
    expect(res.status).toBe(502);
    await h.admin.faults({ rate5xx: 0 });
    expect((await api.get(MODES)).body.operatingModes).toEqual([]);
  });

  test("the same seed gives the same fault sequence; another seed another one", async () => {
    const run = async (seed: number) => {
      await h.admin.reset();
      await h.admin.faults({ seed, rate429: 0.5 });
      return statuses(api, 24);
    };
    const a = await run(42);
    const b = await run(42);
    const c = await run(7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toContain(429);
    expect(a).toContain(200);
  });

  test("rates are honoured statistically (20% 429 over 400 requests)", async () => {
    await h.admin.faults({ seed: 3, rate429: 0.2 });
    const result = await statuses(api, 400);
    const share = result.filter((s) => s === 429).length / result.length;
    expect(share).toBeGreaterThan(0.13);
    expect(share).toBeLessThan(0.27);
  });

  test("latencyMs delays every request", async () => {
    await h.admin.faults({ latencyMs: 150 });
    const t0 = Date.now();
    expect((await api.get(MODES)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  test("a drop before commit loses the connection and the write does not happen", async () => {
    await h.admin.faults({ dropBeforeCommitRate: 1 });
    await expectDropped(api.post(MODES, body.sameHours("Lost")));
    expect((await api.get(MODES)).status).toBe(200); // reads are never dropped at random
    await h.admin.faults({ dropBeforeCommitRate: 0 });
    expect((await api.get(MODES)).body.operatingModes).toEqual([]);
  });

  test("a drop after commit loses the connection although the write happened", async () => {
    await h.admin.faults({ dropAfterCommitRate: 1 });
    await expectDropped(api.post(MODES, body.sameHours("Ghost")));
    await h.admin.faults({ dropAfterCommitRate: 0 });
    expect((await api.get(MODES)).body.operatingModes.map((m: { name: string }) => m.name)).toEqual(["Ghost"]);
  });
});

describe("quota per organisation and window", () => {
  test("requests over the quota get 429 with Retry-After = seconds until the window resets", async () => {
    await h.admin.faults({ quota: { limit: 3, windowSeconds: 60 } });
    expect(await statuses(api, 3)).toEqual([200, 200, 200]);
    const over = await api.get(MODES);
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  test("each organisation has its own quota", async () => {
    await h.admin.faults({ quota: { limit: 2, windowSeconds: 60 } });
    expect(await statuses(api, 3)).toEqual([200, 200, 429]);
    expect(await statuses(api.as(SEED_TOKENS.contosoAdmin), 2)).toEqual([200, 200]);
    // A partner acting on Contoso draws from Contoso's quota, not its own.
    expect((await api.as(SEED_TOKENS.globexPartner).get(MODES, { query: { orgId: SEED.contoso } })).status).toBe(429);
    expect((await api.as(SEED_TOKENS.globexPartner).get(MODES)).status).toBe(200);
  });

  test("the quota is available again once the window has passed", async () => {
    await h.admin.faults({ quota: { limit: 1, windowSeconds: 0.4 } });
    expect(await statuses(api, 2)).toEqual([200, 429]);
    await new Promise((r) => setTimeout(r, 450));
    expect((await api.get(MODES)).status).toBe(200);
  });
});

describe("scripted faults", () => {
  test("the next N requests matching method and path get the scripted status, then normal service resumes", async () => {
    await h.admin.faults({ script: [{ method: "POST", path: "/operatingModes/?$", count: 2, status: 503, retryAfter: 2 }] });
    expect((await api.get(MODES)).status).toBe(200); // GET does not match
    const first = await api.post(MODES, body.sameHours("A"));
    expect(first.status).toBe(503);
    expect(first.headers.get("retry-after")).toBe("2");
    expect((await api.post(MODES, body.sameHours("A"))).status).toBe(503);
    expect((await api.post(MODES, body.sameHours("A"))).status).toBe(201);
  });

  test("entries are consumed in order and the admin path shows what is left", async () => {
    await h.admin.faults({ script: [{ status: 500 }, { status: 429, retryAfter: 0 }, { method: "DELETE", status: 423 }] });
    expect((await api.get(MODES)).status).toBe(500);
    const left = (await h.admin.call("GET", "/faults")).body.script;
    expect(left).toEqual([{ status: 429, retryAfter: 0, count: 1 }, { method: "DELETE", status: 423, count: 1 }]);
    expect((await api.get(MODES)).status).toBe(429);
    expect((await api.get(MODES)).status).toBe(200);
  });

  test("a scripted drop before commit loses a PUT without changing anything", async () => {
    const id = await api.createMode(body.sameHours("Before"));
    await h.admin.faults({ script: [{ method: "PUT", drop: "before-commit" }] });
    await expectDropped(api.put(`${MODES}/${id}`, { name: "After" }));
    expect((await api.get(`${MODES}/${id}`)).body.name).toBe("Before");
  });

  test("a scripted drop after commit loses a DELETE that happened", async () => {
    const id = await api.createMode(body.sameHours("Doomed"));
    await h.admin.faults({ script: [{ method: "DELETE", drop: "after-commit" }] });
    await expectDropped(api.del(`${MODES}/${id}`));
    expect((await api.get(`${MODES}/${id}`)).status).toBe(404);
  });

  test("scripted faults come before random ones and the quota", async () => {
    await h.admin.faults({ rate429: 1, script: [{ status: 504 }] });
    expect((await api.get(MODES)).status).toBe(504);
    expect((await api.get(MODES)).status).toBe(429);
  });
});

describe("admin path", () => {
  test("GET /faults shows the configuration; PUT merges; DELETE clears", async () => {
    await h.admin.faults({ rate429: 0.1 });
    const merged = await h.admin.faults({ latencyMs: 5 });
    expect(merged.body).toMatchObject({ rate429: 0.1, latencyMs: 5, status5xx: 503 });
    expect((await h.admin.call("GET", "/faults")).body).toEqual(merged.body);
    expect((await h.admin.call("DELETE", "/faults")).status).toBe(204);
    expect((await h.admin.call("GET", "/faults")).body).toMatchObject({ rate429: 0, latencyMs: 0, script: [] });
  });

  test("an invalid fault configuration gets 400 naming every problem, and changes nothing", async () => {
    const res = await h.admin.faults({ rate429: 2, status5xx: 404, script: [{ status: 503, drop: "before-commit" }], bogus: 1 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/rate429/);
    expect(res.body.message).toMatch(/status5xx/);
    expect(res.body.message).toMatch(/script\[0\]: give exactly one of status and drop/);
    expect(res.body.message).toMatch(/bogus/);
    expect((await h.admin.call("GET", "/faults")).body.rate429).toBe(0);
  });

  test("the request log lists method, path, query, status, orgId and time of each /v1 request", async () => {
    await h.admin.call("DELETE", "/requests");
    const before = Date.now();
    await api.get(MODES, { query: { name: "x" } });
    await api.post(MODES, {});
    await api.get(MODES, { token: null });
    const log = await h.admin.requests();
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({
      method: "GET",
      path: "/v1/telephony/config/operatingModes",
      query: { name: "x" },
      status: 200,
      orgId: SEED.northwind,
    });
    expect(Date.parse(log[0].time)).toBeGreaterThanOrEqual(before - 1000);
    expect(log[1]).toMatchObject({ method: "POST", status: 400 });
    expect(log[2]).toMatchObject({ status: 401 });
    expect(log[2]).not.toHaveProperty("orgId");
  });

  test("the request log notes injected faults and dropped connections", async () => {
    await h.admin.call("DELETE", "/requests");
    await h.admin.faults({ script: [{ status: 503 }, { method: "POST", drop: "after-commit" }] });
    await api.get(MODES);
    await expectDropped(api.post(MODES, body.sameHours("x")));
    const log = await h.admin.requests();
    expect(log.map((e) => [e.status, e.fault, e.dropped])).toEqual([
      [503, "script", undefined],
      [0, "script", "after-commit"],
    ]);
  });

  test("DELETE /requests empties the log; admin requests are never logged", async () => {
    await api.get(MODES);
    expect((await h.admin.call("DELETE", "/requests")).status).toBe(204);
    await h.admin.call("GET", "/faults");
    expect(await h.admin.requests()).toEqual([]);
  });

  test("GET /state dumps the whole state", async () => {
    const id = await api.createMode(body.sameHours("Dumped"));
    const state = (await h.admin.call("GET", "/state")).body;
    expect(state.format).toBe("webex-opmodes-emulator-state/1");
    expect(state.organizations[0].operatingModes.map((m: { id: string }) => m.id)).toEqual([id]);
    expect(state.organizations[2].locations.map((l: { name: string }) => l.name)).toEqual(["Austin Clinic", "Portland Clinic"]);
  });

  test("POST /reset restores the seed, empties the log and restores the start-up faults", async () => {
    const h2 = await start({ faults: { rate5xx: 1, status5xx: 500 } });
    try {
      await h2.admin.faults({ rate5xx: 0 });
      await h2.api.createMode(body.sameHours("Temp"));
      expect((await h2.admin.reset()).status).toBe(204);
      expect(await h2.admin.requests()).toEqual([]);
      expect((await h2.api.get(MODES)).status).toBe(500);
      await h2.admin.faults({ rate5xx: 0 });
      expect((await h2.api.get(MODES)).body.operatingModes).toEqual([]);
    } finally {
      await h2.emulator.close();
    }
  });

  test("faults given at start-up apply from the first request", async () => {
    const h2 = await start({ faults: { script: [{ status: 429, retryAfter: 3 }] } });
    try {
      const res = await h2.api.get(MODES);
      expect([res.status, res.headers.get("retry-after")]).toEqual([429, "3"]);
    } finally {
      await h2.emulator.close();
    }
  });

  test("GET /_emulator describes the running emulator", async () => {
    const info = (await h.admin.call("GET", "")).body;
    expect(info.baseUrl).toBe(h.emulator.baseUrl);
    expect(info.quirks).toBe(false);
    expect(info.behaviour.duplicateNameStatus).toBe(409);
    expect(info.organizations.map((o: { name: string }) => o.name)).toEqual(["Northwind Traders", "Globex Partner Services", "Contoso Dental Group"]);
  });
});
