#!/usr/bin/env bash
# The main branch: make Webex what Git says. --refresh first reads the live modes, so that changes
# made outside Git (Control Hub) are put back too, not only the ones merged. Extra arguments go to
# `pulumi up`.
source "$(dirname "$0")/lib.sh"
pulumi up --yes --refresh --skip-preview --diff "${PULUMI_FLAGS[@]}" "$@"
