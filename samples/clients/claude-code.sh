#!/usr/bin/env bash
# Adds docker-mastery to Claude Code. Run from the repository root after
# `dotnet build src/DockerMastery.Mcp -c Release`.
set -euo pipefail
dll="$PWD/src/DockerMastery.Mcp/bin/Release/net10.0/docker-mastery.dll"
[ -f "$dll" ] || { echo "build first: dotnet build src/DockerMastery.Mcp -c Release" >&2; exit 1; }

# stdio, for this user in every project (use --scope project to write .mcp.json instead):
claude mcp add docker-mastery --scope user -e DOCKER_MASTERY_LOG_LEVEL=warning -- dotnet "$dll"

# A shared server started with `docker-mastery serve --http` (and DOCKER_MASTERY_TOKEN set)
# is added over Streamable HTTP instead:
#   claude mcp add --transport http docker-mastery http://127.0.0.1:3001/mcp \
#     --header "Authorization: Bearer $DOCKER_MASTERY_TOKEN"
