// What the service answers to GET /operatingModes/{id} after a create with this body, including the
// ways a real answer differs in form but not in meaning: stale times on disabled days, a stored
// destination behind disabled forwarding, holidays in another order with ids and the allDayEnabled
// defect (a timed holiday reported as all-day).
import type { ApiModeCreate, ApiOperatingMode } from "../../../provider/types";

export interface EchoQuirks {
  staleTimesOnDisabledDays?: boolean;
  destinationBehindDisabledForwarding?: boolean;
  reverseHolidays?: boolean;
  allDayDefect?: boolean;
}

const ALL_QUIRKS: EchoQuirks = { staleTimesOnDisabledDays: true, destinationBehindDisabledForwarding: true, reverseHolidays: true, allDayDefect: true };

export function apiEcho(id: string, body: ApiModeCreate, quirks: EchoQuirks = ALL_QUIRKS): ApiOperatingMode {
  const day = (d: any) => (d && !d.enabled && quirks.staleTimesOnDisabledDays ? { ...d, startTime: "00:00", endTime: "01:00" } : d);
  const days = (s: Record<string, any> | undefined) => (s ? Object.fromEntries(Object.entries(s).map(([k, v]) => [k, day(v)])) : undefined);
  const fwd = body.callForwarding ?? { enabled: false };
  const holidays = (body.holidays ?? []).map((h, i) => ({
    id: `holiday-${i}`,
    ...h,
    endDate: h.endDate ?? h.startDate,
    allDayEnabled: quirks.allDayDefect && h.startTime !== undefined ? true : h.allDayEnabled ?? h.startTime === undefined,
  }));
  return JSON.parse(
    JSON.stringify({
      id,
      name: body.name,
      type: body.type,
      level: body.level,
      location: body.level === "LOCATION" ? { id: body.locationId, name: "Berlin office" } : undefined,
      callForwarding: !fwd.enabled && quirks.destinationBehindDisabledForwarding ? { enabled: false, destination: "+14085550000", destinationVoicemailEnabled: true } : fwd,
      sameHoursDaily: body.type === "SAME_HOURS_DAILY" ? days(body.sameHoursDaily as Record<string, any>) : undefined,
      differentHoursDaily: body.type === "DIFFERENT_HOURS_DAILY" ? days(body.differentHoursDaily as Record<string, any>) : undefined,
      holidays: body.type === "HOLIDAY" ? (quirks.reverseHolidays ? holidays.reverse() : holidays) : undefined,
    }),
  );
}
