#!/usr/bin/env bash
# docker-mastery's protocol harness. Runs the official MCP conformance server scenarios that
# apply to this server, and the official inspector CLI, against the built server on every
# transport it offers:
#   stdio            through bridge.mjs (the suite only takes a URL)
#   streamable-http  serve --http (stateful: sessions for 2025-11-25 clients)
#   sse              legacy SSE at /mcp/sse, through bridge.mjs
#   stateless        serve --http --stateless
#   token            serve --http with a bearer token: refused without, served with
# Every check prints one line; the last line is "N passed, M failed"; exit 0 only when M is 0.
#
#   tests/conformance/run.sh [--dll path/to/docker-mastery.dll] [--out DIR]
#
# Needs dotnet and npm. Node 22 comes from the pinned `node` package (the suite needs
# fs.globSync, which Node 20 lacks). Everything listens on 127.0.0.1 only.
set -u -o pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DLL=""
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dll) DLL="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
OUT="${OUT:-$(mktemp -d /tmp/dm-conformance.XXXXXX)}"
mkdir -p "$OUT"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT

if [ -z "$DLL" ]; then
  echo "== building the server"
  dotnet build "$ROOT/src/DockerMastery.Mcp" -c Release -nologo -v q >"$OUT/build.log" 2>&1 \
    || { cat "$OUT/build.log"; echo "0 passed, 1 failed"; exit 1; }
  DLL="$ROOT/src/DockerMastery.Mcp/bin/Release/net10.0/docker-mastery.dll"
fi
[ -f "$DLL" ] || { echo "run.sh: no server at $DLL" >&2; exit 2; }
DLL="$(readlink -f "$DLL")"

if [ ! -x "$HERE/node_modules/.bin/node" ] || [ "$HERE/package-lock.json" -nt "$HERE/node_modules" ]; then
  echo "== npm ci (pinned conformance, inspector-cli, sdk, node 22)"
  (cd "$HERE" && npm ci --no-audit --no-fund >"$OUT/npm.log" 2>&1) \
    || { cat "$OUT/npm.log"; echo "0 passed, 1 failed"; exit 1; }
fi
NODE="$HERE/node_modules/.bin/node"
CONFORMANCE="$HERE/node_modules/@modelcontextprotocol/conformance/dist/index.js"
INSPECTOR="$HERE/node_modules/@modelcontextprotocol/inspector-cli/build/index.js"
[ -f "$CONFORMANCE" ] || CONFORMANCE="$(readlink -f "$HERE/node_modules/.bin/conformance")"
"$NODE" -e 'require("fs").globSync || process.exit(1)' \
  || { echo "run.sh: $NODE is not Node 22+"; exit 2; }

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf 'PASS %-46s %s\n' "$1" "${2:-}"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL %-46s %s\n' "$1" "${2:-}"; }

CORE=(server-initialize ping tools-list resources-list prompts-list logging-set-level
  completion-complete)

conformance() { # transport url scenario...
  local transport="$1" url="$2" scenario log
  shift 2
  for scenario in "$@"; do
    log="$OUT/$transport-$scenario.log"
    if timeout 120 "$NODE" "$CONFORMANCE" server --url "$url" --scenario "$scenario" \
        -o "$OUT/results" >"$log" 2>&1 && grep -q ', 0 failed' "$log"; then
      pass "$transport conformance:$scenario" "$(grep -o 'Passed: [0-9/]*' "$log")"
    else
      fail "$transport conformance:$scenario" "see $log"
    fi
  done
}

inspector() { # transport expectation method [args...] -- target...
  local transport="$1" expect="$2" method="$3" log name
  shift 3
  local extra=()
  while [ "$1" != "--" ]; do extra+=("$1"); shift; done
  shift
  name="$transport inspector:$method${extra[1]:+ ${extra[1]}}"
  log="$OUT/$transport-inspector-${method//\//-}${extra[1]:+-${extra[1]}}.log"
  # inspector-cli finds its own package.json relative to the working directory.
  if (cd "$(dirname "$INSPECTOR")" && timeout 60 "$NODE" "$INSPECTOR" "$@" --method "$method" \
      "${extra[@]}") >"$log" 2>&1 \
      && grep -q "$expect" "$log" && ! grep -q '"isError": true' "$log"; then
    pass "$name" "found $expect"
  else
    fail "$name" "expected $expect; see $log"
  fi
}

