-- 006: no deadlocks between flash-sale buyers, payers, the expiry sweep and --off.
--
-- Found by tst_orders (invariantsHoldWhileFlashSaleToggles): a buyer held one random bucket and then
-- waited for another random one, while --off (or a payer, or another buyer) held the second and
-- waited for the first. The rule now: nobody waits for a bucket while holding another bucket of the
-- same SKU out of order.
--   - A line is taken whole from ONE bucket that can serve it (random, SKIP LOCKED; if all such are
--     held, wait for a random one while holding none).
--   - Only if no single bucket can serve it, it is taken across buckets in ascending id order.
--   - Payers, cancels, the expiry sweep and --off lock buckets in ascending id order too; the sweep
--     settles all its expired orders in one sorted pass instead of order by order.
-- Stock rows come after buckets, in (pick_seq, bin id) order, everywhere.

CREATE OR REPLACE FUNCTION reserve_line(p_order bigint, p_product bigint, p_sku text, p_qty integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    remaining integer := p_qty;
    v_bin     integer;
    v_bucket  bigint;
    v_take    integer;
    v_avail   integer;
BEGIN
    IF EXISTS (SELECT 1 FROM flash_sale WHERE product_id = p_product) THEN
        -- The whole line from one random bucket nobody else holds right now.
        WITH pick AS (
            SELECT id FROM stock_bucket
             WHERE product_id = p_product AND allotted - taken >= p_qty
             ORDER BY random() LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED)
        UPDATE stock_bucket b SET taken = b.taken + p_qty
          FROM pick WHERE b.id = pick.id AND b.allotted - b.taken >= p_qty
        RETURNING b.bin_id, b.id INTO v_bin, v_bucket;
        IF NOT FOUND THEN
            -- Every bucket that could serve it is held by an in-flight buyer, who may take less or
            -- roll back: wait for a random one (holding no bucket of this SKU, so no cycle).
            WITH pick AS (
                SELECT id FROM stock_bucket
                 WHERE product_id = p_product AND allotted - taken >= p_qty
                 ORDER BY random() LIMIT 1 FOR NO KEY UPDATE)
            UPDATE stock_bucket b SET taken = b.taken + p_qty
              FROM pick WHERE b.id = pick.id AND b.allotted - b.taken >= p_qty
            RETURNING b.bin_id, b.id INTO v_bin, v_bucket;
        END IF;
        IF FOUND THEN
            INSERT INTO order_allocation (order_id, product_id, bin_id, bucket_id, qty)
            VALUES (p_order, p_product, v_bin, v_bucket, p_qty);
            RETURN;
        END IF;
        -- No single bucket can serve the line: take across buckets, in id order.
        FOR v_bucket IN
            SELECT id FROM stock_bucket WHERE product_id = p_product AND taken < allotted ORDER BY id
        LOOP
            SELECT bin_id, allotted - taken INTO v_bin, v_avail FROM stock_bucket
             WHERE id = v_bucket FOR NO KEY UPDATE;
            v_take := least(remaining, v_avail);
            CONTINUE WHEN v_take IS NULL OR v_take <= 0;
            UPDATE stock_bucket SET taken = taken + v_take WHERE id = v_bucket;
            INSERT INTO order_allocation (order_id, product_id, bin_id, bucket_id, qty)
            VALUES (p_order, p_product, v_bin, v_bucket, v_take);
            remaining := remaining - v_take;
            EXIT WHEN remaining = 0;
        END LOOP;
        IF remaining = 0 THEN
            RETURN;
        END IF;
    END IF;

    -- The whole (rest of the) line from one bin: one guarded statement. If the chosen row changed
    -- while we waited for its lock, READ COMMITTED re-evaluates the condition on the new version (and
    -- the LIMIT moves on to the next bin if it no longer qualifies).
    WITH target AS (
        SELECT s.bin_id FROM stock s JOIN bin b ON b.id = s.bin_id
         WHERE s.product_id = p_product AND s.on_hand - s.reserved >= remaining
         ORDER BY b.pick_seq, s.bin_id LIMIT 1 FOR NO KEY UPDATE OF s)
    UPDATE stock s SET reserved = s.reserved + remaining, updated_at = now()
      FROM target t
     WHERE s.product_id = p_product AND s.bin_id = t.bin_id AND s.on_hand - s.reserved >= remaining
    RETURNING s.bin_id INTO v_bin;
    IF FOUND THEN
        INSERT INTO order_allocation (order_id, product_id, bin_id, qty) VALUES (p_order, p_product, v_bin, remaining);
        RETURN;
    END IF;

    -- No single bin has it all: take what each bin has, in pick order, each under its row lock.
    FOR v_bin IN
        SELECT s.bin_id FROM stock s JOIN bin b ON b.id = s.bin_id
         WHERE s.product_id = p_product AND s.on_hand > s.reserved
         ORDER BY b.pick_seq, s.bin_id
    LOOP
        SELECT s.on_hand - s.reserved INTO v_avail FROM stock s
         WHERE s.product_id = p_product AND s.bin_id = v_bin FOR NO KEY UPDATE;
        v_take := least(remaining, v_avail);
        CONTINUE WHEN v_take <= 0;
        UPDATE stock s SET reserved = s.reserved + v_take, updated_at = now()
         WHERE s.product_id = p_product AND s.bin_id = v_bin AND s.on_hand - s.reserved >= v_take;
        INSERT INTO order_allocation (order_id, product_id, bin_id, qty) VALUES (p_order, p_product, v_bin, v_take);
        remaining := remaining - v_take;
        EXIT WHEN remaining = 0;
    END LOOP;
    IF remaining > 0 THEN
        RAISE EXCEPTION 'Out of stock: SKU % has % available, the order asked for %', p_sku, p_qty - remaining, p_qty
            USING ERRCODE = 'BR001';
    END IF;
END $$;

-- Settles the allocations of several orders in one sorted pass: per product, buckets in id order,
-- then each stock row once with the summed quantity, in pick order. p_sell: see settle_allocations.
CREATE FUNCTION settle_allocations_many(p_orders bigint[], p_sell boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a record;
    v_product bigint;
    v_rows jsonb;   -- bin_id -> units to settle on that stock row
BEGIN
    FOR v_product IN SELECT DISTINCT product_id FROM order_allocation WHERE order_id = ANY (p_orders) ORDER BY 1 LOOP
        v_rows := '{}';
        FOR a IN SELECT bin_id, bucket_id, qty FROM order_allocation
                  WHERE order_id = ANY (p_orders) AND product_id = v_product
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

CREATE OR REPLACE FUNCTION settle_allocations(p_order bigint, p_sell boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM settle_allocations_many(ARRAY[p_order], p_sell);
END $$;

-- Locks every expired reservation first (SKIP LOCKED: an order being paid right now is left to its
-- payer; several sweepers may run at once), then releases all their units in one sorted pass.
CREATE OR REPLACE FUNCTION expire_reservations() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_ids bigint[];
    v_id bigint;
BEGIN
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT id FROM orders WHERE status = 'reserved' AND expires_at <= now()
         ORDER BY id FOR UPDATE SKIP LOCKED) expired;
    IF v_ids IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM settle_allocations_many(v_ids, false);
    UPDATE orders SET status = 'expired', closed_at = now(), close_reason = 'reservation expired', updated_at = now()
     WHERE id = ANY (v_ids);
    FOREACH v_id IN ARRAY v_ids LOOP
        PERFORM notify_order_changed(v_id);
    END LOOP;
    RETURN cardinality(v_ids);
END $$;
