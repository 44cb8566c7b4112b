/**
 * Seed files: the organisations, locations, numbers, owners and tokens the emulator starts with.
 *
 * Ids in a seed may be plain uuids (encoded on load with the right type) or already-encoded Webex
 * ids, so a hand-written seed stays readable and a state dump can be used as a seed.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_BEHAVIOUR } from "./behaviour";
import { Violation } from "./errors";
import { randomUUID } from "node:crypto";
import { toId } from "./ids";
import { Address, Holiday, NumberOwner, OperatingMode, Organization, PhoneNumber, TokenGrant, TokenRole } from "./types";
import { parseModeCreate } from "./validation";
import defaultSeedJson from "./default-seed.json";

export interface SeedLocation {
  id: string;
  name: string;
  timeZone: string;
  preferredLanguage?: string;
  address: Address;
}

export interface SeedPerson {
  id: string;
  firstName: string;
  lastName: string;
  displayName?: string;
  locationId: string;
}

/** A feature or other non-person owner: HUNT_GROUP, AUTO_ATTENDANT, CALL_QUEUE, VIRTUAL_LINE, ...
 * Virtual lines have first and last names like people; the others a name. */
export interface SeedFeature {
  id: string;
  type: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  locationId: string;
}

export interface SeedNumber {
  phoneNumber?: string;
  extension?: string;
  locationId: string;
  state?: "ACTIVE" | "INACTIVE";
  isMainNumber?: boolean;
  tollFreeNumber?: boolean;
  isServiceNumber?: boolean;
  /** Id of a person or feature of the same organisation. */
  ownerId?: string;
}

/** A pre-existing operating mode: the POST body shape plus optional ids. */
export interface SeedOperatingMode {
  id?: string;
  name: string;
  type: string;
  level: string;
  locationId?: string;
  sameHoursDaily?: unknown;
  differentHoursDaily?: unknown;
  holidays?: Array<Record<string, unknown> & { id?: string }>;
  callForwarding?: unknown;
  usedBy?: string[];
}

export interface SeedOrganization {
  id: string;
  name: string;
  locations: SeedLocation[];
  people?: SeedPerson[];
  features?: SeedFeature[];
  numbers?: SeedNumber[];
  operatingModes?: SeedOperatingMode[];
}

export interface SeedToken {
  token: string;
  /** The organisation the token belongs to. */
  orgId: string;
  /** Default full-admin. A read-only admin gets 403 on writes. */
  role?: TokenRole;
  /** For partner-admin tokens: the customer organisations it may act on with `orgId`. */
  customerOrgIds?: string[];
}

export interface EmulatorSeed {
  organizations: SeedOrganization[];
  tokens: SeedToken[];
}

/** The whole mutable and immutable state; also the shape of a persisted file (with a marker). */
export interface EmulatorState {
  organizations: Organization[];
  tokens: TokenGrant[];
}

export const DEFAULT_SEED: EmulatorSeed = defaultSeedJson as EmulatorSeed;

/** Reads a seed from an object or a JSON file path; the default seed when undefined. */
export function readSeed(seed: EmulatorSeed | string | undefined): EmulatorSeed {
  if (seed === undefined) return structuredClone(DEFAULT_SEED);
  if (typeof seed === "string") {
    try {
      return JSON.parse(readFileSync(seed, "utf8")) as EmulatorSeed;
    } catch (err) {
      throw new Error(`Cannot read seed file ${seed}: ${(err as Error).message}`);
    }
  }
  return structuredClone(seed);
}

const PERSON_TYPES = new Set(["PEOPLE", "VIRTUAL_LINE"]);

/**
 * Turns a seed into emulator state, checking every reference. Throws one error listing every
 * problem, so a broken seed is fixed in one go.
 */
export function seedToState(seed: EmulatorSeed): EmulatorState {
  const problems: string[] = [];
  if (!seed || !Array.isArray(seed.organizations) || seed.organizations.length === 0) {
    throw new Error("Invalid seed: `organizations` must be a non-empty array.");
  }
  const organizations = seed.organizations.map((o, i) => seedOrganization(o, `organizations[${i}]`, problems));
  const orgIds = new Set(organizations.map((o) => o.id));
  if (orgIds.size !== organizations.length) problems.push("organizations: two organizations share an id.");
  const tokens: TokenGrant[] = (Array.isArray(seed.tokens) ? seed.tokens : []).map((t, i) => {
    const path = `tokens[${i}]`;
    if (typeof t.token !== "string" || t.token.length === 0) problems.push(`${path}.token: must be a non-empty string.`);
    const orgId = toId("ORGANIZATION", String(t.orgId));
    if (!orgIds.has(orgId)) problems.push(`${path}.orgId: no organization ${t.orgId} in the seed.`);
    const role = t.role ?? "full-admin";
    if (!["full-admin", "read-only-admin", "partner-admin"].includes(role)) problems.push(`${path}.role: unknown role ${role}.`);
    const customerOrgIds = (t.customerOrgIds ?? []).map((c) => toId("ORGANIZATION", c));
    customerOrgIds.forEach((c, j) => {
      if (!orgIds.has(c)) problems.push(`${path}.customerOrgIds[${j}]: no such organization in the seed.`);
    });
    if (customerOrgIds.length > 0 && role !== "partner-admin") problems.push(`${path}: only partner-admin tokens have customerOrgIds.`);
    return { token: t.token, orgId, role, customerOrgIds };
  });
  if (new Set(tokens.map((t) => t.token)).size !== tokens.length) problems.push("tokens: a token appears twice.");
  if (problems.length > 0) throw new Error(`Invalid seed:\n  ${problems.join("\n  ")}`);
  return { organizations, tokens };
}

