/**
 * The emulator's own model of the Operating Modes API. Deliberately not shared with provider/:
 * the emulator is a second, independent reading of the spec, so a mistake in one side is caught
 * by the other.
 */

export const MODE_TYPES = ["SAME_HOURS_DAILY", "DIFFERENT_HOURS_DAILY", "HOLIDAY", "NONE"] as const;
export type ModeType = (typeof MODE_TYPES)[number];

export const MODE_LEVELS = ["ORGANIZATION", "LOCATION"] as const;
export type ModeLevel = (typeof MODE_LEVELS)[number];

export const MONTHS = [
  "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
  "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
] as const;
export type Month = (typeof MONTHS)[number];

export const WEEKDAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKS = ["FIRST", "SECOND", "THIRD", "FOURTH", "LAST"] as const;
export type Week = (typeof WEEKS)[number];

/** The keys of differentHoursDaily, in the order the API documents them. */
export const DAY_KEYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type DayKey = (typeof DAY_KEYS)[number];

export const SAME_HOURS_KEYS = ["mondayToFriday", "saturdayToSunday"] as const;
export type SameHoursKey = (typeof SAME_HOURS_KEYS)[number];

export interface DaySchedule {
  enabled: boolean;
  allDayEnabled: boolean;
  startTime?: string;
  endTime?: string;
}

export type SameHoursDaily = Record<SameHoursKey, DaySchedule>;
export type DifferentHoursDaily = Record<DayKey, DaySchedule>;

export interface CallForwarding {
  enabled: boolean;
  destination?: string;
  destinationVoicemailEnabled: boolean;
}

export interface RecurYearlyByDate {
  dayOfMonth: number;
  month: Month;
}

export interface RecurYearlyByDay {
  day: Weekday;
  week: Week;
  month: Month;
}

/** Exactly one of the two kinds (the emulator treats them as exclusive). */
export type Recurrence = { recurYearlyByDate: RecurYearlyByDate } | { recurYearlyByDay: RecurYearlyByDay };

export interface Holiday {
  id: string;
  name: string;
  allDayEnabled: boolean;
  startDate: string;
  endDate: string;
  startTime?: string;
  endTime?: string;
  recurrence?: Recurrence;
}

/** A holiday as a request describes it: everything but the id. */
export type HolidayInput = Omit<Holiday, "id">;

/** A mode as the emulator stores it. `locationId` is set exactly when level is LOCATION. */
export interface OperatingMode {
  id: string;
  name: string;
  type: ModeType;
  level: ModeLevel;
  locationId?: string;
  sameHoursDaily?: SameHoursDaily;
  differentHoursDaily?: DifferentHoursDaily;
  /** Present exactly when type is HOLIDAY. */
  holidays?: Holiday[];
  callForwarding: CallForwarding;
  /**
   * Names of features (auto attendants, call queues, hunt groups) that use this mode. The public
   * API cannot set it; the admin path can, to exercise the "delete a mode in use" behaviour.
   */
  usedBy?: string[];
}

export const OWNER_TYPES_WITH_PERSON_NAMES = ["PEOPLE", "VIRTUAL_LINE"] as const;

export interface Address {
  address1: string;
  address2?: string;
  city: string;
  state?: string;
  postalCode: string;
  country: string;
}

export interface Location {
  id: string;
  name: string;
  timeZone: string;
  preferredLanguage: string;
  address: Address;
}

/** Anything that can own a phone number: a person or a feature (hunt group, auto attendant, ...). */
export interface NumberOwner {
  id: string;
  /** PEOPLE, VIRTUAL_LINE, HUNT_GROUP, AUTO_ATTENDANT, CALL_QUEUE, PLACE, ... */
  type: string;
  locationId: string;
  firstName?: string;
  lastName?: string;
  /** Display name; for features it is the feature's name. */
  displayName?: string;
}

export interface PhoneNumber {
  phoneNumber?: string;
  extension?: string;
  locationId: string;
  state: "ACTIVE" | "INACTIVE";
  isMainNumber: boolean;
  tollFreeNumber: boolean;
  isServiceNumber: boolean;
  telephonyType: "PSTN_NUMBER";
  ownerId?: string;
}

export interface Organization {
  id: string;
  name: string;
  locations: Location[];
  owners: NumberOwner[];
  numbers: PhoneNumber[];
  /** Insertion order is kept: it is the order of equal names in lists. */
  operatingModes: OperatingMode[];
}

export type TokenRole = "full-admin" | "read-only-admin" | "partner-admin";

export interface TokenGrant {
  token: string;
  orgId: string;
  role: TokenRole;
  /** Customer organisations a partner administrator may act on through `orgId`. */
  customerOrgIds: string[];
}
