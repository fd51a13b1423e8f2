#!/usr/bin/env bash
# run-integration.sh [dotnet test options...] -- the real-Docker suite, start to finish:
#   1. setup.sh: the daemon and every stand-in image (reused when already there),
#   2. dotnet test tests/DockerMastery.Integration.Tests with the options given
#      (e.g. -c Release --no-build --logger "console;verbosity=normal"),
#   3. teardown: stops the daemon, but only when this run started it (a daemon that was
#      already up belongs to someone else); DM_KEEP_DAEMON=1 keeps it, DM_TEARDOWN=1 forces it.
# Exit status is the test run's. Needs root and ../shared (see lib.sh).
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
T0=$(date +%s)

was_running=0
if [ -f "$RB_ROOT/dockerd.pid" ] && kill -0 "$(cat "$RB_ROOT/dockerd.pid")" 2>/dev/null; then
  was_running=1
fi

"$DM_REPO/tests/realbuild/setup.sh" || dm_die "setup failed; the integration tests did not run"
T1=$(date +%s)

dotnet test "$DM_REPO/tests/DockerMastery.Integration.Tests" "$@"
status=$?
T2=$(date +%s)

if [ "${DM_TEARDOWN:-0}" = 1 ] || { [ "$was_running" = 0 ] && [ "${DM_KEEP_DAEMON:-0}" != 1 ]; }; then
  "$RB_TOOLS/teardown.sh" >&2
else
  dm_log "leaving the daemon running (it was already up, or DM_KEEP_DAEMON=1)"
fi
dm_log "setup $((T1 - T0))s, tests $((T2 - T1))s, total $(( $(date +%s) - T0 ))s, exit $status"
exit "$status"
