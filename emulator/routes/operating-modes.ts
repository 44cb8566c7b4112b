/** Endpoints 1 to 5: list, get, create, update and delete operating modes. */
import type { FastifyInstance } from "fastify";
import { LIMITS } from "../behaviour";
import { checkModeLimit, checkModeNameFree, findLocation } from "../constraints";
import { ErrorCode, Violation, violationsToError, WebexError } from "../errors";
import { apiRoute, ApiRequest, EmulatorContext } from "../http";
import { newId } from "../ids";
import { paginate, parsePaging, queryValue } from "../paging";
import { listBody, modeDetailView, modeListItemView } from "../serialize";
import { Holiday, HolidayInput, OperatingMode, Organization } from "../types";
import { parseModeCreate, parseModeUpdate } from "../validation";

export const MODES_PATH = "/v1/telephony/config/operatingModes";

/** Gives each holiday a fresh id: on create, and on a mode PUT with holidays (every one, even
 * unchanged ones, as the live service does). */
export function withNewIds(holidays: HolidayInput[]): Holiday[] {
  return holidays.map((h) => ({ id: newId("SCHEDULE_EVENT"), ...h }));
}

export function getModeOr404(ctx: EmulatorContext, org: Organization, modeId: string): OperatingMode {
  const mode = ctx.store.findMode(org, modeId);
  if (!mode) throw WebexError.notFound("Operating mode");
  return mode;
}

const ORDERS: Record<string, 1 | -1> = { asc: 1, "name-asc": 1, desc: -1, "name-desc": -1 };

function parseOrder(raw: string | undefined): 1 | -1 {
  if (raw === undefined || raw === "") return 1;
  const direction = ORDERS[raw.toLowerCase()];
  if (!direction) throw WebexError.badRequest(`order must be one of asc, desc, name-asc, name-desc, got ${JSON.stringify(raw)}.`);
  return direction;
}

function parseBooleanParam(raw: string | undefined, name: string): boolean | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw WebexError.badRequest(`${name} must be true or false, got ${JSON.stringify(raw)}.`);
}

