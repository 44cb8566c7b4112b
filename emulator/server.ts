/** Assembles the emulator: state, behaviour, faults, the pipeline and every route. */
import Fastify, { FastifyInstance } from "fastify";
import { AddressInfo } from "node:net";
import { BehaviourSwitches, resolveBehaviour } from "./behaviour";
import { FaultConfig, FaultEngine, resolveFaults } from "./faults";
import { EmulatorContext, frameworkErrors, installPipeline } from "./http";
import { RequestLog } from "./request-log";
import { registerAdminRoutes, ADMIN_PREFIX } from "./routes/admin";
import { registerHolidayRoutes } from "./routes/holidays";
import { registerLocationModeRoutes } from "./routes/location-modes";
import { registerLocationRoutes } from "./routes/locations";
import { registerOperatingModeRoutes } from "./routes/operating-modes";
import { EmulatorSeed, readSeed, seedToState } from "./seed";
import { Store } from "./store";
import { TokenGrant } from "./types";

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  /** Shorthand: a full-admin token for the seed's first organisation (never persisted). */
  token?: string;
  /** A seed object or the path of a JSON seed file; default emulator/default-seed.json. */
  seed?: EmulatorSeed | string;
  /** Load the state from this JSON file when it exists, and write it after every change. */
  persistFile?: string;
  /** Bring back the known live defects (allDayEnabled disagreement, `{}` for empty lists). */
  quirks?: boolean;
  /** The "Unknown" choices; defaults as the API notes say (see behaviour.ts). */
  behaviour?: Partial<BehaviourSwitches>;
  faults?: Partial<FaultConfig>;
  /** fastify's request logging to stdout. Default off. */
  logger?: boolean;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:PORT/v1, like https://webexapis.com/v1 */
  baseUrl: string;
  /** e.g. http://127.0.0.1:PORT/_emulator */
  adminUrl: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_HOST = "127.0.0.1";

/** The emulator has no authentication worth the name: it must never listen beyond this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host) || /^::ffff:127(\.\d{1,3}){3}$/.test(host);
}

/** A fastify instance with every route, not yet listening (for `inject()`-based tests). */
export function buildEmulator(opts: EmulatorOptions = {}): FastifyInstance {
  if (opts.host !== undefined && !isLoopbackHost(opts.host)) {
    throw new Error(`The emulator only listens on loopback addresses (127.0.0.1, ::1, localhost), not ${opts.host}.`);
  }
  const seed = readSeed(opts.seed);
  const initialState = () => seedToState(structuredClone(seed));
  const firstOrgId = initialState().organizations[0].id;
  const extraTokens: TokenGrant[] = opts.token
    ? [{ token: opts.token, orgId: firstOrgId, role: "full-admin", customerOrgIds: [] }]
    : [];
  const startFaults = resolveFaults(opts.faults);
  const ctx: EmulatorContext = {
    store: new Store(initialState, opts.persistFile, extraTokens),
    behaviour: resolveBehaviour(opts.behaviour),
    quirks: opts.quirks ?? false,
    faults: new FaultEngine(startFaults),
    startFaults,
    log: new RequestLog(),
    routes: [],
  };
  const app = Fastify({ logger: opts.logger ?? false, frameworkErrors });
  installPipeline(app, ctx);
  registerOperatingModeRoutes(app, ctx);
  registerHolidayRoutes(app, ctx);
  registerLocationModeRoutes(app, ctx);
  registerLocationRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  return app;
}

/** Builds the emulator and listens on loopback. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? DEFAULT_HOST;
  const app = buildEmulator({ ...opts, host });
  await app.listen({ port: opts.port ?? 0, host });
  const port = (app.server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const origin = `http://${urlHost}:${port}`;
  return {
    baseUrl: `${origin}/v1`,
    adminUrl: `${origin}${ADMIN_PREFIX}`,
    port,
    close: () => app.close(),
  };
}
