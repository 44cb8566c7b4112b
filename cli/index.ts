/**
 * The `webex-opmodes` command. This file only assembles the program: each subcommand lives in its
 * own file and exports a registrar, so that new commands (e.g. `export`) are added without
 * touching the others.
 */
import { Command, CommanderError } from "commander";
import { registerEmulatorCommand } from "./emulator";
import { registerExportCommand } from "./export";
import { registerShowCommand } from "./show";

/** Adds one subcommand (with its options and action) to the program. */
export type CommandRegistrar = (program: Command) => void;

const COMMANDS: CommandRegistrar[] = [registerEmulatorCommand, registerShowCommand, registerExportCommand];

export function buildProgram(): Command {
  const program = new Command("webex-opmodes")
    .description("Webex Calling operating modes as code: tools around the Pulumi providers.")
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
    process.stderr.write(`webex-opmodes: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
