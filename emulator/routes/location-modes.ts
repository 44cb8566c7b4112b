/** Endpoints 10 and 11: what a location's features can use: available modes, forward numbers. */
import type { FastifyInstance } from "fastify";
import { LIMITS } from "../behaviour";
import { findLocation } from "../constraints";
import { WebexError } from "../errors";
import { apiRoute, ApiRequest, EmulatorContext } from "../http";
import { paginate, parsePaging, queryValue } from "../paging";
import { availableNumberView, listBody } from "../serialize";
import { Location, NumberOwner, Organization, PhoneNumber } from "../types";

const LOCATION_MODES_PATH = "/v1/telephony/config/locations/:locationId/operatingModes";

function locationOr404(org: Organization, locationId: string): Location {
  const location = findLocation(org, locationId);
  if (!location) throw WebexError.notFound("Location");
  return location;
}

/** The location's modes and the organisation-level ones, by name, at most 200, no paging. */
function availableModes(req: ApiRequest, ctx: EmulatorContext) {
  const location = locationOr404(req.org, req.params.locationId);
  const modes = req.org.operatingModes
    .filter((m) => m.level === "ORGANIZATION" || m.locationId === location.id)
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
    .slice(0, LIMITS.availableModes)
    .map((m) => ({ id: m.id, name: m.name }));
  return { status: 200, body: listBody("operatingModes", modes, ctx.quirks) };
}

/** Digits only, so `+1 (212) 555-0100`, `12125550100` and `+12125550100` are one number. */
function digits(value: string): string {
  return value.replace(/\D/g, "");
}

function ownerName(owner: NumberOwner): string {
  return [owner.firstName, owner.lastName, owner.displayName].filter(Boolean).join(" ");
}

/**
 * The location's numbers that have an owner (the spec: numbers "assigned to an owning entity",
 * active or inactive). Filters: phoneNumber (comma list, any one matches), ownerName
 * (case-insensitive substring of the owner's names), extension (exact).
 */
function availableNumbers(req: ApiRequest, ctx: EmulatorContext) {
  const { org, query } = req;
  const location = locationOr404(org, req.params.locationId);
  const paging = parsePaging(query, { defaultMax: LIMITS.availableNumbersDefaultMax, maxMax: LIMITS.availableNumbersMax });
  const wanted = (queryValue(query, "phoneNumber") ?? "")
    .split(",")
    .map((n) => digits(n))
    .filter((n) => n.length > 0);
  const nameFilter = queryValue(query, "ownerName")?.toLowerCase();
  const extension = queryValue(query, "extension");
  const matches = (n: PhoneNumber): boolean => {
    const owner = org.owners.find((o) => o.id === n.ownerId);
    if (n.locationId !== location.id || !owner) return false;
    if (wanted.length > 0 && !(n.phoneNumber && wanted.includes(digits(n.phoneNumber)))) return false;
    if (nameFilter && !ownerName(owner).toLowerCase().includes(nameFilter)) return false;
    if (extension && n.extension !== extension) return false;
    return true;
  };
  const page = paginate(org.numbers.filter(matches), paging, req.url);
  return {
    status: 200,
    body: listBody("phoneNumbers", page.items.map((n) => availableNumberView(n, org)), ctx.quirks),
    headers: page.link ? { Link: page.link } : undefined,
  };
}

export function registerLocationModeRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  apiRoute(app, ctx, "GET", `${LOCATION_MODES_PATH}/availableOperatingModes`, availableModes);
  apiRoute(app, ctx, "GET", `${LOCATION_MODES_PATH}/callForwarding/availableNumbers`, availableNumbers);
}
