// The full lifecycle of OperatingMode and OperatingModeHoliday through the real Pulumi CLI.
import { RunningEmulator } from "../../emulator";
import { Desired, Project, TOKEN, api, clearRequestLog, emulator, listModes, requestLog } from "./harness";

let emu: RunningEmulator;
let project: Project | undefined;
let denverId: string;

beforeAll(async () => {
  emu = await emulator();
  const locations = await api(emu, "GET", "/locations?name=Denver");
  denverId = locations.body.items[0].id;
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await fetch(`${emu.adminUrl}/reset`, { method: "POST" });
});
afterEach(() => {
  project?.dispose();
  project = undefined;
});

const businessHours = (endTime = "18:00") => ({
  name: "Business Hours",
  type: "SAME_HOURS_DAILY",
  level: "ORGANIZATION",
  sameHoursDaily: {
    mondayToFriday: { enabled: true, startTime: "08:00", endTime },
    saturdayToSunday: { enabled: false },
  },
});

const holidayMode = { name: "Public Holidays", type: "HOLIDAY", level: "ORGANIZATION" };
const christmas = {
  mode: "holidays",
  name: "Christmas Day",
  startDate: "2026-12-25",
  recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } },
};

test("up creates modes and holidays, and a second preview finds no changes", async () => {
  const supportDesk = {
    name: "Support Desk",
    type: "DIFFERENT_HOURS_DAILY",
    level: "LOCATION",
    locationId: denverId,
    differentHoursDaily: { monday: { enabled: true, startTime: "07:00", endTime: "20:00" } },
  };
  project = await Project.create(emu, {
    modes: { hours: businessHours(), support: supportDesk, holidays: holidayMode },
    holidays: { christmas },
  });
  const up = await project.stack.up();
  expect(up.summary.result).toBe("succeeded");
  expect(up.summary.resourceChanges?.create).toBe(5); // the stack and four resources

  const live = await listModes(emu);
  expect(live.map((m) => m.name).sort()).toEqual(["Business Hours", "Public Holidays", "Support Desk"]);
  expect(up.outputs.locationNames.value.support).toBe("Denver Support Center");
  // Outputs exist even where the program left the input out.
  expect(up.outputs.forwarding.value.hours).toEqual({ enabled: false });
  expect(up.outputs.holidayEndDates.value.christmas).toBe("2026-12-25");
  const holidays = await api(emu, "GET", `/telephony/config/operatingModes/${up.outputs.ids.value.holidays}`);
  expect(holidays.body.holidays.map((h: any) => h.name)).toEqual(["Christmas Day"]);

  const preview = await project.stack.preview({ expectNoChanges: true });
  expect(preview.changeSummary.same).toBe(5);
});

test("preview of a holiday whose mode is created in the same run makes no API call and does not fail", async () => {
  project = await Project.create(emu, { modes: { holidays: holidayMode }, holidays: { christmas } });
  await clearRequestLog(emu);
  const preview = await project.stack.preview();
  expect(preview.changeSummary.create).toBe(3);
  expect(await requestLog(emu)).toEqual([]);
});

test("a changed field is updated in place: same id, one PUT", async () => {
  project = await Project.create(emu, { modes: { hours: businessHours() } });
  const first = await project.stack.up();
  await clearRequestLog(emu);
  project.setDesired({ modes: { hours: businessHours("17:30") } });
  const second = await project.stack.up();
  expect(second.summary.resourceChanges?.update).toBe(1);
  expect(second.outputs.ids.value.hours).toBe(first.outputs.ids.value.hours);
  const writes = (await requestLog(emu)).filter((r) => r.method !== "GET");
  expect(writes.map((r) => r.method)).toEqual(["PUT"]);
  const live = await api(emu, "GET", `/telephony/config/operatingModes/${first.outputs.ids.value.hours}`);
  expect(live.body.sameHoursDaily.mondayToFriday.endTime).toBe("17:30");
});

