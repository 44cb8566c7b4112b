/** Endpoints 6 to 9: a HOLIDAY mode's holidays, one at a time. */
import type { FastifyInstance } from "fastify";
import { checkAcceptsHolidays, checkHolidayLimit, checkHolidayNameFree } from "../constraints";
import { Violation, violationsToError, WebexError } from "../errors";
import { apiRoute, ApiRequest, EmulatorContext } from "../http";
import { canonicalId, newId } from "../ids";
import { holidayView } from "../serialize";
import { Holiday, OperatingMode } from "../types";
import { mergeHolidayUpdate, parseHoliday } from "../validation";
import { getModeOr404, MODES_PATH } from "./operating-modes";

const HOLIDAYS_PATH = `${MODES_PATH}/:modeId/holidays`;

/** A holiday of this mode by any spelling of its id; a holiday of another mode is not found. */
function getHolidayOr404(mode: OperatingMode, holidayId: string): Holiday {
  const id = canonicalId(holidayId, "SCHEDULE_EVENT");
  const holiday = id === undefined ? undefined : (mode.holidays ?? []).find((h) => h.id === id);
  if (!holiday) throw WebexError.notFound("Holiday");
  return holiday;
}

function getHoliday(req: ApiRequest, ctx: EmulatorContext) {
  const mode = getModeOr404(ctx, req.org, req.params.modeId);
  return { status: 200, body: holidayView(getHolidayOr404(mode, req.params.holidayId)) };
}

function createHoliday(req: ApiRequest, ctx: EmulatorContext) {
  const mode = getModeOr404(ctx, req.org, req.params.modeId);
  const wrongType = checkAcceptsHolidays(mode);
  if (wrongType) throw violationsToError([wrongType], ctx.behaviour);
  const out: Violation[] = [];
  const input = parseHoliday(req.body, "", ctx.behaviour, out);
  if (!input) throw violationsToError(out, ctx.behaviour);
  const holidays = mode.holidays ?? [];
  const conflicts = [checkHolidayLimit(mode), checkHolidayNameFree(holidays, input.name, undefined, ctx.behaviour)];
  const found = conflicts.filter((v): v is Violation => v !== undefined);
  if (found.length > 0) throw violationsToError(found, ctx.behaviour);
  const holiday: Holiday = { id: newId("SCHEDULE_EVENT"), ...input };
  mode.holidays = [...holidays, holiday];
  return { status: 201, body: { id: holiday.id } };
}

function updateHoliday(req: ApiRequest, ctx: EmulatorContext) {
  const mode = getModeOr404(ctx, req.org, req.params.modeId);
  const stored = getHolidayOr404(mode, req.params.holidayId);
  const { id, ...fields } = stored;
  const out: Violation[] = [];
  const merged = mergeHolidayUpdate(fields, req.body, ctx.behaviour, out);
  if (!merged) throw violationsToError(out, ctx.behaviour);
  const clash = checkHolidayNameFree(mode.holidays ?? [], merged.name, id, ctx.behaviour);
  if (clash) throw violationsToError([clash], ctx.behaviour);
  // The id stays: a holiday PUT edits the holiday in place.
  mode.holidays = (mode.holidays ?? []).map((h) => (h.id === id ? { id, ...merged } : h));
  return { status: 204 };
}

function deleteHoliday(req: ApiRequest, ctx: EmulatorContext) {
  const mode = getModeOr404(ctx, req.org, req.params.modeId);
  const holiday = getHolidayOr404(mode, req.params.holidayId);
  mode.holidays = (mode.holidays ?? []).filter((h) => h.id !== holiday.id);
  return { status: 204 };
}

export function registerHolidayRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  apiRoute(app, ctx, "POST", [HOLIDAYS_PATH, `${HOLIDAYS_PATH}/`], createHoliday);
  apiRoute(app, ctx, "GET", `${HOLIDAYS_PATH}/:holidayId`, getHoliday);
  apiRoute(app, ctx, "PUT", `${HOLIDAYS_PATH}/:holidayId`, updateHoliday);
  apiRoute(app, ctx, "DELETE", `${HOLIDAYS_PATH}/:holidayId`, deleteHoliday);
}
