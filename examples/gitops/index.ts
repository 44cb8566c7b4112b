// Every operating mode declared in desired-state/*.yaml (and its subfolders) becomes an
// OperatingMode resource. The files are the source of truth; this program only loads them.
import { declareModes, loadDesiredState } from "pulumi-webex-operating-modes";

// Relative to the project folder, where Pulumi runs the program. A broken file stops the program
// here, listing every problem of every file, before any resource is declared: no API call is made.
const desired = loadDesiredState("desired-state");

const modes = declareModes(desired);

// Auto attendants, call queues and hunt groups refer to modes by id.
export const modeIds = Object.fromEntries(Object.entries(modes).map(([key, mode]) => [key, mode.id]));
