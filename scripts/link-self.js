// The serialized providers require "pulumi-webex-operating-modes/provider" by name, as they do in a
// user's project where the package sits in node_modules. Inside this repository that name must
// resolve too (for the examples, the demo and the tests), so the package is linked into its own
// node_modules, as `npm link` would do.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const link = path.join(root, "node_modules", "pulumi-webex-operating-modes");
let current;
try {
  current = fs.readlinkSync(link);
} catch {
  current = undefined;
}
if (current === undefined || path.resolve(path.dirname(link), current) !== root) {
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(path.relative(path.dirname(link), root), link, "dir");
}
