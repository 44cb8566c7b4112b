// Shapes shared by the providers, the client and the SDK. Wire types mirror the Webex API
// ("Features: Operating Modes"); input types are what a Pulumi program declares, validated by the
// JSON Schemas in ../schemas (the one source of the rules).

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

export interface DaySchedule {
  enabled: boolean;
  allDayEnabled?: boolean;
  startTime?: string;
  endTime?: string;
}

export interface SameHoursDaily {
  mondayToFriday?: DaySchedule;
  saturdayToSunday?: DaySchedule;
}

export const DAY_KEYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type DayKey = (typeof DAY_KEYS)[number];
export type DifferentHoursDaily = Partial<Record<DayKey, DaySchedule>>;

export interface CallForwarding {
  enabled: boolean;
  destination?: string;
  destinationVoicemailEnabled?: boolean;
}

export interface Recurrence {
  recurYearlyByDate?: { dayOfMonth: number; month: Month };
  recurYearlyByDay?: { day: Weekday; week: Week; month: Month };
}

/** A holiday as declared (inline in a mode, or as an OperatingModeHoliday). */
export interface HolidayFields {
  name: string;
  allDayEnabled?: boolean;
  startDate: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  recurrence?: Recurrence;
}

/** A holiday as the API returns it. */
export interface ApiHoliday extends HolidayFields {
  id: string;
  endDate: string;
  allDayEnabled: boolean;
}

/** Take over an object that already exists instead of creating it. */
export interface AdoptOptions {
  id?: string;
  byName?: boolean;
}

export interface OperatingModeInputs {
  name: string;
  type: ModeType;
  level: ModeLevel;
  locationId?: string;
  sameHoursDaily?: SameHoursDaily;
  differentHoursDaily?: DifferentHoursDaily;
  /** Present: the mode owns its whole holiday list. Absent: holidays are left to OperatingModeHoliday. */
  holidays?: HolidayFields[];
  callForwarding?: CallForwarding;
  orgId?: string;
  adopt?: AdoptOptions;
}

export interface OperatingModeOutputs extends OperatingModeInputs {
  locationName?: string;
  callForwarding: CallForwarding;
  holidays?: ApiHoliday[];
}

export interface HolidayInputs extends HolidayFields {
  operatingModeId: string;
  orgId?: string;
  adopt?: AdoptOptions;
}

export interface HolidayOutputs extends HolidayInputs {
  endDate: string;
  allDayEnabled: boolean;
}

/** GET /telephony/config/operatingModes/{id} */
export interface ApiOperatingMode {
  id: string;
  name: string;
  type: ModeType;
  level: ModeLevel;
  location?: { id: string; name: string };
  callForwarding?: CallForwarding;
  sameHoursDaily?: SameHoursDaily;
  differentHoursDaily?: DifferentHoursDaily;
  holidays?: ApiHoliday[];
}

/** An item of GET /telephony/config/operatingModes (no schedules). */
export type ApiOperatingModeSummary = Omit<ApiOperatingMode, "sameHoursDaily" | "differentHoursDaily" | "holidays">;

/** POST /telephony/config/operatingModes: the inputs less what only the provider uses. */
export type ApiModeCreate = Omit<OperatingModeInputs, "orgId" | "adopt">;

export type ApiModeUpdate = Partial<
  Pick<ApiModeCreate, "name" | "sameHoursDaily" | "differentHoursDaily" | "holidays" | "callForwarding">
>;

export interface AvailableMode {
  id: string;
  name: string;
}

export interface AvailableNumber {
  phoneNumber?: string;
  extension?: string;
  state: string;
  isMainNumber: boolean;
  tollFreeNumber: boolean;
  telephonyType: string;
  isServiceNumber: boolean;
  owner?: { id: string; type: string; firstName?: string; lastName?: string; displayName?: string };
}

export interface Location {
  id: string;
  name: string;
  orgId: string;
  timeZone?: string;
  preferredLanguage?: string;
  address?: Record<string, string>;
}

export interface ListModesQuery {
  name?: string;
  limitToLocationId?: string;
  limitToOrgLevelEnabled?: boolean;
  order?: string;
}

export interface AvailableNumbersQuery {
  phoneNumber?: string[];
  ownerName?: string;
  extension?: string;
}
