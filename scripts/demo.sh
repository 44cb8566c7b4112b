#!/usr/bin/env bash
# The main job: Northwind Traders' operating modes (examples/quickstart) reconciled by the real Pulumi
# CLI against the embedded Webex emulator, then drift made by hand, caught and repaired.
# Safe to run again and again: each run starts a fresh emulator and a fresh demo stack.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

bin=$(bash scripts/install-pulumi.sh | tail -n 1)
export PATH="$bin:$PATH"
export PULUMI_BACKEND_URL="file://$root/.pulumi-state"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-demo-passphrase}"
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
export PULUMI_HOME="${PULUMI_HOME:-$root/.pulumi-state/home}"
mkdir -p "$root/.pulumi-state"
unset WEBEX_TOKEN WEBEX_BASE_URL WEBEX_ORG_ID

token="demo-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port/v1"

step "Starting the Webex emulator on $base"
node bin/webex-opmodes.js emulator --port "$port" --token "$token" >"$root/.pulumi-state/emulator.log" 2>&1 &
emulator_pid=$!
trap 'kill $emulator_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "$base/locations" && break
  sleep 0.1
done

show() { WEBEX_TOKEN="$token" WEBEX_BASE_URL="$base" node bin/webex-opmodes.js show; }

step "A fresh demo stack"
pulumi stack rm demo --yes --force >/dev/null 2>&1 || true
pulumi stack init demo >/dev/null
pulumi config set webex:baseUrl "$base"
pulumi config set --secret webex:token "$token"

step "pulumi up: create what examples/quickstart declares"
pulumi up --yes --skip-preview

step "What the organisation now holds"
show

step "An administrator changes Business Hours in Control Hub (weekdays now end at 17:00)"
mode_id=$(pulumi stack output modeIds --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).businessHours))')
curl -fsS -X PUT -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
  -d '{"sameHoursDaily":{"mondayToFriday":{"enabled":true,"startTime":"08:00","endTime":"17:00"},"saturdayToSunday":{"enabled":false}}}' \
  "$base/telephony/config/operatingModes/$mode_id"
echo "PUT done"

step "The nightly drift check: pulumi preview --refresh --diff --expect-no-changes"
set +e
pulumi preview --refresh --diff --expect-no-changes
code=$?
set -e
echo "exit code: $code (7 means: drift found)"
if [ "$code" -ne 7 ]; then echo "expected the drift check to exit 7" >&2; exit 1; fi

step "Repair: pulumi up --refresh"
pulumi up --refresh --yes --skip-preview

step "Nothing left to change: pulumi preview --refresh --expect-no-changes"
pulumi preview --refresh --expect-no-changes
echo
echo "Demo complete. The stack 'demo' is kept in .pulumi-state; the emulator stops now."
