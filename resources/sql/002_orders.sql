-- 002: orders, their stock reservations (allocations), flash-sale buckets, and the checkout functions
-- place_order / pay_order / cancel_order / expire_reservations / flash_sale_on / flash_sale_off.
-- The rules live here so that every storefront sharing the database gets the same guarantee.
-- Isolation: everything is written for READ COMMITTED; see docs/checkout.md for why.
--
-- SQLSTATEs raised here (mapped to typed errors in core/orders/checkout.cpp):
--   BR001  out of stock (message names the SKU)                  -> OutOfStock
--   BR002  order is in the wrong state (paid twice, cancel paid)  -> Conflict
--   BR003  idempotency key reused with different lines            -> Conflict
--   55000  staff stock edit refused while a SKU is in flash sale   -> Conflict
--   22023  bad input (no lines, qty <= 0, ...)                    -> BadInput
--   P0002  unknown SKU or order                                   -> NotFound

CREATE TABLE orders (
    id               bigserial PRIMARY KEY,
    -- Same key twice -> the same order, created once (the unique index arbitrates concurrent tries).
    idempotency_key  text UNIQUE CHECK (idempotency_key <> '' AND length(idempotency_key) <= 200),
    channel          text NOT NULL DEFAULT 'web' CHECK (channel <> '' AND length(channel) <= 32),
    status           text NOT NULL DEFAULT 'reserved'
                     CHECK (status IN ('reserved', 'paid', 'picked', 'packed', 'shipped', 'cancelled', 'expired')),
    total_satang     bigint NOT NULL DEFAULT 0 CHECK (total_satang >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz,          -- set while reserved; NULL once paid
    paid_at          timestamptz,
    closed_at        timestamptz,          -- cancelled or expired
    close_reason     text,
    actor            text NOT NULL DEFAULT session_user,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orders_reserved_expires CHECK (status <> 'reserved' OR expires_at IS NOT NULL)
);
CREATE INDEX orders_expiry ON orders (expires_at) WHERE status = 'reserved';
CREATE INDEX orders_status ON orders (status, id);
CREATE INDEX orders_channel ON orders (channel, id);
CREATE INDEX orders_created ON orders (created_at, id);

CREATE TABLE order_line (
    order_id           bigint NOT NULL REFERENCES orders (id),
    line_no            integer NOT NULL,
    -- No foreign key to product on purpose: the FK check takes a KEY SHARE lock on the product row for
    -- every line, so on a hot SKU every concurrent buyer would join one MultiXact on that row -- the
    -- single-row queue flash-sale buckets exist to avoid. place_order is the only writer and takes
    -- product_id from product in the same statement; products are never deleted.
    product_id         bigint NOT NULL,
    qty                integer NOT NULL CHECK (qty > 0),
    unit_price_satang  bigint NOT NULL CHECK (unit_price_satang >= 0),
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, product_id)
);
CREATE INDEX order_line_product ON order_line (product_id);

-- A SKU in flash-sale mode. While this row exists its available stock sits in stock_bucket rows.
CREATE TABLE flash_sale (
    product_id  bigint PRIMARY KEY REFERENCES product (id),
    buckets     integer NOT NULL CHECK (buckets BETWEEN 1 AND 256),
    started_at  timestamptz NOT NULL DEFAULT now(),
    started_by  text NOT NULL
);

