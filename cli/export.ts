/**
 * `webex-opmodes export`: reads every operating mode of an organisation (or of the emulator) and
 * writes a desired state that adopts them: YAML files in the GitOps format (docs/gitops.md) and/or
 * a TypeScript program. Every mode is adopted by id with exactly its live values, so that
 * `pulumi up` right after the export changes nothing in Webex.
 * Credentials from WEBEX_TOKEN / WEBEX_BASE_URL / WEBEX_ORG_ID; only GET requests are made.
 */
import * as fs from "fs";
import * as path from "path";
import { Command, Option } from "commander";
import { WebexClient } from "../provider/client/webex-client";
import { httpOptionsFrom, resolveSettings } from "../provider/config";
import type { ApiOperatingMode, Location } from "../provider/types";
import type { ExportedFile } from "../sdk/gitops";

export type ExportFormat = "yaml" | "ts" | "both";

export interface ExportCliOptions {
  out: string;
  format: ExportFormat;
  orgId?: string;
}

/** What the organisation holds: every mode with its details, and the locations (to name them). */
export interface Snapshot {
  modes: ApiOperatingMode[];
  locations: Location[];
}

const PROGRESS_EVERY = 25;

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("Write the organisation's operating modes as desired-state YAML and/or a TypeScript program that adopts them")
    .option("--out <dir>", "folder to write to (created when missing; files of the same names are replaced)", "webex-export")
    .addOption(new Option("--format <format>", "what to write").choices(["yaml", "ts", "both"]).default("yaml"))
    .option("--org-id <id>", "a customer organisation (partner administrators); written into the files")
    .action(async (opts: ExportCliOptions) => {
      await runExport(opts, (line) => process.stderr.write(`export: ${line}\n`));
    });
}

export async function runExport(opts: ExportCliOptions, log: (line: string) => void): Promise<string[]> {
  const settings = resolveSettings();
  const orgId = opts.orgId ?? settings.orgId;
  const client = new WebexClient({
    ...httpOptionsFrom({ ...settings, orgId }),
    onRetry: (r) => log(`${r.operation}${r.status ? ` answered ${r.status}` : " failed"}; retrying in ${Math.ceil(r.delayMs / 1000)} s`),
  });
  const snapshot = await readOrganisation(client, log);
  const written = await writeExport(snapshot, { ...opts, orgId });
  log(`wrote ${written.length} file${written.length === 1 ? "" : "s"} (${snapshot.modes.length} operating modes) to ${opts.out}: ${written.join(", ")}`);
  return written;
}

/** Every mode (all pages) with its details, holidays and forwarding; a progress line every 25 modes. */
export async function readOrganisation(client: WebexClient, log: (line: string) => void): Promise<Snapshot> {
  const summaries = await client.listOperatingModes({}, undefined, (count) => log(`listed ${count} operating modes`));
  let done = 0;
  // The client's per-organisation limiter bounds how many of these run at once.
  const details = await Promise.all(
    summaries.map(async (summary) => {
      const mode = await client.tryGetOperatingMode(summary.id);
      done++;
      if (done % PROGRESS_EVERY === 0 && done < summaries.length) log(`read ${done} of ${summaries.length} operating modes`);
      if (!mode) log(`"${summary.name}" (${summary.id}) was deleted while exporting; left out`);
      return mode;
    }),
  );
  const modes = details.filter((m): m is ApiOperatingMode => m !== undefined);
  const locations = modes.some((m) => m.level === "LOCATION") ? await client.listLocations() : [];
  return { modes, locations };
}

/** Writes the files; returns their paths relative to the output folder. */
export async function writeExport(snapshot: Snapshot, opts: ExportCliOptions): Promise<string[]> {
  // Loaded here, not at start-up: it brings @pulumi/pulumi, which the other commands do not need.
  const gitops = await import("../sdk/gitops");
  const plan = gitops.planExport(snapshot.modes, snapshot.locations);
  const files: { path: string; text: string }[] = [];
  if (opts.format !== "ts") {
    const schema = require.resolve("pulumi-webex-operating-modes/schemas/gitops.schema.json");
    const yamlFiles = gitops.renderDesiredState(plan, {
      orgId: opts.orgId,
      schemaPath: (file) => path.relative(path.dirname(path.resolve(opts.out, file)), schema).split(path.sep).join("/"),
    });
    // What we write must load: a problem here is a bug of the exporter, better found now than in review.
    const { problems } = gitops.checkDesiredState(yamlFiles);
    if (problems.length > 0)
      throw new Error(`the exported files do not load (please report this):\n${problems.map(gitops.formatProblem).join("\n")}`);
    files.push(...yamlFiles);
  }
  if (opts.format !== "yaml") files.push({ path: "index.ts", text: renderProgram(plan, opts.orgId) });
  for (const f of files) {
    const target = path.join(opts.out, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text);
  }
  return files.map((f) => f.path);
}

// ---- the TypeScript program (pure) ----

/** A Pulumi program declaring the same resources as the YAML files, with the same keys and adopt ids. */
export function renderProgram(plan: ExportedFile[], orgId?: string): string {
  const count = plan.reduce((n, f) => n + f.modes.length, 0);
  const lines = [
    `// Exported from Webex by \`webex-opmodes export\`: ${count} operating mode${count === 1 ? "" : "s"}, each adopting the live one`,
    "// by id, so that the first `pulumi up` takes them over without changing them in Webex.",
    'import { OperatingMode } from "pulumi-webex-operating-modes";',
  ];
  for (const file of plan) {
    const where = file.modes[0]?.mode.location;
    lines.push("", file.location ? `// ${where?.name ?? where?.id}: LOCATION level` : "// Organisation level");
    for (const m of file.modes) lines.push(`new OperatingMode(${JSON.stringify(m.key)}, ${tsLiteral(programArgs(m.mode, m.entry, orgId))});`);
  }
  return lines.join("\n") + "\n";
}

/** The mode's YAML entry as OperatingModeArgs: the level and location made explicit, in reading order. */
function programArgs(mode: ApiOperatingMode, entry: Record<string, unknown>, orgId?: string): Record<string, unknown> {
  const { name, key: _key, type, ...rest } = entry;
  return {
    name,
    type,
    level: mode.level,
    locationId: mode.level === "LOCATION" ? mode.location?.id : undefined,
    orgId,
    ...rest,
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A TypeScript literal: on one line when it fits in 100 characters, else one entry a line. */
export function tsLiteral(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => tsLiteral(v, inner))
    : Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  const oneLine = Array.isArray(value) ? `[${entries.join(", ")}]` : `{ ${entries.join(", ")} }`;
  if (!oneLine.includes("\n") && indent.length + oneLine.length <= 100) return oneLine;
  return `${open}\n${entries.map((e) => `${inner}${e},`).join("\n")}\n${indent}${close}`;
}
