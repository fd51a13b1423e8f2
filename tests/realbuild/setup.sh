#!/usr/bin/env bash
# setup.sh -- set up (or reuse) the Docker daemon and every image the integration tests need.
#   1. ../shared/tools/realbuild/setup.sh: engine 26 on /tmp/realbuild/docker.sock, Debian base
#      images, Python/Node/Go/distroless-static stand-ins, the offline Dockerfile frontend.
#   2. the project's own stand-ins (images/): PostgreSQL, Redis, Rust, .NET SDK/runtime (from
#      this machine's dotnet), distroless cc/python/node, .NET chiseled, BusyBox+musl "alpine".
#   3. tags every stand-in with the reference the versions catalog names (standins.txt), so the
#      generated Dockerfiles and compose files run unchanged.
# Idempotent: images already present are kept (DM_REBUILD_STANDINS=1 rebuilds ours).
# Needs root (the shared setup starts dockerd) and dotnet on PATH; installs jq when missing.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$DM_REPO/tests/realbuild"
CATALOG="$DM_REPO/src/DockerMastery.Core/Catalog/catalog.json"
T0=$(date +%s)

if ! command -v jq > /dev/null; then
  dm_log "apt-get install jq (reads the versions catalog)"
  { apt-get -o DPkg::Lock::Timeout=300 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
      --no-install-recommends jq > /dev/null; } || dm_die "jq is needed to read $CATALOG"
fi
command -v dotnet > /dev/null || dm_die "dotnet is needed: the .NET stand-ins copy this machine's SDK"

# Python, Node, Go and distroless-static are the shared stand-ins; the rest are ours.
RB_STANDINS="python node golang distroless" "$RB_TOOLS/setup.sh" >&2
# shellcheck source=/dev/null
. "$RB_ROOT/env.sh"

have_image() { docker image inspect "$1" > /dev/null 2>&1; }
build() {  # build <tag> <images/ subfolder> [docker build args...]
  local tag=$1 dir=$2 log; shift 2
  log="$RB_ROOT/dm-build-${tag//[\/:]/_}.log"
  if have_image "$tag" && [ "${DM_REBUILD_STANDINS:-0}" != 1 ]; then return 0; fi
  dm_log "building $tag"
  docker build --progress=plain -t "$tag" -f "$HERE/images/$dir/Dockerfile" "$@" \
    "$HERE/images" > "$log" 2>&1 || { tail -30 "$log" >&2; dm_die "building $tag failed ($log)"; }
}

DOTNET_ROOT_DIR="$(dirname "$(readlink -f "$(command -v dotnet)")")"
[ -d "$DOTNET_ROOT_DIR/shared/Microsoft.AspNetCore.App" ] ||
  dm_die "$DOTNET_ROOT_DIR has no ASP.NET Core runtime; the .NET stand-ins need one"

build local/node:trixie-ci node
build local/alpine:busybox alpine
build local/postgres:trixie postgres
build local/redis:trixie redis
build local/rust:trixie rust
build local/distroless-cc:trixie distroless-cc
build local/distroless-python:trixie distroless-python
build local/distroless-node:trixie distroless-node
build local/dotnet-sdk:host dotnet-sdk --build-context "dotnet=$DOTNET_ROOT_DIR"
build local/dotnet-aspnet:host dotnet-aspnet --build-context "dotnet=$DOTNET_ROOT_DIR"
build local/dotnet-aspnet:host-chiseled dotnet-chiseled --target aspnet \
  --build-context "dotnet=$DOTNET_ROOT_DIR"
build local/dotnet-runtime-deps:chiseled dotnet-chiseled --target runtime-deps \
  --build-context "dotnet=$DOTNET_ROOT_DIR"
for img in distroless-cc distroless-python distroless-node; do
  have_image "local/$img:trixie-nonroot" ||
    printf 'FROM local/%s:trixie\nUSER 65532:65532\nWORKDIR /home/nonroot\n' "$img" |
    docker build -q -t "local/$img:trixie-nonroot" - > /dev/null
done

# catalog key -> the reference the catalog names today -> tag the stand-in with it
n=0
while read -r key target _; do
  case "$key" in ''|\#*) continue ;; esac
  ref=$(jq -r --arg k "$key" '.images[$k] | select(.) |
          .repository + (if .tag == "" then "" else ":" + .tag end)' "$CATALOG")
  [ -n "$ref" ] || dm_die "standins.txt names catalog key '$key', which catalog.json lacks"
  have_image "$target" || dm_die "stand-in $target for '$key' is missing"
  docker tag "$target" "$ref"; n=$((n + 1))
done < "$HERE/standins.txt"
dm_log "tagged $n catalog images onto stand-ins; ready in $(( $(date +%s) - T0 ))s"
