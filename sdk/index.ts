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
// GitOps: desired-state YAML files (docs/gitops.md). The export writer stays internal to the CLI.
export { loadDesiredState, parseDesiredState, checkDesiredState, declareModes, DesiredStateError, formatProblem } from "./gitops";
export type { DesiredState, ModeDeclaration, SourceFile, Problem, DeclareModesOptions } from "./gitops";
export { holidayCalendar } from "./calendars";
export type { HolidayCalendarOptions, HolidayType, HolidayMatcher, SourceHoliday } from "./calendars";
