-- pgbench twin of `GET /products/{sku}`: the store API's product query (core/store/catalog.cpp
-- kProductDetail) for a random SKU out of a list. Run prepared, as the API now runs it:
--   pgbench -n -M prepared -j 2 -c 8 -T 10 -D skus='{SKU1,SKU2,...}' -D n=20 \
--       -f bench/pgbench_product_detail.sql "$BACKROOM_DB"
\set i random(1, :n)
SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang,
       coalesce(sum(s.on_hand - s.reserved + coalesce(fb.free, 0)), 0)::bigint, coalesce(p.barcode, ''),
       coalesce(sum(s.on_hand), 0)::bigint, coalesce(sum(s.reserved - coalesce(fb.free, 0)), 0)::bigint,
       count(s.bin_id)
FROM product p LEFT JOIN stock s ON s.product_id = p.id
LEFT JOIN stock_bucket_free fb ON fb.product_id = s.product_id AND fb.bin_id = s.bin_id
WHERE p.sku = (:skus::text[])[:i] GROUP BY p.id, p.sku, p.name, p.name_th, p.price_satang, p.barcode;
