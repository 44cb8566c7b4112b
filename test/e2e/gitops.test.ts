// examples/gitops end to end: its CI scripts (ci/preview.sh, up.sh, drift-check.sh) run as the
// workflows run them, with the real Pulumi CLI, against the emulator.
import * as fs from "fs";
import * as path from "path";
import { RunningEmulator } from "../../emulator";
import { Project, ROOT, api, clearRequestLog, emulator, listModes, requestLog, run } from "./harness";

const EXAMPLE = path.join(ROOT, "examples", "gitops");
const MODES = "/telephony/config/operatingModes";

let emu: RunningEmulator;
let project: Project;

beforeAll(async () => {
  emu = await emulator();
  project = await Project.create(emu, {}, { programDir: EXAMPLE });
  // The example's TypeScript is type-checked by the project's tsc; here only its behaviour counts.
  project.env.PULUMI_NODEJS_TRANSPILE_ONLY = "true";
});
afterAll(async () => {
  project?.dispose();
  await emu?.close();
});

/** Runs one of the example's CI scripts as a workflow step would: by path, with the stack in the environment. */
async function ci(script: "preview.sh" | "up.sh" | "drift-check.sh"): Promise<{ code: number; output: string }> {
  const res = await run(path.join(project.dir, "ci", script), [], { env: { ...process.env, ...project.env, PULUMI_STACK: "test" } });
  return { code: res.code, output: res.stdout + res.stderr };
}

/** Edits a desired-state file the way a pull request would. */
function edit(file: string, from: string, to: string): void {
  const full = path.join(project.dir, "desired-state", file);
  const text = fs.readFileSync(full, "utf8");
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
}

async function writes(): Promise<string[]> {
  return (await requestLog(emu)).filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
}

async function liveMode(name: string): Promise<any> {
  const summary = (await listModes(emu)).find((m) => m.name === name);
  return summary && (await api(emu, "GET", `${MODES}/${summary.id}`)).body;
}

test("a broken YAML file fails the preview with file:line: field: what to change, before any API call", async () => {
  edit("locations/berlin.yaml", 'endTime: "17:00"', 'endTime: "17:0"');
  edit("organization.yaml", 'destination: "+12125550199"', "destination: +12125550199");
  await clearRequestLog(emu);
  const preview = await ci("preview.sh");
  edit("locations/berlin.yaml", 'endTime: "17:0"', 'endTime: "17:00"');
  edit("organization.yaml", "destination: +12125550199", 'destination: "+12125550199"');

  expect(preview.code).not.toBe(0);
  expect(preview.output).toContain("2 problems in the desired state (nothing was changed):");
  expect(preview.output).toContain("locations/berlin.yaml:9: modes[0].sameHoursDaily.mondayToFriday.endTime: must be 24-hour HH:MM");
  expect(preview.output).toContain('organization.yaml:16: modes[1].callForwarding.destination: must be a string; YAML reads +12125550199 as a number: put it in quotes ("+12125550199")');
  expect(preview.output).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace
  expect(await requestLog(emu)).toEqual([]);
});

test("up.sh applies the desired state; a mode adopted by name keeps its id and is brought to the YAML", async () => {
  const sydney = (await api(emu, "GET", "/locations?name=Sydney")).body.items[0];
  const existing = await api(emu, "POST", MODES, {
    name: "Sydney Business Hours",
    type: "SAME_HOURS_DAILY",
    level: "LOCATION",
    locationId: sydney.id,
    sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "10:00", endTime: "16:00" }, saturdayToSunday: { enabled: false } },
  });
  expect(existing.status).toBe(201);

  const up = await ci("up.sh");
  expect(up.code).toBe(0);
  expect((await listModes(emu)).map((m) => m.name).sort()).toEqual([
    "After Hours",
    "Berlin Business Hours",
    "Berlin Feiertage",
    "Business Hours",
    "Support Desk Hours",
    "Sydney Business Hours",
    "Sydney Public Holidays",
    "US Public Holidays",
  ]);
  const adopted = await liveMode("Sydney Business Hours");
  expect(adopted.id).toBe(existing.body.id);
  expect(adopted.sameHoursDaily.mondayToFriday).toMatchObject({ startTime: "09:00", endTime: "17:30" });
  const berlin = await liveMode("Berlin Feiertage");
  expect(berlin.location.name).toBe("Berlin Office");
  expect(berlin.holidays).toHaveLength(7);
});

test("drift-check.sh exits 0 when Webex matches Git", async () => {
  const check = await ci("drift-check.sh");
  expect(check.code).toBe(0);
  expect(check.output).toContain("drift-check: no drift");
});

test("a YAML change shows in preview.sh's diff without writing, and up.sh applies it with one PUT", async () => {
  edit("locations/berlin.yaml", 'endTime: "17:00"', 'endTime: "16:30"');
  await clearRequestLog(emu);
  const preview = await ci("preview.sh");
  expect(preview.code).toBe(0);
  expect(preview.output).toMatch(/~ pulumi-nodejs:dynamic\/webex:OperatingMode: \(update\)\s+\[id=[^\]]+\]\s+\[urn=[^\]]*::berlin-business-hours\]/);
  expect(preview.output).toMatch(/sameHoursDaily/);
  expect(preview.output).toMatch(/endTime\s*: "17:00" => "16:30"/);
  expect(preview.output).toMatch(/1 to update/);
  expect(await writes()).toEqual([]);

  const up = await ci("up.sh");
  expect(up.code).toBe(0);
  expect(await writes()).toEqual([expect.stringMatching(/^PUT \/v1\/telephony\/config\/operatingModes\//)]);
  expect((await liveMode("Berlin Business Hours")).sameHoursDaily.mondayToFriday.endTime).toBe("16:30");
});

test("a change made outside Git makes drift-check.sh exit 7 naming the field; up.sh puts Git's value back", async () => {
  const afterHours = await liveMode("After Hours");
  const changed = await api(emu, "PUT", `${MODES}/${afterHours.id}`, { callForwarding: { enabled: true, destination: "+12125550142" } });
  expect(changed.status).toBe(204);

  const drift = await ci("drift-check.sh");
  expect(drift.code).toBe(7);
  expect(drift.output).toMatch(/\[urn=[^\]]*::after-hours\]/);
  expect(drift.output).toMatch(/callForwarding/);
  expect(drift.output).toMatch(/"\+12125550142" => "\+12125550199"/);
  expect(drift.output).toContain("drift-check: DRIFT: Webex differs from the desired state in Git (exit 7).");

  expect((await ci("up.sh")).code).toBe(0);
  expect((await liveMode("After Hours")).callForwarding).toMatchObject({ destination: "+12125550199", destinationVoicemailEnabled: true });
  expect((await ci("drift-check.sh")).code).toBe(0);
});

test("a file removed from Git deletes its modes, except those with retainOnDelete", async () => {
  fs.rmSync(path.join(project.dir, "desired-state", "calendars"), { recursive: true });
  fs.rmSync(path.join(project.dir, "desired-state", "locations", "denver.yaml"));
  const up = await ci("up.sh");
  expect(up.code).toBe(0);
  const names = (await listModes(emu)).map((m) => m.name);
  expect(names).toContain("US Public Holidays"); // retainOnDelete: true
  expect(names).not.toContain("Support Desk Hours");
});
