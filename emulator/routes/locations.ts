/** The Locations API (`/v1/locations`): programs and tools find location ids here. */
import type { FastifyInstance } from "fastify";
import { LIMITS } from "../behaviour";
import { findLocation } from "../constraints";
import { WebexError } from "../errors";
import { apiRoute, ApiRequest, EmulatorContext } from "../http";
import { canonicalId } from "../ids";
import { paginate, parsePaging, queryValue } from "../paging";
import { listBody, locationView } from "../serialize";

/** Filters: `name` (case-insensitive substring), `id`; paging with start/max and a Link header. */
function listLocations(req: ApiRequest, ctx: EmulatorContext) {
  const { org, query } = req;
  const paging = parsePaging(query, { defaultMax: LIMITS.locationsDefaultMax, maxMax: LIMITS.locationsMax });
  const name = queryValue(query, "name")?.toLowerCase();
  const idParam = queryValue(query, "id");
  const id = idParam ? canonicalId(idParam, "LOCATION") ?? "" : undefined;
  const locations = org.locations.filter(
    (l) => (!name || l.name.toLowerCase().includes(name)) && (id === undefined || l.id === id),
  );
  const page = paginate(locations, paging, req.url);
  return {
    status: 200,
    body: listBody("items", page.items.map((l) => locationView(l, org)), ctx.quirks),
    headers: page.link ? { Link: page.link } : undefined,
  };
}

function getLocation(req: ApiRequest) {
  const location = findLocation(req.org, req.params.locationId);
  if (!location) throw WebexError.notFound("Location");
  return { status: 200, body: locationView(location, req.org) };
}

export function registerLocationRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  apiRoute(app, ctx, "GET", "/v1/locations", listLocations);
  apiRoute(app, ctx, "GET", "/v1/locations/:locationId", getLocation);
}
