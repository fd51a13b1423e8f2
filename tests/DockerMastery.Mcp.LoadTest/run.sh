#!/usr/bin/env bash
# Builds the server and the load test in Release and runs 32 clients x 100 calls per mode
# against 127.0.0.1, writing the numbers to tests/DockerMastery.Mcp.LoadTest/LOAD.md.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
dotnet build "$ROOT/src/DockerMastery.Mcp" -c Release -nologo -v q
dotnet run --project "$HERE" -c Release -- \
  --dll "$ROOT/src/DockerMastery.Mcp/bin/Release/net10.0/docker-mastery.dll" \
  --clients 32 --calls 100 --report "$HERE/LOAD.md" "$@"
