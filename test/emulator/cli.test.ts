/** `webex-opmodes emulator`: flags, output, and running until a signal. */
import { ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";
import { buildProgram } from "../../cli";
import { toEmulatorOptions } from "../../cli/emulator";

const ROOT = join(__dirname, "..", "..");

function runCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(__dirname, "fixtures", "run-cli.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, "tsconfig.json") },
  });
}

/** Resolves with the first stdout line. */
function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => reject(new Error(`exited ${code} before printing: ${err}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

test("the program registers the emulator subcommand", () => {
  expect(buildProgram().commands.map((c) => c.name())).toContain("emulator");
});

test("flags map to emulator options", () => {
  expect(
    toEmulatorOptions({
      port: 9000,
      host: "127.0.0.1",
      token: "t",
      seed: "seed.json",
      persist: "state.json",
      quirks: true,
      fault429: 0.2,
      fault503: 0.05,
      latency: 10,
      retryAfter: 0,
      faultSeed: 7,
      quota: { limit: 100, windowSeconds: 60 },
      behaviour: { duplicateNameStatus: 400 },
    }),
  ).toEqual({
    port: 9000,
    host: "127.0.0.1",
    token: "t",
    seed: "seed.json",
    persistFile: "state.json",
    quirks: true,
    behaviour: { duplicateNameStatus: 400 },
    faults: { rate429: 0.2, rate5xx: 0.05, status5xx: 503, latencyMs: 10, retryAfterSeconds: 0, seed: 7, quota: { limit: 100, windowSeconds: 60 } },
    logger: false,
  });
});

test("prints the base URL first, serves with the token and the flags, and stops cleanly on SIGTERM", async () => {
  const child = runCli(["emulator", "--port", "0", "--token", "cli-token", "--quirks", "--fault-429", "0", "--behaviour", "duplicateNameStatus=400"]);
  const done = exited(child);
  const baseUrl = await firstLine(child);
  expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  const headers = { Authorization: "Bearer cli-token", "Content-Type": "application/json" };
  const list = await fetch(`${baseUrl}/telephony/config/operatingModes`, { headers });
  expect(await list.json()).toEqual({}); // --quirks: the empty list comes back as {}
  const mode = JSON.stringify({ name: "Twice", type: "NONE", level: "ORGANIZATION" });
  await fetch(`${baseUrl}/telephony/config/operatingModes`, { method: "POST", headers, body: mode });
  const dup = await fetch(`${baseUrl}/telephony/config/operatingModes`, { method: "POST", headers, body: mode });
  expect(dup.status).toBe(400); // --behaviour duplicateNameStatus=400
  expect((await fetch(`${baseUrl}/locations`)).status).toBe(401);
  child.kill("SIGTERM");
  const { code, stderr } = await done;
  expect(code).toBe(0);
  expect(stderr).toMatch(/emulator listening/);
  expect(stderr).not.toContain("cli-token");
  await expect(fetch(`${baseUrl}/locations`)).rejects.toThrow();
}, 30000);

test("fault flags take effect", async () => {
  const child = runCli(["emulator", "--port", "0", "--token", "t", "--fault-429", "1", "--retry-after", "4"]);
  const done = exited(child);
  const baseUrl = await firstLine(child);
  const res = await fetch(`${baseUrl}/locations`, { headers: { Authorization: "Bearer t" } });
  expect([res.status, res.headers.get("retry-after")]).toEqual([429, "4"]);
  child.kill("SIGINT");
  expect((await done).code).toBe(0);
}, 30000);

test("an invalid flag value fails with a message saying what is expected", async () => {
  const { code, stderr } = await exited(runCli(["emulator", "--fault-429", "2"]));
  expect(code).not.toBe(0);
  expect(stderr).toMatch(/--fault-429.*probability from 0 to 1/);
}, 30000);

test("a non-loopback host is refused", async () => {
  const { code, stderr } = await exited(runCli(["emulator", "--port", "0", "--host", "0.0.0.0"]));
  expect(code).toBe(1);
  expect(stderr).toMatch(/only listens on loopback/);
}, 30000);
