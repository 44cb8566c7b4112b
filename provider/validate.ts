// Everything the API would reject that can be known without a call. The JSON Schemas in ../schemas
// carry the shape; the rules between fields live here. Every failure names the property path and
// says what to change; all failures are returned, never just the first.
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import modeSchema from "../schemas/operating-mode.schema.json";
import holidaySchema from "../schemas/operating-mode-holiday.schema.json";
import { compareDates, maxDaysInMonth, monthName, parseDate, weekdayOf, weeksOf } from "./calendar";
import { containsUnknown, isUnknown } from "./unknown";
import {
  DAY_KEYS,
  DaySchedule,
  HolidayFields,
  HolidayInputs,
  ModeType,
  OperatingModeInputs,
} from "./types";

export interface Failure {
  property: string;
  reason: string;
}

let compiled: { mode: ValidateFunction; holiday: ValidateFunction } | undefined;

function validators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    ajv.addSchema(modeSchema);
    compiled = {
      mode: ajv.getSchema(modeSchema.$id)!,
      holiday: ajv.compile(holidaySchema),
    };
  }
  return compiled;
}

export function validateOperatingMode(inputs: Record<string, unknown>): Failure[] {
  const shape = schemaFailures(validators().mode, inputs);
  return [...shape, ...rulesBeside(shape, () => modeRules(inputs as unknown as OperatingModeInputs))];
}

export function validateHoliday(inputs: Record<string, unknown>): Failure[] {
  const shape = schemaFailures(validators().holiday, inputs);
  return [...shape, ...rulesBeside(shape, () => holidayRules(inputs as unknown as HolidayInputs, ""))];
}

/**
 * The rules between fields, also when the shape is wrong somewhere (so that one bad time does not
 * hide a bad date elsewhere), minus what they say within the object the shape already faulted: a
 * rule there compares fields with the malformed one, and one complaint per object is enough.
 */
function rulesBeside(shape: Failure[], rules: () => Failure[]): Failure[] {
  let found: Failure[];
  try {
    found = rules();
  } catch {
    // A shape so broken that a rule cannot read it: the shape failures say what to fix first.
    return [];
  }
  return found.filter((r) => !shape.some((s) => related(s.property, r.property)));
}

function related(a: string, b: string): boolean {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  const parent = (path: string) => path.replace(/(\.[^.[]+|\[\d+\])$/, "").replace(/^[^.[]+$/, "");
  return within(a, b) || within(b, a) || parent(a) === parent(b);
}

// ---- schema errors, made readable ----

function schemaFailures(validate: ValidateFunction, inputs: Record<string, unknown>): Failure[] {
  if (validate(inputs)) return [];
  const failures = (validate.errors ?? [])
    .filter((e) => !isUnknown(valueAt(inputs, e.instancePath)))
    .filter((e) => !["if", "then", "else", "anyOf", "oneOf"].includes(e.keyword))
    .map(describeSchemaError);
  return dedupe(failures);
}

function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as any)[key] : undefined), root);
}

export function pointerToPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key), "");
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describeSchemaError(e: ErrorObject): Failure {
  const path = pointerToPath(e.instancePath);
  const p = e.params as any;
  const description = (e.parentSchema as any)?.description as string | undefined;
  switch (e.keyword) {
    case "required":
      return { property: join(path, p.missingProperty), reason: "is required" };
    case "additionalProperties": {
      const known = Object.keys((e.parentSchema as any)?.properties ?? {}).join(", ");
      return { property: join(path, p.additionalProperty), reason: `is not a known field; remove it (known fields: ${known})` };
    }
    case "enum":
      return { property: path, reason: `must be one of ${p.allowedValues.join(", ")}` };
    case "const":
      return { property: path, reason: `must be ${JSON.stringify(p.allowedValue)}` };
    case "pattern":
      if (p.pattern === "\\S") return { property: path, reason: "must not be empty" };
      return { property: path, reason: description ? `must be ${description}` : `must match ${p.pattern}` };
    case "type":
      return { property: path, reason: `must be ${/^[aeiou]/.test(p.type) ? "an" : "a"} ${p.type}` };
    case "minLength":
      return { property: path, reason: "must not be empty" };
    case "maxItems":
      return { property: path, reason: `has more than ${p.limit} entries: the API allows at most ${p.limit}; split them over several modes` };
    case "minProperties":
    case "maxProperties":
      return { property: path, reason: `must have exactly one of ${Object.keys((e.parentSchema as any)?.properties ?? {}).join(", ")}` };
    case "minimum":
    case "maximum":
      return { property: path, reason: `must be ${e.keyword === "minimum" ? "at least" : "at most"} ${p.limit}` };
    default:
      return { property: path, reason: e.message ?? "is invalid" };
  }
}

