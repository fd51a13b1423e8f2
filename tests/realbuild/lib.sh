# shellcheck shell=bash
# lib.sh -- sourced by the scripts in tests/realbuild. Finds the repository and the shared
# realbuild tools.
#
# THIS IS WHERE THE PROJECT DEPENDS ON ../shared: the Docker engine, the Debian base images, the
# Python/Node/Go/distroless stand-ins and the offline Dockerfile frontend come from
# ../shared/tools/realbuild (a copy of shared/ sits beside the clone in CI). Set DM_SHARED to
# point elsewhere. Without it the integration tests cannot run, and the scripts say so.
DM_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RB_ROOT="${RB_ROOT:-/tmp/realbuild}"
export RB_ROOT

dm_log() { printf '[realbuild %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
dm_die() { dm_log "ERROR: $*"; exit 1; }

dm_shared_dir() {
  local c
  # beside the clone; for a git worktree also beside the main clone it belongs to
  for c in "${DM_SHARED:-}" "$DM_REPO/../shared" \
           "$(git -C "$DM_REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)/../../shared"; do
    [ -n "$c" ] && [ -x "$c/tools/realbuild/setup.sh" ] && { (cd "$c" && pwd); return 0; }
  done
  return 1
}

DM_SHARED_DIR="$(dm_shared_dir)" || dm_die "../shared/tools/realbuild/setup.sh not found beside \
the repository ($DM_REPO/../shared). The integration tests need the shared realbuild tools \
(Docker engine and base images made offline); copy shared/ beside the clone or set DM_SHARED."
export RB_TOOLS="$DM_SHARED_DIR/tools/realbuild"
