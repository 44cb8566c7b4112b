// A scripted transport for WebexHttp/WebexClient: each request takes the next scripted reply and is
// recorded as it would go on the wire (method, full URL with query, JSON body, headers). Sleeping
// only records the delay and moves a fake clock, so no test ever waits.
import axios, { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from "axios";
import { HttpOptions, WebexHttp } from "../../../provider/client/http";
import { WebexClient } from "../../../provider/client/webex-client";

export const TOKEN = "tok_SECRET-7f3a9c1e-do-not-leak";

export interface Sent {
  method: string;
  url: string;
  body?: unknown;
  headers: Record<string, string>;
}

export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { networkError: string };

/** A reply, or a function of the request that returns one (to answer from what was sent). */
export type Step = Reply | ((sent: Sent) => Reply | Promise<Reply>);

export const ok = (body?: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body, headers });
export const created = (id: string): Reply => ({ status: 201, body: { id } });
export const noContent = (): Reply => ({ status: 204 });
export const fail = (status: number, message = `error ${status}`, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Reply => ({
  status,
  body: { message, errors: [{ description: message }], trackingId: `ROUTER_${status}`, ...extra },
  headers,
});
export const dropped = (code = "ECONNRESET"): Reply => ({ networkError: code });

export function scriptedAdapter(steps: Step[]) {
  const queue = [...steps];
  const sent: Sent[] = [];
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    const request: Sent = {
      method: String(config.method).toUpperCase(),
      url: axios.getUri(config),
      headers: Object.fromEntries(Object.entries(config.headers.toJSON()).map(([k, v]) => [k.toLowerCase(), String(v)])),
    };
    if (config.data !== undefined) request.body = typeof config.data === "string" ? JSON.parse(config.data) : config.data;
    sent.push(request);
    const step = queue.shift();
    // An unscripted request gets an answer that is never retried, so the test fails on the sequence.
    const reply: Reply = step === undefined ? { status: 599, body: { message: `unscripted request ${request.method} ${request.url}` } } : typeof step === "function" ? await step(request) : step;
    if ("networkError" in reply) throw Object.assign(new Error(`socket error ${reply.networkError}`), { code: reply.networkError, config });
    const response: AxiosResponse = { status: reply.status, statusText: "", data: reply.body ?? "", headers: reply.headers ?? {}, config, request: {} };
    return response;
  };
  return { adapter, sent, remaining: () => queue.length };
}

export const START = Date.UTC(2026, 0, 5, 12, 0, 0); // Mon, 05 Jan 2026 12:00:00 GMT

/** A clock that moves only when someone sleeps. */
export function fakeClock(start = START) {
  const state = { now: start };
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => state.now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      state.now += ms;
    },
    httpDate: (offsetMs: number) => new Date(state.now + offsetMs).toUTCString(),
  };
}

let hosts = 0;
/** A base URL of its own: the per-organisation limiters are process-wide and keyed by it. */
export function freshBaseUrl(): string {
  return `https://api-${++hosts}.webex.test/v1`;
}

export interface Harness {
  http: WebexHttp;
  client: WebexClient;
  sent: Sent[];
  sleeps: number[];
  clock: ReturnType<typeof fakeClock>;
  baseUrl: string;
  /** The URL of an operating-modes path, e.g. modes("/abc") */
  modes: (suffix?: string) => string;
  remaining: () => number;
}

export function harness(steps: Step[], options: Partial<HttpOptions> = {}): Harness {
  const script = scriptedAdapter(steps);
  const clock = fakeClock();
  const baseUrl = options.baseUrl ?? freshBaseUrl();
  const http = new WebexHttp({
    baseUrl,
    token: TOKEN,
    adapter: script.adapter,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    ...options,
  });
  return {
    http,
    client: new WebexClient(http),
    sent: script.sent,
    sleeps: clock.sleeps,
    clock,
    baseUrl,
    modes: (suffix = "") => `${baseUrl}/telephony/config/operatingModes${suffix}`,
    remaining: script.remaining,
  };
}

/** The sequence as "METHOD url" lines, for readable assertions. */
export function lines(sent: Sent[]): string[] {
  return sent.map((s) => `${s.method} ${s.url}`);
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection, but the promise resolved");
}
