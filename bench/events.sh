#!/usr/bin/env bash
# Throughput of the public events API and the static "what's on" page against a minimal endpoint serving the same bytes.
# Aim: each at least 0.4 of the baseline's requests per second.
#
#   bench/events.sh [app base URL] [hub slug]      (the app running with demo data, e.g. dotnet run --project src/IntegrationHubs.Web)
#
# Needs wrk. Per URL, a warm-up of each side (WARMUP, 5 s), then ROUNDS rounds (default 3) of app then baseline, each 10 s with 2 threads and 32 connections (set
# DURATION, THREADS, CONNECTIONS to change); the figure is the median of each side, so a burst of other work on the
# machine during one run moves neither side far.
set -euo pipefail
BASE="${1:-http://localhost:5000}"
SLUG="${2:-leipzig-ost}"
DURATION="${DURATION:-10s}"; ROUNDS="${ROUNDS:-3}"; WARMUP="${WARMUP:-5s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"
PORT="${BASELINE_PORT:-5099}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"; trap 'kill "${baseline_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2}'; }

dotnet build "$here/Baseline" -c Release -v q -o "$work/baseline" >/dev/null

compare() {
    local name="$1" url="$2" type="$3"
    curl -fsS "$url" -o "$work/$name.body"
    BASELINE_FILE="$work/$name.body" BASELINE_TYPE="$type" ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$work/baseline/Baseline.dll" &
    baseline_pid=$!
    sleep 2
    local apps=() bases=() app base
    # Warm both up first, so neither is measured while the JIT still compiles its hot path.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$PORT/" >/dev/null
    for _ in $(seq "$ROUNDS"); do
        apps+=("$(rps "$url")")
        bases+=("$(rps "http://127.0.0.1:$PORT/")")
    done
    app="$(median "${apps[@]}")"; base="$(median "${bases[@]}")"
    kill "$baseline_pid"; wait "$baseline_pid" 2>/dev/null || true
    awk -v n="$name" -v a="$app" -v b="$base" -v bytes="$(wc -c < "$work/$name.body")" \
        'BEGIN { r = a / b; printf "%-22s %8.0f rps   baseline %8.0f rps   ratio %.2f %s  (%d bytes, median of '"$ROUNDS"')\n", n, a, b, r, (r >= 0.4 ? "ok" : "BELOW 0.4"), bytes }'
}

compare "api-events-json" "$BASE/api/v1/hubs/$SLUG/events" "application/json"
compare "api-events-ics" "$BASE/api/v1/hubs/$SLUG/events.ics" "text/calendar"
compare "page-hub-events" "$BASE/hubs/$SLUG/events" "text/html"
