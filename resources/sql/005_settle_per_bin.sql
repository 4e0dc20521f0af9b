-- 005: paying writes one ledger row per stock row, and every function locks bins in pick order.
--
-- settle_allocations applied each allocation on its own, so an order taken from several buckets of
-- one bin wrote several 'sale' ledger rows for that bin and updated the stock row several times.
-- Now the buckets are settled first, then each stock row once with the summed quantity. Stock rows
-- are locked in (pick_seq, bin_id) order, the order reserve_line takes them in, so a payment and a
-- reservation splitting across bins cannot lock two bins in opposite orders.

CREATE OR REPLACE FUNCTION settle_allocations(p_order bigint, p_sell boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a record;
    v_product bigint;
    v_rows jsonb;   -- bin_id -> units to settle on that stock row
BEGIN
    FOR v_product IN SELECT DISTINCT product_id FROM order_allocation WHERE order_id = p_order ORDER BY 1 LOOP
        v_rows := '{}';
        FOR a IN SELECT bin_id, bucket_id, qty FROM order_allocation
                  WHERE order_id = p_order AND product_id = v_product
                  ORDER BY bucket_id NULLS LAST, id
        LOOP
            IF a.bucket_id IS NOT NULL THEN
                IF p_sell THEN
                    UPDATE stock_bucket SET allotted = allotted - a.qty, taken = taken - a.qty WHERE id = a.bucket_id;
                ELSE
                    UPDATE stock_bucket SET taken = taken - a.qty WHERE id = a.bucket_id;
                END IF;
                -- Bucket still there: a release is done (the units are free in the bucket again); a sale
                -- still has to leave the stock row. Bucket gone: the sale ended and merged its units
                -- into the stock row's reserved, so treat it as a plain stock allocation.
                CONTINUE WHEN FOUND AND NOT p_sell;
            END IF;
            v_rows := v_rows || jsonb_build_object(a.bin_id::text, coalesce((v_rows->>a.bin_id::text)::integer, 0) + a.qty);
        END LOOP;
        FOR a IN SELECT r.key::integer AS bin_id, r.value::integer AS qty
                   FROM jsonb_each_text(v_rows) r JOIN bin b ON b.id = r.key::integer
                  ORDER BY b.pick_seq, b.id
        LOOP
            IF p_sell THEN
                UPDATE stock SET on_hand = on_hand - a.qty, reserved = reserved - a.qty, updated_at = now()
                 WHERE product_id = v_product AND bin_id = a.bin_id;
            ELSE
                UPDATE stock SET reserved = reserved - a.qty, updated_at = now()
                 WHERE product_id = v_product AND bin_id = a.bin_id;
            END IF;
        END LOOP;
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION flash_sale_off(p_sku text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_product bigint;
    r record;
    n integer := 0;
BEGIN
    SELECT id INTO v_product FROM product WHERE sku = p_sku;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown SKU %', p_sku USING ERRCODE = 'P0002';
    END IF;
    PERFORM 1 FROM flash_sale WHERE product_id = v_product FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    -- Buckets before stock rows, the order buyers lock them in; waits for in-flight buyers.
    PERFORM 1 FROM stock_bucket WHERE product_id = v_product ORDER BY id FOR UPDATE;
    FOR r IN
        SELECT sb.bin_id, sum(sb.allotted - sb.taken) AS free, count(*) AS buckets
          FROM stock_bucket sb JOIN bin b ON b.id = sb.bin_id
         WHERE sb.product_id = v_product GROUP BY sb.bin_id, b.pick_seq ORDER BY b.pick_seq, sb.bin_id
    LOOP
        UPDATE stock SET reserved = reserved - r.free, updated_at = now()
         WHERE product_id = v_product AND bin_id = r.bin_id;
        n := n + r.buckets;
    END LOOP;
    DELETE FROM stock_bucket WHERE product_id = v_product;
    DELETE FROM flash_sale WHERE product_id = v_product;
    RETURN n;
END $$;