test("a type change replaces the mode, deleting the old one before creating the new (same name)", async () => {
  project = await Project.create(emu, { modes: { hours: businessHours() } });
  const first = await project.stack.up();
  await clearRequestLog(emu);
  project.setDesired({
    modes: {
      hours: {
        name: "Business Hours",
        type: "DIFFERENT_HOURS_DAILY",
        level: "ORGANIZATION",
        differentHoursDaily: { monday: { enabled: true, startTime: "09:00", endTime: "17:00" } },
      },
    },
  });
  const second = await project.stack.up();
  expect(second.summary.resourceChanges?.replace).toBe(1);
  expect(second.outputs.ids.value.hours).not.toBe(first.outputs.ids.value.hours);
  const writes = (await requestLog(emu)).filter((r) => r.method !== "GET").map((r) => r.method);
  expect(writes).toEqual(["DELETE", "POST"]);
  expect((await listModes(emu)).map((m) => m.type)).toEqual(["DIFFERENT_HOURS_DAILY"]);
});

test("refresh catches a change made behind Pulumi's back, the CLI exits 7 naming the field, and up repairs it", async () => {
  project = await Project.create(emu, { modes: { hours: businessHours() } });
  const up = await project.stack.up();
  const id = up.outputs.ids.value.hours;
  const changed = await api(emu, "PUT", `/telephony/config/operatingModes/${id}`, {
    sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:00", endTime: "16:00" }, saturdayToSunday: { enabled: false } },
  });
  expect(changed.status).toBe(204);

  const drift = await project.cli(["preview", "--refresh", "--diff", "--expect-no-changes"]);
  expect(drift.code).toBe(7);
  expect(drift.stdout).toMatch(/sameHoursDaily/);
  expect(drift.stdout).toMatch(/16:00/);

  const repair = await project.cli(["up", "--refresh", "--yes"]);
  expect(repair.code).toBe(0);
  const live = await api(emu, "GET", `/telephony/config/operatingModes/${id}`);
  expect(live.body.sameHoursDaily.mondayToFriday.endTime).toBe("18:00");
  const clean = await project.cli(["preview", "--refresh", "--expect-no-changes"]);
  expect(clean.code).toBe(0);
});

test("a mode deleted out of band is dropped by refresh and recreated by up", async () => {
  project = await Project.create(emu, { modes: { hours: businessHours() } });
  const up = await project.stack.up();
  expect((await api(emu, "DELETE", `/telephony/config/operatingModes/${up.outputs.ids.value.hours}`)).status).toBe(204);
  const refresh = await project.stack.refresh();
  expect(refresh.summary.resourceChanges?.delete).toBe(1);
  const again = await project.stack.up();
  expect(again.summary.resourceChanges?.create).toBe(1);
  expect((await listModes(emu)).map((m) => m.name)).toEqual(["Business Hours"]);
});

test("destroy leaves the organisation empty, holidays included", async () => {
  project = await Project.create(emu, { modes: { hours: businessHours(), holidays: holidayMode }, holidays: { christmas } });
  await project.stack.up();
  await project.stack.destroy();
  expect(await listModes(emu)).toEqual([]);
});

test("the token appears neither in the exported state nor in the logs, and the serialized provider stays small", async () => {
  project = await Project.create(emu, { modes: { hours: businessHours() } });
  let logs = "";
  await project.stack.up({ onOutput: (s) => (logs += s) });
  await project.stack.preview({ refresh: true, onOutput: (s) => (logs += s) });
  const state = await project.exportState();
  expect(state).not.toContain(TOKEN);
  expect(project.stateFiles()).not.toContain(TOKEN);
  expect(logs).not.toContain(TOKEN);
  const deployment = JSON.parse(state).deployment;
  const mode = deployment.resources.find((r: any) => r.type === "pulumi-nodejs:dynamic/webex:OperatingMode");
  expect(mode.outputs.__provider.length).toBeLessThan(5000);
  expect(mode.outputs.__provider).not.toContain("WebexClient");
});