inspect_all() { # transport target...
  local transport="$1"
  shift
  inspector "$transport" '"select_tier"' tools/list -- "$@"
  inspector "$transport" '"resources"' resources/list -- "$@"
  inspector "$transport" 'docker-mastery://references/{name}' resources/templates/list -- "$@"
  inspector "$transport" '"containerize"' prompts/list -- "$@"
  inspector "$transport" '"tier": 2' tools/call --tool-name select_tier \
    --tool-arg containerCount=4 registry=ghcr -- "$@"
  inspector "$transport" '"matches"' tools/call --tool-name search_skill \
    --tool-arg 'query=read-only root filesystem' -- "$@"
}

status_of() { # url origin [token]: the HTTP status of a ping POST (node's http, no curl needed)
  "$NODE" -e '
    const [url, origin, token] = process.argv.slice(1);
    const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
    if (origin) headers.origin = origin;
    if (token) headers.authorization = `Bearer ${token}`;
    const request = require("http").request(url, { method: "POST", headers }, (response) => {
      console.log(response.statusCode);
      response.resume();
    });
    request.on("error", () => console.log("error"));
    request.end(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }));
  ' "$1" "$2" "${3:-}"
}

start_http() { # name args... ; sets URL
  local name="$1" log="$OUT/$1-server.log" port=""
  shift
  dotnet "$DLL" serve --http --urls http://127.0.0.1:0 "$@" >"$OUT/$name-stdout.log" 2>"$log" &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    port="$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' | head -1)"
    [ -n "$port" ] && break
    sleep 0.2
  done
  [ -n "$port" ] || { fail "$name server-start" "see $log"; return 1; }
  URL="http://127.0.0.1:$port"
}

start_bridge() { # name args... ; sets BRIDGE
  local name="$1" portfile="$OUT/$1-bridge.port"
  shift
  rm -f "$portfile"
  "$NODE" "$HERE/bridge.mjs" "$@" --port-file "$portfile" --log "$OUT/$name-bridge.log" \
    --deadline 600 &
  PIDS+=($!)
  for _ in $(seq 1 50); do [ -s "$portfile" ] && break; sleep 0.2; done
  [ -s "$portfile" ] || { fail "$name bridge-start"; return 1; }
  BRIDGE="http://127.0.0.1:$(cat "$portfile")/mcp"
}

echo "== stdio (via bridge.mjs)"
if start_bridge stdio --stdio dotnet "$DLL" --log-level debug; then
  conformance stdio "$BRIDGE" "${CORE[@]}"
  polluted="$(grep -c 'pollution:' "$OUT/stdio-bridge.log")"
  [ "$polluted" = 0 ] && pass "stdio stdout-is-json-rpc-only" "at log level debug" \
    || fail "stdio stdout-is-json-rpc-only" "$polluted non-JSON-RPC lines"
fi
inspect_all stdio dotnet "$DLL"

echo "== streamable-http (stateful)"
if start_http http; then
  conformance streamable-http "$URL/mcp" "${CORE[@]}" dns-rebinding-protection \
    server-sse-multiple-streams
  inspect_all streamable-http "$URL/mcp" --transport http
  echo "== sse (legacy, via bridge.mjs)"
  if start_bridge sse --sse "$URL/mcp/sse"; then
    conformance sse "$BRIDGE" "${CORE[@]}"
  fi
  inspect_all sse "$URL/mcp/sse" --transport sse
fi

echo "== stateless"
if start_http stateless --stateless; then
  conformance stateless "$URL/mcp" "${CORE[@]}" dns-rebinding-protection
  inspect_all stateless "$URL/mcp" --transport http
fi

echo "== token"
TOKEN="conformance-$(date +%s%N)-token"
if DOCKER_MASTERY_TOKEN="$TOKEN" start_http token; then
  code="$(status_of "$URL/mcp" "")"
  [ "$code" = 401 ] && pass "token refused-without-token" "401" \
    || fail "token refused-without-token" "got $code"
  code="$(status_of "$URL/mcp" "https://evil.example" "$TOKEN")"
  [ "$code" = 403 ] && pass "token foreign-origin-refused" "403" \
    || fail "token foreign-origin-refused" "got $code"
  inspector token '"select_tier"' tools/list -- "$URL/mcp" --transport http \
    --header "Authorization: Bearer $TOKEN"
fi

echo
echo "logs: $OUT"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
