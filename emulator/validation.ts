/**
 * Request-body rules of the Operating Modes API, as pure functions.
 *
 * Each parser takes the raw JSON value, pushes every violation it finds into `out` (it never stops
 * at the first) and returns the normalised value, or undefined when the value is unusable. Rules
 * that need the organisation's state (unique names, limits, location existence) live in
 * constraints.ts.
 */
import { BehaviourSwitches, LIMITS } from "./behaviour";
import { parseDate, parseTime, maxDaysInMonth, monthName, weekdayOf, weeksOf } from "./calendar";
import { ErrorCode, Violation, ViolationKind } from "./errors";
import {
  CallForwarding,
  DAY_KEYS,
  DaySchedule,
  DifferentHoursDaily,
  HolidayInput,
  MODE_LEVELS,
  MODE_TYPES,
  MONTHS,
  ModeLevel,
  ModeType,
  Recurrence,
  SAME_HOURS_KEYS,
  SameHoursDaily,
  WEEKDAYS,
  WEEKS,
} from "./types";

export type Rules = Pick<
  BehaviourSwitches,
  | "overnightRanges"
  | "recurrenceMustMatchStartDate"
  | "modeNameMaxLength"
  | "holidayNameMaxLength"
  | "holidayNamesUniqueWithinMode"
  | "immutableFieldsOnUpdate"
>;

type Out = Violation[];
type Json = Record<string, unknown>;

function violation(kind: ViolationKind, path: string, description: string, errorCode: number): Violation {
  return { kind, path, description, errorCode };
}

function invalid(out: Out, path: string, description: string): void {
  out.push(violation("invalid", path, description, ErrorCode.invalidValue));
}

function missing(out: Out, path: string, description = "is required."): void {
  out.push(violation("invalid", path, description, ErrorCode.missingField));
}

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Null counts as absent: clients serialise unset optional fields either way. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readBoolean(obj: Json, key: string, path: string, out: Out): boolean | undefined {
  const value = obj[key];
  if (!isPresent(value)) return undefined;
  if (typeof value !== "boolean") {
    invalid(out, join(path, key), `must be true or false, got ${JSON.stringify(value)}.`);
    return undefined;
  }
  return value;
}

function readEnum<T extends string>(
  obj: Json,
  key: string,
  allowed: readonly T[],
  path: string,
  out: Out,
): T | undefined {
  const value = obj[key];
  if (!isPresent(value)) return undefined;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    invalid(out, join(path, key), `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}.`);
    return undefined;
  }
  return value as T;
}

/**
 * Names: a non-empty string of at most `maxLength` characters without control characters.
 * The maximum lengths are the emulator's guesses (see behaviour.ts), switchable.
 */
export function checkName(value: unknown, path: string, maxLength: number, out: Out): string | undefined {
  if (!isPresent(value)) {
    missing(out, path);
    return undefined;
  }
  if (typeof value !== "string") {
    invalid(out, path, `must be a string, got ${JSON.stringify(value)}.`);
    return undefined;
  }
  if (value.trim().length === 0) {
    invalid(out, path, "must not be empty.");
    return undefined;
  }
  if ([...value].length > maxLength) {
    invalid(out, path, `must be at most ${maxLength} characters, got ${[...value].length}.`);
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    invalid(out, path, "must not contain control characters.");
    return undefined;
  }
  return value;
}

/** `HH:MM`, 00:00..23:59. */
function readTime(obj: Json, key: string, path: string, out: Out): string | undefined {
  const value = obj[key];
  if (!isPresent(value)) return undefined;
  if (typeof value !== "string" || parseTime(value) === undefined) {
    invalid(out, join(path, key), `must be a 24-hour time HH:MM between 00:00 and 23:59, got ${JSON.stringify(value)}.`);
    return undefined;
  }
  return value;
}

function readDate(obj: Json, key: string, path: string, out: Out): string | undefined {
  const value = obj[key];
  if (!isPresent(value)) {
    missing(out, join(path, key));
    return undefined;
  }
  if (typeof value !== "string" || parseDate(value) === undefined) {
    invalid(out, join(path, key), `must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(value)}.`);
    return undefined;
  }
  return value;
}

