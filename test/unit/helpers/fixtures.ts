// Valid declarations to start from, and a way to change one value deep inside a copy of them, so
// that each table row of a test says only what it breaks.
export { UNKNOWN } from "../../../provider/unknown";

/** A Webex-style id: unpadded base64 of ciscospark://us/<TYPE>/<uuid>. */
export function webexId(type: string, uuid: string): string {
  return Buffer.from(`ciscospark://us/${type}/${uuid}`).toString("base64").replace(/=+$/, "");
}

export const LOCATION_ID = webexId("LOCATION", "8c1f6c52-1111-4a3e-9d2f-000000000001");
export const OTHER_LOCATION_ID = webexId("LOCATION", "8c1f6c52-1111-4a3e-9d2f-000000000002");
export const MODE_ID = webexId("OPERATING_MODE", "0b6f3a10-2222-4c7b-8e1d-000000000001");
export const OTHER_MODE_ID = webexId("OPERATING_MODE", "0b6f3a10-2222-4c7b-8e1d-000000000002");
export const HOLIDAY_ID = webexId("SCHEDULE_EVENT", "71d2e8a4-3333-4f0c-a5b6-000000000001");
export const ORG_ID = webexId("ORGANIZATION", "c0ffee00-4444-4d4d-b0b0-000000000001");

export const open = (startTime = "09:00", endTime = "17:00") => ({ enabled: true, allDayEnabled: false, startTime, endTime });
export const allDay = () => ({ enabled: true, allDayEnabled: true });
export const closed = () => ({ enabled: false });

export type Json = Record<string, any>;

export function sameHoursMode(): Json {
  return {
    name: "Business hours",
    type: "SAME_HOURS_DAILY",
    level: "ORGANIZATION",
    sameHoursDaily: { mondayToFriday: open("08:30", "17:30"), saturdayToSunday: closed() },
    callForwarding: { enabled: false },
  };
}

export function differentHoursMode(): Json {
  return {
    name: "Support desk",
    type: "DIFFERENT_HOURS_DAILY",
    level: "LOCATION",
    locationId: LOCATION_ID,
    differentHoursDaily: {
      sunday: closed(),
      monday: open("08:00", "18:00"),
      tuesday: open("08:00", "18:00"),
      wednesday: open("08:00", "20:00"),
      thursday: open("08:00", "18:00"),
      friday: open("08:00", "16:00"),
      saturday: open("10:00", "14:00"),
    },
  };
}

export function holidayMode(): Json {
  return {
    name: "Public holidays",
    type: "HOLIDAY",
    level: "ORGANIZATION",
    holidays: [
      { name: "New Year", allDayEnabled: true, startDate: "2026-01-01", recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } } },
      { name: "Memorial Day", startDate: "2026-05-25", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } } },
      { name: "Thanksgiving", startDate: "2026-11-26", endDate: "2026-11-27", recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } } },
      { name: "Christmas Eve half day", allDayEnabled: false, startDate: "2026-12-24", startTime: "13:00", endTime: "23:59" },
    ],
  };
}

export function afterHoursMode(): Json {
  return {
    name: "Branch after hours",
    type: "NONE",
    level: "LOCATION",
    locationId: LOCATION_ID,
    callForwarding: { enabled: true, destination: "+14085551234", destinationVoicemailEnabled: false },
  };
}

export function holidayResource(): Json {
  return {
    operatingModeId: MODE_ID,
    name: "Independence Day",
    allDayEnabled: true,
    startDate: "2026-07-04",
    recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } },
  };
}

/**
 * A deep copy of `base` with the value at `path` ("a.b[2].c") replaced, or removed when `value` is
 * the REMOVE marker. Missing objects on the way are created.
 */
export const REMOVE = Symbol("remove");
export function withValue<T extends Json>(base: T, path: string, value: unknown): T {
  const copy = structuredClone(base);
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let target: any = copy;
  for (const key of keys.slice(0, -1)) {
    if (target[key] === undefined || typeof target[key] !== "object") target[key] = {};
    target = target[key];
  }
  const last = keys[keys.length - 1];
  if (value === REMOVE) {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else target[last] = value;
  return copy;
}

/** Several changes at once: [[path, value], ...]. */
export function withValues<T extends Json>(base: T, changes: [string, unknown][]): T {
  return changes.reduce((acc, [path, value]) => withValue(acc, path, value), base);
}
