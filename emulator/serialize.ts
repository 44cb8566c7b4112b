/**
 * How stored objects look on the wire. Exactly the schedule of the mode's type is present,
 * `location` only for level LOCATION, `callForwarding` always. The quirks switch brings back the
 * known live defects here, and only here.
 */
import { BehaviourSwitches } from "./behaviour";
import {
  CallForwarding,
  DaySchedule,
  Holiday,
  Location,
  NumberOwner,
  OperatingMode,
  Organization,
  OWNER_TYPES_WITH_PERSON_NAMES,
  PhoneNumber,
} from "./types";

export interface ViewOptions {
  behaviour: Pick<BehaviourSwitches, "omitDestinationWhenForwardingDisabled">;
  quirks: boolean;
}

function dayView(day: DaySchedule): DaySchedule {
  const view: DaySchedule = { enabled: day.enabled, allDayEnabled: day.allDayEnabled };
  if (day.startTime !== undefined && day.endTime !== undefined) {
    view.startTime = day.startTime;
    view.endTime = day.endTime;
  }
  return view;
}

function mapDays<K extends string>(days: Record<K, DaySchedule>): Record<K, DaySchedule> {
  const result = {} as Record<K, DaySchedule>;
  for (const key of Object.keys(days) as K[]) result[key] = dayView(days[key]);
  return result;
}

export function callForwardingView(cf: CallForwarding, opts: ViewOptions): CallForwarding {
  const view: CallForwarding = { enabled: cf.enabled, destinationVoicemailEnabled: cf.destinationVoicemailEnabled };
  if (cf.destination !== undefined && (cf.enabled || !opts.behaviour.omitDestinationWhenForwardingDisabled)) {
    view.destination = cf.destination;
  }
  return view;
}

/** A holiday as endpoint 6 returns it (the correct view). */
export function holidayView(h: Holiday): Holiday {
  const view: Holiday = { id: h.id, name: h.name, allDayEnabled: h.allDayEnabled, startDate: h.startDate, endDate: h.endDate };
  if (h.startTime !== undefined && h.endTime !== undefined) {
    view.startTime = h.startTime;
    view.endTime = h.endTime;
  }
  if (h.recurrence) view.recurrence = structuredClone(h.recurrence);
  return view;
}

/** Quirk: inside a mode's details the service has reported allDayEnabled true for holidays that
 * have times. */
function holidayInModeView(h: Holiday, quirks: boolean): Holiday {
  const view = holidayView(h);
  if (quirks && view.startTime !== undefined) view.allDayEnabled = true;
  return view;
}

function locationRef(mode: OperatingMode, org: Organization): { id: string; name: string } | undefined {
  if (mode.level !== "LOCATION" || !mode.locationId) return undefined;
  const location = org.locations.find((l) => l.id === mode.locationId);
  return { id: mode.locationId, name: location?.name ?? "" };
}

/** An item of the list (endpoint 1): no schedules. */
export function modeListItemView(mode: OperatingMode, org: Organization, opts: ViewOptions): Record<string, unknown> {
  const view: Record<string, unknown> = { id: mode.id, name: mode.name, type: mode.type, level: mode.level };
  const location = locationRef(mode, org);
  if (location) view.location = location;
  view.callForwarding = callForwardingView(mode.callForwarding, opts);
  return view;
}

/** The details of a mode (endpoint 2). */
export function modeDetailView(mode: OperatingMode, org: Organization, opts: ViewOptions): Record<string, unknown> {
  const view: Record<string, unknown> = { id: mode.id, name: mode.name, type: mode.type, level: mode.level };
  const location = locationRef(mode, org);
  if (location) view.location = location;
  if (mode.type === "SAME_HOURS_DAILY" && mode.sameHoursDaily) view.sameHoursDaily = mapDays(mode.sameHoursDaily);
  if (mode.type === "DIFFERENT_HOURS_DAILY" && mode.differentHoursDaily) {
    view.differentHoursDaily = mapDays(mode.differentHoursDaily);
  }
  if (mode.type === "HOLIDAY") {
    const holidays = (mode.holidays ?? []).map((h) => holidayInModeView(h, opts.quirks));
    // Quirk: an empty list comes back without its key.
    if (holidays.length > 0 || !opts.quirks) view.holidays = holidays;
  }
  view.callForwarding = callForwardingView(mode.callForwarding, opts);
  return view;
}

/** A list response body; with quirks, an empty list is `{}` without its key (seen live). */
export function listBody(key: string, items: unknown[], quirks: boolean): Record<string, unknown> {
  return quirks && items.length === 0 ? {} : { [key]: items };
}

export function locationView(location: Location, org: Organization): Record<string, unknown> {
  return {
    id: location.id,
    name: location.name,
    orgId: org.id,
    timeZone: location.timeZone,
    preferredLanguage: location.preferredLanguage,
    address: { ...location.address },
  };
}

/** The owner of a number: first and last name for people and virtual lines, displayName otherwise. */
export function ownerView(owner: NumberOwner): Record<string, unknown> {
  if ((OWNER_TYPES_WITH_PERSON_NAMES as readonly string[]).includes(owner.type)) {
    const view: Record<string, unknown> = { id: owner.id, type: owner.type };
    if (owner.firstName !== undefined) view.firstName = owner.firstName;
    if (owner.lastName !== undefined) view.lastName = owner.lastName;
    return view;
  }
  return { id: owner.id, type: owner.type, displayName: owner.displayName ?? "" };
}

export function availableNumberView(n: PhoneNumber, org: Organization): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  if (n.phoneNumber !== undefined) view.phoneNumber = n.phoneNumber;
  if (n.extension !== undefined) view.extension = n.extension;
  Object.assign(view, {
    state: n.state,
    isMainNumber: n.isMainNumber,
    tollFreeNumber: n.tollFreeNumber,
    telephonyType: n.telephonyType,
    isServiceNumber: n.isServiceNumber,
  });
  const owner = n.ownerId ? org.owners.find((o) => o.id === n.ownerId) : undefined;
  if (owner) view.owner = ownerView(owner);
  return view;
}
