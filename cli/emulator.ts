/**
 * `webex-opmodes emulator`: runs the local Webex API emulator until SIGINT or SIGTERM.
 *
 * The first line on stdout is the base URL and nothing else, so scripts can read it
 * (`read -r BASE_URL < <(webex-opmodes emulator --port 0 ...)`); everything else goes to stderr.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { BehaviourSwitches, EmulatorOptions, FaultConfig, RunningEmulator, startEmulator } from "../emulator";

export interface EmulatorCliOptions {
  port: number;
  host: string;
  token?: string;
  seed?: string;
  persist?: string;
  quirks?: boolean;
  fault429?: number;
  fault503?: number;
  latency?: number;
  retryAfter?: number;
  faultSeed?: number;
  quota?: { limit: number; windowSeconds: number };
  dropBeforeCommit?: number;
  dropAfterCommit?: number;
  behaviour?: Partial<BehaviourSwitches>;
  log?: boolean;
}

function parseRate(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1)) throw new InvalidArgumentError("expected a probability from 0 to 1, e.g. 0.2.");
  return n;
}

function parseNonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0) || !Number.isFinite(n)) throw new InvalidArgumentError("expected a number >= 0.");
  return n;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError("expected a port from 0 to 65535 (0 = any free port).");
  return n;
}

function parseQuota(value: string): { limit: number; windowSeconds: number } {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0) {
    throw new InvalidArgumentError("expected LIMIT/SECONDS, e.g. 100/60 for 100 requests per minute per organisation.");
  }
  return { limit: Number(m[1]), windowSeconds: Number(m[2]) };
}

/** `key=value`, repeatable; values true/false and numbers are typed, the rest stay strings. */
function parseBehaviour(value: string, previous: Partial<BehaviourSwitches> | undefined): Partial<BehaviourSwitches> {
  const m = /^([A-Za-z]+)=(.*)$/.exec(value);
  if (!m) throw new InvalidArgumentError("expected KEY=VALUE, e.g. duplicateNameStatus=400.");
  const raw = m[2];
  const typed: unknown = raw === "true" ? true : raw === "false" ? false : /^\d+$/.test(raw) ? Number(raw) : raw;
  return { ...previous, [m[1]]: typed } as Partial<BehaviourSwitches>;
}

/** CLI flags to emulator options (pure: tested without starting anything). */
export function toEmulatorOptions(cli: EmulatorCliOptions): EmulatorOptions {
  const faults: Partial<FaultConfig> = {};
  if (cli.fault429 !== undefined) faults.rate429 = cli.fault429;
  if (cli.fault503 !== undefined) {
    faults.rate5xx = cli.fault503;
    faults.status5xx = 503;
  }
  if (cli.latency !== undefined) faults.latencyMs = cli.latency;
  if (cli.retryAfter !== undefined) faults.retryAfterSeconds = cli.retryAfter;
  if (cli.faultSeed !== undefined) faults.seed = cli.faultSeed;
  if (cli.quota !== undefined) faults.quota = cli.quota;
  if (cli.dropBeforeCommit !== undefined) faults.dropBeforeCommitRate = cli.dropBeforeCommit;
  if (cli.dropAfterCommit !== undefined) faults.dropAfterCommitRate = cli.dropAfterCommit;
  return {
    port: cli.port,
    host: cli.host,
    token: cli.token,
    seed: cli.seed,
    persistFile: cli.persist,
    quirks: cli.quirks ?? false,
    behaviour: cli.behaviour,
    faults,
    logger: cli.log ?? false,
  };
}

/** Starts the emulator, prints where it listens, and resolves once a signal has closed it. */
export async function runEmulator(options: EmulatorOptions, signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"]): Promise<RunningEmulator> {
  const emulator = await startEmulator(options);
  process.stdout.write(`${emulator.baseUrl}\n`);
  const notes = [
    `Webex Operating Modes emulator listening: API ${emulator.baseUrl}, admin ${emulator.adminUrl}`,
    options.token ? "Bearer token: the one given with --token (full admin of the seed's first organisation)." : undefined,
    options.seed === undefined
      ? "Default seed tokens: northwind-admin-token, northwind-readonly-token, contoso-admin-token, globex-partner-token (partner of Contoso)."
      : undefined,
    options.persistFile ? `State persisted to ${options.persistFile}.` : undefined,
    options.quirks ? "Quirks on: known live defects are reproduced." : undefined,
    "Stop with Ctrl-C.",
  ];
  process.stderr.write(notes.filter(Boolean).join("\n") + "\n");
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      for (const s of signals) process.removeListener(s, stop);
      emulator.close().then(resolve, resolve);
    };
    for (const s of signals) process.once(s, stop);
  });
  return emulator;
}

export function registerEmulatorCommand(program: Command): void {
  program
    .command("emulator")
    .description("Run a local emulator of the Webex Calling Operating Modes API (base URL printed on stdout).")
    .addOption(new Option("--port <port>", "port to listen on (0 = any free port)").argParser(parsePort).default(8080))
    .addOption(new Option("--host <host>", "loopback address to listen on").default("127.0.0.1"))
    .option("--token <token>", "accept this bearer token as full admin of the seed's first organisation")
    .option("--seed <file>", "JSON seed file (organisations, locations, numbers, tokens)")
    .option("--persist <file>", "load state from and save it to this JSON file")
    .option("--quirks", "reproduce known live defects (allDayEnabled disagreement, {} for empty lists)")
    .addOption(new Option("--fault-429 <rate>", "probability of 429 with Retry-After").argParser(parseRate))
    .addOption(new Option("--fault-503 <rate>", "probability of 503").argParser(parseRate))
    .addOption(new Option("--latency <ms>", "added latency per request, milliseconds").argParser(parseNonNegative))
    .addOption(new Option("--retry-after <seconds>", "Retry-After of injected 429s").argParser(parseNonNegative))
    .addOption(new Option("--fault-seed <n>", "seed of the fault random generator").argParser(parseNonNegative))
    .addOption(new Option("--quota <limit/seconds>", "request quota per organisation, e.g. 100/60").argParser(parseQuota))
    .addOption(new Option("--drop-before-commit <rate>", "probability a write's connection drops before it is made").argParser(parseRate))
    .addOption(new Option("--drop-after-commit <rate>", "probability a write's connection drops after it is made").argParser(parseRate))
    .addOption(new Option("--behaviour <key=value>", "an 'Unknown' switch, repeatable (see emulator/README.md)").argParser(parseBehaviour))
    .option("--log", "log every request (fastify logger)")
    .action(async (opts: EmulatorCliOptions) => {
      await runEmulator(toEmulatorOptions(opts));
    });
}
