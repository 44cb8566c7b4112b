# Shared by the CI scripts (sourced, not run): the project folder, the stack, and a CLI that never
# prompts. Credentials come from the environment: WEBEX_TOKEN (and WEBEX_BASE_URL, WEBEX_ORG_ID when
# needed) for Webex, PULUMI_ACCESS_TOKEN or PULUMI_BACKEND_URL for the state.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${PULUMI_STACK:?set PULUMI_STACK to the stack to run, e.g. acme/webex-gitops/prod (create it once with pulumi stack init)}"
export PULUMI_SKIP_UPDATE_CHECK=true
PULUMI_FLAGS=(--stack "$PULUMI_STACK" --non-interactive)
