// Benchmarks: how long a large `pulumi up` takes against the emulator, without faults, with added
// latency, and with throttling; and how the per-organisation concurrency limit shapes it.
// Usage: npm run bench [-- --modes 50 --holidays 150]. Prints a Markdown table (docs/benchmarks.md).
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { LocalWorkspace } = require("@pulumi/pulumi/automation");
const { startEmulator } = require("../dist/emulator");

const ROOT = path.resolve(__dirname, "..");
const TOKEN = "bench-token";
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MODES = arg("modes", 50);
const HOLIDAYS = arg("holidays", 150);

function desired() {
  const modes = {};
  const holidays = {};
  const calendars = Math.max(1, Math.ceil(HOLIDAYS / 50));
  for (let i = 0; i < MODES - calendars; i++)
    modes[`hours-${i}`] = {
      name: `Hours ${i}`,
      type: "SAME_HOURS_DAILY",
      level: "ORGANIZATION",
      sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:00", endTime: "17:00" } },
    };
  for (let c = 0; c < calendars; c++) modes[`calendar-${c}`] = { name: `Calendar ${c}`, type: "HOLIDAY", level: "ORGANIZATION" };
  for (let h = 0; h < HOLIDAYS; h++) {
    const date = new Date(Date.UTC(2027, 0, 1 + Math.floor(h / calendars)));
    holidays[`holiday-${h}`] = { mode: `calendar-${h % calendars}`, name: `Closed ${h}`, startDate: date.toISOString().slice(0, 10) };
  }
  return { modes, holidays };
}

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "webex-opmodes-bench-"));
  const work = path.join(dir, "program");
  fs.cpSync(path.join(ROOT, "test", "e2e", "fixtures", "program"), work, { recursive: true });
  fs.mkdirSync(path.join(work, "node_modules", "@pulumi"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules", "@pulumi", "pulumi"), path.join(work, "node_modules", "@pulumi", "pulumi"));
  fs.symlinkSync(ROOT, path.join(work, "node_modules", "pulumi-webex-operating-modes"));
  fs.writeFileSync(path.join(work, "Pulumi.yaml"), "name: bench\nruntime: nodejs\nmain: index.js\n");
  fs.writeFileSync(path.join(work, "desired.json"), JSON.stringify(desired()));
  fs.mkdirSync(path.join(dir, "state"));
  return { dir, work };
}

async function run(label, { faults = {}, concurrency }) {
  const emu = await startEmulator({ port: 0, token: TOKEN, faults });
  const { dir, work } = project();
  const envVars = {
    PULUMI_BACKEND_URL: `file://${path.join(dir, "state")}`,
    PULUMI_CONFIG_PASSPHRASE: "bench",
    PULUMI_HOME: path.join(dir, "home"),
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  try {
    const stack = await LocalWorkspace.createOrSelectStack({ stackName: "bench", workDir: work }, { envVars });
    await stack.setConfig("webex:baseUrl", { value: emu.baseUrl });
    await stack.setConfig("webex:token", { value: TOKEN, secret: true });
    if (concurrency) await stack.setConfig("webex:maxConcurrency", { value: String(concurrency) });
    const started = Date.now();
    const up = await stack.up();
    const upSeconds = (Date.now() - started) / 1000;
    const log = (await (await fetch(`${emu.adminUrl}/requests`)).json()).requests;
    await fetch(`${emu.adminUrl}/faults`, { method: "DELETE" });
    const refreshStarted = Date.now();
    await stack.preview({ refresh: true, expectNoChanges: true });
    const previewSeconds = (Date.now() - refreshStarted) / 1000;
    return {
      label,
      resources: up.summary.resourceChanges.create,
      upSeconds,
      previewSeconds,
      requests: log.length,
      throttled: log.filter((r) => r.status === 429).length,
      failed5xx: log.filter((r) => r.status >= 500).length,
    };
  } finally {
    await emu.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const bin = execFileSync("bash", [path.join(ROOT, "scripts", "install-pulumi.sh")], { encoding: "utf8" }).trim().split("\n").pop();
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
  const scenarios = [
    ["no faults", {}],
    ["50 ms latency per request", { faults: { latencyMs: 50 } }],
    ["50 ms latency, maxConcurrency 2", { faults: { latencyMs: 50 }, concurrency: 2 }],
    ["20% 429 (Retry-After 1 s) + 5% 503", { faults: { seed: 7, rate429: 0.2, retryAfterSeconds: 1, rate5xx: 0.05, status5xx: 503 } }],
    ["quota 100 requests / 10 s", { faults: { quota: { limit: 100, windowSeconds: 10 } } }],
  ];
  console.log(`${MODES} modes, ${HOLIDAYS} holidays (as OperatingModeHoliday resources), ${os.cpus().length} cores, Pulumi CLI ${execFileSync("pulumi", ["version"], { encoding: "utf8" }).trim()}\n`);
  console.log("| scenario | resources | pulumi up (s) | preview --refresh (s) | requests | 429s | 5xx |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [label, options] of scenarios) {
    const r = await run(label, options);
    console.log(`| ${r.label} | ${r.resources} | ${r.upSeconds.toFixed(1)} | ${r.previewSeconds.toFixed(1)} | ${r.requests} | ${r.throttled} | ${r.failed5xx} |`);
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
