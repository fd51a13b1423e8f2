#!/usr/bin/env bash
# Runs every test of docker-mastery on a fresh machine of this project's kind (Debian 12 +
# .NET SDK): installs what the tests need, builds, runs the unit, protocol, conformance and
# real-Docker suites, and ends with one line "tests: N passed, M failed".
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo" || exit 1
log_dir=$(mktemp -d /tmp/docker-mastery-tests.XXXXXX)
passed=0
failed=0
status=0

step() { printf '\n==> %s\n' "$*"; }

# Adds one suite's counts from vstest's closing block; a suite that printed no count fails.
count_dotnet() {
    local file=$1 total p f
    total=$(grep -E '^Total tests: +[0-9]+' "$file" | tail -n 1 | grep -oE '[0-9]+')
    if [ -z "$total" ]; then
        echo "no test summary in $file" >&2
        failed=$((failed + 1))
        return
    fi
    p=$(grep -E '^ +Passed: +[0-9]+$' "$file" | tail -n 1 | grep -oE '[0-9]+' || true)
    f=$(grep -E '^ +Failed: +[0-9]+$' "$file" | tail -n 1 | grep -oE '[0-9]+' || true)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
}

# Adds the counts of a harness whose last such line is "N passed, M failed".
count_plain() {
    local line
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
    if [ -z "$line" ]; then
        echo "no pass/fail line in $1" >&2
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + $(cut -d' ' -f1 <<<"$line")))
    failed=$((failed + $(cut -d' ' -f3 <<<"$line")))
}

run_dotnet_suite() {
    local project=$1 name
    name=$(basename "$project")
    step "dotnet test $name"
    dotnet test "$project" -c Release --no-build --logger "console;verbosity=normal" \
        2>&1 | tee "$log_dir/$name.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    count_dotnet "$log_dir/$name.log"
}

step "prerequisites"
bash tests/install-prereqs.sh || { echo "installing prerequisites failed" >&2; exit 1; }

step "dotnet build"
dotnet build DockerMastery.Mcp.sln -c Release 2>&1 | tail -n 5
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "build failed" >&2; exit 1; }

run_dotnet_suite tests/DockerMastery.Core.Tests
run_dotnet_suite tests/DockerMastery.Mcp.Tests

# The official MCP conformance suite and inspector CLI on stdio, Streamable HTTP and SSE.
step "MCP conformance"
bash tests/conformance/run.sh --dll "$repo/src/DockerMastery.Mcp/bin/Release/net10.0/docker-mastery.dll" \
    --out "$log_dir/conformance" 2>&1 | tee "$log_dir/conformance.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count_plain "$log_dir/conformance.log"

# Real Docker: generated Dockerfiles and compose stacks built and run offline.
step "real-Docker integration"
bash tests/realbuild/run-integration.sh -c Release --no-build --logger "console;verbosity=normal" \
    2>&1 | tee "$log_dir/DockerMastery.Integration.Tests.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count_dotnet "$log_dir/DockerMastery.Integration.Tests.log"

printf '\nlogs: %s\n' "$log_dir"
printf 'tests: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
