// Drift, normalisation and adoption of what already exists, through the real Pulumi CLI.
import { RunningEmulator, startEmulator } from "../../emulator";
import { Project, TOKEN, api, clearRequestLog, listModes, requestLog } from "./harness";

let emu: RunningEmulator;
let project: Project | undefined;

// The known live defects on: a holiday with times read through the mode says allDayEnabled true,
// and empty lists come back as {}. Normalisation must hide both.
beforeAll(async () => {
  emu = await startEmulator({ port: 0, token: TOKEN, quirks: true });
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await fetch(`${emu.adminUrl}/reset`, { method: "POST" });
});
afterEach(() => {
  project?.dispose();
  project = undefined;
});

const MODES = "/telephony/config/operatingModes";

async function createDirectly(body: Record<string, unknown>): Promise<string> {
  const res = await api(emu, "POST", MODES, body);
  expect(res.status).toBe(201);
  return res.body.id;
}

const writes = async () => (await requestLog(emu)).filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);

test("equivalent forms never show as changes after a refresh (holiday order, disabled days with times, defaults, quirks)", async () => {
  project = await Project.create(emu, {
    modes: {
      hours: {
        name: "Hours",
        type: "SAME_HOURS_DAILY",
        level: "ORGANIZATION",
        // A closed weekend written with times, and no forwarding at all: both have shorter forms.
        sameHoursDaily: {
          mondayToFriday: { enabled: true, startTime: "09:00", endTime: "17:00" },
          saturdayToSunday: { enabled: false, startTime: "10:00", endTime: "12:00" },
        },
      },
      week: {
        name: "Week",
        type: "DIFFERENT_HOURS_DAILY",
        level: "ORGANIZATION",
        differentHoursDaily: { monday: { enabled: true, allDayEnabled: true } },
      },
      closed: {
        name: "Closed",
        type: "HOLIDAY",
        level: "ORGANIZATION",
        // Written out of the order the API keeps, with a timed one-off (the allDayEnabled defect).
        holidays: [
          { name: "Half day", startDate: "2026-12-31", startTime: "12:00", endTime: "23:59" },
          { name: "Boxing Day", startDate: "2026-12-26", recurrence: { recurYearlyByDate: { dayOfMonth: 26, month: "DECEMBER" } } },
          { name: "Alpha", startDate: "2027-01-01", endDate: "2027-01-02" },
        ],
        callForwarding: { enabled: false, destination: "+12125550100" },
      },
      empty: { name: "Empty holidays", type: "HOLIDAY", level: "ORGANIZATION", holidays: [] },
    },
  });
  await project.stack.up();
  const refreshed = await project.cli(["preview", "--refresh", "--expect-no-changes", "--diff"]);
  expect(refreshed.stdout + refreshed.stderr).not.toMatch(/to update|to replace/);
  expect(refreshed.code).toBe(0);
});

test("an unrelated `pulumi config set` is not drift", async () => {
  project = await Project.create(emu, { modes: { none: { name: "Outside hours", type: "NONE", level: "ORGANIZATION" } } });
  await project.stack.up();
  expect((await project.cli(["config", "set", "e2e:unrelated", "some value"])).code).toBe(0);
  const check = await project.cli(["preview", "--refresh", "--expect-no-changes"]);
  expect(check.code).toBe(0);
});

test("after a refresh, --diff shows exactly the fields that drifted and nothing else", async () => {
  project = await Project.create(emu, {
    modes: {
      hours: {
        name: "Hours",
        type: "SAME_HOURS_DAILY",
        level: "ORGANIZATION",
        sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "09:00", endTime: "17:00" } },
        callForwarding: { enabled: false },
      },
    },
  });
  const up = await project.stack.up();
  await api(emu, "PUT", `${MODES}/${up.outputs.ids.value.hours}`, {
    callForwarding: { enabled: true, destination: "+12125550101", destinationVoicemailEnabled: false },
  });
  const drift = await project.cli(["preview", "--refresh", "--diff", "--expect-no-changes"]);
  expect(drift.code).toBe(7);
  const changedLines = drift.stdout.split("\n").filter((l) => /^\s+[~+-] (?!pulumi)/.test(l));
  expect(changedLines.join("\n")).toMatch(/callForwarding/);
  expect(changedLines.join("\n")).not.toMatch(/sameHoursDaily|name|type|level/);
});

test("adopting by id converges the existing mode in place: no create, one PUT, same id", async () => {
  const id = await createDirectly({
    name: "Legacy Hours",
    type: "SAME_HOURS_DAILY",
    level: "ORGANIZATION",
    sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:00", endTime: "16:00" } },
  });
  project = await Project.create(emu, {
    modes: {
      hours: {
        name: "Legacy Hours",
        type: "SAME_HOURS_DAILY",
        level: "ORGANIZATION",
        sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:00", endTime: "18:00" } },
        adopt: { id },
      },
    },
  });
  await clearRequestLog(emu);
  const up = await project.stack.up();
  expect(up.outputs.ids.value.hours).toBe(id);
  expect(await writes()).toEqual([`PUT /v1${MODES}/${id}`]);
  expect((await project.stack.preview({ expectNoChanges: true })).changeSummary.same).toBe(2);
});

test("adopting by name takes over the mode of that name; retainOnDelete keeps it in Webex on destroy", async () => {
  await createDirectly({ name: "Night Service", type: "NONE", level: "ORGANIZATION" });
  project = await Project.create(emu, {
    modes: {
      night: {
        name: "Night Service",
        type: "NONE",
        level: "ORGANIZATION",
        callForwarding: { enabled: true, destination: "+12125550100" },
        adopt: { byName: true },
        options: { retainOnDelete: true },
      },
    },
  });
  await clearRequestLog(emu);
  await project.stack.up();
  expect((await writes()).filter((w) => w.startsWith("POST"))).toEqual([]);
  await project.stack.destroy();
  const left = await listModes(emu);
  expect(left.map((m) => m.name)).toEqual(["Night Service"]);
  expect(left[0].callForwarding.enabled).toBe(true);
});

test("an adopted mode is deleted by destroy when not retained", async () => {
  const id = await createDirectly({ name: "Temp", type: "NONE", level: "ORGANIZATION" });
  project = await Project.create(emu, { modes: { temp: { name: "Temp", type: "NONE", level: "ORGANIZATION", adopt: { id } } } });
  await project.stack.up();
  await project.stack.destroy();
  expect(await listModes(emu)).toEqual([]);
});

test("adopting a mode whose type differs fails with what to change, and creates nothing", async () => {
  const id = await createDirectly({ name: "Wrong", type: "NONE", level: "ORGANIZATION" });
  project = await Project.create(emu, {
    modes: { wrong: { name: "Wrong", type: "HOLIDAY", level: "ORGANIZATION", adopt: { id } } },
  });
  await clearRequestLog(emu);
  const up = await project.cli(["up", "--yes", "--skip-preview"]);
  expect(up.code).not.toBe(0);
  expect(up.stdout + up.stderr).toMatch(/type is NONE there but HOLIDAY in the program/);
  expect(await writes()).toEqual([]);
});
