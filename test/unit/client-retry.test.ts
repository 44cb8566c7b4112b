// The retry policy as pure functions: which outcomes are retried, after how long, and when a POST
// must not be replayed.
import { AttemptOutcome, DEFAULT_RETRY_POLICY, RetryPolicy, backoffMs, decideRetry, parseRetryAfter } from "../../provider/client/retry";

const policy: RetryPolicy = { maxAttempts: 10, maxTotalMs: 180_000, baseDelayMs: 500, maxDelayMs: 30_000 };
const low = () => 0; // the dice at their lowest: half the ceiling
const outcome = (o: Partial<AttemptOutcome>): AttemptOutcome => ({ method: "GET", attempt: 1, elapsedMs: 0, ...o });

describe("decideRetry", () => {
  test("the default policy is bounded", () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeGreaterThan(1);
    expect(DEFAULT_RETRY_POLICY.maxTotalMs).toBeLessThanOrEqual(10 * 60_000);
  });

  describe("answers that say the request was not carried out are retried for every method", () => {
    test.each([
      ["GET", 429, 3_000, 3_000],
      ["POST", 429, 3_000, 3_000],
      ["PUT", 429, undefined, 250],
      ["DELETE", 423, 10_000, 10_000],
      ["POST", 423, undefined, 250],
      ["POST", 503, undefined, 250],
      ["GET", 503, 1_000, 1_000],
    ])("%s answered %i (Retry-After %p ms) is retried after %i ms", (method, status, retryAfterMs, delayMs) => {
      expect(decideRetry(policy, outcome({ method, status, retryAfterMs }), low)).toEqual({ kind: "retry", delayMs });
    });
  });

  describe("answers that may hide a completed write", () => {
    test.each([
      ["POST", 502],
      ["POST", 504],
    ])("%s answered %i is ambiguous: never replayed", (method, status) => {
      expect(decideRetry(policy, outcome({ method, status }), low)).toEqual({ kind: "ambiguous" });
    });

    test.each([
      ["GET", 502],
      ["GET", 504],
      ["PUT", 502],
      ["DELETE", 504],
    ])("%s answered %i is repeatable", (method, status) => {
      expect(decideRetry(policy, outcome({ method, status }), low)).toEqual({ kind: "retry", delayMs: 250 });
    });
  });

  describe("connection failures", () => {
    test.each(["ECONNRESET", "ETIMEDOUT", "ECONNABORTED", "EPIPE", "ERR_NETWORK"])("a POST lost with %s is ambiguous", (networkCode) => {
      expect(decideRetry(policy, outcome({ method: "POST", networkCode }), low)).toEqual({ kind: "ambiguous" });
    });

    test.each(["ECONNRESET", "ETIMEDOUT", "ECONNABORTED"])("a GET lost with %s is retried", (networkCode) => {
      expect(decideRetry(policy, outcome({ method: "GET", networkCode }), low)).toEqual({ kind: "retry", delayMs: 250 });
    });

    test.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"])("a POST that never left (%s) is retried", (networkCode) => {
      expect(decideRetry(policy, outcome({ method: "POST", networkCode }), low)).toEqual({ kind: "retry", delayMs: 250 });
    });
  });

  test.each([400, 401, 403, 404, 405, 409, 410, 415, 428, 500])("%i is not retried", (status) => {
    for (const method of ["GET", "POST", "PUT", "DELETE"]) expect(decideRetry(policy, outcome({ method, status }), low).kind).toBe("fail");
  });

  test("the last attempt gives up and says so", () => {
    expect(decideRetry(policy, outcome({ status: 503, attempt: 10 }), low)).toEqual({ kind: "fail", reason: "gave up after 10 attempts" });
    expect(decideRetry(policy, outcome({ status: 503, attempt: 9 }), low).kind).toBe("retry");
  });

  test.each([
    ["a Retry-After beyond the budget", 170_000, 20_000, "fail"],
    ["a retry that ends exactly at the budget", 175_000, 5_000, "retry"],
    ["a retry that ends one millisecond after", 175_001, 5_000, "fail"],
  ])("%s", (_label, elapsedMs, retryAfterMs, kind) => {
    const decision = decideRetry(policy, outcome({ status: 429, elapsedMs, retryAfterMs }), low);
    expect(decision.kind).toBe(kind);
    if (decision.kind === "fail") expect(decision.reason).toMatch(/would pass the 180 s budget/);
  });

  test("backoff counts against the budget too", () => {
    // attempt 7: ceiling 30 s, half of it with the dice at their lowest.
    expect(decideRetry(policy, outcome({ status: 503, attempt: 7, elapsedMs: 170_000 }), low)).toMatchObject({ kind: "fail" });
    expect(decideRetry(policy, outcome({ status: 503, attempt: 7, elapsedMs: 165_000 }), low)).toEqual({ kind: "retry", delayMs: 15_000 });
  });
});

describe("backoffMs", () => {
  // Ceilings: 500, 1000, 2000, 4000, 8000, 16000, then capped at 30000.
  test.each([
    [1, 250, 500],
    [2, 500, 1_000],
    [3, 1_000, 2_000],
    [4, 2_000, 4_000],
    [5, 4_000, 8_000],
    [6, 8_000, 16_000],
    [7, 15_000, 30_000],
    [12, 15_000, 30_000],
  ])("attempt %i waits between %i and %i ms", (attempt, lowest, highest) => {
    expect(backoffMs(policy, attempt, () => 0)).toBe(lowest);
    expect(backoffMs(policy, attempt, () => 1)).toBe(highest);
    expect(backoffMs(policy, attempt, () => 0.5)).toBe((lowest + highest) / 2);
  });

  test("full jitter: different dice give different delays", () => {
    const delays = new Set([0.1, 0.3, 0.6, 0.9].map((r) => backoffMs(policy, 4, () => r)));
    expect(delays.size).toBe(4);
  });

  test("a custom policy", () => {
    const fast: RetryPolicy = { maxAttempts: 3, maxTotalMs: 1_000, baseDelayMs: 10, maxDelayMs: 25 };
    expect([1, 2, 3].map((a) => backoffMs(fast, a, () => 1))).toEqual([10, 20, 25]);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 0, 5, 12, 0, 0); // Monday, 5 January 2026, 12:00:00 GMT

  test.each([
    ["3", 3_000],
    ["0", 0],
    ["120", 120_000],
    ["1.5", 1_500],
    [" 7 ", 7_000],
  ])("%j seconds", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([
    ["IMF-fixdate", "Mon, 05 Jan 2026 12:00:30 GMT", 30_000],
    ["RFC 850", "Monday, 05-Jan-26 12:00:30 GMT", 30_000],
    // asctime has no zone but means GMT (run with TZ=America/New_York to see the difference).
    ["asctime", "Mon Jan  5 12:00:30 2026", 30_000],
    ["a date in the past", "Mon, 05 Jan 2026 11:59:00 GMT", 0],
    ["now", "Mon, 05 Jan 2026 12:00:00 GMT", 0],
    ["a minute later", "Mon, 05 Jan 2026 12:01:00 GMT", 60_000],
  ])("an HTTP date (%s)", (_label, value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([undefined, "", "   ", "soon", "garbage", "1a", "3 seconds", "5m", "-5", "abc 12", "Retry later 3", "Tomorrow 5", "0x10", "Infinity"])(
    "%j is unreadable: undefined, so that backoff applies",
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});
