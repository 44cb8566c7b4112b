// Canonical forms, so that equivalent declarations and API answers compare equal: omitted defaults,
// disabled days with or without times, holiday order, the allDayEnabled disagreement of the service.
import {
  ApiHoliday,
  ApiModeCreate,
  ApiOperatingMode,
  CallForwarding,
  DAY_KEYS,
  DaySchedule,
  DifferentHoursDaily,
  HolidayFields,
  OperatingModeInputs,
  OperatingModeOutputs,
  SameHoursDaily,
} from "./types";

export function normalizeDay(day: DaySchedule | undefined): DaySchedule {
  if (!day || !day.enabled) return { enabled: false, allDayEnabled: false };
  if (day.allDayEnabled) return { enabled: true, allDayEnabled: true };
  return { enabled: true, allDayEnabled: false, startTime: day.startTime, endTime: day.endTime };
}

export function normalizeSameHours(s: SameHoursDaily | undefined): Required<SameHoursDaily> | undefined {
  if (!s) return undefined;
  return { mondayToFriday: normalizeDay(s.mondayToFriday), saturdayToSunday: normalizeDay(s.saturdayToSunday) };
}

export function normalizeDifferentHours(d: DifferentHoursDaily | undefined): Required<DifferentHoursDaily> | undefined {
  if (!d) return undefined;
  return Object.fromEntries(DAY_KEYS.map((k) => [k, normalizeDay(d[k])])) as Required<DifferentHoursDaily>;
}

/** Forwarding that is off compares equal whatever destination is stored behind it. */
export function normalizeForwarding(f: CallForwarding | undefined): CallForwarding {
  if (!f || !f.enabled) return { enabled: false };
  return { enabled: true, destination: f.destination, destinationVoicemailEnabled: f.destinationVoicemailEnabled ?? false };
}

/** A holiday with times is not all-day, whatever allDayEnabled says (a known defect of the service). */
export function normalizeHoliday(h: HolidayFields): HolidayFields & { endDate: string; allDayEnabled: boolean } {
  const hasTimes = h.startTime !== undefined && h.endTime !== undefined;
  const out: HolidayFields & { endDate: string; allDayEnabled: boolean } = {
    name: h.name,
    allDayEnabled: !hasTimes,
    startDate: h.startDate,
    endDate: h.endDate ?? h.startDate,
  };
  if (hasTimes) Object.assign(out, { startTime: h.startTime, endTime: h.endTime });
  const r = h.recurrence;
  if (r?.recurYearlyByDate) out.recurrence = { recurYearlyByDate: { dayOfMonth: r.recurYearlyByDate.dayOfMonth, month: r.recurYearlyByDate.month } };
  else if (r?.recurYearlyByDay) out.recurrence = { recurYearlyByDay: { day: r.recurYearlyByDay.day, week: r.recurYearlyByDay.week, month: r.recurYearlyByDay.month } };
  return out;
}

/** Holidays compared as a set: canonical, ids dropped, sorted. */
export function normalizeHolidaySet(holidays: HolidayFields[] | undefined): HolidayFields[] | undefined {
  if (!holidays) return undefined;
  // Code-unit order, not localeCompare: a collation calls distinct keys equal ("Easter" and
  // "Easter\u00AD"), which would leave their order, and so the diff, to the input order.
  return holidays.map(normalizeHoliday).sort((a, b) => (holidayKey(a) < holidayKey(b) ? -1 : holidayKey(a) > holidayKey(b) ? 1 : 0));
}

function holidayKey(h: HolidayFields): string {
  return JSON.stringify([h.name, h.startDate, h.endDate, h.startTime ?? "", h.endTime ?? ""]);
}

/** Stable JSON: key order never makes two equal values differ. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, v[k]]))
      : v,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// ---- inputs -> API requests ----

export function holidayToApi(h: HolidayFields): HolidayFields {
  const n = normalizeHoliday(h);
  return dropUndefined({ ...n });
}

export function modeCreateBody(m: OperatingModeInputs): ApiModeCreate {
  return dropUndefined({
    name: m.name,
    type: m.type,
    level: m.level,
    locationId: m.level === "LOCATION" ? m.locationId : undefined,
    sameHoursDaily: normalizeSameHours(m.sameHoursDaily),
    differentHoursDaily: normalizeDifferentHours(m.differentHoursDaily),
    holidays: m.holidays?.map(holidayToApi),
    callForwarding: normalizeForwarding(m.callForwarding),
  });
}

export function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

// ---- API answers -> outputs and inputs ----

/**
 * The outputs of an OperatingMode from its live GET. `declared` is what the state held (inputs or
 * outputs): it says whether the mode owns its holidays, and carries orgId and adopt, which the API
 * does not return.
 */
export function modeOutputsFromApi(api: ApiOperatingMode, declared: Partial<OperatingModeInputs>): OperatingModeOutputs {
  return dropUndefined({
    name: api.name,
    type: api.type,
    level: api.level,
    locationId: api.location?.id ?? (api.level === "LOCATION" ? declared.locationId : undefined),
    locationName: api.location?.name,
    sameHoursDaily: api.type === "SAME_HOURS_DAILY" ? normalizeSameHours(api.sameHoursDaily ?? {}) : undefined,
    differentHoursDaily: api.type === "DIFFERENT_HOURS_DAILY" ? normalizeDifferentHours(api.differentHoursDaily ?? {}) : undefined,
    holidays: declared.holidays !== undefined ? (api.holidays ?? []).map(apiHolidayOutput) : undefined,
    callForwarding: normalizeForwarding(api.callForwarding),
    orgId: declared.orgId,
    adopt: declared.adopt,
  });
}

function apiHolidayOutput(h: ApiHoliday): ApiHoliday {
  return { id: h.id, ...normalizeHoliday(h) } as ApiHoliday;
}

/** Inputs that reproduce the live outputs: returned by read so that diffs after a refresh are real. */
export function modeInputsFromOutputs(o: OperatingModeOutputs): OperatingModeInputs {
  return dropUndefined({
    name: o.name,
    type: o.type,
    level: o.level,
    locationId: o.locationId,
    sameHoursDaily: o.sameHoursDaily,
    differentHoursDaily: o.differentHoursDaily,
    holidays: o.holidays?.map(({ id: _id, ...rest }) => rest as HolidayFields),
    callForwarding: o.callForwarding,
    orgId: o.orgId,
    adopt: o.adopt,
  });
}