-- A bucket is a slice of one stock row's reservable units, NOT a second place where units live:
-- on_hand stays on the stock row (so its ledger stays exact), and the stock row's `reserved` includes
-- every bucket's whole allotment (so the stock row's CHECK still guards the units). Buyers take from
-- a bucket (taken += q) without touching the hot stock row; that is where the parallelism comes from.
--   stock.reserved = sum(open non-bucket allocations) + sum(bucket.allotted)
--   available shown to people = on_hand - reserved + sum(bucket.allotted - bucket.taken)
-- Bucket ids are never reused, so an allocation can point at a bucket after the sale ended: a missing
-- bucket means its units were merged back into the stock row's reserved.
CREATE TABLE stock_bucket (
    id          bigserial PRIMARY KEY,
    product_id  bigint NOT NULL,
    bin_id      integer NOT NULL,
    allotted    integer NOT NULL CHECK (allotted >= 0),
    taken       integer NOT NULL DEFAULT 0,
    CONSTRAINT stock_bucket_never_negative CHECK (taken >= 0 AND taken <= allotted),
    FOREIGN KEY (product_id, bin_id) REFERENCES stock (product_id, bin_id)
);
CREATE INDEX stock_bucket_item ON stock_bucket (product_id, bin_id);

-- Which stock rows (and buckets) hold an order's units, so pay/cancel/expiry release exactly those.
-- No foreign key to stock on purpose: the FK check would take a KEY SHARE lock on the hot stock row
-- for every order and turn it into a MultiXact hotspot; the rows are written only by place_order.
CREATE TABLE order_allocation (
    id          bigserial PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (id),
    product_id  bigint NOT NULL,
    bin_id      integer NOT NULL,
    bucket_id   bigint,          -- NULL: reserved on the stock row itself
    qty         integer NOT NULL CHECK (qty > 0)
);
CREATE INDEX order_allocation_order ON order_allocation (order_id);

-- Staff edits of on_hand (GUI, CLI, stocktake) are refused while the SKU is in flash sale: the units
-- are promised to buckets and a recount in the middle of the rush would have to re-slice them.
-- Sales (reason 'sale') go through.
CREATE FUNCTION stock_refuse_edit_in_flash_sale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_sku text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.on_hand = OLD.on_hand THEN
        RETURN NEW;
    END IF;
    IF coalesce(current_setting('backroom.reason', true), '') = 'sale' THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM flash_sale WHERE product_id = NEW.product_id) THEN
        SELECT sku INTO v_sku FROM product WHERE id = NEW.product_id;
        RAISE EXCEPTION 'SKU % is in flash-sale mode, so its stock cannot be edited now; run `backroom stock flash-sale % --off` first, then edit',
            v_sku, v_sku USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER stock_refuse_edit_in_flash_sale BEFORE INSERT OR UPDATE OF on_hand ON stock
    FOR EACH ROW EXECUTE FUNCTION stock_refuse_edit_in_flash_sale();

-- orders_changed can be silenced like stock_changed with backroom.quiet = on. NOTIFY takes a
-- database-wide lock from pre-commit until the commit is done, so every notifying transaction commits
-- one at a time (docs/bench-checkout.txt); bulk loads and drills that need no live screens run quiet.
CREATE FUNCTION notify_order_changed(p_order bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('backroom.quiet', true), '') <> 'on' THEN
        PERFORM pg_notify('orders_changed', p_order::text);
    END IF;
END $$;

-- Buyers in the bucket path hold a shared transaction-level advisory lock on the SKU; flash_sale_on/off
-- take it exclusively first, so --off waits for buyers in flight and new buyers wait for --off, and
-- neither ever waits for the other's buckets. Advisory locks live in the lock manager, not on a row, so
-- many shared holders do not build a MultiXact the way row share locks would. Lock order everywhere:
-- buckets in ascending id, then stock rows in (pick_seq, bin id). Remaining buyer/payer deadlocks
-- (rare) end in 40P01, which the C++ API retries.
CREATE FUNCTION flash_sale_lock_class() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 1112692307 $$;  -- 'BRFS'

CREATE FUNCTION reserve_line(p_order bigint, p_product bigint, p_sku text, p_qty integer)
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
        -- Measured under 64 concurrent buyers: a lock cycle over buckets is occasionally left undetected
        -- for 20-30 s (PostgreSQL runs its deadlock check once per wait). Bound every lock wait of this
        -- transaction instead: 55P03 rolls the whole order back, and callers retry it (the C++ API does).
        PERFORM set_config('lock_timeout', '2s', true);
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

