// What a user gets from `npm install`: the package's npm tarball in a project of their own, with
// their own @pulumi/pulumi, TypeScript and ts-node, driven by the real CLI.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RunningEmulator } from "../../emulator";
import { Project, ROOT, api, emulator, listModes } from "./harness";

let emu: RunningEmulator;
let project: Project | undefined;
let scratch: string;

beforeAll(async () => {
  emu = await emulator();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "webex-opmodes-pack-"));
});
afterAll(async () => {
  await emu.close();
  project?.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

test("a program installed from the npm tarball imports OperatingMode and OperatingModeHoliday and works", async () => {
  const tarball = path.join(scratch, npm(["pack", "--silent", "--pack-destination", scratch], ROOT).trim().split("\n").pop()!);
  const program = path.join(scratch, "program");
  fs.cpSync(path.join(__dirname, "fixtures", "user-project"), program, { recursive: true });
  const { peerDependencies, devDependencies } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  fs.writeFileSync(
    path.join(program, "package.json"),
    JSON.stringify({
      name: "user-project",
      private: true,
      dependencies: {
        "pulumi-webex-operating-modes": `file:${tarball}`,
        "@pulumi/pulumi": devDependencies["@pulumi/pulumi"],
        typescript: devDependencies.typescript,
        "ts-node": devDependencies["ts-node"],
      },
    }),
  );
  expect(peerDependencies["@pulumi/pulumi"]).toMatch(/^>=3\.216/);
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline"], program);

  // One @pulumi/pulumi, and the package is the installed copy, not this checkout.
  const resolved = execFileSync("node", ["-p", 'require.resolve("pulumi-webex-operating-modes/provider")'], { cwd: program, encoding: "utf8" }).trim();
  expect(resolved.startsWith(fs.realpathSync(program))).toBe(true);
  const pulumiCopies = npm(["ls", "@pulumi/pulumi", "--all", "--parseable"], program).trim().split("\n");
  expect(pulumiCopies).toHaveLength(1);

  project = await Project.create(emu, {}, { programDir: program });
  const up = await project.stack.up();
  expect(up.summary.result).toBe("succeeded");
  const mode = await api(emu, "GET", `/telephony/config/operatingModes/${up.outputs.holidayModeId.value}`);
  expect(mode.body.holidays.map((h: any) => h.name)).toEqual(["New Year's Day"]);
  expect((await project.stack.preview({ expectNoChanges: true, refresh: true })).changeSummary.same).toBe(3);
  await project.stack.destroy();
  expect(await listModes(emu)).toEqual([]);
});
