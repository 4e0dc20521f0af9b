-- pgbench reference for bench_stock_edit: exactly the statements Backroom sends (readLevel, setOnHand),
-- so the difference from bench_stock_edit's own figures is client-side cost (libpq + Qt conversions).
SELECT s.product_id, s.bin_id, p.sku, p.name, coalesce(p.name_th, '') AS th, b.code, s.on_hand AS q,
       (s.reserved - coalesce(fb.free, 0)) AS r, s.xmin::text AS v
  FROM stock s JOIN product p ON p.id = s.product_id JOIN bin b ON b.id = s.bin_id
  LEFT JOIN stock_bucket_free fb ON fb.product_id = s.product_id AND fb.bin_id = s.bin_id
 WHERE s.product_id = :pid AND s.bin_id = :bid \gset
SELECT g.applied, g.on_hand, g.reserved, g.version, p.sku, p.name, coalesce(p.name_th, ''), b.code
  FROM stock_set_guarded(:pid, :bid, :q + 1 - 2 * (:client_id % 2), (:v)::text::xid, 'pgbench', 'pgbench') g,
       product p, bin b WHERE p.id = :pid AND b.id = :bid;
