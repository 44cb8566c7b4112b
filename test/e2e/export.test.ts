// `webex-opmodes export` end to end: a seeded organisation is exported, and the exported desired
// state (the YAML files through examples/gitops, and the TypeScript program) is applied with the real
// Pulumi CLI: `up` adopts everything with GETs only, and the next preview finds nothing to change.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RunningEmulator, startEmulator } from "../../emulator";
import { encodeId } from "../../provider/client/ids";
import { loadDesiredState } from "../../sdk/gitops";
import { CliResult, Project, ROOT, TOKEN, api, clearRequestLog, listModes, requestLog, run } from "./harness";

const MODES = "/telephony/config/operatingModes";
const EXAMPLE = path.join(ROOT, "examples", "gitops");

/** Runs the CLI as a user would, with credentials in the environment. */
function exportCli(emu: RunningEmulator, args: string[], token = TOKEN): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, WEBEX_TOKEN: token, WEBEX_BASE_URL: emu.baseUrl };
  delete env.WEBEX_ORG_ID;
  return run(process.execPath, [path.join(ROOT, "bin", "webex-opmodes.js"), "export", ...args], { env });
}

async function locationId(emu: RunningEmulator, name: string): Promise<string> {
  return (await api(emu, "GET", `/locations?name=${encodeURIComponent(name)}`)).body.items[0].id;
}

async function create(emu: RunningEmulator, body: Record<string, unknown>): Promise<string> {
  const res = await api(emu, "POST", MODES, body);
  if (res.status !== 201) throw new Error(`seeding ${body.name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

const closed = { enabled: false };
const open = (startTime: string, endTime: string) => ({ enabled: true, startTime, endTime });

/** A handful of modes as an administrator makes them in Control Hub: every type, both levels, every kind of holiday. */
async function seedOrganisation(emu: RunningEmulator): Promise<void> {
  const denver = await locationId(emu, "Denver Support Center");
  const berlin = await locationId(emu, "Berlin Office");
  const sydney = await locationId(emu, "Sydney Office");
  await create(emu, {
    name: "Business Hours",
    type: "SAME_HOURS_DAILY",
    level: "ORGANIZATION",
    sameHoursDaily: { mondayToFriday: open("08:00", "18:00"), saturdayToSunday: closed },
    callForwarding: { enabled: true, destination: "+12125550100", destinationVoicemailEnabled: true },
  });
  await create(emu, {
    name: "Support Desk Hours",
    type: "DIFFERENT_HOURS_DAILY",
    level: "LOCATION",
    locationId: denver,
    differentHoursDaily: { monday: open("07:00", "20:00"), tuesday: { enabled: true, allDayEnabled: true }, friday: open("22:00", "06:00"), sunday: closed },
  });
  await create(emu, {
    name: "US Public Holidays",
    type: "HOLIDAY",
    level: "ORGANIZATION",
    callForwarding: { enabled: true, destination: "1000" },
    holidays: [
      { name: "Christmas Day", allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-25", recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } } },
      { name: "Thanksgiving", allDayEnabled: true, startDate: "2026-11-26", endDate: "2026-11-27", recurrence: { recurYearlyByDay: { day: "THURSDAY", week: "FOURTH", month: "NOVEMBER" } } },
      { name: "Christmas Eve 2026", allDayEnabled: false, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "12:00", endTime: "23:59" },
    ],
  });
  await create(emu, { name: "Ad-hoc Closures", type: "HOLIDAY", level: "ORGANIZATION" });
  await create(emu, {
    name: "Berlin After Hours",
    type: "NONE",
    level: "LOCATION",
    locationId: berlin,
    callForwarding: { enabled: true, destination: "+4915155501234", destinationVoicemailEnabled: false },
  });
  // Forwarding switched off with a number still stored behind it.
  await create(emu, { name: "Night", type: "NONE", level: "ORGANIZATION", callForwarding: { enabled: false, destination: "+12125550199" } });
  // The organisation's name again, at a location.
  await create(emu, { name: "Business Hours", type: "SAME_HOURS_DAILY", level: "LOCATION", locationId: sydney, sameHoursDaily: { mondayToFriday: open("09:00", "17:30") } });
}

/** A Pulumi project in which the exported files replace the example's desired state. */
async function gitopsProject(emu: RunningEmulator, exported: string): Promise<Project> {
  const project = await Project.create(emu, {}, { programDir: EXAMPLE });
  // The example's TypeScript is type-checked by the project's tsc; here only its behaviour counts.
  project.env.PULUMI_NODEJS_TRANSPILE_ONLY = "true";
  fs.rmSync(path.join(project.dir, "desired-state"), { recursive: true });
  fs.cpSync(exported, path.join(project.dir, "desired-state"), { recursive: true });
  fs.rmSync(path.join(project.dir, "desired-state", "index.ts"), { force: true });
  return project;
}

/** A Pulumi project running the exported TypeScript program. */
async function programProject(emu: RunningEmulator, exported: string): Promise<Project> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "webex-export-program-"));
  fs.copyFileSync(path.join(exported, "index.ts"), path.join(dir, "index.ts"));
  fs.copyFileSync(path.join(EXAMPLE, "tsconfig.json"), path.join(dir, "tsconfig.json"));
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: exported\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n");
  try {
    return await Project.create(emu, {}, { programDir: dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** up adopts every mode with GETs only; the next preview (and a refresh) find nothing to change. */
async function expectAdoptionWithoutWrites(emu: RunningEmulator, project: Project, modes: number): Promise<void> {
  await clearRequestLog(emu);
  const up = await project.cli(["up", "--yes", "--skip-preview"]);
  expect(up.stderr).toBe("");
  expect(up.code).toBe(0);
  expect(up.stdout).toContain(`+ ${modes + 1} created`); // the stack and the modes, in Pulumi's state only
  const log = await requestLog(emu);
  expect(log.length).toBeGreaterThan(0);
  expect(log.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`)).toEqual([]);

  const preview = await project.cli(["preview", "--expect-no-changes", "--diff"]);
  expect(preview.code).toBe(0);
  expect(preview.stdout).toContain(`${modes + 1} unchanged`);
  const refreshed = await project.cli(["preview", "--refresh", "--expect-no-changes"]);
  expect(refreshed.code).toBe(0);
}

