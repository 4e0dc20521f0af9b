-- pgbench reference for bench_stock_edit: the same transaction (read level + version, guarded write).
SELECT s.xmin::text AS v, s.on_hand AS q FROM stock s WHERE s.product_id = :pid AND s.bin_id = :bid \gset
SELECT applied FROM stock_set_guarded(:pid, :bid, :q + 1 - 2 * (:client_id % 2), (:v)::text::xid, 'pgbench', 'pgbench');
