#!/usr/bin/env bash
# benchmark.sh -- regenerate tests/realbuild/RESULTS.md: runs the whole integration suite
# (run-integration.sh: set up, test, tear down) with DM_RESULTS_FILE pointing at the table, so
# the numbers come from the same builds the assertions check. Extra arguments go to dotnet test.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export DM_RESULTS_FILE="$DM_REPO/tests/realbuild/RESULTS.md"
"$DM_REPO/tests/realbuild/run-integration.sh" "$@"
dm_log "wrote $DM_RESULTS_FILE"
