// What changed between the last outputs (after a refresh: the live values) and the new inputs, field
// by field, and which of those changes the API cannot make in place.
import {
  normalizeDifferentHours,
  normalizeForwarding,
  normalizeHoliday,
  normalizeHolidaySet,
  normalizeSameHours,
  sameValue,
} from "./normalize";
import { HolidayFields, HolidayOutputs, HolidayInputs, OperatingModeInputs, OperatingModeOutputs } from "./types";
import { containsUnknown } from "./unknown";
import { sameId } from "./client/ids";

export interface DiffOutcome {
  changes: boolean;
  replaces: string[];
  deleteBeforeReplace: boolean;
  /** Fields that differ, for update and for messages. */
  changed: string[];
}

type Comparator<O, N> = [field: string, compare: (olds: O, news: N) => boolean];

const differs = (a: unknown, b: unknown) => containsUnknown(b) || !sameValue(a, b);

const MODE_REPLACE: Comparator<Partial<OperatingModeOutputs>, OperatingModeInputs>[] = [
  ["type", (o, n) => differs(o.type, n.type)],
  ["level", (o, n) => differs(o.level, n.level)],
  // The API answers with its own spelling of the id (unpadded); a padded or URL-safe one is the same location.
  ["locationId", (o, n) => containsUnknown(n.locationId) || !sameId(o.locationId, n.locationId)],
  ["orgId", (o, n) => differs(o.orgId, n.orgId)],
];

// Unknown values are looked for before normalising: normalising reads an unknown schedule or
// forwarding as "disabled" and would hide it (and cannot map an unknown holiday list at all).
const MODE_UPDATE: Comparator<Partial<OperatingModeOutputs>, OperatingModeInputs>[] = [
  ["name", (o, n) => differs(o.name, n.name)],
  ["sameHoursDaily", (o, n) => containsUnknown(n.sameHoursDaily) || differs(normalizeSameHours(o.sameHoursDaily), normalizeSameHours(n.sameHoursDaily))],
  ["differentHoursDaily", (o, n) => containsUnknown(n.differentHoursDaily) || differs(normalizeDifferentHours(o.differentHoursDaily), normalizeDifferentHours(n.differentHoursDaily))],
  ["callForwarding", (o, n) => containsUnknown(n.callForwarding) || differs(normalizeForwarding(o.callForwarding), normalizeForwarding(n.callForwarding))],
  // Absent on both sides: the holidays belong to OperatingModeHoliday resources and are never compared.
  ["holidays", (o, n) => containsUnknown(n.holidays) || differs(normalizeHolidaySet(o.holidays), normalizeHolidaySet(n.holidays))],
];

export function diffOperatingMode(olds: Partial<OperatingModeOutputs>, news: OperatingModeInputs): DiffOutcome {
  return outcome(olds, news, MODE_REPLACE, MODE_UPDATE, (o, n) => sameName(o.name, n.name));
}

const HOLIDAY_REPLACE: Comparator<Partial<HolidayOutputs>, HolidayInputs>[] = [
  ["operatingModeId", (o, n) => differs(o.operatingModeId, n.operatingModeId)],
  ["orgId", (o, n) => differs(o.orgId, n.orgId)],
  // A partial PUT cannot take a recurrence away.
  ["recurrence", (o, n) => o.recurrence !== undefined && n.recurrence === undefined],
];

const holidayField = (field: keyof HolidayFields): Comparator<Partial<HolidayOutputs>, HolidayInputs> => [
  field,
  (o, n) => containsUnknown(n[field]) || !sameValue(canonicalHoliday(o)[field], canonicalHoliday(n)[field]),
];

const HOLIDAY_UPDATE = (["name", "allDayEnabled", "startDate", "endDate", "startTime", "endTime", "recurrence"] as const).map(holidayField);

export function diffHoliday(olds: Partial<HolidayOutputs>, news: HolidayInputs): DiffOutcome {
  return outcome(olds, news, HOLIDAY_REPLACE, HOLIDAY_UPDATE, (o, n) => sameName(o.name, n.name));
}

function canonicalHoliday(h: Partial<HolidayFields>): Partial<HolidayFields> {
  if (containsUnknown(h) || h.startDate === undefined) return h;
  return normalizeHoliday(h as HolidayFields);
}

function outcome<O, N>(
  olds: O,
  news: N,
  replaceRules: Comparator<O, N>[],
  updateRules: Comparator<O, N>[],
  keepsName: (o: O, n: N) => boolean,
): DiffOutcome {
  const replaces = replaceRules.filter(([, d]) => d(olds, news)).map(([f]) => f);
  const changed = [...new Set([...replaces, ...updateRules.filter(([, d]) => d(olds, news)).map(([f]) => f)])];
  return {
    changes: changed.length > 0,
    replaces,
    // Names are unique: a replacement that keeps its name must make room first.
    deleteBeforeReplace: replaces.length > 0 && keepsName(olds, news),
    changed,
  };
}

function sameName(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();
}