/**
 * A start/end time pair. Equal times are always rejected (an empty range); a start later than
 * the end is an overnight range, accepted unless the switch says otherwise.
 */
function checkTimeRange(start: string, end: string, path: string, rules: Rules, out: Out): void {
  const s = parseTime(start)!;
  const e = parseTime(end)!;
  if (s === e) {
    invalid(out, join(path, "endTime"), `must differ from startTime (${start}).`);
  } else if (s > e && rules.overnightRanges === "reject") {
    invalid(out, join(path, "endTime"), `must be later than startTime (${start}); overnight ranges are not accepted.`);
  }
}

const DISABLED_DAY: DaySchedule = Object.freeze({ enabled: false, allDayEnabled: false });

/**
 * DaySchedule `{enabled, allDayEnabled?, startTime?, endTime?}`. `allDayEnabled` defaults to false;
 * times are mandatory for an enabled day that is not all-day, and forbidden on an all-day one.
 * `{enabled: false}` alone is accepted.
 */
export function parseDaySchedule(raw: unknown, path: string, rules: Rules, out: Out): DaySchedule | undefined {
  if (!isObject(raw)) {
    invalid(out, path, "must be an object {enabled, allDayEnabled, startTime, endTime}.");
    return undefined;
  }
  const before = out.length;
  const enabled = readBoolean(raw, "enabled", path, out);
  if (!isPresent(raw.enabled)) missing(out, join(path, "enabled"));
  const allDayEnabled = readBoolean(raw, "allDayEnabled", path, out) ?? false;
  const startTime = readTime(raw, "startTime", path, out);
  const endTime = readTime(raw, "endTime", path, out);
  const hasStart = isPresent(raw.startTime);
  const hasEnd = isPresent(raw.endTime);
  if (allDayEnabled && (hasStart || hasEnd)) {
    invalid(out, path, "startTime and endTime must be left out when allDayEnabled is true.");
  } else if (hasStart !== hasEnd) {
    missing(out, join(path, hasStart ? "endTime" : "startTime"), "is required when the other time is given.");
  } else if (enabled && !allDayEnabled && !hasStart) {
    missing(out, join(path, "startTime"), "and endTime are required when the day is enabled and not all-day.");
  }
  if (startTime && endTime) checkTimeRange(startTime, endTime, path, rules, out);
  if (out.length > before || enabled === undefined) return undefined;
  const day: DaySchedule = { enabled, allDayEnabled };
  if (startTime && endTime) {
    day.startTime = startTime;
    day.endTime = endTime;
  }
  return day;
}

/** sameHoursDaily: both halves optional; a half left out is disabled (as live creates show for
 * differentHoursDaily). */
export function parseSameHoursDaily(raw: unknown, path: string, rules: Rules, out: Out): SameHoursDaily | undefined {
  if (!isObject(raw)) {
    invalid(out, path, "must be an object {mondayToFriday, saturdayToSunday}.");
    return undefined;
  }
  const before = out.length;
  const result = {} as SameHoursDaily;
  for (const key of SAME_HOURS_KEYS) {
    result[key] = isPresent(raw[key]) ? parseDaySchedule(raw[key], join(path, key), rules, out) ?? DISABLED_DAY : { ...DISABLED_DAY };
  }
  return out.length > before ? undefined : result;
}

/** differentHoursDaily: the spec marks all seven days required, but a create with only `monday`
 * is accepted live; missing days are disabled. */
export function parseDifferentHoursDaily(
  raw: unknown,
  path: string,
  rules: Rules,
  out: Out,
): DifferentHoursDaily | undefined {
  if (!isObject(raw)) {
    invalid(out, path, `must be an object with the days ${DAY_KEYS.join(", ")}.`);
    return undefined;
  }
  const before = out.length;
  const result = {} as DifferentHoursDaily;
  for (const key of DAY_KEYS) {
    result[key] = isPresent(raw[key]) ? parseDaySchedule(raw[key], join(path, key), rules, out) ?? DISABLED_DAY : { ...DISABLED_DAY };
  }
  return out.length > before ? undefined : result;
}

