-- 007: buyers and flash-sale --on/--off exclude each other with an advisory lock per SKU.
--
-- 006 ordered bucket locks, but a locking SELECT keeps its lock on a row it then skips (the row
-- changed and no longer qualified), so a buyer can still hold one random bucket while waiting for
-- another, and --off (which locks every bucket) could close a cycle with it. Now a buyer in the
-- bucket path holds a shared transaction-level advisory lock on the SKU, and flash_sale_on/off take
-- it exclusively first: --off waits for the buyers in flight and new buyers wait for --off, and
-- neither ever waits for the other's buckets. An advisory lock lives in the lock manager, not on a
-- row, so the many shared holders do not build a MultiXact the way row share locks would.
-- Deadlocks that remain possible between buyers and payers (both rare) end in 40P01, which the C++
-- API retries.

CREATE FUNCTION flash_sale_lock_class() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 1112692307 $$;  -- 'BRFS'

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
        -- Shared with every other buyer, exclusive for --on/--off: the buckets are not re-sliced
        -- under us, and --off never waits for a bucket a buyer holds while the buyer waits for another.
        PERFORM pg_advisory_xact_lock_shared(flash_sale_lock_class(), hashint8(p_product));
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
    PERFORM pg_advisory_xact_lock(flash_sale_lock_class(), hashint8(v_product));
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

CREATE OR REPLACE FUNCTION flash_sale_on(p_sku text, p_buckets integer, p_actor text DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_product bigint;
    r record;
    v_free integer;
    i integer;
    n integer := 0;
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 256 THEN
        RAISE EXCEPTION 'Buckets must be from 1 to 256, got %', p_buckets USING ERRCODE = '22023';
    END IF;
    SELECT id INTO v_product FROM product WHERE sku = p_sku;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown SKU %', p_sku USING ERRCODE = 'P0002';
    END IF;
    PERFORM pg_advisory_xact_lock(flash_sale_lock_class(), hashint8(v_product));
    PERFORM flash_sale_off(p_sku);
    INSERT INTO flash_sale (product_id, buckets, started_by) VALUES (v_product, p_buckets, coalesce(p_actor, session_user));
    FOR r IN
        SELECT s.bin_id FROM stock s JOIN bin b ON b.id = s.bin_id
         WHERE s.product_id = v_product ORDER BY b.pick_seq, s.bin_id
    LOOP
        SELECT s.on_hand - s.reserved INTO v_free FROM stock s
         WHERE s.product_id = v_product AND s.bin_id = r.bin_id FOR NO KEY UPDATE;
        CONTINUE WHEN v_free <= 0;
        FOR i IN 0 .. p_buckets - 1 LOOP
            CONTINUE WHEN v_free / p_buckets + CASE WHEN i < v_free % p_buckets THEN 1 ELSE 0 END = 0;
            INSERT INTO stock_bucket (product_id, bin_id, allotted)
            VALUES (v_product, r.bin_id, v_free / p_buckets + CASE WHEN i < v_free % p_buckets THEN 1 ELSE 0 END);
            n := n + 1;
        END LOOP;
        UPDATE stock SET reserved = reserved + v_free, updated_at = now()
         WHERE product_id = v_product AND bin_id = r.bin_id;
    END LOOP;
    RETURN n;
END $$;
