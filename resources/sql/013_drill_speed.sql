-- 013: the shoot-out's set-up between runs, set-based. drill_hot_skus (009) cancelled the previous
-- run's open drill orders one cancel_order() at a time (a plpgsql call, a lock, a settle and a
-- notification per order: ~1.5 s per 800 orders, ~20 s after a 10 s bucket run). Now it locks them all
-- in id order, settles their allocations in one sorted pass (settle_allocations_many, as
-- expire_reservations and drill_cleanup do), closes them with one UPDATE and sends one orders_changed
-- '*' (listeners re-read). Same signature, result, SQLSTATEs and grants as 009. docs/drill.md has the
-- before/after figures; docs/roles.md THE RULE: all of it in this file.
--
-- SQLSTATEs: 22023 bad counts or units; 55000 units of a drill SKU are free outside bin DRILL.

CREATE OR REPLACE FUNCTION drill_hot_skus(p_count integer, p_units integer) RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_bin integer;
    v_skus text[] := '{}';
    v_products bigint[] := '{}';
    v_open bigint[];
    v_elsewhere integer;
    v_reserved integer;
    i integer;
BEGIN
    IF p_count IS NULL OR p_count < 1 OR p_count > 99 THEN
        RAISE EXCEPTION 'Hot SKUs must be from 1 to 99, got %', p_count USING ERRCODE = '22023';
    END IF;
    IF p_units IS NULL OR p_units < 0 OR p_units > 100000000 THEN
        RAISE EXCEPTION 'Units per hot SKU must be from 0 to 100000000, got %', p_units USING ERRCODE = '22023';
    END IF;
    INSERT INTO bin (code, zone, pick_seq) VALUES ('DRILL', 'DRILL', 2000000000) ON CONFLICT (code) DO NOTHING;
    SELECT id INTO v_bin FROM bin WHERE code = 'DRILL';

    -- 1. The products exist and no flash sale runs on them (its buckets merge back into the stock row).
    FOR i IN 1 .. p_count LOOP
        v_skus := v_skus || ('DRILL-HOT-' || lpad(i::text, 2, '0'));
        INSERT INTO product (sku, name, name_th, price_satang)
        VALUES (v_skus[i], 'Drill hot item ' || i, 'สินค้าซ้อมขายดี ' || i, 9900)
        ON CONFLICT (sku) DO NOTHING;
        v_products := v_products || (SELECT id FROM product WHERE sku = v_skus[i]);
        PERFORM flash_sale_off(v_skus[i]);
    END LOOP;

    -- 2. Every open drill order holding any of them, cancelled at once. Locked in id order like
    --    expire_reservations; an order paid or cancelled meanwhile drops out on the status re-check.
    --    Only channel 'drill': a web or marketplace order is never touched.
    SELECT array_agg(id ORDER BY id) INTO v_open FROM (
        SELECT o.id FROM orders o
         WHERE o.channel = 'drill' AND o.status = 'reserved'
           AND EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.product_id = ANY (v_products))
         ORDER BY o.id FOR UPDATE OF o) x;
    IF v_open IS NOT NULL THEN
        PERFORM settle_allocations_many(v_open, false);
        UPDATE orders SET status = 'cancelled', closed_at = now(), close_reason = 'drill reset', updated_at = now()
         WHERE id = ANY (v_open);
        PERFORM notify_coalesced('orders_changed', '*');
    END IF;

    -- 3. Exactly p_units available per SKU: available = on_hand - reserved over all bins; the DRILL bin
    --    absorbs the difference.
    PERFORM set_config('backroom.reason', 'drill', true),
            set_config('backroom.ref', 'drill:hot-skus', true),
            set_config('backroom.actor', '', true);
    FOR i IN 1 .. p_count LOOP
        PERFORM 1 FROM stock s JOIN bin b ON b.id = s.bin_id WHERE s.product_id = v_products[i]
          ORDER BY b.pick_seq, s.bin_id FOR NO KEY UPDATE OF s;
        SELECT coalesce(sum(s.on_hand - s.reserved), 0) INTO v_elsewhere FROM stock s
         WHERE s.product_id = v_products[i] AND s.bin_id <> v_bin;
        SELECT coalesce(max(s.reserved), 0) INTO v_reserved FROM stock s
         WHERE s.product_id = v_products[i] AND s.bin_id = v_bin;
        IF p_units - v_elsewhere < 0 THEN
            RAISE EXCEPTION 'SKU % has % units free outside bin DRILL; move them first', v_skus[i], v_elsewhere
                USING ERRCODE = '55000';
        END IF;
        INSERT INTO stock AS s (product_id, bin_id, on_hand) VALUES (v_products[i], v_bin, v_reserved + p_units - v_elsewhere)
        ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = EXCLUDED.on_hand, updated_at = now()
         WHERE s.on_hand IS DISTINCT FROM EXCLUDED.on_hand;
        RETURN NEXT v_skus[i];
    END LOOP;
END $$;

-- THE RULE (docs/roles.md), restated although CREATE OR REPLACE keeps the owner and the grants.
REVOKE EXECUTE ON FUNCTION drill_hot_skus(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION drill_hot_skus(integer, integer) TO backroom_owner;