function dedupe(failures: Failure[]): Failure[] {
  const seen = new Set<string>();
  return failures.filter((f) => {
    const key = `${f.property}\u0000${f.reason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// ---- rules between fields ----

const SCHEDULE_FOR_TYPE: Record<ModeType, "sameHoursDaily" | "differentHoursDaily" | "holidays" | undefined> = {
  SAME_HOURS_DAILY: "sameHoursDaily",
  DIFFERENT_HOURS_DAILY: "differentHoursDaily",
  HOLIDAY: "holidays",
  NONE: undefined,
};
const SCHEDULE_KEYS = ["sameHoursDaily", "differentHoursDaily", "holidays"] as const;

function modeRules(m: OperatingModeInputs): Failure[] {
  const failures: Failure[] = [];
  if (!isUnknown(m.level)) {
    if (m.level === "LOCATION" && m.locationId === undefined)
      failures.push({ property: "locationId", reason: "is required when level is LOCATION; set the id of the location" });
    if (m.level === "ORGANIZATION" && m.locationId !== undefined)
      failures.push({ property: "locationId", reason: "must be left out when level is ORGANIZATION; remove it or set level: LOCATION" });
  }
  if (!isUnknown(m.type)) failures.push(...scheduleMatchesType(m));
  if (m.sameHoursDaily && !isUnknown(m.sameHoursDaily)) {
    for (const key of ["mondayToFriday", "saturdayToSunday"] as const)
      failures.push(...dayRules(m.sameHoursDaily[key], `sameHoursDaily.${key}`));
  }
  if (m.differentHoursDaily && !isUnknown(m.differentHoursDaily)) {
    for (const key of DAY_KEYS) failures.push(...dayRules(m.differentHoursDaily[key], `differentHoursDaily.${key}`));
  }
  if (Array.isArray(m.holidays)) {
    m.holidays.forEach((h, i) => failures.push(...holidayRules(h, `holidays[${i}]`)));
    failures.push(...uniqueHolidayNames(m.holidays));
  }
  const fwd = m.callForwarding;
  if (fwd && !containsUnknown(fwd) && fwd.enabled && !fwd.destination)
    failures.push({ property: "callForwarding.destination", reason: "is required when forwarding is enabled; set an E.164 number or an extension" });
  return failures;
}

function scheduleMatchesType(m: OperatingModeInputs): Failure[] {
  const wanted = SCHEDULE_FOR_TYPE[m.type];
  const failures: Failure[] = [];
  if (wanted && wanted !== "holidays" && m[wanted] === undefined)
    failures.push({ property: wanted, reason: `is required when type is ${m.type}` });
  for (const key of SCHEDULE_KEYS) {
    if (key !== wanted && m[key] !== undefined)
      failures.push({
        property: key,
        reason: `does not belong to a mode of type ${m.type}; remove it${wanted ? ` (a ${m.type} mode takes ${wanted})` : ""}`,
      });
  }
  return failures;
}

function dayRules(day: DaySchedule | undefined, path: string): Failure[] {
  if (!day || containsUnknown(day) || !day.enabled) return [];
  const hasTimes = day.startTime !== undefined || day.endTime !== undefined;
  if (day.allDayEnabled) {
    return hasTimes ? [{ property: path, reason: "has allDayEnabled: true and times; remove startTime and endTime, or set allDayEnabled: false" }] : [];
  }
  const failures: Failure[] = [];
  if (day.startTime === undefined) failures.push({ property: `${path}.startTime`, reason: "is required when the day is enabled and not all day" });
  if (day.endTime === undefined) failures.push({ property: `${path}.endTime`, reason: "is required when the day is enabled and not all day" });
  if (day.startTime !== undefined && day.startTime === day.endTime)
    failures.push({ property: `${path}.endTime`, reason: `equals startTime (${day.startTime}); an empty range never applies: use allDayEnabled: true or a later endTime` });
  return failures;
}

function uniqueHolidayNames(holidays: HolidayFields[]): Failure[] {
  const firstIndex = new Map<string, number>();
  const failures: Failure[] = [];
  holidays.forEach((h, i) => {
    if (typeof h?.name !== "string" || isUnknown(h.name)) return;
    const key = h.name.trim().toLowerCase();
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, i);
    else failures.push({ property: `holidays[${i}].name`, reason: `"${h.name}" is also the name of holidays[${first}]; holiday names must be unique within a mode` });
  });
  return failures;
}

export function holidayRules(h: HolidayFields, base: string): Failure[] {
  if (!h || isUnknown(h)) return [];
  const at = (key: string) => (base ? `${base}.${key}` : key);
  const failures: Failure[] = [];
  const start = isUnknown(h.startDate) ? undefined : parseDate(h.startDate);
  const end = h.endDate === undefined || isUnknown(h.endDate) ? start : parseDate(h.endDate);
  if (!isUnknown(h.startDate) && !start) failures.push({ property: at("startDate"), reason: `${h.startDate} is not a date that exists; use YYYY-MM-DD` });
  if (h.endDate !== undefined && !isUnknown(h.endDate) && !parseDate(h.endDate))
    failures.push({ property: at("endDate"), reason: `${h.endDate} is not a date that exists; use YYYY-MM-DD` });
  if (start && end && h.endDate !== undefined && !isUnknown(h.endDate) && compareDates(h.endDate, h.startDate) < 0)
    failures.push({ property: at("endDate"), reason: `${h.endDate} is before startDate ${h.startDate}; the range must end on or after its start` });
  failures.push(...holidayTimeRules(h, at));
  if (start && h.recurrence && !containsUnknown(h.recurrence)) failures.push(...recurrenceRules(h, at));
  return failures;
}

function holidayTimeRules(h: HolidayFields, at: (key: string) => string): Failure[] {
  if (containsUnknown([h.allDayEnabled, h.startTime, h.endTime])) return [];
  const hasStart = h.startTime !== undefined;
  const hasEnd = h.endTime !== undefined;
  if (h.allDayEnabled === true && (hasStart || hasEnd))
    return [{ property: at("allDayEnabled"), reason: "is true but times are set; remove startTime and endTime, or set allDayEnabled: false" }];
  if (hasStart !== hasEnd)
    return [{ property: at(hasStart ? "endTime" : "startTime"), reason: "is required when the other time is set (a holiday has both times or none)" }];
  if (h.allDayEnabled === false && !hasStart)
    return [{ property: at("startTime"), reason: "is required when allDayEnabled is false; set startTime and endTime, or allDayEnabled: true" }];
  const sameDay = h.endDate === undefined || h.endDate === h.startDate;
  if (hasStart && sameDay && h.endTime! <= h.startTime!)
    return [{ property: at("endTime"), reason: `${h.endTime} is not after startTime ${h.startTime} on a one-day holiday; set a later endTime or a later endDate` }];
  return [];
}

function recurrenceRules(h: HolidayFields, at: (key: string) => string): Failure[] {
  const start = parseDate(h.startDate)!;
  const byDate = h.recurrence!.recurYearlyByDate;
  const byDay = h.recurrence!.recurYearlyByDay;
  if (byDate) {
    if (byDate.dayOfMonth > maxDaysInMonth(byDate.month))
      return [{ property: at("recurrence.recurYearlyByDate.dayOfMonth"), reason: `${byDate.month} never has a day ${byDate.dayOfMonth}; this holiday could never happen` }];
    if (byDate.month !== monthName(start) || byDate.dayOfMonth !== start.day)
      return [{ property: at("recurrence.recurYearlyByDate"), reason: `recurs on ${byDate.month} ${byDate.dayOfMonth} but startDate is ${h.startDate}; make startDate a date of the recurrence` }];
  }
  if (byDay) {
    const matches = byDay.month === monthName(start) && byDay.day === weekdayOf(start) && weeksOf(start).includes(byDay.week);
    if (!matches)
      return [{ property: at("recurrence.recurYearlyByDay"), reason: `recurs on the ${byDay.week} ${byDay.day} of ${byDay.month} but startDate ${h.startDate} is not such a day; make startDate a date of the recurrence` }];
  }
  return [];
}
