// What a user sees when something is wrong: invalid declarations fail the preview before any API
// call, listing every problem; API refusals arrive as one line with status, message and trackingId.
import { RunningEmulator } from "../../emulator";
import { Project, TOKEN, api, clearRequestLog, emulator, listModes, requestLog } from "./harness";

let emu: RunningEmulator;
let project: Project | undefined;

beforeAll(async () => {
  emu = await emulator();
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await fetch(`${emu.adminUrl}/reset`, { method: "POST" });
});
afterEach(() => {
  project?.dispose();
  project = undefined;
});

test("an invalid program fails preview and up with every problem named, and makes no API call", async () => {
  project = await Project.create(emu, {
    modes: {
      // The engine stops at the first resource that fails its check: one resource, three problems.
      holidays: {
        name: "Holidays",
        type: "HOLIDAY",
        level: "ORGANIZATION",
        holidays: [{ name: "Leap", startDate: "2027-02-29" }, { name: "Half day", startDate: "2027-01-02", startTime: "08:00", endTime: "24:00" }],
        callForwarding: { enabled: true },
      },
    },
  });
  await clearRequestLog(emu);
  const preview = await project.cli(["preview"]);
  expect(preview.code).not.toBe(0);
  const output = preview.stdout + preview.stderr;
  expect(output).toMatch(/holidays\[1\]\.endTime.*"24:00": must be 24-hour HH:MM/);
  expect(output).toMatch(/holidays\[0\]\.startDate.*2027-02-29 is not a date that exists/);
  expect(output).toMatch(/callForwarding\.destination.*is required when forwarding is enabled/);
  const up = await project.cli(["up", "--yes"]);
  expect(up.code).not.toBe(0);
  expect(await requestLog(emu)).toEqual([]);
  expect(await listModes(emu)).toEqual([]);
});

test("a refusal of the API is one line: operation, HTTP status, Webex's message, trackingId, and never the token", async () => {
  const existing = await api(emu, "POST", "/telephony/config/operatingModes", { name: "Taken", type: "NONE", level: "ORGANIZATION" });
  expect(existing.status).toBe(201);
  project = await Project.create(emu, { modes: { taken: { name: "Taken", type: "NONE", level: "ORGANIZATION" } } });
  const up = await project.cli(["up", "--yes", "--skip-preview"]);
  expect(up.code).not.toBe(0);
  const output = up.stdout + up.stderr;
  expect(output).toMatch(/Webex API POST \/telephony\/config\/operatingModes failed: HTTP 409[^\n]*\(trackingId [^)]+\)/);
  expect(output).not.toContain(TOKEN);
  expect((await listModes(emu)).map((m) => m.name)).toEqual(["Taken"]);
});

test("without a token the provider says how to set one", async () => {
  project = await Project.create(emu, { modes: { none: { name: "Night", type: "NONE", level: "ORGANIZATION" } } });
  await project.stack.removeConfig("webex:token");
  const up = await project.cli(["up", "--yes", "--skip-preview"]);
  expect(up.code).not.toBe(0);
  expect(up.stdout + up.stderr).toMatch(/pulumi config set --secret webex:token/);
});