CREATE FUNCTION place_order(p_lines jsonb, p_key text DEFAULT NULL, p_channel text DEFAULT 'web',
                            p_minutes integer DEFAULT 15, p_actor text DEFAULT NULL)
RETURNS TABLE (order_id bigint, replayed boolean)
LANGUAGE plpgsql AS $$
DECLARE
    v_id     bigint;
    v_total  bigint := 0;
    v_line   integer := 0;
    e        jsonb;
    l        record;
BEGIN
    IF p_lines IS NULL OR jsonb_typeof(p_lines) <> 'array' OR jsonb_array_length(p_lines) = 0 THEN
        RAISE EXCEPTION 'An order needs at least one line (sku and qty)' USING ERRCODE = '22023';
    END IF;
    FOR e IN SELECT * FROM jsonb_array_elements(p_lines) LOOP
        IF jsonb_typeof(e) <> 'object' OR jsonb_typeof(e->'sku') IS DISTINCT FROM 'string' OR e->>'sku' = '' THEN
            RAISE EXCEPTION 'Every order line needs a SKU' USING ERRCODE = '22023';
        END IF;
        IF jsonb_typeof(e->'qty') IS DISTINCT FROM 'number' OR (e->>'qty')::numeric <> trunc((e->>'qty')::numeric)
           OR (e->>'qty')::numeric < 1 OR (e->>'qty')::numeric > 1000000 THEN
            RAISE EXCEPTION 'Quantity for SKU % must be a whole number from 1 to 1000000, got %', e->>'sku', e->'qty'
                USING ERRCODE = '22023';
        END IF;
    END LOOP;
    IF p_minutes IS NULL OR p_minutes < 1 OR p_minutes > 10080 THEN
        RAISE EXCEPTION 'Reservation minutes must be from 1 to 10080, got %', p_minutes USING ERRCODE = '22023';
    END IF;
    IF p_channel IS NULL OR p_channel = '' THEN
        RAISE EXCEPTION 'An order needs a channel (web, shopee, lazada, ...)' USING ERRCODE = '22023';
    END IF;

    -- The order row first: with a key, a concurrent twin waits here on the unique index until this
    -- transaction ends, then either sees our order (we committed) or inserts its own (we rolled back).
    INSERT INTO orders (idempotency_key, channel, status, expires_at, actor)
    VALUES (nullif(p_key, ''), p_channel, 'reserved', now() + make_interval(mins => p_minutes),
            coalesce(p_actor, session_user))
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        SELECT o.id INTO v_id FROM orders o WHERE o.idempotency_key = p_key;
        -- A key names one order: the same key with other lines is a client bug, not a replay.
        IF EXISTS ((SELECT x->>'sku', sum((x->>'qty')::integer)::integer FROM jsonb_array_elements(p_lines) x GROUP BY 1
                    EXCEPT
                    SELECT p.sku, ol.qty FROM order_line ol JOIN product p ON p.id = ol.product_id WHERE ol.order_id = v_id)
                   UNION ALL
                   (SELECT p.sku, ol.qty FROM order_line ol JOIN product p ON p.id = ol.product_id WHERE ol.order_id = v_id
                    EXCEPT
                    SELECT x->>'sku', sum((x->>'qty')::integer)::integer FROM jsonb_array_elements(p_lines) x GROUP BY 1))
        THEN
            RAISE EXCEPTION 'Idempotency key % was already used for a different order (#%); use a new key for a new order',
                p_key, v_id USING ERRCODE = 'BR003';
        END IF;
        RETURN QUERY SELECT v_id, true;
        RETURN;
    END IF;

    -- Lines in product order so that concurrent multi-line orders lock rows in the same order.
    FOR l IN
        SELECT m.sku, m.qty, p.id AS product_id, p.price_satang
          FROM (SELECT x->>'sku' AS sku, sum((x->>'qty')::integer) AS qty
                  FROM jsonb_array_elements(p_lines) x GROUP BY 1) m
          LEFT JOIN product p ON p.sku = m.sku
         ORDER BY p.id NULLS FIRST
    LOOP
        IF l.product_id IS NULL THEN
            RAISE EXCEPTION 'Unknown SKU %', l.sku USING ERRCODE = 'P0002';
        END IF;
        v_line := v_line + 1;
        INSERT INTO order_line (order_id, line_no, product_id, qty, unit_price_satang)
        VALUES (v_id, v_line, l.product_id, l.qty, l.price_satang);
        PERFORM reserve_line(v_id, l.product_id, l.sku, l.qty::integer);
        v_total := v_total + l.qty * l.price_satang;
    END LOOP;

    UPDATE orders SET total_satang = v_total WHERE id = v_id;
    PERFORM notify_order_changed(v_id);
    RETURN QUERY SELECT v_id, false;
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

