// Northwind Traders' business hours, holidays and after-hours forwarding, as code.
// Run it with the root Pulumi.yaml (`npm run demo` does, against the local emulator).
import * as pulumi from "@pulumi/pulumi";
import { OperatingMode, OperatingModeHoliday, getLocationOutput, holidayCalendar } from "pulumi-webex-operating-modes";

const config = new pulumi.Config("quickstart");
const supportSite = getLocationOutput({ name: config.get("supportLocation") ?? "Denver Support Center" });
const branch = getLocationOutput({ name: config.get("branchLocation") ?? "Berlin Office" });

// Organisation-wide business hours: the same hours every weekday, closed at weekends.
const businessHours = new OperatingMode("business-hours", {
  name: "Business Hours",
  type: "SAME_HOURS_DAILY",
  level: "ORGANIZATION",
  sameHoursDaily: {
    mondayToFriday: { enabled: true, startTime: "08:00", endTime: "18:00" },
    saturdayToSunday: { enabled: false },
  },
});

// The support desk keeps longer hours on weekdays and a short Saturday.
const supportHours = new OperatingMode("support-hours", {
  name: "Support Desk Hours",
  type: "DIFFERENT_HOURS_DAILY",
  level: "LOCATION",
  locationId: supportSite.id,
  differentHoursDaily: {
    monday: { enabled: true, startTime: "07:00", endTime: "20:00" },
    tuesday: { enabled: true, startTime: "07:00", endTime: "20:00" },
    wednesday: { enabled: true, startTime: "07:00", endTime: "20:00" },
    thursday: { enabled: true, startTime: "07:00", endTime: "20:00" },
    friday: { enabled: true, startTime: "07:00", endTime: "18:00" },
    saturday: { enabled: true, startTime: "09:00", endTime: "13:00" },
    sunday: { enabled: false },
  },
});

// Public holidays: the mode is created first, each holiday is its own resource.
const publicHolidays = new OperatingMode("us-public-holidays", {
  name: "US Public Holidays",
  type: "HOLIDAY",
  level: "ORGANIZATION",
  callForwarding: { enabled: true, destination: "+12125550100", destinationVoicemailEnabled: true },
});

const holidays = [
  // Fixed dates recur by date.
  { key: "new-year", name: "New Year's Day", startDate: "2027-01-01", recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } } },
  { key: "independence-day", name: "Independence Day", startDate: "2027-07-04", recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: "JULY" } } },
  { key: "christmas", name: "Christmas Day", startDate: "2026-12-25", recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } } },
  // Floating holidays recur by weekday.
  { key: "memorial-day", name: "Memorial Day", startDate: "2027-05-31", recurrence: { recurYearlyByDay: { day: "MONDAY", week: "LAST", month: "MAY" } } },
  { key: "thanksgiving", name: "Thanksgiving", startDate: "2027-11-25", recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } } },
  // A one-off half day.
  { key: "christmas-eve-2026", name: "Christmas Eve 2026 (half day)", startDate: "2026-12-24", startTime: "12:00", endTime: "23:59" },
] as const;

for (const { key, ...holiday } of holidays) {
  new OperatingModeHoliday(key, { operatingModeId: publicHolidays.id, ...holiday });
}

// The Berlin office closes on Berlin's public holidays, generated from a maintained holiday data
// library: fixed dates recur by date, Easter-based ones are dated one-offs. The mode owns the list.
const berlinHolidays = new OperatingMode("berlin-public-holidays", {
  name: "Berlin Public Holidays",
  type: "HOLIDAY",
  level: "LOCATION",
  locationId: branch.id,
  holidays: holidayCalendar({ country: "DE", region: "BE", years: { from: 2027, to: 2028 } }),
});

// Outside business hours the Berlin office forwards its calls to the reception's mobile.
const berlinAfterHours = new OperatingMode("berlin-after-hours", {
  name: "Berlin After Hours",
  type: "NONE",
  level: "LOCATION",
  locationId: branch.id,
  callForwarding: { enabled: true, destination: "+4915155501234", destinationVoicemailEnabled: false },
});

export const modeIds = {
  businessHours: businessHours.id,
  supportHours: supportHours.id,
  publicHolidays: publicHolidays.id,
  berlinAfterHours: berlinAfterHours.id,
  berlinHolidays: berlinHolidays.id,
};
export const supportLocationName = supportHours.locationName;
