#!/usr/bin/env bash
# Pull requests: what merging would change in Webex, field by field. An invalid desired-state file
# fails here, with every problem as file:line: field: what to change, before any API call (no
# refresh: drift is the nightly check's business). Extra arguments go to `pulumi preview`.
source "$(dirname "$0")/lib.sh"
pulumi preview --diff "${PULUMI_FLAGS[@]}" "$@"
