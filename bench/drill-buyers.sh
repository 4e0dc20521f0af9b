#!/usr/bin/env bash
# Many thinking buyers on one drill thread: the closed model with `buyers` virtual buyers and `think`
# ms between orders, first on the database target (16 connections), then over HTTP against one
# `backroom serve` (256 sockets), for `seconds` each. Prints achieved rate, latency and peak memory
# (docs/drill-engine.md). Writes only to a temp dir.
#   bench/drill-buyers.sh [buyers=20000] [think=1000] [seconds=30]     (BACKROOM_DB: use that database)
source "$(dirname "$0")/drill-common.sh"
buyers=${1:-20000} think=${2:-1000} seconds=${3:-30}
start_demo_database
port=$((20000 + RANDOM % 20000))
"$backroom" serve --listen "127.0.0.1:$port" --db "$DB" --checkout-limit 256 >"$work/serve.out" 2>"$work/serve.err" &
pids+=($!)
url=http://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -fs "$url/products?per_page=1" >/dev/null 2>&1 && break
    sleep 0.2
done
echo "== database target, 16 connections"
"$bench_drill" --target db --db "$DB" --connections 16 --buyers "$buyers" --think-ms "$think" \
    --seconds "$seconds" --sku "$SKUS"
echo "== HTTP target, 256 sockets, backroom serve (default pools: 4 checkout connections)"
"$bench_drill" --target http --url "$url" --sockets 256 --buyers "$buyers" --think-ms "$think" \
    --seconds "$seconds" --sku "$SKUS"
