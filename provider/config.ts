// Where the provider finds its credentials: stack config read in `configure` (inside the provider
// process, so nothing reaches the serialized provider in state), else the environment.
import { WebexClient } from "./client/webex-client";
import { HttpOptions } from "./client/http";

export const DEFAULT_BASE_URL = "https://webexapis.com/v1";

export interface Settings {
  token?: string;
  baseUrl: string;
  orgId?: string;
  maxConcurrency?: number;
}

/** Stack config as handed to `configure`: full keys such as "webex:token". */
export type ConfigSource = (key: string) => string | undefined;

let fromStack: Partial<Settings> = {};
let clients = new Map<string, WebexClient>();

export function configureFromStack(get: ConfigSource): void {
  const concurrency = get("webex:maxConcurrency");
  fromStack = {
    token: get("webex:token") || undefined,
    baseUrl: get("webex:baseUrl") || undefined,
    orgId: get("webex:orgId") || undefined,
    maxConcurrency: concurrency ? Number(concurrency) : undefined,
  };
  clients = new Map();
}

export function resolveSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const concurrency = env.WEBEX_MAX_CONCURRENCY ? Number(env.WEBEX_MAX_CONCURRENCY) : undefined;
  return {
    token: fromStack.token ?? (env.WEBEX_TOKEN || undefined),
    baseUrl: fromStack.baseUrl ?? (env.WEBEX_BASE_URL || DEFAULT_BASE_URL),
    orgId: fromStack.orgId ?? (env.WEBEX_ORG_ID || undefined),
    maxConcurrency: fromStack.maxConcurrency ?? concurrency,
  };
}

export class MissingTokenError extends Error {
  constructor() {
    super(
      "No Webex access token: run `pulumi config set --secret webex:token <token>` (or set WEBEX_TOKEN). " +
        "The token needs the scopes spark-admin:telephony_config_read and spark-admin:telephony_config_write.",
    );
    this.name = "MissingTokenError";
  }
}

export function httpOptionsFrom(settings: Settings): HttpOptions {
  if (!settings.token) throw new MissingTokenError();
  return { baseUrl: settings.baseUrl, token: settings.token, orgId: settings.orgId, maxConcurrency: settings.maxConcurrency };
}

/** One client per credentials in the process, so that every resource shares its org's limiter. */
export function sharedClient(settings: Settings = resolveSettings()): WebexClient {
  const options = httpOptionsFrom(settings);
  const key = JSON.stringify([options.baseUrl, options.orgId, options.maxConcurrency, options.token]);
  let client = clients.get(key);
  if (!client) {
    client = new WebexClient(options);
    clients.set(key, client);
  }
  return client;
}
