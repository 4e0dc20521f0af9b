# Shared by bench/drill-vs-pgbench.sh and bench/drill-vs-wrk.sh (sourced, not run): a throwaway demo
# database in a temp dir (`backroom demo --headless --data-dir`), stopped and removed on exit, with
# plenty of stock on the first 20 SKUs so that no run meets "out of stock". Writes only under $work.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD:-$root/build}
backroom=$build/bin/backroom
bench_drill=$build/bin/bench_drill
[[ -x $backroom && -x $bench_drill ]] || { echo "build first: $backroom and $bench_drill are missing" >&2; exit 2; }

work=$(mktemp -d -t backroom-drill-bench.XXXXXX)
chmod 755 "$work"   # the embedded cluster runs as the postgres user when we are root
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Starts the demo database unless BACKROOM_DB names one; sets DB and SKUS.
start_demo_database() {
    if [[ -n ${BACKROOM_DB:-} ]]; then
        DB=$BACKROOM_DB
    else
        "$backroom" demo --headless --products 200 --data-dir "$work/demo" >"$work/demo.out" 2>"$work/demo.err" &
        pids+=($!)
        for _ in $(seq 1 240); do
            grep -q '^Demo database: ' "$work/demo.out" 2>/dev/null && break
            kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/demo.err" >&2; exit 2; }
            sleep 0.5
        done
        DB=$(sed -n 's/^Demo database: //p' "$work/demo.out")
        [[ -n $DB ]] || { echo "the demo database did not start" >&2; cat "$work/demo.err" >&2; exit 2; }
    fi
    SKUS=$(psql "$DB" -Atq -c "SELECT string_agg(sku, ',' ORDER BY sku) FROM (SELECT sku FROM product ORDER BY sku LIMIT 20) s")
    psql "$DB" -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT set_config('backroom.reason', 'receive', false);
UPDATE backroom_data.stock s SET on_hand = on_hand + 1000000
  FROM backroom_data.product p WHERE p.id = s.product_id AND p.sku = ANY (string_to_array('$SKUS', ','));
SQL
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
