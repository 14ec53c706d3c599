#!/usr/bin/env bash
# Throughput of the public events API and the static "what's on" page against a minimal endpoint serving the same bytes.
# Aim: each at least 0.4 of the baseline's requests per second.
#
#   bench/events.sh [app base URL] [hub slug]      (the app running with demo data, e.g. dotnet run --project src/IntegrationHubs.Web)
#
# Needs wrk. Runs 30 s per URL with 2 threads and 32 connections (set DURATION, THREADS, CONNECTIONS to change).
set -euo pipefail
BASE="${1:-http://localhost:5000}"
SLUG="${2:-leipzig-ost}"
DURATION="${DURATION:-30s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"
PORT="${BASELINE_PORT:-5099}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"; trap 'kill "${baseline_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2}'; }

dotnet build "$here/Baseline" -c Release -v q -o "$work/baseline" >/dev/null

compare() {
    local name="$1" url="$2" type="$3"
    curl -fsS "$url" -o "$work/$name.body"
    BASELINE_FILE="$work/$name.body" BASELINE_TYPE="$type" ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$work/baseline/Baseline.dll" &
    baseline_pid=$!
    sleep 2
    local app base
    app="$(rps "$url")"
    base="$(rps "http://127.0.0.1:$PORT/")"
    kill "$baseline_pid"; wait "$baseline_pid" 2>/dev/null || true
    awk -v n="$name" -v a="$app" -v b="$base" -v bytes="$(wc -c < "$work/$name.body")" \
        'BEGIN { r = a / b; printf "%-22s %8.0f rps   baseline %8.0f rps   ratio %.2f %s  (%d bytes)\n", n, a, b, r, (r >= 0.4 ? "ok" : "BELOW 0.4"), bytes }'
}

compare "api-events-json" "$BASE/api/v1/hubs/$SLUG/events" "application/json"
compare "api-events-ics" "$BASE/api/v1/hubs/$SLUG/events.ics" "text/calendar"
compare "page-hub-events" "$BASE/hubs/$SLUG/events" "text/html"
