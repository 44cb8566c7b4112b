// When to try a request again, and after how long. Pure: the clock and the dice are arguments.
//
// - 429 and 423 are answers: the request was not carried out, so every method may be retried, after
//   Retry-After when the service gives one.
// - 503 likewise means "not processed"; 502, 504 and lost connections do not say whether a write
//   happened, so a POST is never replayed after them (the caller looks the object up instead).
// - A refused connection never reached the service: always safe to retry.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No retry is scheduled that would end later than this after the first attempt. */
  maxTotalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  maxTotalMs: 180_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

export interface AttemptOutcome {
  method: string;
  attempt: number; // 1 for the first
  elapsedMs: number;
  status?: number; // undefined when no response came
  networkCode?: string;
  retryAfterMs?: number;
}

export type RetryDecision =
  | { kind: "retry"; delayMs: number }
  | { kind: "fail"; reason: string }
  | { kind: "ambiguous" };

const ANSWERED_NOT_DONE = new Set([423, 429, 503]);
const MAYBE_DONE = new Set([502, 504]);
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
/** A connection that cannot be made at all is most often a wrong base URL: do not wait minutes on it. */
const NEVER_SENT_ATTEMPTS = 3;

export function neverSent(networkCode: string | undefined): boolean {
  return networkCode !== undefined && NEVER_SENT.has(networkCode);
}

export function decideRetry(policy: RetryPolicy, o: AttemptOutcome, random: () => number): RetryDecision {
  const safeToRepeat = o.method !== "POST";
  let retryable: boolean;
  if (o.status !== undefined) {
    if (ANSWERED_NOT_DONE.has(o.status)) retryable = true;
    else if (MAYBE_DONE.has(o.status)) {
      if (!safeToRepeat) return { kind: "ambiguous" };
      retryable = true;
    } else retryable = false;
  } else if (o.networkCode && NEVER_SENT.has(o.networkCode)) retryable = true;
  else {
    if (!safeToRepeat) return { kind: "ambiguous" };
    retryable = true;
  }
  if (!retryable) return { kind: "fail", reason: "not retryable" };
  const maxAttempts = neverSent(o.networkCode) ? Math.min(policy.maxAttempts, NEVER_SENT_ATTEMPTS) : policy.maxAttempts;
  if (o.attempt >= maxAttempts) return { kind: "fail", reason: `gave up after ${o.attempt} attempts` };
  const delayMs = o.retryAfterMs ?? backoffMs(policy, o.attempt, random);
  if (o.elapsedMs + delayMs > policy.maxTotalMs)
    return { kind: "fail", reason: `a retry in ${Math.ceil(delayMs / 1000)} s would pass the ${Math.round(policy.maxTotalMs / 1000)} s budget` };
  return { kind: "retry", delayMs };
}

/** Exponential backoff with full jitter, so that parallel resources do not retry in lockstep. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP-date (IMF-fixdate, RFC 850 or asctime) starts with the day name and is always GMT.
  // Date.parse alone reads almost anything ("-5", "abc 12") as some past date, i.e. "retry now",
  // and reads asctime, which has no zone, as local time.
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i.test(text)) return undefined;
  const at = Date.parse(/GMT$/i.test(text) ? text : `${text} GMT`);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
