/**
 * Fault injection: what a busy or flaky Webex looks like to a client. Set at start-up (options,
 * CLI flags) or at run time through the admin path. Deterministic: a seeded random generator, and a
 * scripted queue for tests that need "exactly the next request fails".
 */

export type DropWhen = "before-commit" | "after-commit";

/** "The next `count` requests matching `method` and `path` get `status` / are dropped." */
export interface ScriptedFault {
  /** HTTP method to match (case-insensitive); any method when left out. */
  method?: string;
  /** Regular expression (source text) matched against the request path without the query string,
   * e.g. `/operatingModes/?$`. Any path when left out. */
  path?: string;
  /** How many matching requests this entry applies to. Default 1. */
  count?: number;
  /** Answer with this status (400..599) and a Webex error body... */
  status?: number;
  /** ...and this Retry-After header (seconds), if given. */
  retryAfter?: number;
  /** ...or drop the connection (socket destroyed, no response) before or after the change is made. */
  drop?: DropWhen;
}

export interface QuotaConfig {
  /** Requests allowed per organisation in each window. */
  limit: number;
  /** Window length in seconds (fixed windows, starting with an organisation's first request). */
  windowSeconds: number;
}

export interface FaultConfig {
  /** Seed of the random generator: the same seed and the same request sequence give the same faults. */
  seed: number;
  /** Probability (0..1) that a request gets 429 with Retry-After. */
  rate429: number;
  /** Retry-After (seconds) on injected 429s. */
  retryAfterSeconds: number;
  /** Probability (0..1) that a request gets a 5xx. */
  rate5xx: number;
  /** Status of injected 5xx responses (500..599), e.g. 503. */
  status5xx: number;
  /** Added to every /v1 request, in milliseconds. */
  latencyMs: number;
  /** Probability (0..1) that a write (POST/PUT/DELETE) loses its connection before the change is made. */
  dropBeforeCommitRate: number;
  /** Probability (0..1) that a write loses its connection after the change is made: the client cannot
   * know whether it happened. */
  dropAfterCommitRate: number;
  /** A request quota per organisation and time window (429 with Retry-After until the window ends),
   * or null for none. */
  quota: QuotaConfig | null;
  /** Scripted faults, consumed in order, before any random one. */
  script: ScriptedFault[];
}

export const NO_FAULTS: Readonly<FaultConfig> = Object.freeze({
  seed: 1,
  rate429: 0,
  retryAfterSeconds: 1,
  rate5xx: 0,
  status5xx: 503,
  latencyMs: 0,
  dropBeforeCommitRate: 0,
  dropAfterCommitRate: 0,
  quota: null,
  script: [],
});

/** Merges `partial` over `base`, validating every field; throws with every problem listed. */
export function resolveFaults(partial: unknown, base: FaultConfig = NO_FAULTS): FaultConfig {
  if (partial === undefined || partial === null) return cloneFaults(base);
  if (typeof partial !== "object" || Array.isArray(partial)) throw new Error("faults must be an object.");
  const p = partial as Record<string, unknown>;
  const problems: string[] = [];
  const result = cloneFaults(base);
  const known = new Set(Object.keys(NO_FAULTS));
  for (const key of Object.keys(p)) if (!known.has(key)) problems.push(`${key}: unknown fault setting.`);
  const rate = (key: keyof FaultConfig): void => {
    if (p[key] === undefined) return;
    const v = p[key];
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) problems.push(`${key}: must be a probability from 0 to 1.`);
    else (result as unknown as Record<string, unknown>)[key] = v;
  };
  const nonNegative = (key: keyof FaultConfig): void => {
    if (p[key] === undefined) return;
    const v = p[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) problems.push(`${key}: must be a number >= 0.`);
    else (result as unknown as Record<string, unknown>)[key] = v;
  };
  rate("rate429");
  rate("rate5xx");
  rate("dropBeforeCommitRate");
  rate("dropAfterCommitRate");
  nonNegative("retryAfterSeconds");
  nonNegative("latencyMs");
  nonNegative("seed");
  if (p.status5xx !== undefined) {
    if (!isIntIn(p.status5xx, 500, 599)) problems.push("status5xx: must be an HTTP status from 500 to 599.");
    else result.status5xx = p.status5xx as number;
  }
  if (p.quota !== undefined) {
    if (p.quota === null) result.quota = null;
    else if (
      typeof p.quota !== "object" ||
      !isIntIn((p.quota as QuotaConfig).limit, 1, Number.MAX_SAFE_INTEGER) ||
      !(typeof (p.quota as QuotaConfig).windowSeconds === "number" && (p.quota as QuotaConfig).windowSeconds > 0)
    ) {
      problems.push("quota: must be null or {limit: integer >= 1, windowSeconds: number > 0}.");
    } else {
      result.quota = { limit: (p.quota as QuotaConfig).limit, windowSeconds: (p.quota as QuotaConfig).windowSeconds };
    }
  }
  if (p.script !== undefined) {
    if (!Array.isArray(p.script)) problems.push("script: must be an array.");
    else result.script = p.script.map((s, i) => checkScripted(s, `script[${i}]`, problems));
  }
  if (problems.length > 0) throw new Error(`Invalid faults: ${problems.join(" ")}`);
  return result;
}

