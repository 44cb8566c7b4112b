// One limit per organisation, shared by every resource in the provider process: a large `pulumi up`
// stays under the per-org quota instead of fighting it. Bottleneck queues the requests; the pause
// gate holds every request of an organisation back after a 429 told one of them to wait.
import Bottleneck from "bottleneck";

export interface OrgLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
  /** Hold every request of this organisation until the given time. */
  pauseUntil(atMs: number): void;
  /** How long a request must still wait, at the given time. */
  waitMs(nowMs: number): number;
}

const limiters = new Map<string, OrgLimiter>();

export const DEFAULT_MAX_CONCURRENCY = 8;

export function limiterFor(key: string, maxConcurrent = DEFAULT_MAX_CONCURRENCY): OrgLimiter {
  const id = `${key}|${maxConcurrent}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    const bottleneck = new Bottleneck({ maxConcurrent });
    let pausedUntil = 0;
    limiter = {
      schedule: (task) => bottleneck.schedule(task),
      pauseUntil: (atMs) => {
        pausedUntil = Math.max(pausedUntil, atMs);
      },
      waitMs: (nowMs) => Math.max(0, pausedUntil - nowMs),
    };
    limiters.set(id, limiter);
  }
  return limiter;
}
