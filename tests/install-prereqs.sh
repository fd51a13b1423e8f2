#!/usr/bin/env bash
# Installs what the test suites need beyond the .NET SDK: Debian packages and the npm
# harnesses pinned by their lockfiles. Idempotent; safe to re-run.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)

need_apt=()
command -v shellcheck >/dev/null || need_apt+=(shellcheck)
command -v python3 >/dev/null || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# Every npm harness in the repository installs exactly what its lockfile names.
while IFS= read -r lock; do
    dir=$(dirname "$lock")
    if [ ! -d "$dir/node_modules" ]; then
        echo "npm ci in ${dir#"$repo"/}"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done < <(find "$repo/tests" -name package-lock.json -not -path '*/node_modules/*')

# HCL (docker-bake.hcl, skill examples) is checked with `terraform fmt`. It is not in Debian's
# archive and cannot be downloaded here; machines of this project's kind ship it in
# /usr/local/bin. Say so plainly where it is missing instead of failing deep in a test.
if ! command -v terraform >/dev/null; then
    echo "terraform is not on PATH: the HCL checks need it (machines of this kind ship it)" >&2
    exit 1
fi
