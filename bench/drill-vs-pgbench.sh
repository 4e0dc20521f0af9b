#!/usr/bin/env bash
# The drill's database target against pgbench running the same statement (bench/pgbench_place_order.sql)
# with the same connections and duration, alternating pairs so that drift on a shared machine hits both.
# Prints each pair and the drill/pgbench ratio. Goal: >= 1.0x. Writes only to a temp dir.
#   bench/drill-vs-pgbench.sh [connections=4] [seconds=10] [pairs=3]     (BACKROOM_DB: use that database)
source "$(dirname "$0")/drill-common.sh"
connections=${1:-4} seconds=${2:-10} pairs=${3:-3}
start_demo_database

echo "pair  pgbench_tps  drill_per_s  ratio   ($connections connections, ${seconds}s, place_order, quiet)"
for pair in $(seq 1 "$pairs"); do
    pg=$(PGOPTIONS='-c backroom.quiet=on' pgbench -n -M prepared -j 1 -c "$connections" -T "$seconds" \
             -D skus="{$SKUS}" -D n=20 -f "$root/bench/pgbench_place_order.sql" "$DB" 2>&1 \
         | sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p')
    drill=$("$bench_drill" --target db --db "$DB" --connections "$connections" --buyers "$connections" \
                --seconds "$seconds" --sku "$SKUS" --seed "$pair" | sed -n 's/^rate=\([0-9.]*\) .*/\1/p')
    printf "%-5s %-12s %-12s %s\n" "$pair" "$pg" "$drill" "$(ratio "$drill" "$pg")"
done
