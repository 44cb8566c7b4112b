// Sends one API request: the per-organisation limit, retries by the policy in retry.ts, and errors
// mapped to WebexApiError. Clock, sleep, dice and transport are injectable so that tests script the
// responses and assert the exact request sequence without sleeping.
import axios, { AxiosAdapter, AxiosInstance, AxiosResponse } from "axios";
import { createHash } from "crypto";
import { WebexApiError, detailsFromBody } from "./errors";
import { limiterFor, OrgLimiter } from "./limiter";
import { DEFAULT_RETRY_POLICY, RetryPolicy, decideRetry, neverSent, parseRetryAfter } from "./retry";

export interface HttpOptions {
  baseUrl: string;
  token: string;
  /** Partner administrators act on a customer organisation with it. */
  orgId?: string;
  maxConcurrency?: number;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  adapter?: AxiosAdapter;
  /** Told about every retry, e.g. to log it. Never receives the token. */
  onRetry?: (info: { operation: string; attempt: number; delayMs: number; status?: number }) => void;
}

export interface RequestSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path below the base URL, or an absolute URL on the same origin (pagination links). */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  orgId?: string;
}

export interface HttpResult<T> {
  status: number;
  data: T;
  headers: Record<string, string | undefined>;
}

export class WebexHttp {
  private readonly axios: AxiosInstance;
  private readonly policy: RetryPolicy;
  private readonly tokenKey: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  readonly baseUrl: string;
  readonly defaultOrgId?: string;

  constructor(private readonly opts: HttpOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, "");
    this.defaultOrgId = opts.orgId;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.axios = axios.create({
      timeout: opts.timeoutMs ?? 60_000,
      adapter: opts.adapter,
      validateStatus: () => true,
      headers: { Authorization: `Bearer ${opts.token}`, Accept: "application/json" },
      // Keep status handling ours; a proxy from the environment would see the token.
      proxy: false,
    });
    // Without an orgId the token's own organisation is meant: told apart by a hash of the token.
    this.tokenKey = createHash("sha256").update(opts.token).digest("hex").slice(0, 16);
  }

  /** The quota is per organisation: a partner's requests to different customers never wait on each other. */
  private limiterOf(spec: RequestSpec): OrgLimiter {
    const orgId = spec.orgId ?? this.defaultOrgId;
    return limiterFor(`${this.baseUrl}|${orgId ?? this.tokenKey}`, this.opts.maxConcurrency);
  }

  async request<T = unknown>(spec: RequestSpec): Promise<HttpResult<T>> {
    const url = this.resolve(spec.path);
    const operation = `${spec.method} ${url.pathname.replace(/^.*?\/v1(?=\/)/, "")}`;
    const started = this.now();
    const limiter = this.limiterOf(spec);
    for (let attempt = 1; ; attempt++) {
      const wait = limiter.waitMs(this.now());
      if (wait > 0) await this.sleep(wait);
      const outcome = await limiter.schedule(() => this.send(spec, url));
      if (!("networkCode" in outcome) && outcome.status < 400) return outcome as HttpResult<T>;
      const status = "networkCode" in outcome ? undefined : outcome.status;
      const retryAfterMs = status !== undefined ? parseRetryAfter((outcome as HttpResult<unknown>).headers["retry-after"], this.now()) : undefined;
      if (status === 429 && retryAfterMs !== undefined) limiter.pauseUntil(this.now() + retryAfterMs);
      const decision = decideRetry(
        this.policy,
        { method: spec.method, attempt, elapsedMs: this.now() - started, status, networkCode: (outcome as any).networkCode, retryAfterMs },
        this.random,
      );
      if (decision.kind === "retry") {
        this.opts.onRetry?.({ operation, attempt, delayMs: decision.delayMs, status });
        await this.sleep(decision.delayMs);
        continue;
      }
      const error = this.toError(operation, outcome, decision.kind === "ambiguous");
      // Say why retrying stopped: the last answer alone hides the attempts and minutes spent.
      if (decision.kind === "fail" && decision.reason !== "not retryable") error.message += ` (${decision.reason})`;
      throw error;
    }
  }

  private resolve(path: string): URL {
    const base = new URL(this.baseUrl + "/");
    const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(path.replace(/^\/+/, ""), base);
    // Pagination links come from the server: never send the token to another origin.
    if (url.origin !== base.origin) throw new Error(`refusing to follow a link to another origin: ${url.origin}`);
    return url;
  }

  private async send(spec: RequestSpec, url: URL): Promise<HttpResult<unknown> | { networkCode: string }> {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined) params[k] = String(v);
    const orgId = spec.orgId ?? this.defaultOrgId;
    if (orgId && !url.searchParams.has("orgId")) params.orgId = orgId;
    try {
      const res: AxiosResponse = await this.axios.request({
        method: spec.method,
        url: url.toString(),
        params,
        data: spec.body,
        headers: spec.body !== undefined ? { "Content-Type": "application/json" } : undefined,
      });
      return { status: res.status, data: res.data, headers: flattenHeaders(res.headers) };
    } catch (e: any) {
      return { networkCode: String(e?.code ?? "ERR_NETWORK") };
    }
  }

  private toError(operation: string, outcome: HttpResult<unknown> | { networkCode: string }, ambiguous: boolean): WebexApiError {
    if ("networkCode" in outcome) {
      const hint = neverSent(outcome.networkCode) ? "; check webex:baseUrl (or WEBEX_BASE_URL)" : "";
      return new WebexApiError({ operation, networkCode: outcome.networkCode, target: `${this.baseUrl}${hint}` }, ambiguous);
    }
    return new WebexApiError(detailsFromBody(operation, outcome.status, outcome.data, outcome.headers["trackingid"]), ambiguous);
  }
}

function flattenHeaders(h: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries((h as Record<string, unknown>) ?? {})) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v == null ? undefined : String(v);
  return out;
}

/** The URL of rel="next" in an RFC 5988 Link header. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  // Split on the <...> parts, not on commas: a URL may hold commas (phoneNumber=a,b).
  for (const m of link.matchAll(/<([^>]*)>([^<]*)/g)) {
    if (/\brel="?next"?/.test(m[2])) return m[1];
  }
  return undefined;
}
