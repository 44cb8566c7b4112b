#!/usr/bin/env bash
# Nightly: does Webex still match Git? Exit 0: it does. Exit 7: it does not; the fields marked ~ in
# the diff above the message were changed outside Git. Any other code: the check itself failed.
source "$(dirname "$0")/lib.sh"
set +e
pulumi preview --refresh --expect-no-changes --diff "${PULUMI_FLAGS[@]}" "$@"
code=$?
set -e
case $code in
  0) echo "drift-check: no drift: Webex matches the desired state in Git." ;;
  7)
    message="drift-check: DRIFT: Webex differs from the desired state in Git (exit 7). The fields marked ~ above were changed outside Git (e.g. in Control Hub). Put Git's values back by running the up workflow, or change the YAML to keep what Webex has now."
    echo "$message"
    if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::error title=Operating modes drifted::$message"; fi
    ;;
  *) echo "drift-check: the check itself failed (exit $code): see the errors above; drift is unknown." ;;
esac
exit "$code"
