#!/usr/bin/env bash
# One `backroom serve` measured with wrk against the same SQL run without HTTP, on the same cluster:
#   1. GET /products/{sku}  (wrk, bench/wrk_product.lua)  vs  pgbench -M prepared on the same query
#      (bench/pgbench_product_detail.sql).                              Goal: >= 0.5x
#   2. GET /health: the HTTP layer's own ceiling (one cheap query on the health pool).
#   3. POST /orders (wrk, bench/wrk_orders.lua)  vs  the same checkout over libpq (bench_drill --target
#      db, place_order prepared, same connections).                     Goal: >= 0.8x
#   4. Bulkheads: POST /orders alone, then while 48 more clients flood GET /search.  Goal: >= 0.8x
# Also prints serve's CPU per thread during 1 (is the single HTTP thread the limit?). serve runs with as
# many browse and checkout connections as wrk has sockets, and quiet (no NOTIFY per order) as the drill
# and pgbench are. Writes only to a temp dir.
#   bench/api-vs-pgbench.sh [connections=8] [seconds=10] [pairs=2]    (BACKROOM_DB: use that database;
#   SERVE_ARGS: extra `serve` options, e.g. "--busy-delay 0" to see the flood without the held 503s)
source "$(dirname "$0")/drill-common.sh"
connections=${1:-8} seconds=${2:-10} pairs=${3:-2}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
start_demo_database
export SKUS
port=$((20000 + RANDOM % 20000))
PGOPTIONS='-c backroom.quiet=on' "$backroom" serve --listen "127.0.0.1:$port" --db "$DB" --no-channels \
    --browse-pool "$connections" --checkout-pool "$connections" ${SERVE_ARGS:-} \
    >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
pids+=($serve_pid)
url=http://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -fs "$url/health" >/dev/null 2>&1 && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 2; }
    sleep 0.2
done

# wrk's requests/s (and a note when some answers were not 2xx/3xx).
wrk_rate() {
    local out
    out=$(wrk -t2 -c"$1" -d"${seconds}s" "${@:3}" "$url$2")
    grep -q 'Non-2xx' <<<"$out" && echo "  note: $2: $(grep 'Non-2xx' <<<"$out")" >&2
    sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' <<<"$out"
}
pgbench_tps() {
    pgbench -n -M prepared -j 2 -c "$connections" -T "$seconds" -D skus="{$SKUS}" -D n=20 -f "$1" "$DB" 2>&1 |
        sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p'
}
# CPU seconds per thread of serve, "tid comm utime+stime" in clock ticks.
thread_ticks() {
    for t in /proc/"$serve_pid"/task/*; do
        echo "$(basename "$t") $(tr ' ' '_' <"$t/comm") $(awk '{print $14 + $15}' "$t/stat")"
    done
}

echo "GET /products/{sku}: $connections connections, ${seconds}s, 20 SKUs"
echo "pair  api_req_s    pgbench_tps  ratio"
for pair in $(seq 1 "$pairs"); do
    thread_ticks >"$work/ticks.before"
    api=$(wrk_rate "$connections" / -s "$root/bench/wrk_product.lua")
    thread_ticks >"$work/ticks.after"
    pg=$(pgbench_tps "$root/bench/pgbench_product_detail.sql")
    printf "%-5s %-12s %-12s %s\n" "$pair" "$api" "$pg" "$(ratio "$api" "$pg")"
done
hz=$(getconf CLK_TCK)
echo "serve CPU during the last GET run (share of one core, busiest threads):"
join <(sort "$work/ticks.before") <(sort "$work/ticks.after") |
    awk -v hz="$hz" -v s="$seconds" '{ printf "  %-18s %.2f\n", $2, ($5 - $3) / hz / s }' | sort -k2 -rn | head -5

echo
echo "GET /health (the HTTP layer with one trivial query, 4 connections: its pool admits 4): $(wrk_rate 4 /health) req/s"

echo
echo "POST /orders: $connections connections, ${seconds}s, one unit of one of 20 SKUs"
echo "pair  api_req_s    direct_per_s ratio"
for pair in $(seq 1 "$pairs"); do
    api=$(wrk_rate "$connections" / -s "$root/bench/wrk_orders.lua")
    direct=$("$bench_drill" --target db --db "$DB" --connections "$connections" --buyers "$connections" \
                 --seconds "$seconds" --sku "$SKUS" --seed "$pair" | sed -n 's/^rate=\([0-9.]*\) .*/\1/p')
    printf "%-5s %-12s %-12s %s\n" "$pair" "$api" "$direct" "$(ratio "$api" "$direct")"
done

echo
echo "Bulkheads: POST /orders ($connections connections) alone, then with 48 clients flooding GET /search?q=shirt"
echo "pair  alone_req_s  flooded_req_s ratio  search_req_s"
for pair in $(seq 1 "$pairs"); do
    alone=$(wrk_rate "$connections" / -s "$root/bench/wrk_orders.lua")
    wrk -t1 -c48 -d"$((seconds + 2))s" "$url/search?q=shirt" >"$work/flood.out" 2>&1 &
    flood=$!
    sleep 1
    flooded=$(wrk_rate "$connections" / -s "$root/bench/wrk_orders.lua")
    wait "$flood" || true
    search=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$work/flood.out")
    printf "%-5s %-12s %-13s %-6s %s\n" "$pair" "$alone" "$flooded" "$(ratio "$flooded" "$alone")" "$search"
    grep 'Non-2xx' "$work/flood.out" | sed 's/^/  search flood: /' || true
done
