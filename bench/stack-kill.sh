#!/usr/bin/env bash
# Time for HAProxy to take a killed instance out: `backroom stack up --instances 2`, wrk reading
# GET /products/<sku> through HAProxy, `kill -9` one instance, poll `stack status --json` until HAProxy
# shows it DOWN. Prints the time, and wrk's count of failed requests (in flight on the killed instance).
# Writes only to a temp dir.   bench/stack-kill.sh [check-interval-ms=1000] [runs=3]
source "$(dirname "$0")/drill-common.sh"
interval=${1:-1000} runs=${2:-3}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
start_demo_database
sku=${SKUS%%,*}
dir=$work/stack
trap '"$backroom" stack down --dir "$dir" >/dev/null 2>&1 || true; cleanup' EXIT
listen=$((20000 + RANDOM % 20000))
"$backroom" stack up --instances 2 --no-channels --dir "$dir" --db "$DB" --listen "127.0.0.1:$listen" --rate-limit 0 \
    --check-interval "$interval" >/dev/null 2>"$work/stack.err" || { cat "$work/stack.err" >&2; exit 2; }
now_ms() { date +%s%3N; }
health_of() { "$backroom" stack status --json --dir "$dir" | python3 -c "
import json, sys
for p in json.load(sys.stdin)['parts']:
    if p['name'] == sys.argv[1]: print(p['health'] or '-', p['pid'])" "$1"; }

echo "run  taken_out_ms  wrk_requests  wrk_failed   (check every ${interval} ms, fall 2)"
for run in $(seq 1 "$runs"); do
    wrk -t1 -c8 -d6s "http://127.0.0.1:$listen/products/$sku" >"$work/wrk.out" 2>&1 &
    wrk_pid=$!
    sleep 1
    read -r _ pid < <(health_of "serve 1")
    kill -9 "$pid"
    start=$(now_ms)
    until [[ $(health_of "serve 1") == DOWN* ]]; do sleep 0.05; done
    taken=$(( $(now_ms) - start ))
    wait "$wrk_pid"
    total=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.out")
    failed=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\)/\1/p' "$work/wrk.out")
    errors=$(sed -n 's/^ *Socket errors: \(.*\)/\1/p' "$work/wrk.out")
    printf "%-4s %-13s %-13s %s %s\n" "$run" "$taken" "$total" "${failed:-0}" "${errors:+(socket errors: $errors)}"
    "$backroom" stack up --dir "$dir" >/dev/null 2>>"$work/stack.err"   # instance 1 comes back, rejoins
done
