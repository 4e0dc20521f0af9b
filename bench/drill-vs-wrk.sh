#!/usr/bin/env bash
# The drill's HTTP target against wrk on the same URL (GET /products/<sku>, the drill's browse pinned to
# one product) with the same number of keep-alive sockets, against one `backroom serve`, alternating
# pairs. Prints each pair and the drill/wrk ratio. Goal: >= 0.8x. Writes only to a temp dir.
#   bench/drill-vs-wrk.sh [sockets=64] [seconds=10] [pairs=3]     (BACKROOM_DB: use that database)
source "$(dirname "$0")/drill-common.sh"
sockets=${1:-64} seconds=${2:-10} pairs=${3:-3}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
start_demo_database
sku=${SKUS%%,*}
port=$((20000 + RANDOM % 20000))
"$backroom" serve --listen "127.0.0.1:$port" --db "$DB" --browse-limit 256 >"$work/serve.out" 2>"$work/serve.err" &
pids+=($!)
url=http://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -fs "$url/products/$sku" >/dev/null 2>&1 && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/serve.err" >&2; exit 2; }
    sleep 0.2
done

echo "pair  wrk_req_s    drill_per_s  ratio   ($sockets sockets, ${seconds}s, GET /products/$sku)"
for pair in $(seq 1 "$pairs"); do
    wrk_out=$(wrk -t1 -c"$sockets" -d"${seconds}s" "$url/products/$sku")
    w=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' <<<"$wrk_out")
    if grep -q 'Non-2xx' <<<"$wrk_out"; then echo "  wrk: $(grep 'Non-2xx' <<<"$wrk_out")"; fi
    drill_out=$("$bench_drill" --target http --url "$url" --sockets "$sockets" --buyers "$sockets" \
                    --mix 0,1,0 --browse-sku "$sku" --seconds "$seconds" --seed "$pair")
    d=$(sed -n 's/^rate=\([0-9.]*\) .*/\1/p' <<<"$drill_out")
    grep -q '^  error' <<<"$drill_out" && grep '^  error' <<<"$drill_out"
    printf "%-5s %-12s %-12s %s\n" "$pair" "$w" "$d" "$(ratio "$d" "$w")"
done
