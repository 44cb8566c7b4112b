// Shared by the integration tests: the real emulator on loopback (random port), its admin path, a
// WebexClient for a seed token, and the provider contract driven the way the engine drives it.
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { EmulatorOptions, RequestLogEntry, RunningEmulator, startEmulator } from "../../emulator";
import { HttpOptions } from "../../provider/client/http";
import { WebexClient } from "../../provider/client/webex-client";

// The seed's tokens and ids are the emulator tests' own; one list for both suites.
import { SEED_TOKENS as TOKENS, SEED } from "../emulator/helpers";
export { TOKENS, SEED };

export const MODES_PATH = "/v1/telephony/config/operatingModes";

/** The admin path (`/_emulator`): faults, request log, reset, state. No bearer token. */
export class Admin {
  constructor(readonly adminUrl: string) {}

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.adminUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async faults(patch: Record<string, unknown>): Promise<void> {
    const res = await this.call("PUT", "/faults", patch);
    if (res.status !== 200) throw new Error(`setting faults failed: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async requests(): Promise<RequestLogEntry[]> {
    return (await this.call("GET", "/requests")).body.requests;
  }

  async clearRequests(): Promise<void> {
    await this.call("DELETE", "/requests");
  }

  async reset(): Promise<void> {
    const res = await this.call("POST", "/reset");
    if (res.status !== 204) throw new Error(`reset failed: ${res.status}`);
  }

  async state(): Promise<any> {
    return (await this.call("GET", "/state")).body;
  }
}

export interface Emu {
  emulator: RunningEmulator;
  admin: Admin;
  baseUrl: string;
  /** A client for a seed token (default: Northwind's full administrator). */
  client(token?: string, options?: Partial<HttpOptions>): WebexClient;
  close(): Promise<void>;
}

/** Fast retries: the retry tests run against real faults, not against the default back-off. */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 50 };

export async function startEmu(opts: EmulatorOptions = {}): Promise<Emu> {
  const emulator = await startEmulator({ ...opts, port: 0, host: "127.0.0.1" });
  expect(new URL(emulator.baseUrl).hostname).toBe("127.0.0.1");
  return {
    emulator,
    admin: new Admin(emulator.adminUrl),
    baseUrl: emulator.baseUrl,
    client: (token = TOKENS.northwindAdmin, options = {}) =>
      new WebexClient({ baseUrl: emulator.baseUrl, token, retry: FAST_RETRY, ...options }),
    close: () => emulator.close(),
  };
}

/** Requests of the log that went to the API (not to the admin path), as "METHOD path" lines. */
export function lines(log: RequestLogEntry[]): string[] {
  return log.map((r) => `${r.method} ${r.path.replace(MODES_PATH, "~")} ${r.status}`);
}

// ---- the provider contract, driven as the engine does ----

const SERIALIZED = "serialized-provider-code";

/** check with no failures; the checked inputs as the engine hands them on (with __provider). */
export async function checked(provider: dynamic.ResourceProvider, news: Record<string, any>, olds: Record<string, any> = {}): Promise<Record<string, any>> {
  const result = await provider.check!(olds, { ...news, __provider: SERIALIZED });
  expect(result.failures ?? []).toEqual([]);
  return { ...result.inputs, __provider: SERIALIZED };
}

/** What the engine stores as outputs: the provider's outs plus __provider. */
export function state(outs: Record<string, any>): Record<string, any> {
  return { ...outs, __provider: SERIALIZED };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection, but the promise resolved");
}

export function withoutProvider<T extends Record<string, any>>(o: T): Omit<T, "__provider"> {
  const { __provider: _p, ...rest } = o;
  return rest;
}