/** E.164 (`+` and 2..15 digits) or an extension / national number (2..10 digits). */
const DESTINATION = /^(\+[1-9]\d{1,14}|\d{2,10})$/;

/** callForwarding `{enabled, destination?, destinationVoicemailEnabled?}`; a destination is
 * required only while forwarding is enabled. */
export function parseCallForwarding(raw: unknown, path: string, out: Out): CallForwarding | undefined {
  if (!isObject(raw)) {
    invalid(out, path, "must be an object {enabled, destination, destinationVoicemailEnabled}.");
    return undefined;
  }
  const before = out.length;
  const enabled = readBoolean(raw, "enabled", path, out);
  if (!isPresent(raw.enabled)) missing(out, join(path, "enabled"));
  const voicemail = readBoolean(raw, "destinationVoicemailEnabled", path, out) ?? false;
  let destination: string | undefined;
  if (isPresent(raw.destination)) {
    if (typeof raw.destination !== "string" || !DESTINATION.test(raw.destination)) {
      invalid(
        out,
        join(path, "destination"),
        `must be an E.164 number (+14155550100) or an extension of 2 to 10 digits, got ${JSON.stringify(raw.destination)}.`,
      );
    } else {
      destination = raw.destination;
    }
  } else if (enabled) {
    missing(out, join(path, "destination"), "is required when forwarding is enabled.");
  }
  if (out.length > before || enabled === undefined) return undefined;
  const result: CallForwarding = { enabled, destinationVoicemailEnabled: voicemail };
  if (destination !== undefined) result.destination = destination;
  return result;
}

/**
 * recurrence: `{recurYearlyByDate: {dayOfMonth, month}}` or `{recurYearlyByDay: {day, week, month}}`,
 * never both. `null` and `{}` mean a one-off holiday. [emulator guess for `{}`]
 */
export function parseRecurrence(
  raw: unknown,
  path: string,
  startDate: string | undefined,
  rules: Rules,
  out: Out,
): Recurrence | undefined {
  if (!isPresent(raw)) return undefined;
  if (!isObject(raw)) {
    invalid(out, path, "must be an object with recurYearlyByDate or recurYearlyByDay.");
    return undefined;
  }
  const byDate = raw.recurYearlyByDate;
  const byDay = raw.recurYearlyByDay;
  if (isPresent(byDate) && isPresent(byDay)) {
    invalid(out, path, "recurYearlyByDate and recurYearlyByDay are exclusive: give one of them.");
    return undefined;
  }
  const start = startDate ? parseDate(startDate) : undefined;
  if (isPresent(byDate)) {
    const p = join(path, "recurYearlyByDate");
    if (!isObject(byDate)) {
      invalid(out, p, "must be an object {dayOfMonth, month}.");
      return undefined;
    }
    const before = out.length;
    const month = readEnum(byDate, "month", MONTHS, p, out);
    if (!isPresent(byDate.month)) missing(out, join(p, "month"));
    const day = byDate.dayOfMonth;
    if (!isPresent(day)) missing(out, join(p, "dayOfMonth"));
    else if (typeof day !== "number" || !Number.isInteger(day) || day < 1 || day > 31) {
      invalid(out, join(p, "dayOfMonth"), `must be an integer from 1 to 31, got ${JSON.stringify(day)}.`);
    } else if (month && day > maxDaysInMonth(month)) {
      invalid(out, join(p, "dayOfMonth"), `${month} has no day ${day}: the holiday could never happen.`);
    }
    if (out.length > before || !month) return undefined;
    const rule = { dayOfMonth: day as number, month };
    if (rules.recurrenceMustMatchStartDate && start && (start.day !== rule.dayOfMonth || monthName(start) !== month)) {
      invalid(out, p, `does not agree with startDate ${startDate}: it recurs on ${month} ${rule.dayOfMonth}.`);
      return undefined;
    }
    return { recurYearlyByDate: rule };
  }
  if (isPresent(byDay)) {
    const p = join(path, "recurYearlyByDay");
    if (!isObject(byDay)) {
      invalid(out, p, "must be an object {day, week, month}.");
      return undefined;
    }
    const before = out.length;
    const day = readEnum(byDay, "day", WEEKDAYS, p, out);
    const week = readEnum(byDay, "week", WEEKS, p, out);
    const month = readEnum(byDay, "month", MONTHS, p, out);
    for (const key of ["day", "week", "month"]) if (!isPresent(byDay[key])) missing(out, join(p, key));
    if (out.length > before || !day || !week || !month) return undefined;
    if (
      rules.recurrenceMustMatchStartDate &&
      start &&
      (weekdayOf(start) !== day || monthName(start) !== month || !weeksOf(start).includes(week))
    ) {
      invalid(out, p, `does not agree with startDate ${startDate}: it recurs on the ${week} ${day} of ${month}.`);
      return undefined;
    }
    return { recurYearlyByDay: { day, week, month } };
  }
  return undefined;
}

