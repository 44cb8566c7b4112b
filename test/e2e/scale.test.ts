// A large `pulumi up` against an emulator that throttles and fails like a busy service: every
// resource must end up created exactly once, and the next preview must find nothing to change.
import { RunningEmulator, startEmulator } from "../../emulator";
import { Desired, Project, TOKEN, api, listModes } from "./harness";

let emu: RunningEmulator;
let project: Project | undefined;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, token: TOKEN });
});
afterAll(async () => emu.close());
afterEach(() => {
  project?.dispose();
  project = undefined;
});

async function locationIds(): Promise<string[]> {
  return (await api(emu, "GET", "/locations")).body.items.map((l: any) => l.id);
}

/** 50 modes (47 with schedules, 3 holiday modes) and 150 holidays as their own resources. */
function largeOrganisation(locations: string[]): Desired {
  const modes: Desired["modes"] = {};
  for (let i = 0; i < 47; i++) {
    const location = i % 2 === 0 ? locations[i % locations.length] : undefined;
    modes[`hours-${i}`] = {
      name: `Hours ${String(i).padStart(2, "0")}`,
      type: i % 3 === 0 ? "NONE" : "SAME_HOURS_DAILY",
      level: location ? "LOCATION" : "ORGANIZATION",
      ...(location ? { locationId: location } : {}),
      ...(i % 3 === 0 ? {} : { sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:00", endTime: `${10 + (i % 10)}:30` } } }),
    };
  }
  const holidays: Desired["holidays"] = {};
  for (const calendar of [0, 1, 2]) {
    modes[`calendar-${calendar}`] = { name: `Calendar ${calendar}`, type: "HOLIDAY", level: "ORGANIZATION" };
    for (let d = 0; d < 50; d++) {
      const date = new Date(Date.UTC(2027, 0, 1 + d * 7 + calendar));
      holidays[`holiday-${calendar}-${d}`] = { mode: `calendar-${calendar}`, name: `Closed ${d}`, startDate: date.toISOString().slice(0, 10) };
    }
  }
  return { modes, holidays };
}

async function expectExactlyDeclared(desired: Desired, ids: Record<string, string>): Promise<void> {
  const live = await listModes(emu);
  const names = live.map((m) => m.name);
  expect(names).toHaveLength(50);
  expect(new Set(names).size).toBe(50);
  for (const calendar of [0, 1, 2]) {
    const mode = await api(emu, "GET", `/telephony/config/operatingModes/${ids[`calendar-${calendar}`]}`);
    const holidayNames = mode.body.holidays.map((h: any) => h.name);
    expect(holidayNames).toHaveLength(50);
    expect(new Set(holidayNames).size).toBe(50);
  }
  expect(Object.keys(desired.holidays!)).toHaveLength(150);
}

/** Faults apply to every request, the test's own included: set them once the test has what it needs. */
async function setFaults(faults: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${emu.adminUrl}/faults`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(faults) });
  expect(res.status).toBe(200);
}

test("50 modes and 150 holidays through 20% 429s and 5% 503s: no failed resource, no duplicate, then no changes", async () => {
  await fetch(`${emu.adminUrl}/reset`, { method: "POST" });
  const desired = largeOrganisation(await locationIds());
  await setFaults({ seed: 7, rate429: 0.2, retryAfterSeconds: 1, rate5xx: 0.05, status5xx: 503 });
  project = await Project.create(emu, desired);
  const up = await project.stack.up();
  expect(up.summary.result).toBe("succeeded");
  expect(up.summary.resourceChanges?.create).toBe(201);

  const log = (await (await fetch(`${emu.adminUrl}/requests`)).json()) as any;
  const statuses = log.requests.map((r: any) => r.status);
  expect(statuses.filter((s: number) => s === 429).length).toBeGreaterThan(20);
  expect(statuses.filter((s: number) => s === 503).length).toBeGreaterThan(3);

  await fetch(`${emu.adminUrl}/faults`, { method: "DELETE" });
  await expectExactlyDeclared(desired, up.outputs.ids.value);
  const preview = await project.stack.preview({ expectNoChanges: true, refresh: true });
  expect(preview.changeSummary.same).toBe(201);
});

test("connections dropped after the write was made: creates are looked up and adopted, never duplicated", async () => {
  await fetch(`${emu.adminUrl}/reset`, { method: "POST" });
  const desired = largeOrganisation(await locationIds());
  await setFaults({ seed: 11, dropAfterCommitRate: 0.15, dropBeforeCommitRate: 0.05 });
  project = await Project.create(emu, desired);
  const up = await project.stack.up();
  expect(up.summary.result).toBe("succeeded");
  await fetch(`${emu.adminUrl}/faults`, { method: "DELETE" });
  await expectExactlyDeclared(desired, up.outputs.ids.value);
  const preview = await project.stack.preview({ expectNoChanges: true, refresh: true });
  expect(preview.changeSummary.same).toBe(201);
});
