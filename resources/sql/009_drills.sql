-- 009: flash-sale buckets finished (no lock cycle, no lock_timeout band-aid), coalesced stock and order
-- notifications, and the SQL side of the load drill (hot SKUs, the shoot-out's FOR UPDATE and xmin
-- checkout variants, cleanup of drill orders, saved runs). docs/buckets.md explains the why and the
-- measurements; docs/roles.md lists the grants (THE RULE: all of it in this file).
--
-- SQLSTATEs raised here (besides the checkout's own, see 002):
--   40001  drill_place_order_xmin: the stock row changed since drill_stock_version read it
--   22023  bad input (counts, units, lines, run kind)
--   P0002  unknown SKU / no stock row
--   55000  drill_hot_skus: a drill SKU's units are reserved by a real (non-drill) order

-- ---------------------------------------------------------------------------------------------------
-- 1. Buckets without a lock cycle.
--
-- Why the old reserve_line could cycle: in READ COMMITTED a row-locking statement (SELECT ... FOR NO
-- KEY UPDATE, with or without SKIP LOCKED, and a plain UPDATE as well) that meets a row changed by a
-- transaction which committed after its snapshot locks the NEWEST version of the row first and only
-- then re-checks its WHERE clause on it. When the row no longer qualifies (the bucket was emptied
-- meanwhile) the statement moves on -- to the next row, or to no row at all -- but the lock stays until
-- the end of the transaction (PostgreSQL 15: ExecLockRows / ExecUpdate, table_tuple_lock with
-- TUPLE_LOCK_FLAG_FIND_LAST_VERSION, then EvalPlanQual). So buyer A could keep a lock on bucket X it
-- skipped while waiting for bucket Y, and buyer B keep a lock on Y while waiting for X: a cycle made of
-- buckets neither of them took. Verified by hand on 15.18: an UPDATE ... WHERE id = 1 AND allotted -
-- taken >= 1 that waited and then found the bucket empty reports UPDATE 0 but pgrowlocks still shows
-- its "For No Key Update" lock on the row.
--
-- The rule now: every attempt to take from one bucket runs in its own subtransaction
-- (bucket_try_take); when it does not take, the subtransaction is rolled back, and PostgreSQL releases
-- row locks taken inside a rolled-back subtransaction. A buyer therefore waits for a bucket only while
-- holding no bucket of that SKU it did not take (and buckets of other SKUs only in product order), so
-- bucket waits cannot form a cycle and no lock_timeout is needed to end one.

-- Takes up to p_want units from bucket p_bucket, but only if at least p_min are free in it. p_wait:
-- wait for a buyer holding the bucket (false: skip it at once). Returns the units taken (0: nothing,
-- and no lock left behind) and the bucket's bin.
CREATE FUNCTION backroom_data.bucket_try_take(p_bucket bigint, p_want integer, p_min integer, p_wait boolean,
                                              OUT taken integer, OUT bin integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_free integer;
BEGIN
    taken := 0;
    BEGIN
        -- The WHERE names only the key, which never changes, so the re-check after a wait cannot fail:
        -- the lock is on a row we then read at its newest version.
        IF p_wait THEN
            SELECT b.allotted - b.taken, b.bin_id INTO v_free, bin FROM stock_bucket b
             WHERE b.id = p_bucket FOR NO KEY UPDATE;
        ELSE
            SELECT b.allotted - b.taken, b.bin_id INTO v_free, bin FROM stock_bucket b
             WHERE b.id = p_bucket FOR NO KEY UPDATE SKIP LOCKED;
        END IF;
        IF NOT FOUND THEN
            RETURN;   -- held by another buyer (skip) or gone: nothing locked
        END IF;
        IF v_free < p_min OR v_free <= 0 THEN
            RAISE EXCEPTION 'bucket % has % free', p_bucket, v_free USING ERRCODE = 'BR900';
        END IF;
        taken := least(p_want, v_free);
        UPDATE stock_bucket SET taken = stock_bucket.taken + bucket_try_take.taken WHERE id = p_bucket;
    EXCEPTION WHEN SQLSTATE 'BR900' THEN
        taken := 0;   -- the rollback of this block released our lock on the bucket
    END;
END $$;

CREATE OR REPLACE FUNCTION backroom_data.reserve_line(p_order bigint, p_product bigint, p_sku text, p_qty integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    remaining integer := p_qty;
    v_candidates bigint[];
    v_bucket  bigint;
    v_got     record;
    v_bin     integer;
    v_avail   integer;
    v_take    integer;
    v_rounds  integer := 0;
BEGIN
    IF EXISTS (SELECT 1 FROM flash_sale WHERE product_id = p_product) THEN
        -- Shared with every other buyer, exclusive for --on/--off: the buckets are not re-sliced
        -- under us, and --off never waits for a bucket a buyer holds while the buyer waits for another.
        PERFORM pg_advisory_xact_lock_shared(flash_sale_lock_class(), hashint8(p_product));
        -- Candidates are read without any lock; each is then tried alone (bucket_try_take), so a
        -- bucket we do not take is never left locked. First pass: skip buckets other buyers hold.
        -- Second pass: wait for one (holding no bucket of this SKU), re-reading the candidates after
        -- every miss; each miss means another buyer took units, so the loop ends.
        LOOP
            SELECT array_agg(id) INTO v_candidates FROM (
                SELECT id FROM stock_bucket
                 WHERE product_id = p_product AND allotted - taken >= p_qty
                 ORDER BY random() LIMIT 16) c;
            EXIT WHEN v_candidates IS NULL;
            FOREACH v_bucket IN ARRAY v_candidates LOOP
                v_got := bucket_try_take(v_bucket, p_qty, p_qty, v_rounds > 0);
                IF v_got.taken = p_qty THEN
                    INSERT INTO order_allocation (order_id, product_id, bin_id, bucket_id, qty)
                    VALUES (p_order, p_product, v_got.bin, v_bucket, p_qty);
                    RETURN;
                END IF;
                EXIT WHEN v_rounds > 0;   -- waited for one and missed: re-read the candidates
            END LOOP;
            v_rounds := v_rounds + 1;
            EXIT WHEN v_rounds > 64;
        END LOOP;
        -- No single bucket can serve the line: take across buckets, in id order, waiting for each.
        FOR v_bucket IN
            SELECT id FROM stock_bucket WHERE product_id = p_product AND taken < allotted ORDER BY id
        LOOP
            v_got := bucket_try_take(v_bucket, remaining, 1, true);
            CONTINUE WHEN v_got.taken = 0;
            INSERT INTO order_allocation (order_id, product_id, bin_id, bucket_id, qty)
            VALUES (p_order, p_product, v_got.bin, v_bucket, v_got.taken);
            remaining := remaining - v_got.taken;
            EXIT WHEN remaining = 0;
        END LOOP;
        IF remaining = 0 THEN
            RETURN;
        END IF;
    END IF;

    -- The whole (rest of the) line from one bin: one guarded statement. If the chosen row changed
    -- while we waited for its lock, READ COMMITTED re-evaluates the condition on the new version (and
    -- the LIMIT moves on to the next bin if it no longer qualifies). Stock rows of one product are
    -- always locked in (pick_seq, bin id) order, so a lock kept on a skipped row here is ordered too.
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

-- ---------------------------------------------------------------------------------------------------
-- 2. Coalesced notifications.
--
-- NOTIFY takes a database-wide lock from pre-commit until the commit is done, so every notifying
-- transaction commits one at a time. Now at most one transaction per channel and per min_gap (100 ms)
-- notifies; the others skip without waiting for anything. Whoever notifies sends the keys it changed
-- (stock: 'product:bin', up to 20, then '*'; orders: the order id), and listeners refresh what they
-- show once more about min_gap later, which catches the changes of the transactions that skipped.
-- A transaction alone in its interval (a staff edit) still notifies its own row at once.
CREATE TABLE backroom_data.notify_gate (
    channel    text PRIMARY KEY,
    min_gap    interval NOT NULL DEFAULT '100 milliseconds' CHECK (min_gap >= interval '0'),
    last_sent  timestamptz NOT NULL DEFAULT '-infinity'
);
INSERT INTO backroom_data.notify_gate (channel) VALUES ('stock_changed'), ('orders_changed');
REVOKE ALL ON backroom_data.notify_gate FROM PUBLIC;

-- True when this transaction notifies on p_channel. Decided once per transaction (kept in the
-- transaction-local setting backroom.gate_<channel>): the gate is open when min_gap has passed since
-- the last notification and nobody else holds the gate row; the winner moves last_sent to now and keeps
-- the row locked until it commits. Never waits: the row is read without a lock and locked SKIP LOCKED.
CREATE FUNCTION backroom_data.notify_gate_open(p_channel text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    v_setting text := 'backroom.gate_' || p_channel;
    v_state text := coalesce(current_setting(v_setting, true), '');
    v_due boolean;
    v_open boolean := false;
BEGIN
    IF v_state <> '' THEN
        RETURN v_state = 'open';
    END IF;
    SELECT g.last_sent + g.min_gap <= clock_timestamp() INTO v_due FROM notify_gate g WHERE g.channel = p_channel;
    IF NOT FOUND THEN
        v_open := true;    -- a channel without a gate notifies every time
    ELSIF v_due THEN
        PERFORM 1 FROM notify_gate g WHERE g.channel = p_channel FOR NO KEY UPDATE SKIP LOCKED;
        IF FOUND THEN
            UPDATE notify_gate g SET last_sent = clock_timestamp()
             WHERE g.channel = p_channel AND g.last_sent + g.min_gap <= clock_timestamp();
            v_open := FOUND;
        END IF;
    END IF;
    PERFORM set_config(v_setting, CASE WHEN v_open THEN 'open' ELSE 'shut' END, true);
    RETURN v_open;
END $$;

-- NOTIFY p_channel with p_payload if this transaction passes the gate; after 20 payloads in one
-- transaction a single '*' (refresh everything shown) replaces the rest. Silent with backroom.quiet = on.
CREATE FUNCTION backroom_data.notify_coalesced(p_channel text, p_payload text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_count_setting text := 'backroom.sent_' || p_channel;
    n integer;
BEGIN
    IF coalesce(current_setting('backroom.quiet', true), '') = 'on' OR NOT notify_gate_open(p_channel) THEN
        RETURN;
    END IF;
    n := coalesce(nullif(current_setting(v_count_setting, true), '')::integer, 0) + 1;
    PERFORM set_config(v_count_setting, n::text, true);
    IF n <= 20 THEN
        PERFORM pg_notify(p_channel, p_payload);
    ELSIF n = 21 THEN
        PERFORM pg_notify(p_channel, '*');
    END IF;
END $$;

-- The ledger trigger no longer notifies; the deferred triggers below do, at commit time, so that the
-- gate's decision is taken as late as possible (just before the commit it announces).
CREATE OR REPLACE FUNCTION backroom_data.stock_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d integer;
    v_note text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.on_hand <> 0 OR OLD.reserved <> 0 THEN
            RAISE EXCEPTION 'stock row (%,%) still holds % units; set it to 0 first',
                OLD.product_id, OLD.bin_id, OLD.on_hand USING ERRCODE = '23514';
        END IF;
        RETURN OLD;
    END IF;
    d := NEW.on_hand - CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.on_hand END;
    IF d <> 0 OR TG_OP = 'INSERT' THEN
        v_note := nullif(current_setting('backroom.actor', true), '');
        INSERT INTO stock_ledger (product_id, bin_id, delta, on_hand_after, reason, ref, actor, note)
        VALUES (NEW.product_id, NEW.bin_id, d, NEW.on_hand,
                coalesce(nullif(current_setting('backroom.reason', true), ''), 'unspecified'),
                nullif(current_setting('backroom.ref', true), ''),
                session_user,
                CASE WHEN v_note IS DISTINCT FROM session_user::text THEN v_note END);
    END IF;
    RETURN NEW;
END $$;

-- Stock rows and bucket takes (a flash-sale order changes what is available without touching the
-- stock row) both announce 'product:bin' on stock_changed. SECURITY DEFINER although internal: a
-- deferred trigger fires at commit, after the SECURITY DEFINER function that changed the row has
-- returned, so it would otherwise run as the job role, which may not even look into backroom_data.
CREATE FUNCTION backroom_data.stock_notify_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM notify_coalesced('stock_changed', NEW.product_id || ':' || NEW.bin_id);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER stock_notify_at_commit AFTER INSERT OR UPDATE OF on_hand, reserved ON backroom_data.stock
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (coalesce(current_setting('backroom.quiet', true), '') <> 'on')
    EXECUTE FUNCTION backroom_data.stock_notify_at_commit();
CREATE CONSTRAINT TRIGGER stock_bucket_notify_at_commit AFTER UPDATE OF taken ON backroom_data.stock_bucket
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (coalesce(current_setting('backroom.quiet', true), '') <> 'on')
    EXECUTE FUNCTION backroom_data.stock_notify_at_commit();

-- Same signature as before (place/pay/cancel/expire and later migrations call it), now through the
-- gate. It is called as the last step of those functions, so its decision is close to their commit.
CREATE OR REPLACE FUNCTION backroom_data.notify_order_changed(p_order bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM notify_coalesced('orders_changed', p_order::text);
END $$;

-- ---------------------------------------------------------------------------------------------------
-- 3. The load drill's SQL (core/drills). Drill orders have channel 'drill'; they can be removed
-- without touching any other order (drill_cleanup).

-- Validated, merged lines of an order in product order (as place_order takes them); raises 22023 for
-- malformed lines and P0002 for an unknown SKU.
CREATE FUNCTION backroom_data.drill_order_lines(p_lines jsonb)
RETURNS TABLE (sku text, qty integer, product_id bigint, price_satang bigint)
LANGUAGE plpgsql AS $$
DECLARE
    e jsonb;
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
    SELECT x->>'sku' INTO sku FROM jsonb_array_elements(p_lines) x
     WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.sku = x->>'sku') LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Unknown SKU %', sku USING ERRCODE = 'P0002';
    END IF;
    RETURN QUERY
        SELECT m.sku, m.qty::integer, p.id, p.price_satang
          FROM (SELECT x->>'sku' AS sku, sum((x->>'qty')::integer) AS qty
                  FROM jsonb_array_elements(p_lines) x GROUP BY 1) m
          JOIN product p ON p.sku = m.sku
         ORDER BY p.id;
END $$;

-- A new reserved drill order (15 minutes), no lines yet.
CREATE FUNCTION backroom_data.drill_order_create() RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO orders (channel, status, expires_at, actor)
    VALUES ('drill', 'reserved', now() + interval '15 minutes', session_user)
    RETURNING id
$$;

CREATE FUNCTION drill_hot_skus(p_count integer, p_units integer) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    v_bin integer;
    v_sku text;
    v_product bigint;
    v_order bigint;
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
    FOR i IN 1 .. p_count LOOP
        v_sku := 'DRILL-HOT-' || lpad(i::text, 2, '0');
        INSERT INTO product (sku, name, name_th, price_satang)
        VALUES (v_sku, 'Drill hot item ' || i, 'สินค้าซ้อมขายดี ' || i, 9900)
        ON CONFLICT (sku) DO NOTHING;
        SELECT id INTO v_product FROM product WHERE sku = v_sku;
        PERFORM flash_sale_off(v_sku);
        FOR v_order IN
            SELECT DISTINCT o.id FROM orders o JOIN order_line l ON l.order_id = o.id
             WHERE o.channel = 'drill' AND o.status = 'reserved' AND l.product_id = v_product ORDER BY o.id
        LOOP
            PERFORM cancel_order(v_order, 'drill reset', 'drill');
        END LOOP;
        -- Available = on_hand - reserved over all bins; the DRILL bin absorbs the difference.
        PERFORM 1 FROM stock s JOIN bin b ON b.id = s.bin_id WHERE s.product_id = v_product
          ORDER BY b.pick_seq, s.bin_id FOR NO KEY UPDATE OF s;
        SELECT coalesce(sum(s.on_hand - s.reserved), 0) INTO v_elsewhere FROM stock s
         WHERE s.product_id = v_product AND s.bin_id <> v_bin;
        SELECT coalesce(max(s.reserved), 0) INTO v_reserved FROM stock s
         WHERE s.product_id = v_product AND s.bin_id = v_bin;
        IF p_units - v_elsewhere < 0 THEN
            RAISE EXCEPTION 'SKU % has % units free outside bin DRILL; move them first', v_sku, v_elsewhere
                USING ERRCODE = '55000';
        END IF;
        PERFORM set_config('backroom.reason', 'drill', true),
                set_config('backroom.ref', 'drill:hot-skus', true),
                set_config('backroom.actor', '', true);
        INSERT INTO stock AS s (product_id, bin_id, on_hand) VALUES (v_product, v_bin, v_reserved + p_units - v_elsewhere)
        ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = EXCLUDED.on_hand, updated_at = now()
         WHERE s.on_hand IS DISTINCT FROM EXCLUDED.on_hand;
        RETURN NEXT v_sku;
    END LOOP;
END $$;

-- The shoot-out's classic locking: per line, lock the SKU's stock rows (FOR UPDATE), read, check,
-- then write reserved. Same contract as place_order (BR001, all lines or none), channel 'drill'.
CREATE FUNCTION drill_place_order_for_update(p_lines jsonb) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
    v_total bigint := 0;
    v_line integer := 0;
    v_free integer;
    v_take integer;
    remaining integer;
    l record;
    r record;
BEGIN
    v_id := drill_order_create();
    FOR l IN SELECT * FROM drill_order_lines(p_lines) LOOP
        v_line := v_line + 1;
        INSERT INTO order_line (order_id, line_no, product_id, qty, unit_price_satang)
        VALUES (v_id, v_line, l.product_id, l.qty, l.price_satang);
        SELECT coalesce(sum(x.free), 0) INTO v_free FROM (
            SELECT s.on_hand - s.reserved AS free FROM stock s JOIN bin b ON b.id = s.bin_id
             WHERE s.product_id = l.product_id ORDER BY b.pick_seq, s.bin_id FOR UPDATE OF s) x;
        IF v_free < l.qty THEN
            RAISE EXCEPTION 'Out of stock: SKU % has % available, the order asked for %', l.sku, greatest(v_free, 0), l.qty
                USING ERRCODE = 'BR001';
        END IF;
        remaining := l.qty;
        FOR r IN SELECT s.bin_id, s.on_hand - s.reserved AS free FROM stock s JOIN bin b ON b.id = s.bin_id
                  WHERE s.product_id = l.product_id AND s.on_hand > s.reserved ORDER BY b.pick_seq, s.bin_id
        LOOP
            v_take := least(remaining, r.free);
            UPDATE stock SET reserved = reserved + v_take, updated_at = now()
             WHERE product_id = l.product_id AND bin_id = r.bin_id;
            INSERT INTO order_allocation (order_id, product_id, bin_id, qty) VALUES (v_id, l.product_id, r.bin_id, v_take);
            remaining := remaining - v_take;
            EXIT WHEN remaining = 0;
        END LOOP;
        v_total := v_total + l.qty * l.price_satang;
    END LOOP;
    UPDATE orders SET total_satang = v_total WHERE id = v_id;
    PERFORM notify_order_changed(v_id);
    RETURN v_id;
END $$;

-- The shoot-out's optimistic read: the SKU's bin with the most available units, that stock row's
-- version (xmin) and its available units. No lock.
CREATE FUNCTION drill_stock_version(p_sku text, OUT bin_id integer, OUT version xid, OUT available integer)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
    SELECT s.bin_id, s.xmin, s.on_hand - s.reserved INTO bin_id, version, available
      FROM stock s JOIN product p ON p.id = s.product_id JOIN bin b ON b.id = s.bin_id
     WHERE p.sku = p_sku
     ORDER BY s.on_hand - s.reserved DESC, b.pick_seq, s.bin_id LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown SKU % (or it has no stock row)', p_sku USING ERRCODE = 'P0002';
    END IF;
END $$;

-- The seed's xmin approach, for the shoot-out: one line, reserved in p_bin only if that stock row is
-- still the version drill_stock_version read (else 40001 "stock row changed": read again and retry).
CREATE FUNCTION drill_place_order_xmin(p_lines jsonb, p_bin integer, p_version xid) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
    l record;
    v_xmin xid;
    v_free integer;
BEGIN
    IF jsonb_typeof(p_lines) = 'array' AND jsonb_array_length(p_lines) > 1 THEN
        RAISE EXCEPTION 'drill_place_order_xmin takes exactly one line' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO l FROM drill_order_lines(p_lines);
    v_id := drill_order_create();
    INSERT INTO order_line (order_id, line_no, product_id, qty, unit_price_satang)
    VALUES (v_id, 1, l.product_id, l.qty, l.price_satang);
    UPDATE stock s SET reserved = s.reserved + l.qty, updated_at = now()
     WHERE s.product_id = l.product_id AND s.bin_id = p_bin AND s.xmin = p_version
       AND s.on_hand - s.reserved >= l.qty;
    IF NOT FOUND THEN
        SELECT s.xmin, s.on_hand - s.reserved INTO v_xmin, v_free FROM stock s
         WHERE s.product_id = l.product_id AND s.bin_id = p_bin;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'SKU % has no stock row in bin %', l.sku, p_bin USING ERRCODE = 'P0002';
        END IF;
        IF v_xmin IS DISTINCT FROM p_version THEN
            RAISE EXCEPTION 'stock row changed' USING ERRCODE = '40001';
        END IF;
        RAISE EXCEPTION 'Out of stock: SKU % has % available, the order asked for %', l.sku, greatest(v_free, 0), l.qty
            USING ERRCODE = 'BR001';
    END IF;
    INSERT INTO order_allocation (order_id, product_id, bin_id, qty) VALUES (v_id, l.product_id, p_bin, l.qty);
    UPDATE orders SET total_satang = l.qty * l.price_satang WHERE id = v_id;
    PERFORM notify_order_changed(v_id);
    RETURN v_id;
END $$;

-- Cancels every open drill order (releasing reservations and bucket units as cancel_order does), then
-- deletes the drill orders that were never paid, with their lines, allocations and payment attempts.
-- Paid drill orders stay: their units really left through the ledger. Returns the orders removed.
CREATE FUNCTION drill_cleanup() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_open bigint[];
    v_gone bigint[];
BEGIN
    SELECT array_agg(id ORDER BY id) INTO v_open FROM (
        SELECT id FROM orders WHERE channel = 'drill' AND status = 'reserved' ORDER BY id FOR UPDATE) o;
    IF v_open IS NOT NULL THEN
        PERFORM settle_allocations_many(v_open, false);
        UPDATE orders SET status = 'cancelled', closed_at = now(), close_reason = 'drill cleanup', updated_at = now()
         WHERE id = ANY (v_open);
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_gone FROM (
        SELECT id FROM orders
         WHERE channel = 'drill' AND paid_at IS NULL AND status IN ('cancelled', 'expired')
         ORDER BY id FOR UPDATE) o;
    IF v_gone IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM payment_attempt WHERE order_id = ANY (v_gone);
    DELETE FROM order_allocation WHERE order_id = ANY (v_gone);
    DELETE FROM order_line WHERE order_id = ANY (v_gone);
    DELETE FROM orders WHERE id = ANY (v_gone);
    PERFORM notify_coalesced('orders_changed', '*');
    RETURN cardinality(v_gone);
END $$;

-- Saved drill runs (core/drills/runstore.h): parameters and report as JSON, compared side by side.
CREATE TABLE backroom_data.drill_run (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('load', 'shootout', 'chaos')),
    scenario     text,
    started_at   timestamptz,
    finished_at  timestamptz NOT NULL DEFAULT now(),
    passed       boolean,
    actor        text NOT NULL DEFAULT session_user,
    params       jsonb,
    report       jsonb
);
CREATE INDEX drill_run_finished ON backroom_data.drill_run (finished_at DESC, id DESC);
REVOKE ALL ON backroom_data.drill_run FROM PUBLIC;
CREATE VIEW public.drill_run AS SELECT * FROM backroom_data.drill_run;

CREATE FUNCTION drill_run_save(p_kind text, p_scenario text, p_params jsonb, p_report jsonb, p_passed boolean,
                               p_started timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('load', 'shootout', 'chaos') THEN
        RAISE EXCEPTION 'A drill run is a load, shootout or chaos run, got %', coalesce(p_kind, 'nothing')
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO drill_run (kind, scenario, started_at, passed, params, report)
    VALUES (p_kind, p_scenario, p_started, p_passed, p_params, p_report)
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

-- THE RULE (docs/roles.md): fixed search_path everywhere, entry points SECURITY DEFINER, nobody by
-- default, then exactly the owner.
ALTER FUNCTION backroom_data.bucket_try_take(bigint, integer, integer, boolean)
    SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.reserve_line(bigint, bigint, text, integer)
    SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.notify_gate_open(text) SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.notify_coalesced(text, text) SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.stock_record_change() SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.stock_notify_at_commit()
    SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.notify_order_changed(bigint) SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.drill_order_lines(jsonb) SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION backroom_data.drill_order_create() SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION drill_hot_skus(integer, integer)
    SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION drill_place_order_for_update(jsonb)
    SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION drill_stock_version(text)
    SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION drill_place_order_xmin(jsonb, integer, xid)
    SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION drill_cleanup() SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;
ALTER FUNCTION drill_run_save(text, text, jsonb, jsonb, boolean, timestamptz)
    SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp;

REVOKE EXECUTE ON FUNCTION backroom_data.bucket_try_take(bigint, integer, integer, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.reserve_line(bigint, bigint, text, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.notify_gate_open(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.notify_coalesced(text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.stock_record_change() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.stock_notify_at_commit() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.notify_order_changed(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.drill_order_lines(jsonb) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.drill_order_create() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION drill_hot_skus(integer, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION drill_place_order_for_update(jsonb) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION drill_stock_version(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION drill_place_order_xmin(jsonb, integer, xid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION drill_cleanup() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION drill_run_save(text, text, jsonb, jsonb, boolean, timestamptz) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION drill_hot_skus(integer, integer) TO backroom_owner;
GRANT EXECUTE ON FUNCTION drill_place_order_for_update(jsonb) TO backroom_owner;
GRANT EXECUTE ON FUNCTION drill_stock_version(text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION drill_place_order_xmin(jsonb, integer, xid) TO backroom_owner;
GRANT EXECUTE ON FUNCTION drill_cleanup() TO backroom_owner;
GRANT EXECUTE ON FUNCTION drill_run_save(text, text, jsonb, jsonb, boolean, timestamptz) TO backroom_owner;
GRANT SELECT ON drill_run TO backroom_owner;
