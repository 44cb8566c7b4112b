// fast-check generators of valid declarations. Validity is built in (dates that exist, recurrences
// that agree with their start date, times in order) and checked again with fc.pre by the tests.
import fc from "fast-check";
import { LOCATION_ID, ORG_ID } from "./fixtures";

const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] as const;
const MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"] as const;

export const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);

/** Two different times, either order (overnight ranges are allowed for days). */
const range = fc.tuple(time, time).filter(([a, b]) => a !== b);

export const day = fc.oneof(
  fc.constant({ enabled: false }),
  range.map(([startTime, endTime]) => ({ enabled: false, allDayEnabled: false, startTime, endTime })),
  fc.constant({ enabled: true, allDayEnabled: true }),
  range.map(([startTime, endTime]) => ({ enabled: true, allDayEnabled: false, startTime, endTime })),
  range.map(([startTime, endTime]) => ({ enabled: true, startTime, endTime })),
);

export const sameHoursDaily = fc.record({ mondayToFriday: day, saturdayToSunday: day }, { requiredKeys: [] });

export const differentHoursDaily = fc.record(
  { sunday: day, monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: day },
  { requiredKeys: [] },
);

const destination = fc.oneof(
  fc.integer({ min: 2_000_000_000, max: 9_999_999_999 }).map((n) => `+1${n}`),
  fc.integer({ min: 10, max: 99_999 }).map(String),
);

export const callForwarding = fc.oneof(
  fc.constant(undefined),
  fc.record({ enabled: fc.constant(false), destination, destinationVoicemailEnabled: fc.boolean() }, { requiredKeys: ["enabled"] }),
  fc.record({ enabled: fc.constant(true), destination, destinationVoicemailEnabled: fc.boolean() }, { requiredKeys: ["enabled", "destination"] }),
);

/** A date that exists, with the recurrences that agree with it (computed with the platform calendar). */
const date = fc
  .tuple(fc.integer({ min: 2025, max: 2032 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .filter(([y, m, d]) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate())
  .map(([y, m, d]) => {
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    const weeks = [...(d <= 28 ? [(["FIRST", "SECOND", "THIRD", "FOURTH"] as const)[Math.floor((d - 1) / 7)]] : []), ...(d + 7 > daysInMonth ? ["LAST" as const] : [])];
    return { text: `${y}-${pad(m)}-${pad(d)}`, y, m, d, weekday, weeks, month: MONTHS[m - 1] };
  });

/**
 * Holiday names, including ones that differ only by characters a locale-aware comparison ignores
 * (soft hyphen, zero-width space, decomposed accents): distinct names all the same.
 */
export const holidayName = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => /\S/.test(s)) },
  { weight: 2, arbitrary: fc.constantFrom("Easter", "Easter\u00AD", "Easter\u200B", "Ärztetag", "A\u0308rztetag", "New Year", "Boxing Day") },
);

export const holiday = fc
  .record({
    name: holidayName,
    start: date,
    kind: fc.constantFrom("allDay", "allDayImplicit", "timed", "timedImplicit", "multiDay"),
    times: fc.tuple(time, time).filter(([a, b]) => a < b),
    extraDays: fc.integer({ min: 1, max: 3 }),
    recurrence: fc.constantFrom("none", "byDate", "byDay"),
    weekPick: fc.nat(),
  })
  .map(({ name, start, kind, times, extraDays, recurrence, weekPick }) => {
    const h: Record<string, unknown> = { name, startDate: start.text };
    if (kind === "allDay") h.allDayEnabled = true;
    if (kind === "timed" || kind === "timedImplicit") {
      if (kind === "timed") h.allDayEnabled = false;
      [h.startTime, h.endTime] = times;
    }
    if (kind === "multiDay") h.endDate = new Date(Date.UTC(start.y, start.m - 1, start.d + extraDays)).toISOString().slice(0, 10);
    if (recurrence === "byDate") h.recurrence = { recurYearlyByDate: { dayOfMonth: start.d, month: start.month } };
    if (recurrence === "byDay")
      h.recurrence = { recurYearlyByDay: { day: start.weekday, week: start.weeks[weekPick % start.weeks.length], month: start.month } };
    return h;
  });

const nameKey = (h: Record<string, unknown>) => String(h.name).trim().toLowerCase();
export const holidays = fc.uniqueArray(holiday, { selector: nameKey, maxLength: 8 });

/** Same-day all-day holidays whose names differ only in what a locale-aware comparison ignores. */
export const confusableHolidays = fc.uniqueArray(
  fc.constantFrom("Easter", "Easter\u00AD", "Easter\u200B", "Ärztetag", "A\u0308rztetag", "Ostern").map((name) => ({ name, startDate: "2026-04-05" })),
  { selector: nameKey, minLength: 2 },
);

/** A valid OperatingMode declaration of any type and level. */
export const modeInputs = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s)),
    type: fc.constantFrom("SAME_HOURS_DAILY", "DIFFERENT_HOURS_DAILY", "HOLIDAY", "NONE"),
    level: fc.constantFrom("ORGANIZATION", "LOCATION"),
    sameHoursDaily,
    differentHoursDaily,
    holidays: fc.option(holidays, { nil: undefined }),
    callForwarding,
    orgId: fc.option(fc.constant(ORG_ID), { nil: undefined }),
  })
  .map(({ name, type, level, sameHoursDaily, differentHoursDaily, holidays, callForwarding, orgId }) => {
    const m: Record<string, any> = { name, type, level };
    if (level === "LOCATION") m.locationId = LOCATION_ID;
    if (type === "SAME_HOURS_DAILY") m.sameHoursDaily = sameHoursDaily;
    if (type === "DIFFERENT_HOURS_DAILY") m.differentHoursDaily = differentHoursDaily;
    if (type === "HOLIDAY" && holidays !== undefined) m.holidays = holidays;
    if (callForwarding !== undefined) m.callForwarding = callForwarding;
    if (orgId !== undefined) m.orgId = orgId;
    return m;
  });
