// End-to-end tests drive the real Pulumi CLI (through the Automation API, or as a command) against
// the emulator on loopback, with a fresh file backend per project.
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalWorkspace, Stack } from "@pulumi/pulumi/automation";
import { startEmulator, RunningEmulator } from "../../emulator";

export const ROOT = path.resolve(__dirname, "../..");
export const TOKEN = "e2e-secret-token-3f9c2a";
const FIXTURE = path.join(__dirname, "fixtures", "program");

let pulumiBin: string | undefined;

/** Puts the Pulumi CLI on PATH (built once and cached by scripts/install-pulumi.sh). */
export function ensurePulumi(): string {
  if (!pulumiBin) {
    const out = execFileSync("bash", [path.join(ROOT, "scripts", "install-pulumi.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    pulumiBin = out.trim().split("\n").pop()!;
    process.env.PATH = `${pulumiBin}${path.delimiter}${process.env.PATH}`;
  }
  return pulumiBin;
}

export async function emulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, token: TOKEN });
}

/**
 * The program sees this package and @pulumi/pulumi as a user's project does, in its node_modules
 * (links to this checkout, so that @pulumi/pulumi exists once).
 */
function linkPackages(work: string): void {
  const modules = path.join(work, "node_modules");
  if (fs.existsSync(modules)) return;
  fs.mkdirSync(path.join(modules, "@pulumi"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules", "@pulumi", "pulumi"), path.join(modules, "@pulumi", "pulumi"), "dir");
  fs.symlinkSync(ROOT, path.join(modules, "pulumi-webex-operating-modes"), "dir");
}

export interface Desired {
  modes?: Record<string, Record<string, unknown>>;
  holidays?: Record<string, Record<string, unknown>>;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and collects what it printed. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A Pulumi project in a temporary folder, with its own state backend and stack. */
export class Project {
  readonly dir: string;
  readonly env: Record<string, string>;
  private constructor(dir: string, env: Record<string, string>, readonly stack: Stack) {
    this.dir = dir;
    this.env = env;
  }

  static async create(emu: RunningEmulator, desired: Desired, options: { programDir?: string; token?: string } = {}): Promise<Project> {
    ensurePulumi();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "webex-opmodes-e2e-"));
    const work = path.join(dir, "program");
    fs.cpSync(options.programDir ?? FIXTURE, work, { recursive: true });
    linkPackages(work);
    if (!fs.existsSync(path.join(work, "Pulumi.yaml")))
      fs.writeFileSync(path.join(work, "Pulumi.yaml"), "name: e2e\nruntime: nodejs\nmain: index.js\n");
    fs.mkdirSync(path.join(dir, "state"));
    const env = {
      PULUMI_BACKEND_URL: `file://${path.join(dir, "state")}`,
      PULUMI_CONFIG_PASSPHRASE: "e2e-passphrase",
      PULUMI_HOME: path.join(dir, "home"),
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PATH: process.env.PATH!,
    };
    const stack = await LocalWorkspace.createOrSelectStack({ stackName: "test", workDir: work }, { envVars: env });
    await stack.setConfig("webex:baseUrl", { value: emu.baseUrl });
    await stack.setConfig("webex:token", { value: options.token ?? TOKEN, secret: true });
    const project = new Project(work, env, stack);
    project.setDesired(desired);
    return project;
  }

  setDesired(desired: Desired): void {
    fs.writeFileSync(path.join(this.dir, "desired.json"), JSON.stringify(desired, null, 2));
  }

  /** Runs the pulumi command in the project, as a user would type it. */
  cli(args: string[]): Promise<CliResult> {
    return run("pulumi", [...args, "--non-interactive", "--color", "never"], { cwd: this.dir, env: { ...process.env, ...this.env } });
  }

  /** `pulumi stack export` as a user runs it (the Automation API's exportStack shows secrets). */
  async exportState(): Promise<string> {
    const res = await this.cli(["stack", "export"]);
    if (res.code !== 0) throw new Error(`pulumi stack export failed: ${res.stderr}`);
    return res.stdout;
  }

  /** Every file of the state backend, as stored on disk. */
  stateFiles(): string {
    const root = path.join(path.dirname(this.dir), "state");
    const read = (p: string): string =>
      fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((f) => read(path.join(p, f))).join("\n") : fs.readFileSync(p, "utf8");
    return read(root);
  }

  dispose(): void {
    fs.rmSync(path.dirname(this.dir), { recursive: true, force: true });
  }
}

/** Requests the emulator logged since the last clear, as "METHOD path" lines. */
export async function requestLog(emu: RunningEmulator): Promise<{ method: string; path: string; status: number }[]> {
  const res = await fetch(`${emu.adminUrl}/requests`);
  const body = (await res.json()) as any;
  return (Array.isArray(body) ? body : body.requests ?? body.entries ?? []) as any[];
}

export async function clearRequestLog(emu: RunningEmulator): Promise<void> {
  await fetch(`${emu.adminUrl}/requests`, { method: "DELETE" });
}

/** Calls the emulator's API as an administrator would in Control Hub. */
export async function api(emu: RunningEmulator, method: string, apiPath: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${emu.baseUrl}${apiPath}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, ...(body !== undefined ? { "Content-Type": "application/json" } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export async function listModes(emu: RunningEmulator): Promise<any[]> {
  const res = await api(emu, "GET", "/telephony/config/operatingModes?max=100");
  return res.body?.operatingModes ?? [];
}
