-- pgbench twin of `backroom drill load`: one place_order per transaction for one unit of a random SKU
-- out of a list, channel 'drill', exactly the statement the drill prepares on each of its connections.
-- Run with the same connections, duration and SKUs as the drill (prepared once per connection; quiet as
-- the drill is by default, i.e. no NOTIFY per order):
--   PGOPTIONS='-c backroom.quiet=on' pgbench -n -M prepared -j 1 -c 4 -T 10 \
--       -D skus='{SKU1,SKU2,...}' -D n=20 -f bench/pgbench_place_order.sql "$BACKROOM_DB"
--   backroom drill load --buyers 4 --connections 4 --duration 10s --sku SKU1,SKU2,... --db "$BACKROOM_DB"
-- The SKU must have stock: pgbench stops a client at its first error (BR001 out of stock included).
\set i random(1, :n)
SELECT order_id FROM place_order(jsonb_build_array(jsonb_build_object('sku', (:skus::text[])[:i], 'qty', 1)), NULL, 'drill', 15, 'drill');