/**
 * A whole holiday (a POST body, an element of a mode's `holidays`, or a PUT merged over the stored
 * holiday). `allDayEnabled` may be left out only when both times are given (it is then false).
 */
export function parseHoliday(raw: unknown, path: string, rules: Rules, out: Out): HolidayInput | undefined {
  if (!isObject(raw)) {
    invalid(out, path, "must be an object {name, allDayEnabled, startDate, endDate, ...}.");
    return undefined;
  }
  const before = out.length;
  const name = checkName(raw.name, join(path, "name"), rules.holidayNameMaxLength, out);
  const startDate = readDate(raw, "startDate", path, out);
  const endDate = readDate(raw, "endDate", path, out);
  const startTime = readTime(raw, "startTime", path, out);
  const endTime = readTime(raw, "endTime", path, out);
  const hasStart = isPresent(raw.startTime);
  const hasEnd = isPresent(raw.endTime);
  let allDayEnabled = readBoolean(raw, "allDayEnabled", path, out);
  if (!isPresent(raw.allDayEnabled)) {
    if (hasStart && hasEnd) allDayEnabled = false;
    else missing(out, join(path, "allDayEnabled"));
  }
  if (allDayEnabled === true && (hasStart || hasEnd)) {
    invalid(out, path, "startTime and endTime must be left out when allDayEnabled is true.");
  } else if (allDayEnabled === false && !(hasStart && hasEnd)) {
    missing(out, join(path, hasStart ? "endTime" : "startTime"), "is required when allDayEnabled is false.");
  }
  if (startDate && endDate && endDate < startDate) {
    invalid(out, join(path, "endDate"), `must not be before startDate (${startDate}), got ${endDate}.`);
  }
  if (startTime && endTime) {
    if (startDate && startDate === endDate && parseTime(startTime)! > parseTime(endTime)!) {
      // A one-day holiday cannot run overnight: it would end before it starts.
      invalid(out, join(path, "endTime"), `must be later than startTime (${startTime}) on a one-day holiday.`);
    } else {
      checkTimeRange(startTime, endTime, path, rules, out);
    }
  }
  const recurrence = parseRecurrence(raw.recurrence, join(path, "recurrence"), startDate, rules, out);
  if (out.length > before || !name || !startDate || !endDate || allDayEnabled === undefined) return undefined;
  const holiday: HolidayInput = { name, allDayEnabled, startDate, endDate };
  if (startTime && endTime) {
    holiday.startTime = startTime;
    holiday.endTime = endTime;
  }
  if (recurrence) holiday.recurrence = recurrence;
  return holiday;
}

