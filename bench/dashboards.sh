#!/usr/bin/env bash
# The cross-site dashboard on the tier M network (20 municipalities, 200 hubs, 300,000 members, 1,000,000 bookings,
# 2,000,000 RSVPs) side by side with the same aggregates as hand-written SQL through Npgsql, in one BenchmarkDotNet run.
# Aims: p95 of one answer <= 200 ms, and within 1.5x the hand-written SQL (the Ratio column).
#
#   bench/dashboards.sh            loads tier M first if it is not there (about five minutes, once), then runs
#
# The database: BENCH_CONNECTION, else the local development cluster's integrationhubs_tier_m (.data/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
connection=()
[ -n "${BENCH_CONNECTION:-}" ] && connection=(--connection "$BENCH_CONNECTION")
dotnet run -c Release --project tools/IntegrationHubs.DataGen -- --tier M "${connection[@]}"
dotnet run -c Release --project bench/IntegrationHubs.Benchmarks -- --filter '*DashboardBenchmarks*' --artifacts "$(pwd)/bench/results" "$@"
