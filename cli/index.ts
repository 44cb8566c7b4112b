/**
 * The `webex-opmodes` command. This file only assembles the program: each subcommand lives in its
 * own file and exports a registrar, so that new commands (e.g. `export`) are added without
 * touching the others.
 */
import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError } from "commander";
import { registerEmulatorCommand } from "./emulator";
import { registerExportCommand } from "./export";
import { registerShowCommand } from "./show";

/** Adds one subcommand (with its options and action) to the program. */
export type CommandRegistrar = (program: Command) => void;

const COMMANDS: CommandRegistrar[] = [registerEmulatorCommand, registerShowCommand, registerExportCommand];

/** The nearest package.json above this file: ours, whether run from dist/ or from the sources. */
function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")).version;
  }
  return "unknown";
}

export function buildProgram(): Command {
  const program = new Command("webex-opmodes")
    .description(
      "Webex Calling operating modes as code: tools around the Pulumi providers.\n" +
        "Commands that call Webex read WEBEX_TOKEN, WEBEX_BASE_URL (default https://webexapis.com/v1) and WEBEX_ORG_ID.",
    )
    .version(packageVersion())
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Entry point of bin/webex-opmodes.js: `main(process.argv)`. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    // The providers' advice (pulumi config set) does not apply to this command: it reads the environment.
    const message = (err as Error).name === "MissingTokenError" ? "no Webex access token: set WEBEX_TOKEN (and WEBEX_BASE_URL for the emulator)" : (err as Error).message;
    process.stderr.write(`webex-opmodes: ${message}\n`);
    process.exitCode = 1;
  }
}
