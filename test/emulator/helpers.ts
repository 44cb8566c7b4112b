/**
 * Test helpers: an emulator on 127.0.0.1 (random port) and a tiny fetch-based client, so the
 * contract tests speak real HTTP exactly as the provider's client will.
 */
import { encodeId, EmulatorOptions, RunningEmulator, startEmulator } from "../../emulator";

export const TOKEN = "test-admin-token";
export const SEED_TOKENS = {
  northwindAdmin: "northwind-admin-token",
  northwindReadOnly: "northwind-readonly-token",
  contosoAdmin: "contoso-admin-token",
  globexPartner: "globex-partner-token",
} as const;

/** Ids of the default seed (emulator/default-seed.json), encoded as the API returns them. */
export const SEED = {
  northwind: encodeId("ORGANIZATION", "393b7156-035b-4f3b-9744-f23999185b6f"),
  globex: encodeId("ORGANIZATION", "da435c9a-c6ca-4702-b36a-1ccea97407b8"),
  contoso: encodeId("ORGANIZATION", "add378f9-d075-49ab-9113-922f9d824c9c"),
  newYork: encodeId("LOCATION", "c492e826-bdc2-4c7a-a06b-b4f922f240b9"),
  denver: encodeId("LOCATION", "9f187c06-b4b0-4c17-82f5-0f124bab6eb4"),
  berlin: encodeId("LOCATION", "208e4fb1-a392-4881-aa3a-ed68ceea2d9c"),
  sydney: encodeId("LOCATION", "5991d3d7-c1f4-4339-8042-d803745bee72"),
  globexChicago: encodeId("LOCATION", "a0a2ed4d-6f97-4ff0-9987-3c0a0e0261ae"),
  austin: encodeId("LOCATION", "db4e2e6a-b20a-42ed-a714-380aec47091a"),
  portland: encodeId("LOCATION", "946a1fec-4017-4b1c-a14e-9c6725447f80"),
  anaSilva: encodeId("PEOPLE", "bf0ff6a2-f6b7-4224-ab04-52c5e20b25ea"),
  mainAutoAttendant: encodeId("AUTO_ATTENDANT", "d857fd2b-4112-46fc-8281-f43a151a2f29"),
  supportHuntGroup: encodeId("HUNT_GROUP", "75bb4d19-5b4c-423e-8c9a-b208653d8133"),
} as const;

export const MODES = "/telephony/config/operatingModes";

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** A raw body sent as is (for bad JSON tests). */
  rawBody?: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** null: no Authorization header at all. */
  token?: string | null;
  headers?: Record<string, string>;
}

export class Client {
  constructor(
    readonly baseUrl: string,
    readonly token: string = TOKEN,
  ) {}

  /** A client for the same emulator with another token. */
  as(token: string): Client {
    return new Client(this.baseUrl, token);
  }

  url(path: string, query?: CallOptions["query"]): string {
    const url = new URL(path.startsWith("http") ? path : `${this.baseUrl}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  async call<T = any>(method: string, path: string, opts: CallOptions = {}): Promise<Res<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    const token = opts.token === undefined ? this.token : opts.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !headers["Content-Type"]) headers["Content-Type"] = "application/json";
    const res = await fetch(this.url(path, opts.query), { method, headers, body });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  get<T = any>(path: string, opts?: CallOptions): Promise<Res<T>> {
    return this.call<T>("GET", path, opts);
  }
  post<T = any>(path: string, body: unknown, opts?: CallOptions): Promise<Res<T>> {
    return this.call<T>("POST", path, { ...opts, body });
  }
  put<T = any>(path: string, body: unknown, opts?: CallOptions): Promise<Res<T>> {
    return this.call<T>("PUT", path, { ...opts, body });
  }
  del<T = any>(path: string, opts?: CallOptions): Promise<Res<T>> {
    return this.call<T>("DELETE", path, opts);
  }

  /** POST a mode and return its id, failing the test with the server's message otherwise. */
  async createMode(body: Record<string, unknown>, opts?: CallOptions): Promise<string> {
    const res = await this.post(`${MODES}/`, body, opts);
    if (res.status !== 201) throw new Error(`create mode failed: ${res.status} ${res.text}`);
    return res.body.id;
  }

  async createHoliday(modeId: string, body: Record<string, unknown>, opts?: CallOptions): Promise<string> {
    const res = await this.post(`${MODES}/${modeId}/holidays`, body, opts);
    if (res.status !== 201) throw new Error(`create holiday failed: ${res.status} ${res.text}`);
    return res.body.id;
  }
}

/** The admin path, no bearer token. */
export class Admin {
  constructor(readonly adminUrl: string) {}

  async call<T = any>(method: string, path: string, body?: unknown): Promise<Res<T>> {
    const res = await fetch(`${this.adminUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers, text };
  }

  faults(patch: unknown): Promise<Res> {
    return this.call("PUT", "/faults", patch);
  }
  async requests(): Promise<any[]> {
    return (await this.call("GET", "/requests")).body.requests;
  }
  reset(): Promise<Res> {
    return this.call("POST", "/reset");
  }
}

export interface Harness {
  emulator: RunningEmulator;
  api: Client;
  admin: Admin;
}

export async function start(opts: EmulatorOptions = {}): Promise<Harness> {
  const emulator = await startEmulator({ token: TOKEN, ...opts, port: 0, host: "127.0.0.1" });
  return { emulator, api: new Client(emulator.baseUrl), admin: new Admin(emulator.adminUrl) };
}

/** Bodies for the common cases. */
export const body = {
  sameHours(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      name,
      type: "SAME_HOURS_DAILY",
      level: "ORGANIZATION",
      sameHoursDaily: {
        mondayToFriday: { enabled: true, allDayEnabled: false, startTime: "09:00", endTime: "17:00" },
        saturdayToSunday: { enabled: false },
      },
      ...extra,
    };
  },
  atLocation(name: string, locationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { ...body.sameHours(name), level: "LOCATION", locationId, ...extra };
  },
  holidayMode(name: string, holidays: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { name, type: "HOLIDAY", level: "ORGANIZATION", holidays, ...extra };
  },
  holiday(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { name, allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-25", ...extra };
  },
};

/** Base64 with its `=` padding put back (the emulator hands out unpadded ids). */
export function padded(id: string): string {
  return id + "=".repeat((4 - (id.length % 4)) % 4);
}
