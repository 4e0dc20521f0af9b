#!/usr/bin/env bash
# GET /products/<sku> (and /search?q=shirt) with wrk: one `backroom serve` direct, then N instances behind
# HAProxy (`backroom stack up --instances N`), then the same through PgBouncer, on the same demo database.
# Prints requests/s and latency for each. Writes only to a temp dir (stacks included).
#   bench/stack-wrk.sh [connections=8] [seconds=10] [instances="2 3"]   (BACKROOM_DB: use that database)
source "$(dirname "$0")/drill-common.sh"
connections=${1:-8} seconds=${2:-10} counts=${3:-"2 3"}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "haproxy is missing (apt-get install haproxy)" >&2; exit 2; }
start_demo_database
sku=${SKUS%%,*}

stacks=()
stop_stacks() { for dir in "${stacks[@]}"; do "$backroom" stack down --dir "$dir" >/dev/null 2>&1 || true; done; }
trap 'stop_stacks; cleanup' EXIT

measure() {   # label url
    for path in "/products/$sku" "/search?q=shirt"; do
        wrk -t2 -c"$connections" -d2s "$2$path" >/dev/null   # warm-up: pools, plans, caches
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2$path")
        rate=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' <<<"$out")
        p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
        p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
        bad=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\)/\1/p' <<<"$out")
        printf "%-28s %-22s %10s %9s %9s %8s\n" "$1" "GET ${path%%\?*}" "$rate" "$p50" "$p99" "${bad:-0}"
    done
}

printf "%-28s %-22s %10s %9s %9s %8s\n" setup request req/s p50 p99 non-2xx
port=$((20000 + RANDOM % 20000))
"$backroom" serve --listen "127.0.0.1:$port" --db "$DB" --browse-limit 256 >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
pids+=("$serve_pid")
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 2; }
    sleep 0.2
done
measure "1 serve, direct" "http://127.0.0.1:$port"
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true

for n in $counts; do
    for pool in direct pgbouncer; do
        dir=$work/stack-$n-$pool
        stacks+=("$dir")
        listen=$((20000 + RANDOM % 20000))
        extra=(); [[ $pool == pgbouncer ]] && extra=(--pgbouncer)
        "$backroom" stack up --instances "$n" --dir "$dir" --db "$DB" --listen "127.0.0.1:$listen" --rate-limit 0 \
            "${extra[@]}" >/dev/null 2>"$work/stack.err" || { cat "$work/stack.err" >&2; exit 2; }
        measure "$n serve, HAProxy, $pool" "http://127.0.0.1:$listen"
        "$backroom" stack down --dir "$dir" >/dev/null 2>&1
    done
done
echo "($connections connections, ${seconds}s each, $(nproc) cores; the instances, HAProxy, PgBouncer, PostgreSQL and wrk share them)"