function seedOrganization(o: SeedOrganization, path: string, problems: string[]): Organization {
  if (typeof o.id !== "string" || typeof o.name !== "string") problems.push(`${path}: id and name are required strings.`);
  const locations = (o.locations ?? []).map((l, i) => {
    const p = `${path}.locations[${i}]`;
    if (!l.name || !l.timeZone || !l.address) problems.push(`${p}: name, timeZone and address are required.`);
    return {
      id: toId("LOCATION", l.id),
      name: l.name,
      timeZone: l.timeZone,
      preferredLanguage: l.preferredLanguage ?? "en_us",
      address: l.address,
    };
  });
  const locationIds = new Set(locations.map((l) => l.id));
  const checkLocation = (id: string, p: string): string => {
    const locationId = toId("LOCATION", String(id));
    if (!locationIds.has(locationId)) problems.push(`${p}.locationId: no location ${id} in this organization.`);
    return locationId;
  };
  const owners: NumberOwner[] = [
    ...(o.people ?? []).map((p, i) => ({
      id: toId("PEOPLE", p.id),
      type: "PEOPLE",
      locationId: checkLocation(p.locationId, `${path}.people[${i}]`),
      firstName: p.firstName,
      lastName: p.lastName,
      displayName: p.displayName ?? `${p.firstName} ${p.lastName}`,
    })),
    ...(o.features ?? []).map((f, i) => {
      const p = `${path}.features[${i}]`;
      if (!/^[A-Z][A-Z_]*$/.test(String(f.type))) problems.push(`${p}.type: must be an owner type like HUNT_GROUP.`);
      const owner: NumberOwner = { id: toId(f.type, f.id), type: f.type, locationId: checkLocation(f.locationId, p) };
      if (PERSON_TYPES.has(f.type)) {
        owner.firstName = f.firstName;
        owner.lastName = f.lastName;
        owner.displayName = [f.firstName, f.lastName].filter(Boolean).join(" ");
      } else {
        if (!f.name) problems.push(`${p}.name: required for a ${f.type}.`);
        owner.displayName = f.name;
      }
      return owner;
    }),
  ];
  const numbers: PhoneNumber[] = (o.numbers ?? []).map((n, i) => {
    const p = `${path}.numbers[${i}]`;
    if (!n.phoneNumber && !n.extension) problems.push(`${p}: a phoneNumber or an extension is required.`);
    const number: PhoneNumber = {
      locationId: checkLocation(n.locationId, p),
      state: n.state ?? "ACTIVE",
      isMainNumber: n.isMainNumber ?? false,
      tollFreeNumber: n.tollFreeNumber ?? false,
      isServiceNumber: n.isServiceNumber ?? false,
      telephonyType: "PSTN_NUMBER",
    };
    if (n.phoneNumber) number.phoneNumber = n.phoneNumber;
    if (n.extension) number.extension = n.extension;
    if (n.ownerId) {
      const owner = owners.find((w) => w.id === n.ownerId || w.id === toId(w.type, n.ownerId!));
      if (!owner) problems.push(`${p}.ownerId: no person or feature ${n.ownerId} in this organization.`);
      else number.ownerId = owner.id;
    }
    return number;
  });
  const org: Organization = {
    id: toId("ORGANIZATION", o.id),
    name: o.name,
    locations,
    owners,
    numbers,
    operatingModes: [],
  };
  (o.operatingModes ?? []).forEach((m, i) => {
    const mode = seedMode(m, org, `${path}.operatingModes[${i}]`, problems);
    if (mode) org.operatingModes.push(mode);
  });
  return org;
}

/** Seeded modes go through the same body rules as a POST, so a seed cannot hold what the API
 * would refuse. */
function seedMode(m: SeedOperatingMode, org: Organization, path: string, problems: string[]): OperatingMode | undefined {
  const out: Violation[] = [];
  const parsed = parseModeCreate(m, DEFAULT_BEHAVIOUR, out);
  if (!parsed) {
    problems.push(...out.map((v) => `${path}${v.path ? "." + v.path : ""}: ${v.description}`));
    return undefined;
  }
  const mode: OperatingMode = {
    id: m.id ? toId("OPERATING_MODE", m.id) : toId("OPERATING_MODE", randomUUID()),
    name: parsed.name,
    type: parsed.type,
    level: parsed.level,
    callForwarding: parsed.callForwarding,
  };
  if (parsed.locationId) {
    const locationId = toId("LOCATION", parsed.locationId);
    if (!org.locations.some((l) => l.id === locationId)) problems.push(`${path}.locationId: no such location.`);
    mode.locationId = locationId;
  }
  if (parsed.sameHoursDaily) mode.sameHoursDaily = parsed.sameHoursDaily;
  if (parsed.differentHoursDaily) mode.differentHoursDaily = parsed.differentHoursDaily;
  if (parsed.holidays) {
    mode.holidays = parsed.holidays.map(
      (h, j): Holiday => ({ id: toId("SCHEDULE_EVENT", m.holidays?.[j]?.id ?? randomUUID()), ...h }),
    );
  }
  if (m.usedBy && m.usedBy.length > 0) mode.usedBy = [...m.usedBy];
  return mode;
}

/** The state written to a persist file, readable again as a seed-equivalent. */
export const PERSIST_FORMAT = "webex-opmodes-emulator-state/1";

export interface PersistedState extends EmulatorState {
  format: typeof PERSIST_FORMAT;
}
