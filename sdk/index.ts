export { OperatingMode } from "./operating-mode";
export type { OperatingModeArgs } from "./operating-mode";
export { OperatingModeHoliday } from "./operating-mode-holiday";
export type { OperatingModeHolidayArgs } from "./operating-mode-holiday";
export type {
  AdoptOptions,
  ApiHoliday,
  CallForwarding,
  DaySchedule,
  DifferentHoursDaily,
  HolidayFields,
  ModeLevel,
  ModeType,
  Month,
  Recurrence,
  SameHoursDaily,
  Week,
  Weekday,
} from "../provider/types";
export * from "./functions";
export type { ApiOperatingMode, ApiOperatingModeSummary, AvailableMode, AvailableNumber, Location } from "../provider/types";
export * from "./gitops";
export * from "./calendars";