CREATE FUNCTION settle_allocations(p_order bigint, p_sell boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM settle_allocations_many(ARRAY[p_order], p_sell);
END $$;

-- Locks an order and checks it is still reserved; raises NotFound / BR002 otherwise.
CREATE FUNCTION lock_reserved_order(p_order bigint, p_action text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v_status text;
BEGIN
    SELECT status INTO v_status FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Order % does not exist', p_order USING ERRCODE = 'P0002';
    END IF;
    IF v_status = 'reserved' THEN
        RETURN v_status;
    END IF;
    IF p_action = 'pay' AND v_status IN ('cancelled', 'expired') THEN
        RAISE EXCEPTION 'Order % is %: its stock went back on sale, so it cannot be paid; place a new order',
            p_order, v_status USING ERRCODE = 'BR002';
    END IF;
    IF p_action = 'pay' THEN
        RAISE EXCEPTION 'Order % is already paid (status %); nothing was charged twice', p_order, v_status
            USING ERRCODE = 'BR002';
    END IF;
    IF v_status IN ('cancelled', 'expired') THEN
        RETURN v_status;   -- cancelling a closed order is a no-op: its stock is already back
    END IF;
    RAISE EXCEPTION 'Order % is % and cannot be cancelled here; refund it instead', p_order, v_status
        USING ERRCODE = 'BR002';
END $$;

-- An order whose reservation has run out can no longer be paid, even before the expiry sweep reaches
-- it: its units are about to go back on sale.
-- 009: an order whose reservation has run out can no longer be paid, even if the expiry sweep has not
-- reached it yet: its units are about to go back on sale. The sweep then releases it as usual.
CREATE FUNCTION pay_order(p_order bigint, p_actor text DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_expires timestamptz;
BEGIN
    PERFORM lock_reserved_order(p_order, 'pay');
    SELECT expires_at INTO v_expires FROM orders WHERE id = p_order;
    IF v_expires <= now() THEN
        RAISE EXCEPTION 'Order % cannot be paid: its reservation expired at %', p_order, v_expires
            USING ERRCODE = 'BR002';
    END IF;
    PERFORM set_config('backroom.reason', 'sale', true),
            set_config('backroom.ref', 'order:' || p_order, true),
            set_config('backroom.actor', coalesce(p_actor, session_user), true);
    PERFORM settle_allocations(p_order, true);
    UPDATE orders SET status = 'paid', paid_at = now(), expires_at = NULL, updated_at = now() WHERE id = p_order;
    PERFORM notify_order_changed(p_order);
END $$;

CREATE FUNCTION cancel_order(p_order bigint, p_reason text DEFAULT NULL, p_actor text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF lock_reserved_order(p_order, 'cancel') <> 'reserved' THEN
        RETURN;
    END IF;
    PERFORM settle_allocations(p_order, false);
    UPDATE orders SET status = 'cancelled', closed_at = now(), close_reason = coalesce(nullif(p_reason, ''), 'cancelled'),
                      updated_at = now()
     WHERE id = p_order;
    PERFORM notify_order_changed(p_order);
END $$;

-- Locks every expired reservation first (SKIP LOCKED: an order being paid right now is left to its
-- payer; several sweepers may run at once), then releases all their units in one sorted pass.
CREATE FUNCTION expire_reservations() RETURNS integer LANGUAGE plpgsql AS $$
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

CREATE FUNCTION flash_sale_off(p_sku text) RETURNS integer LANGUAGE plpgsql AS $$
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

CREATE FUNCTION flash_sale_on(p_sku text, p_buckets integer, p_actor text DEFAULT NULL)
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

-- What people see: the units of a stock row that are still free in its flash-sale buckets (they are
-- counted in stock.reserved but nobody has ordered them). 0 outside a flash sale.
CREATE VIEW stock_bucket_free AS
    SELECT product_id, bin_id, sum(allotted - taken)::integer AS free
      FROM stock_bucket GROUP BY product_id, bin_id;

-- The checkout invariants, for tests and drills: one row per violation, none when healthy.
--   ledger:    stock.on_hand = sum of its ledger deltas
--   reserved:  stock.reserved = open allocations on the row (incl. merged buckets) + bucket allotments
--   bucket:    bucket.taken = open allocations in that bucket
--   oversold:  units sold (ledger 'sale') <= units ever stocked (positive deltas)
CREATE FUNCTION checkout_violations()
RETURNS TABLE (kind text, product_id bigint, bin_id integer, detail text)
LANGUAGE sql STABLE AS $$
    SELECT 'ledger', s.product_id, s.bin_id, format('on_hand %s, ledger sum %s', s.on_hand, coalesce(l.total, 0))
      FROM stock s
      LEFT JOIN (SELECT product_id, bin_id, sum(delta) AS total FROM stock_ledger GROUP BY 1, 2) l
             USING (product_id, bin_id)
     WHERE s.on_hand <> coalesce(l.total, 0)
    UNION ALL
    SELECT 'reserved', s.product_id, s.bin_id,
           format('reserved %s, open allocations %s + bucket allotments %s', s.reserved, coalesce(x.q, 0), coalesce(y.q, 0))
      FROM stock s
      LEFT JOIN (SELECT a.product_id, a.bin_id, sum(a.qty) AS q
                   FROM order_allocation a JOIN orders o ON o.id = a.order_id
                  WHERE o.status = 'reserved'
                    AND NOT EXISTS (SELECT 1 FROM stock_bucket b WHERE b.id = a.bucket_id)
                  GROUP BY 1, 2) x USING (product_id, bin_id)
      LEFT JOIN (SELECT sb.product_id, sb.bin_id, sum(sb.allotted) AS q FROM stock_bucket sb GROUP BY 1, 2) y
             USING (product_id, bin_id)
     WHERE s.reserved <> coalesce(x.q, 0) + coalesce(y.q, 0)
    UNION ALL
    SELECT 'bucket', b.product_id, b.bin_id, format('bucket %s taken %s, open allocations %s', b.id, b.taken, coalesce(x.q, 0))
      FROM stock_bucket b
      LEFT JOIN (SELECT a.bucket_id, sum(a.qty) AS q FROM order_allocation a JOIN orders o ON o.id = a.order_id
                  WHERE o.status = 'reserved' GROUP BY 1) x ON x.bucket_id = b.id
     WHERE b.taken <> coalesce(x.q, 0)
    UNION ALL
    SELECT 'oversold', l.product_id, l.bin_id, format('sold %s, stocked %s', l.sold, l.stocked)
      FROM (SELECT g.product_id, g.bin_id, -sum(g.delta) FILTER (WHERE g.reason = 'sale') AS sold,
                   sum(g.delta) FILTER (WHERE g.delta > 0) AS stocked
              FROM stock_ledger g GROUP BY 1, 2) l
     WHERE coalesce(l.sold, 0) > coalesce(l.stocked, 0)
$$;