/** A list of holidays: at most 150, names unique within the list when the switch says so. */
export function parseHolidayList(raw: unknown, path: string, rules: Rules, out: Out): HolidayInput[] | undefined {
  if (!Array.isArray(raw)) {
    invalid(out, path, "must be an array of holidays.");
    return undefined;
  }
  const before = out.length;
  if (raw.length > LIMITS.holidaysPerMode) {
    out.push(
      violation("limit", path, `at most ${LIMITS.holidaysPerMode} holidays per mode, got ${raw.length}.`, ErrorCode.limitExceeded),
    );
  }
  const result: HolidayInput[] = [];
  raw.forEach((item, i) => {
    const holiday = parseHoliday(item, join(path, i), rules, out);
    if (holiday) result.push(holiday);
  });
  if (rules.holidayNamesUniqueWithinMode) {
    const seen = new Set<string>();
    result.forEach((h, i) => {
      if (seen.has(h.name)) {
        out.push(violation("duplicate", join(join(path, i), "name"), `"${h.name}" appears twice in this mode.`, ErrorCode.duplicateName));
      }
      seen.add(h.name);
    });
  }
  return out.length > before ? undefined : result;
}

/** A create request, normalised. */
export interface ModeCreate {
  name: string;
  type: ModeType;
  level: ModeLevel;
  locationId?: string;
  sameHoursDaily?: SameHoursDaily;
  differentHoursDaily?: DifferentHoursDaily;
  holidays?: HolidayInput[];
  callForwarding: CallForwarding;
}

/** Which body field carries the schedule of each type (NONE has none). */
const SCHEDULE_FIELD: Record<ModeType, "sameHoursDaily" | "differentHoursDaily" | "holidays" | undefined> = {
  SAME_HOURS_DAILY: "sameHoursDaily",
  DIFFERENT_HOURS_DAILY: "differentHoursDaily",
  HOLIDAY: "holidays",
  NONE: undefined,
};

const SCHEDULE_FIELDS = ["sameHoursDaily", "differentHoursDaily", "holidays"] as const;

/** Schedules given for another type than `type`: each one a "mismatch" violation. */
function checkScheduleMatchesType(body: Json, type: ModeType, out: Out): void {
  for (const field of SCHEDULE_FIELDS) {
    if (!isPresent(body[field]) || SCHEDULE_FIELD[type] === field) continue;
    if (field === "holidays") {
      out.push(violation("mismatch", field, `holidays are only allowed on HOLIDAY modes, not on ${type}.`, ErrorCode.holidaysNotAllowed));
    } else {
      const expected = SCHEDULE_FIELD[type];
      out.push(
        violation(
          "mismatch",
          field,
          `does not match type ${type}${expected ? `: give ${expected}` : ": a NONE mode has no schedule"}.`,
          ErrorCode.scheduleMismatch,
        ),
      );
    }
  }
}

function parseSchedules(body: Json, type: ModeType, rules: Rules, out: Out): Partial<ModeCreate> {
  const result: Partial<ModeCreate> = {};
  if (type === "SAME_HOURS_DAILY" && isPresent(body.sameHoursDaily)) {
    result.sameHoursDaily = parseSameHoursDaily(body.sameHoursDaily, "sameHoursDaily", rules, out);
  }
  if (type === "DIFFERENT_HOURS_DAILY" && isPresent(body.differentHoursDaily)) {
    result.differentHoursDaily = parseDifferentHoursDaily(body.differentHoursDaily, "differentHoursDaily", rules, out);
  }
  if (type === "HOLIDAY" && isPresent(body.holidays)) {
    result.holidays = parseHolidayList(body.holidays, "holidays", rules, out);
  }
  return result;
}

/** A mode POST body: name, type, level, locationId for LOCATION, the schedule of the type
 * (mandatory, except holidays which may be empty), callForwarding (optional, default off). */
