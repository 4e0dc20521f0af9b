-- 003: checkout hot paths, measured with bench/bench_checkout (docs/bench-checkout.txt).
--
-- 1. order_line.product_id loses its foreign key. The FK check takes a KEY SHARE lock on the product
--    row for every order line, so on a hot SKU every concurrent buyer joins one MultiXact on that
--    product row, which is exactly the single-row queue flash-sale buckets exist to avoid. place_order
--    is the only writer of order_line and takes product_id from the product table in the same
--    statement; products are never deleted (stock rows reference them).
-- 2. reserve_line: when every non-empty bucket is held, wait on a random one rather than the first,
--    so that waiters spread over the buckets instead of forming one queue.

ALTER TABLE order_line DROP CONSTRAINT order_line_product_id_fkey;

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
        WHILE remaining > 0 LOOP
            -- A random bucket nobody else holds right now.
            WITH pick AS (
                SELECT id, allotted - taken AS free FROM stock_bucket
                 WHERE product_id = p_product AND taken < allotted
                 ORDER BY random() LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED)
            UPDATE stock_bucket b SET taken = b.taken + least(remaining, pick.free)
              FROM pick WHERE b.id = pick.id AND b.allotted - b.taken >= least(remaining, pick.free)
            RETURNING b.bin_id, b.id, least(remaining, pick.free) INTO v_bin, v_bucket, v_take;
            IF NOT FOUND THEN
                -- Every non-empty bucket is held by an in-flight buyer who may take less than the bucket
                -- holds or roll back: wait for one rather than report a false "out of stock". A random
                -- one, so that waiters spread over the buckets instead of queueing on the first.
                WITH pick AS (
                    SELECT id, allotted - taken AS free FROM stock_bucket
                     WHERE product_id = p_product AND taken < allotted
                     ORDER BY random() LIMIT 1 FOR NO KEY UPDATE)
                UPDATE stock_bucket b SET taken = b.taken + least(remaining, pick.free)
                  FROM pick WHERE b.id = pick.id AND b.allotted - b.taken >= least(remaining, pick.free)
                RETURNING b.bin_id, b.id, least(remaining, pick.free) INTO v_bin, v_bucket, v_take;
                EXIT WHEN NOT FOUND;
            END IF;
            INSERT INTO order_allocation (order_id, product_id, bin_id, bucket_id, qty)
            VALUES (p_order, p_product, v_bin, v_bucket, v_take);
            remaining := remaining - v_take;
        END LOOP;
        IF remaining = 0 THEN
            RETURN;
        END IF;
    END IF;

    -- The whole line from one bin: one guarded statement. If the chosen row changed while we waited
    -- for its lock, READ COMMITTED re-evaluates the condition on the new version (and the LIMIT moves
    -- on to the next bin if it no longer qualifies).
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