describe.each([
  ["the emulator", false],
  ["the emulator reproducing the service's known defects", true],
])("round trip against %s", (_label, quirks) => {
  let emu: RunningEmulator;
  let out: string;
  const projects: Project[] = [];
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, token: TOKEN, quirks });
    await seedOrganisation(emu);
    out = fs.mkdtempSync(path.join(os.tmpdir(), "webex-export-e2e-"));
  });
  afterAll(async () => {
    projects.forEach((p) => p.dispose());
    fs.rmSync(out, { recursive: true, force: true });
    await emu.close();
  });

  test("export reads the organisation with GETs only and writes YAML files and a program", async () => {
    await clearRequestLog(emu);
    const exported = await exportCli(emu, ["--out", out, "--format", "both"]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain("export: wrote 5 files (7 operating modes)");
    expect((await requestLog(emu)).filter((r) => r.method !== "GET")).toEqual([]);

    const state = loadDesiredState(out);
    expect(state.files).toEqual(["locations/berlin-office.yaml", "locations/denver-support-center.yaml", "locations/sydney-office.yaml", "organization.yaml"]);
    expect(state.modes.map((m) => m.key).sort()).toEqual([
      "ad-hoc-closures",
      "berlin-after-hours",
      "business-hours",
      "night",
      "support-desk-hours",
      "sydney-office-business-hours",
      "us-public-holidays",
    ]);
    const live = (await listModes(emu)).map((m) => m.id).sort();
    expect(state.modes.map((m) => m.args.adopt?.id).sort()).toEqual(live);
    expect(fs.existsSync(path.join(out, "index.ts"))).toBe(true);
  });

  test("examples/gitops on the exported YAML: up adopts every mode without a write, and the next preview is clean", async () => {
    const project = await gitopsProject(emu, out);
    projects.push(project);
    await expectAdoptionWithoutWrites(emu, project, 7);
  });

  // Type-checked by ts-node as Pulumi runs it: the exported program compiles. Once is enough.
  if (!quirks)
    test("the exported TypeScript program: the same", async () => {
      const project = await programProject(emu, out);
      projects.push(project);
      await expectAdoptionWithoutWrites(emu, project, 7);
    });
});

test("a large organisation: every page is read, with a progress line every 25 modes", async () => {
  const emu = await startEmulator({ port: 0, token: TOKEN });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "webex-export-large-"));
  try {
    const berlin = await locationId(emu, "Berlin Office");
    for (let i = 0; i < 100; i++) await create(emu, { name: `Org Mode ${String(i).padStart(3, "0")}`, type: "NONE", level: "ORGANIZATION" });
    for (let i = 0; i < 30; i++) await create(emu, { name: `Berlin Mode ${i}`, type: "NONE", level: "LOCATION", locationId: berlin });
    await clearRequestLog(emu);

    const exported = await exportCli(emu, ["--out", out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe("");
    const lines = exported.stderr.trim().split("\n");
    expect(lines.slice(0, 2)).toEqual(["export: listed 100 operating modes", "export: listed 130 operating modes"]);
    expect(lines.filter((l) => /^export: read \d+ of 130 operating modes$/.test(l))).toHaveLength(5); // 25, 50, ..., 125
    expect(lines[lines.length - 1]).toBe("export: wrote 2 files (130 operating modes) to " + out + ": locations/berlin-office.yaml, organization.yaml");

    const pages = (await requestLog(emu)).filter((r) => r.method === "GET" && /\/operatingModes$/.test(r.path)) as unknown as { query: Record<string, string> }[];
    expect(pages.map((r) => r.query.start ?? "0")).toEqual(["0", "100"]);
    const state = loadDesiredState(out);
    expect(state.modes).toHaveLength(130);
    expect(state.modes.filter((m) => m.locationName === "Berlin Office")).toHaveLength(30);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    await emu.close();
  }
});

test("a partner exports a customer organisation with --org-id, which every file then names", async () => {
  const emu = await startEmulator({ port: 0 });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "webex-export-partner-"));
  try {
    const contoso = encodeId("ORGANIZATION", "add378f9-d075-49ab-9113-922f9d824c9c");
    const created = await fetch(`${emu.baseUrl}${MODES}`, {
      method: "POST",
      headers: { Authorization: "Bearer contoso-admin-token", "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Clinic Hours", type: "SAME_HOURS_DAILY", level: "ORGANIZATION", sameHoursDaily: { mondayToFriday: open("07:30", "16:00") } }),
    });
    expect(created.status).toBe(201);
    await clearRequestLog(emu);

    const exported = await exportCli(emu, ["--out", out, "--org-id", contoso], "globex-partner-token");
    expect(exported.code).toBe(0);
    const [mode] = loadDesiredState(out).modes;
    expect(mode.args).toMatchObject({ name: "Clinic Hours", orgId: contoso, adopt: { id: ((await created.json()) as { id: string }).id } });
    const log = (await requestLog(emu)) as unknown as { query: Record<string, string> }[];
    expect(log.every((r) => r.query.orgId === contoso)).toBe(true);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    await emu.close();
  }
});