function checkScripted(raw: unknown, path: string, problems: string[]): ScriptedFault {
  if (typeof raw !== "object" || raw === null) {
    problems.push(`${path}: must be an object.`);
    return {};
  }
  const s = raw as ScriptedFault;
  if (s.path !== undefined) {
    try {
      new RegExp(s.path);
    } catch {
      problems.push(`${path}.path: not a valid regular expression.`);
    }
  }
  if (s.count !== undefined && !isIntIn(s.count, 1, Number.MAX_SAFE_INTEGER)) problems.push(`${path}.count: must be an integer >= 1.`);
  if ((s.status === undefined) === (s.drop === undefined)) problems.push(`${path}: give exactly one of status and drop.`);
  if (s.status !== undefined && !isIntIn(s.status, 400, 599)) problems.push(`${path}.status: must be from 400 to 599.`);
  if (s.drop !== undefined && s.drop !== "before-commit" && s.drop !== "after-commit") {
    problems.push(`${path}.drop: must be "before-commit" or "after-commit".`);
  }
  if (s.retryAfter !== undefined && !(typeof s.retryAfter === "number" && s.retryAfter >= 0)) problems.push(`${path}.retryAfter: must be >= 0.`);
  return { ...s, count: s.count ?? 1 };
}

function isIntIn(v: unknown, min: number, max: number): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
}

function cloneFaults(f: FaultConfig): FaultConfig {
  return { ...f, quota: f.quota ? { ...f.quota } : null, script: f.script.map((s) => ({ ...s })) };
}

/** mulberry32: tiny, fast, good enough to make fault sequences reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultRequest {
  method: string;
  path: string;
  orgId: string;
  /** POST, PUT and DELETE: only writes are dropped at random (a dropped GET is just a GET to repeat). */
  isWrite: boolean;
  /** Milliseconds since the epoch (injectable for tests). */
  now: number;
}

/** What to do with one request. `reason` names the fault in the request log. */
export type FaultPlan =
  | { kind: "pass"; dropAfterCommit: boolean; reason?: string }
  | { kind: "status"; status: number; retryAfter?: number; reason: string }
  | { kind: "drop"; reason: string };

interface Window {
  start: number;
  count: number;
}

export class FaultEngine {
  private config: FaultConfig;
  private random: () => number;
  private readonly windows = new Map<string, Window>();

  constructor(config: FaultConfig) {
    this.config = cloneFaults(config);
    this.random = mulberry32(config.seed);
  }

  get current(): FaultConfig {
    return cloneFaults(this.config);
  }

  /** Replaces the configuration. `reseed` (or a changed seed) restarts the random sequence, so a
   * test that sets a seed always gets the same faults, whatever ran before. */
  set(config: FaultConfig, reseed = false): void {
    const restart = reseed || config.seed !== this.config.seed;
    this.config = cloneFaults(config);
    if (restart) this.random = mulberry32(config.seed);
  }

  /** Back to `config` with a fresh random sequence and empty quota windows. */
  reset(config: FaultConfig): void {
    this.config = cloneFaults(config);
    this.random = mulberry32(config.seed);
    this.windows.clear();
  }

  get latencyMs(): number {
    return this.config.latencyMs;
  }

  /**
   * Decides the fate of one request, in this order: the scripted queue, the quota, random 429,
   * random 5xx, random drops of writes. A request refused by the quota does not count against it.
   */
  plan(req: FaultRequest): FaultPlan {
    const scripted = this.takeScripted(req);
    if (scripted) {
      if (scripted.drop === "before-commit") return { kind: "drop", reason: "script" };
      if (scripted.drop === "after-commit") return { kind: "pass", dropAfterCommit: true, reason: "script" };
      return { kind: "status", status: scripted.status!, retryAfter: scripted.retryAfter, reason: "script" };
    }
    const quota = this.checkQuota(req);
    if (quota !== undefined) return { kind: "status", status: 429, retryAfter: quota, reason: "quota" };
    const c = this.config;
    if (c.rate429 > 0 && this.random() < c.rate429) {
      return { kind: "status", status: 429, retryAfter: c.retryAfterSeconds, reason: "random-429" };
    }
    if (c.rate5xx > 0 && this.random() < c.rate5xx) return { kind: "status", status: c.status5xx, reason: "random-5xx" };
    if (req.isWrite && c.dropBeforeCommitRate > 0 && this.random() < c.dropBeforeCommitRate) {
      return { kind: "drop", reason: "random-drop-before-commit" };
    }
    if (req.isWrite && c.dropAfterCommitRate > 0 && this.random() < c.dropAfterCommitRate) {
      return { kind: "pass", dropAfterCommit: true, reason: "random-drop-after-commit" };
    }
    return { kind: "pass", dropAfterCommit: false };
  }

  private takeScripted(req: FaultRequest): ScriptedFault | undefined {
    const index = this.config.script.findIndex(
      (s) =>
        (s.method === undefined || s.method.toUpperCase() === req.method.toUpperCase()) &&
        (s.path === undefined || new RegExp(s.path).test(req.path)),
    );
    if (index < 0) return undefined;
    const entry = this.config.script[index];
    entry.count = (entry.count ?? 1) - 1;
    if (entry.count <= 0) this.config.script.splice(index, 1);
    return entry;
  }

  /** Seconds until the organisation's window resets when it is over quota; otherwise counts the
   * request and returns undefined. */
  private checkQuota(req: FaultRequest): number | undefined {
    const quota = this.config.quota;
    if (!quota) return undefined;
    const windowMs = quota.windowSeconds * 1000;
    let w = this.windows.get(req.orgId);
    if (!w || req.now - w.start >= windowMs) {
      w = { start: req.now, count: 0 };
      this.windows.set(req.orgId, w);
    }
    if (w.count >= quota.limit) return Math.max(1, Math.ceil((w.start + windowMs - req.now) / 1000));
    w.count += 1;
    return undefined;
  }
}