/** Sorted by name, ties by id so that paging is stable. */
function byName(direction: 1 | -1): (a: OperatingMode, b: OperatingMode) => number {
  return (a, b) => direction * (a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function listModes(req: ApiRequest, ctx: EmulatorContext) {
  const { org, query } = req;
  const paging = parsePaging(query, { defaultMax: LIMITS.listModesDefaultMax, maxMax: LIMITS.listModesMax });
  const direction = parseOrder(queryValue(query, "order"));
  const orgLevelOnly = parseBooleanParam(queryValue(query, "limitToOrgLevelEnabled"), "limitToOrgLevelEnabled");
  const locationParam = queryValue(query, "limitToLocationId");
  let modes = [...org.operatingModes];
  if (locationParam) {
    if (orgLevelOnly) {
      throw WebexError.badRequest("limitToLocationId and limitToOrgLevelEnabled=true cannot be combined.");
    }
    const location = findLocation(org, locationParam);
    if (!location) throw WebexError.notFound("Location");
    modes = modes.filter(
      (m) => m.locationId === location.id || (ctx.behaviour.limitToLocationIdIncludesOrgLevel && m.level === "ORGANIZATION"),
    );
  } else if (orgLevelOnly) {
    modes = modes.filter((m) => m.level === "ORGANIZATION");
  }
  const name = queryValue(query, "name");
  if (name) {
    const needle = ctx.behaviour.nameFilterCaseSensitive ? name : name.toLowerCase();
    modes = modes.filter((m) => (ctx.behaviour.nameFilterCaseSensitive ? m.name : m.name.toLowerCase()).includes(needle));
  }
  modes.sort(byName(direction));
  const page = paginate(modes, paging, req.url);
  const opts = { behaviour: ctx.behaviour, quirks: ctx.quirks };
  return {
    status: 200,
    body: listBody("operatingModes", page.items.map((m) => modeListItemView(m, org, opts)), ctx.quirks),
    headers: page.link ? { Link: page.link } : undefined,
  };
}

function getMode(req: ApiRequest, ctx: EmulatorContext) {
  const mode = getModeOr404(ctx, req.org, req.params.modeId);
  return { status: 200, body: modeDetailView(mode, req.org, { behaviour: ctx.behaviour, quirks: ctx.quirks }) };
}

function createMode(req: ApiRequest, ctx: EmulatorContext) {
  const { org } = req;
  const out: Violation[] = [];
  const input = parseModeCreate(req.body, ctx.behaviour, out);
  if (!input) throw violationsToError(out, ctx.behaviour);
  let locationId: string | undefined;
  if (input.level === "LOCATION") {
    const location = findLocation(org, input.locationId!);
    if (!location) {
      throw violationsToError(
        [{ kind: "invalid", path: "locationId", description: "no such location in this organization.", errorCode: ErrorCode.locationNotFound }],
        ctx.behaviour,
      );
    }
    locationId = location.id;
  }
  const scope = { level: input.level, locationId };
  const conflicts = [checkModeLimit(org, scope), checkModeNameFree(org, input.name, scope, undefined, ctx.behaviour)];
  const found = conflicts.filter((v): v is Violation => v !== undefined);
  if (found.length > 0) throw violationsToError(found, ctx.behaviour);
  const mode: OperatingMode = {
    id: newId("OPERATING_MODE"),
    name: input.name,
    type: input.type,
    level: input.level,
    callForwarding: input.callForwarding,
  };
  if (locationId) mode.locationId = locationId;
  if (input.sameHoursDaily) mode.sameHoursDaily = input.sameHoursDaily;
  if (input.differentHoursDaily) mode.differentHoursDaily = input.differentHoursDaily;
  if (input.type === "HOLIDAY") mode.holidays = withNewIds(input.holidays ?? []);
  ctx.store.addMode(org, mode);
  return { status: 201, body: { id: mode.id } };
}

function updateMode(req: ApiRequest, ctx: EmulatorContext) {
  const { org } = req;
  const mode = getModeOr404(ctx, org, req.params.modeId);
  const out: Violation[] = [];
  const update = parseModeUpdate(req.body, mode.type, ctx.behaviour, out);
  if (!update) throw violationsToError(out, ctx.behaviour);
  if (update.name !== undefined) {
    const clash = checkModeNameFree(org, update.name, mode, mode.id, ctx.behaviour);
    if (clash) throw violationsToError([clash], ctx.behaviour);
    mode.name = update.name;
  }
  if (update.sameHoursDaily) mode.sameHoursDaily = update.sameHoursDaily;
  if (update.differentHoursDaily) mode.differentHoursDaily = update.differentHoursDaily;
  if (update.holidays) mode.holidays = withNewIds(update.holidays);
  if (update.callForwarding) mode.callForwarding = update.callForwarding;
  return { status: 204 };
}

function deleteMode(req: ApiRequest, ctx: EmulatorContext) {
  const mode = getModeOr404(ctx, req.org, req.params.modeId);
  if (mode.usedBy && mode.usedBy.length > 0 && ctx.behaviour.deleteModeInUse === "reject") {
    throw violationsToError(
      [
        {
          kind: "inUse",
          path: "",
          description: `The operating mode is used by ${mode.usedBy.join(", ")}; remove it from there first.`,
          errorCode: ErrorCode.modeInUse,
        },
      ],
      ctx.behaviour,
    );
  }
  ctx.store.removeMode(req.org, mode.id);
  return { status: 204 };
}

export function registerOperatingModeRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  apiRoute(app, ctx, "GET", MODES_PATH, listModes);
  apiRoute(app, ctx, "POST", [MODES_PATH, `${MODES_PATH}/`], createMode);
  apiRoute(app, ctx, "GET", `${MODES_PATH}/:modeId`, getMode);
  apiRoute(app, ctx, "PUT", `${MODES_PATH}/:modeId`, updateMode);
  apiRoute(app, ctx, "DELETE", `${MODES_PATH}/:modeId`, deleteMode);
}