export function parseModeCreate(raw: unknown, rules: Rules, out: Out): ModeCreate | undefined {
  if (!isObject(raw)) {
    invalid(out, "", "The request body must be a JSON object.");
    return undefined;
  }
  const before = out.length;
  const name = checkName(raw.name, "name", rules.modeNameMaxLength, out);
  const type = readEnum(raw, "type", MODE_TYPES, "", out);
  if (!isPresent(raw.type)) missing(out, "type");
  const level = readEnum(raw, "level", MODE_LEVELS, "", out);
  if (!isPresent(raw.level)) missing(out, "level");
  let locationId: string | undefined;
  if (isPresent(raw.locationId)) {
    if (typeof raw.locationId !== "string" || raw.locationId.length === 0) invalid(out, "locationId", "must be a location id.");
    else if (level === "ORGANIZATION") invalid(out, "locationId", "must be left out for level ORGANIZATION.");
    else locationId = raw.locationId;
  } else if (level === "LOCATION") {
    missing(out, "locationId", "is required for level LOCATION.");
  }
  let schedules: Partial<ModeCreate> = {};
  if (type) {
    const field = SCHEDULE_FIELD[type];
    if (field && field !== "holidays" && !isPresent(raw[field])) missing(out, field, `is required for type ${type}.`);
    schedules = parseSchedules(raw, type, rules, out);
    checkScheduleMatchesType(raw, type, out);
  }
  const callForwarding = isPresent(raw.callForwarding)
    ? parseCallForwarding(raw.callForwarding, "callForwarding", out)
    : { enabled: false, destinationVoicemailEnabled: false };
  if (out.length > before || !name || !type || !level || !callForwarding) return undefined;
  const mode: ModeCreate = { name, type, level, callForwarding, ...schedules };
  if (type === "HOLIDAY" && !mode.holidays) mode.holidays = [];
  if (locationId) mode.locationId = locationId;
  return mode;
}

/** A mode PUT body, normalised: only what may change. `holidays`, when present, replaces the list. */
export interface ModeUpdate {
  name?: string;
  sameHoursDaily?: SameHoursDaily;
  differentHoursDaily?: DifferentHoursDaily;
  holidays?: HolidayInput[];
  callForwarding?: CallForwarding;
}

/** A mode PUT body against a mode of `type`. type, level and locationId cannot change: rejected
 * (400) or ignored, by switch. */
export function parseModeUpdate(raw: unknown, type: ModeType, rules: Rules, out: Out): ModeUpdate | undefined {
  if (!isObject(raw)) {
    invalid(out, "", "The request body must be a JSON object.");
    return undefined;
  }
  const before = out.length;
  if (rules.immutableFieldsOnUpdate === "reject") {
    for (const field of ["type", "level", "locationId"]) {
      if (isPresent(raw[field])) {
        out.push(
          violation("immutable", field, "cannot be changed after create; leave it out of the update.", ErrorCode.immutableField),
        );
      }
    }
  }
  const update: ModeUpdate = {};
  if (isPresent(raw.name)) update.name = checkName(raw.name, "name", rules.modeNameMaxLength, out);
  Object.assign(update, parseSchedules(raw, type, rules, out));
  checkScheduleMatchesType(raw, type, out);
  if (isPresent(raw.callForwarding)) update.callForwarding = parseCallForwarding(raw.callForwarding, "callForwarding", out);
  return out.length > before ? undefined : update;
}

/**
 * A holiday PUT is partial: the fields sent are merged over the stored holiday and the result is
 * checked as a whole. When both times are sent, `allDayEnabled` is ignored (the holiday has times,
 * so it is not all-day); `allDayEnabled: true` alone drops the stored times; `recurrence: null`
 * makes it a one-off.
 */
export function mergeHolidayUpdate(stored: HolidayInput, raw: unknown, rules: Rules, out: Out): HolidayInput | undefined {
  if (!isObject(raw)) {
    invalid(out, "", "The request body must be a JSON object.");
    return undefined;
  }
  const merged: Json = { ...stored };
  for (const key of ["name", "allDayEnabled", "startDate", "endDate", "startTime", "endTime"]) {
    if (isPresent(raw[key])) merged[key] = raw[key];
  }
  if ("recurrence" in raw) merged.recurrence = raw.recurrence;
  const sentStart = isPresent(raw.startTime);
  const sentEnd = isPresent(raw.endTime);
  if (sentStart && sentEnd) {
    merged.allDayEnabled = false;
  } else if (raw.allDayEnabled === true && !sentStart && !sentEnd) {
    delete merged.startTime;
    delete merged.endTime;
  }
  return parseHoliday(merged, "", rules, out);
}
