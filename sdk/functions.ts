// Read-only functions for programs and plain TypeScript. Each comes twice: `getX` returns a Promise
// (usable anywhere), `getXOutput` takes Inputs and returns an Output (for Pulumi programs).
// Credentials resolve as in the providers: explicit options, the stack's webex:* config when running
// inside Pulumi, then WEBEX_TOKEN / WEBEX_BASE_URL / WEBEX_ORG_ID.
import * as pulumi from "@pulumi/pulumi";
import { WebexClient } from "../provider/client/webex-client";
import { httpOptionsFrom, resolveSettings, Settings } from "../provider/config";
import type {
  ApiOperatingMode,
  ApiOperatingModeSummary,
  AvailableMode,
  AvailableNumber,
  ListModesQuery,
  Location,
} from "../provider/types";

export interface CallOptions {
  token?: string;
  baseUrl?: string;
  orgId?: string;
}

function settingsFor(opts: CallOptions = {}): Settings {
  const env = resolveSettings();
  const stack = (key: string) => {
    try {
      return pulumi.runtime.getConfig(`webex:${key}`);
    } catch {
      return undefined;
    }
  };
  return {
    ...env,
    token: opts.token ?? stack("token") ?? env.token,
    baseUrl: opts.baseUrl ?? stack("baseUrl") ?? env.baseUrl,
    orgId: opts.orgId ?? stack("orgId") ?? env.orgId,
  };
}

function client(opts?: CallOptions): WebexClient {
  return new WebexClient(httpOptionsFrom(settingsFor(opts)));
}

const output =
  <A, R>(f: (args: A, opts?: CallOptions) => Promise<R>) =>
  (args: pulumi.Input<A>, opts?: CallOptions): pulumi.Output<R> =>
    pulumi.output(args).apply((a) => f(a as A, opts)) as pulumi.Output<R>;

export interface GetOperatingModesArgs extends ListModesQuery {
  orgId?: string;
}

/** Every mode of the organisation (all pages), optionally filtered. List items carry no schedules. */
export async function getOperatingModes(args: GetOperatingModesArgs = {}, opts?: CallOptions): Promise<ApiOperatingModeSummary[]> {
  const { orgId, ...query } = args;
  return client(opts).listOperatingModes(query, orgId);
}
export const getOperatingModesOutput = output(getOperatingModes);

export async function getOperatingMode(args: { id: string; orgId?: string }, opts?: CallOptions): Promise<ApiOperatingMode> {
  return client(opts).getOperatingMode(args.id, args.orgId);
}
export const getOperatingModeOutput = output(getOperatingMode);

/** The modes a location can use: its own and the organisation's. */
export async function getAvailableOperatingModes(args: { locationId: string; orgId?: string }, opts?: CallOptions): Promise<AvailableMode[]> {
  return client(opts).getAvailableOperatingModes(args.locationId, args.orgId);
}
export const getAvailableOperatingModesOutput = output(getAvailableOperatingModes);

export interface GetCallForwardAvailableNumbersArgs {
  locationId: string;
  phoneNumber?: string[];
  ownerName?: string;
  extension?: string;
  orgId?: string;
}

/** Numbers a mode of this location may forward to. */
export async function getCallForwardAvailableNumbers(args: GetCallForwardAvailableNumbersArgs, opts?: CallOptions): Promise<AvailableNumber[]> {
  const { locationId, orgId, ...query } = args;
  return client(opts).listCallForwardAvailableNumbers(locationId, query, orgId);
}
export const getCallForwardAvailableNumbersOutput = output(getCallForwardAvailableNumbers);

/** A location by id, or by its exact name (case-insensitive): "the Berlin office" instead of a base64 id. */
export async function getLocation(args: { name?: string; id?: string; orgId?: string }, opts?: CallOptions): Promise<Location> {
  const api = client(opts);
  if (args.id) return api.getLocation(args.id, args.orgId);
  if (!args.name) throw new Error("getLocation: give a name or an id");
  const wanted = args.name.trim().toLowerCase();
  // The service filters by substring: search for the trimmed name, as it is compared trimmed.
  const candidates = await api.listLocations({ name: args.name.trim() }, args.orgId);
  const exact = candidates.filter((l) => l.name.trim().toLowerCase() === wanted);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) throw new Error(`getLocation: ${exact.length} locations are named "${args.name}"; use the id instead (${exact.map((l) => l.id).join(", ")})`);
  const near = candidates.map((l) => `"${l.name}"`).join(", ");
  throw new Error(`getLocation: no location is named "${args.name}"${near ? `; locations whose name contains it: ${near}` : ""}`);
}
export const getLocationOutput = output(getLocation);
