#!/usr/bin/env bash
# The whole test suite: unit, emulator contract, provider-against-emulator and end-to-end tests that
# drive the real Pulumi CLI. Provides the CLI first (built once, then cached). Extra arguments go to
# jest, e.g. `npm test -- test/unit`. Ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bin=$(bash scripts/install-pulumi.sh | tail -n 1) || { echo "could not provide the Pulumi CLI" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }
export PATH="$bin:$PATH"
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
# Nothing from the caller's environment may point the tests at a real organisation.
unset WEBEX_TOKEN WEBEX_BASE_URL WEBEX_ORG_ID

results=$(mktemp)
trap 'rm -f "$results"' EXIT
npx jest --json --outputFile="$results" "$@"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const failedSuites = r.numRuntimeErrorTestSuites || 0;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + failedSuites} failed`);
' "$results" 2>/dev/null || echo "tests: 0 passed, 1 failed"
exit $status
