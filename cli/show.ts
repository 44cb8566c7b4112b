/**
 * `webex-opmodes show`: what the organisation holds, as an administrator reads it: every mode with
 * its schedule, forwarding and holidays. Credentials from WEBEX_TOKEN / WEBEX_BASE_URL / WEBEX_ORG_ID.
 */
import { Command } from "commander";
import { WebexClient } from "../provider/client/webex-client";
import { httpOptionsFrom, resolveSettings } from "../provider/config";
import { ApiOperatingMode, CallForwarding, DAY_KEYS, DaySchedule, HolidayFields } from "../provider/types";

export function registerShowCommand(program: Command): void {
  program
    .command("show")
    .description("Print every operating mode of the organisation with its schedule, forwarding and holidays")
    .option("--org-id <id>", "a customer organisation (partner administrators)")
    .action(async (opts: { orgId?: string }) => {
      const settings = resolveSettings();
      const client = new WebexClient(httpOptionsFrom({ ...settings, orgId: opts.orgId ?? settings.orgId }));
      const summaries = await client.listOperatingModes();
      const modes = await Promise.all(summaries.map((m) => client.getOperatingMode(m.id)));
      process.stdout.write(modes.length ? modes.map(describeMode).join("\n") : "(no operating modes)\n");
    });
}

export function describeMode(m: ApiOperatingMode): string {
  const where = m.level === "LOCATION" ? `location ${m.location?.name ?? m.location?.id}` : "organisation";
  const lines = [`${m.name}  [${m.type}, ${where}]`];
  if (m.sameHoursDaily) {
    lines.push(`  Mon-Fri  ${describeDay(m.sameHoursDaily.mondayToFriday)}`);
    lines.push(`  Sat-Sun  ${describeDay(m.sameHoursDaily.saturdayToSunday)}`);
  }
  if (m.differentHoursDaily)
    for (const day of DAY_KEYS) lines.push(`  ${day.slice(0, 3).padEnd(8)} ${describeDay(m.differentHoursDaily[day])}`);
  // The API keeps no stable order: by date, then name, so that two runs print the same.
  const holidays = [...(m.holidays ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));
  for (const h of holidays) lines.push(`  holiday  ${describeHoliday(h)}`);
  lines.push(`  forward  ${describeForwarding(m.callForwarding)}`);
  return lines.join("\n") + "\n";
}

function describeDay(d: DaySchedule | undefined): string {
  if (!d?.enabled) return "closed";
  return d.allDayEnabled ? "all day" : `${d.startTime}-${d.endTime}`;
}

function describeHoliday(h: HolidayFields): string {
  const dates = h.endDate && h.endDate !== h.startDate ? `${h.startDate}..${h.endDate}` : h.startDate;
  const times = h.startTime ? ` ${h.startTime}-${h.endTime}` : "";
  const byDate = h.recurrence?.recurYearlyByDate;
  const byDay = h.recurrence?.recurYearlyByDay;
  const recurs = byDate ? `, every ${byDate.month} ${byDate.dayOfMonth}` : byDay ? `, every ${byDay.week} ${byDay.day} of ${byDay.month}` : "";
  return `${h.name}: ${dates}${times}${recurs}`;
}

function describeForwarding(f: CallForwarding | undefined): string {
  if (!f?.enabled) return "off";
  return `to ${f.destination}${f.destinationVoicemailEnabled ? " (voicemail)" : ""}`;
}
