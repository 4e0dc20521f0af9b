-- 012: the warehouse flow (issue 17): waves of paid orders, pick tasks in walking order, claim and
-- scan-to-confirm, short picks, packing check, shipping, and cancelling an order the warehouse holds.
-- docs/warehouse.md explains the flow; core/warehouse/warehouse.h is the typed C++ face.
--
-- Where units are. pay_order already took the sold units off on_hand (ledger reason 'sale', ref
-- order:N) from the bins order_allocation names, so a paid order's units are still on the shelf but no
-- longer in on_hand. Picking therefore moves no stock; a short pick moves the sale to another bin
-- (reason 'short pick', ref order:N: +n where the units were missing, -n where they are taken now)
-- and writes the missing units off the bin they were missing from (reason 'stocktake', ref
-- short-pick:task:T): that bin's on_hand ends where it was, the other bin's drops, nothing is created
-- or lost, and ledger = on_hand for every stock row. Cancelling an order the warehouse holds puts its
-- units back (reason 'cancel' for units still on the shelf, 'return' for picked units, ref order:N).
--
-- Lock order everywhere: pick tasks by id, then orders by id, then stock rows in (pick_seq, bin id),
-- like checkout.
--
-- SQLSTATEs raised here (mapped to typed errors in core/warehouse/warehouse.cpp):
--   BRW01  wrong bin scanned                                   -> BadInput
--   BRW02  wrong or unknown item scanned                       -> BadInput
--   BRW03  task claimed by another picker                      -> Conflict
--   BRW04  wrong state (wave not released, task done, order not picked, ...) -> Conflict
--   BRW05  packing does not match the order (missing / extra)  -> Conflict
--   22023  bad input (quantity, empty tracking, scan id)       -> BadInput
--   P0002  unknown wave, task, order or bin; no orders to wave -> NotFound

CREATE TABLE backroom_data.wave (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status       text NOT NULL DEFAULT 'created' CHECK (status IN ('created', 'released', 'closed')),
    cutoff       timestamptz NOT NULL,
    channel      text,              -- NULL = every channel; the channel names the carrier for now
    zone         text,              -- NULL = every zone
    created_by   text NOT NULL DEFAULT session_user,
    note         text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    released_at  timestamptz,
    closed_at    timestamptz
);

-- An order is in at most one open wave: the partial unique index arbitrates two leads waving at once.
CREATE TABLE backroom_data.wave_order (
    wave_id   bigint NOT NULL REFERENCES backroom_data.wave,
    order_id  bigint NOT NULL REFERENCES backroom_data.orders,
    open      boolean NOT NULL DEFAULT true,
    flag      text,     -- set when a short pick could not be covered from another bin: for the lead
    PRIMARY KEY (wave_id, order_id)
);
CREATE UNIQUE INDEX wave_order_one_open ON backroom_data.wave_order (order_id) WHERE open;

-- One line of a pick list: one bin, one product, the units of every order of the wave that sit there.
--   sum(pick_task_order.qty) = qty - missing;  sum(pick_task_order.picked) = picked
CREATE TABLE backroom_data.pick_task (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    wave_id      bigint NOT NULL REFERENCES backroom_data.wave,
    product_id   bigint NOT NULL REFERENCES backroom_data.product,
    bin_id       integer NOT NULL REFERENCES backroom_data.bin,
    pick_seq     integer NOT NULL,  -- the bin's, when the wave was built: walking order
    qty          integer NOT NULL CHECK (qty >= 0),
    picked       integer NOT NULL DEFAULT 0,
    missing      integer NOT NULL DEFAULT 0,
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'picked', 'short', 'cancelled')),
    assigned_to  text,              -- the picker whose list it is on (release); NULL = anyone
    claimed_by   text,
    claimed_at   timestamptz,
    done_at      timestamptz,
    replaces     bigint REFERENCES backroom_data.pick_task,   -- made by a short pick of that task
    CONSTRAINT pick_task_counts CHECK (picked >= 0 AND missing >= 0 AND picked + missing <= qty)
);
CREATE INDEX pick_task_walk ON backroom_data.pick_task (wave_id, pick_seq, bin_id, id);

CREATE TABLE backroom_data.pick_task_order (
    task_id   bigint NOT NULL REFERENCES backroom_data.pick_task,
    order_id  bigint NOT NULL REFERENCES backroom_data.orders,
    qty       integer NOT NULL CHECK (qty >= 0),
    picked    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, order_id),
    CONSTRAINT pick_task_order_counts CHECK (picked >= 0 AND picked <= qty)
);
CREATE INDEX pick_task_order_order ON backroom_data.pick_task_order (order_id);

-- Every confirm and short pick under the client's scan id: the same id again counts once.
CREATE TABLE backroom_data.pick_scan (
    scan_id  text PRIMARY KEY CHECK (scan_id <> '' AND length(scan_id) <= 100),
    task_id  bigint NOT NULL REFERENCES backroom_data.pick_task,
    kind     text NOT NULL CHECK (kind IN ('confirm', 'short')),
    qty      integer NOT NULL,
    picker   text NOT NULL,
    login    text NOT NULL DEFAULT session_user,
    at       timestamptz NOT NULL DEFAULT now()
);

-- What happened to an order in the warehouse (orders.status says where it is).
CREATE TABLE backroom_data.fulfilment (
    order_id    bigint PRIMARY KEY REFERENCES backroom_data.orders,
    picked_at   timestamptz,
    packed_at   timestamptz,
    packed_by   text,
    shipped_at  timestamptz,
    shipped_by  text,
    tracking    text CHECK (tracking <> '' AND length(tracking) <= 100)
);

CREATE VIEW wave AS SELECT * FROM backroom_data.wave;
CREATE VIEW wave_order AS SELECT * FROM backroom_data.wave_order;
CREATE VIEW pick_task AS SELECT * FROM backroom_data.pick_task;
CREATE VIEW pick_task_order AS SELECT * FROM backroom_data.pick_task_order;
CREATE VIEW pick_scan AS SELECT * FROM backroom_data.pick_scan;
CREATE VIEW fulfilment AS SELECT * FROM backroom_data.fulfilment;

-- paid -> picked -> packed -> shipped, and cancelled from any of them before shipping; nothing else
-- (reserved -> paid / cancelled / expired as before). Holds for the migration owner too.
CREATE FUNCTION backroom_data.orders_status_flow() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    IF NEW.status = OLD.status THEN
        RETURN NEW;
    END IF;
    IF (OLD.status, NEW.status) IN (('reserved', 'paid'), ('reserved', 'cancelled'), ('reserved', 'expired'),
                                    ('paid', 'picked'), ('paid', 'cancelled'), ('picked', 'packed'),
                                    ('picked', 'cancelled'), ('packed', 'shipped'), ('packed', 'cancelled')) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Order % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'BRW04';
END $$;
CREATE TRIGGER orders_status_flow BEFORE UPDATE OF status ON backroom_data.orders
    FOR EACH ROW EXECUTE FUNCTION backroom_data.orders_status_flow();

-- Picker name: what the caller typed on a shared scanner login, else the login itself.
CREATE FUNCTION backroom_data.picker_name(p_picker text) RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT coalesce(nullif(btrim(p_picker), ''), session_user::text)
$$;

-- Orders of p_orders whose every pick share is picked (and that no short pick flagged) become picked.
CREATE FUNCTION backroom_data.mark_orders_picked(p_orders bigint[]) RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    FOR v_id IN
        SELECT o.id FROM orders o
         WHERE o.id = ANY (p_orders) AND o.status = 'paid'
           AND NOT EXISTS (SELECT 1 FROM wave_order w WHERE w.order_id = o.id AND w.open AND w.flag IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM pick_task_order x JOIN pick_task t ON t.id = x.task_id
                            JOIN wave_order w ON w.wave_id = t.wave_id AND w.order_id = x.order_id AND w.open
                           WHERE x.order_id = o.id AND x.picked < x.qty)
         ORDER BY o.id
    LOOP
        UPDATE orders SET status = 'picked', updated_at = now() WHERE id = v_id;
        INSERT INTO fulfilment (order_id, picked_at) VALUES (v_id, now())
        ON CONFLICT (order_id) DO UPDATE SET picked_at = now();
        PERFORM notify_order_changed(v_id);
    END LOOP;
END $$;

-- Locks a task and checks that p_picker holds it (BRW03 / BRW04 / P0002 otherwise).
CREATE FUNCTION backroom_data.lock_claimed_task(p_task bigint, p_picker text) RETURNS backroom_data.pick_task
LANGUAGE plpgsql SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    t pick_task;
    v_wave text;
BEGIN
    SELECT * INTO t FROM pick_task WHERE id = p_task FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Pick task % does not exist', p_task USING ERRCODE = 'P0002';
    END IF;
    SELECT status INTO v_wave FROM wave WHERE id = t.wave_id;
    IF v_wave <> 'released' THEN
        RAISE EXCEPTION 'Wave % is %, not released: its tasks cannot be picked now', t.wave_id, v_wave
            USING ERRCODE = 'BRW04';
    END IF;
    IF t.status = 'open' THEN
        RAISE EXCEPTION 'Task % is not claimed yet: claim it first (backroom warehouse pick claim %)', p_task, p_task
            USING ERRCODE = 'BRW04';
    END IF;
    IF t.status <> 'claimed' THEN
        RAISE EXCEPTION 'Task % is already done (%): nothing left to pick', p_task, t.status USING ERRCODE = 'BRW04';
    END IF;
    IF t.claimed_by <> p_picker THEN
        RAISE EXCEPTION 'Task % is being picked by %, not by %', p_task, t.claimed_by, p_picker USING ERRCODE = 'BRW03';
    END IF;
    RETURN t;
END $$;

-- A task whose units are all picked or recorded missing is done.
CREATE FUNCTION backroom_data.finish_task_if_done(p_task bigint) RETURNS text LANGUAGE plpgsql
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_status text;
BEGIN
    UPDATE pick_task SET status = CASE WHEN qty = 0 THEN 'cancelled' WHEN missing > 0 THEN 'short' ELSE 'picked' END,
                         done_at = now()
     WHERE id = p_task AND status IN ('open', 'claimed') AND picked + missing = qty;
    SELECT status INTO v_status FROM pick_task WHERE id = p_task;
    RETURN v_status;
END $$;

-- Groups paid orders (paid up to p_cutoff, default now; optionally one channel; optionally only orders
-- whose units all sit in one zone) that are in no open wave into a new wave, with one pick task per
-- bin and product. Returns the wave id; P0002 when no order matches.
CREATE FUNCTION wave_create(p_cutoff timestamptz DEFAULT NULL, p_channel text DEFAULT NULL,
                            p_zone text DEFAULT NULL, p_note text DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_wave bigint;
    v_cutoff timestamptz := coalesce(p_cutoff, now());
BEGIN
    INSERT INTO wave (cutoff, channel, zone, note)
    VALUES (v_cutoff, nullif(p_channel, ''), nullif(p_zone, ''), p_note)
    RETURNING id INTO v_wave;
    -- A concurrent wave_create may take an order between our read and our insert: the unique index
    -- decides, and the loser simply does not get that order.
    INSERT INTO wave_order (wave_id, order_id)
    SELECT v_wave, o.id FROM orders o
     WHERE o.status = 'paid' AND o.paid_at <= v_cutoff
       AND (nullif(p_channel, '') IS NULL OR o.channel = p_channel)
       AND NOT EXISTS (SELECT 1 FROM wave_order w WHERE w.order_id = o.id AND w.open)
       AND (nullif(p_zone, '') IS NULL
            OR NOT EXISTS (SELECT 1 FROM order_allocation a JOIN bin b ON b.id = a.bin_id
                            WHERE a.order_id = o.id AND b.zone <> p_zone))
     ORDER BY o.id
    ON CONFLICT (order_id) WHERE open DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No paid order waits for a wave (paid up to %, channel %, zone %): nothing to pick',
            v_cutoff, coalesce(nullif(p_channel, ''), 'any'), coalesce(nullif(p_zone, ''), 'any')
            USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO pick_task (wave_id, product_id, bin_id, pick_seq, qty)
    SELECT v_wave, a.product_id, a.bin_id, b.pick_seq, sum(a.qty)
      FROM order_allocation a JOIN wave_order w ON w.order_id = a.order_id AND w.wave_id = v_wave
      JOIN bin b ON b.id = a.bin_id
     GROUP BY a.product_id, a.bin_id, b.pick_seq
     ORDER BY b.pick_seq, a.bin_id, a.product_id;
    INSERT INTO pick_task_order (task_id, order_id, qty)
    SELECT t.id, a.order_id, sum(a.qty)
      FROM order_allocation a JOIN wave_order w ON w.order_id = a.order_id AND w.wave_id = v_wave
      JOIN pick_task t ON t.wave_id = v_wave AND t.product_id = a.product_id AND t.bin_id = a.bin_id
     GROUP BY t.id, a.order_id;
    RETURN v_wave;
END $$;

-- created -> released: pickers may claim its tasks. With p_pickers, the walk is cut into one stretch
-- of consecutive tasks per picker (their pick lists). Returns the number of tasks.
CREATE FUNCTION wave_release(p_wave bigint, p_pickers text[] DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_status text;
    v_pickers text[] := array_remove(array_remove(p_pickers, NULL), '');
    v_n integer;
BEGIN
    SELECT status INTO v_status FROM wave WHERE id = p_wave FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Wave % does not exist', p_wave USING ERRCODE = 'P0002';
    END IF;
    IF v_status <> 'created' THEN
        RAISE EXCEPTION 'Wave % is already %', p_wave, v_status USING ERRCODE = 'BRW04';
    END IF;
    SELECT count(*) INTO v_n FROM pick_task WHERE wave_id = p_wave;
    IF cardinality(v_pickers) > 0 THEN
        UPDATE pick_task t SET assigned_to = v_pickers[1 + ((r.rank - 1) * cardinality(v_pickers)) / v_n]
          FROM (SELECT id, row_number() OVER (ORDER BY pick_seq, bin_id, id) AS rank
                  FROM pick_task WHERE wave_id = p_wave) r
         WHERE t.id = r.id;
    END IF;
    UPDATE wave SET status = 'released', released_at = now() WHERE id = p_wave;
    RETURN v_n;
END $$;

-- released (or created) -> closed. Refused (BRW04) while an order of the wave has picked units and is
-- neither shipped nor cancelled: ship or cancel it first. Orders with nothing picked leave the wave
-- and wait for the next one; unfinished tasks are cancelled. Returns how many orders went back.
CREATE FUNCTION wave_close(p_wave bigint) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_status text;
    v_busy bigint[];
    v_back integer;
BEGIN
    SELECT status INTO v_status FROM wave WHERE id = p_wave FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Wave % does not exist', p_wave USING ERRCODE = 'P0002';
    END IF;
    IF v_status = 'closed' THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM pick_task WHERE wave_id = p_wave ORDER BY id FOR UPDATE;
    -- Set-based (no per-order subquery): a wave holds thousands of orders.
    WITH touched AS (SELECT DISTINCT x.order_id FROM pick_task t JOIN pick_task_order x ON x.task_id = t.id
                      WHERE t.wave_id = p_wave AND x.picked > 0)
    SELECT array_agg(o.id ORDER BY o.id) INTO v_busy
      FROM wave_order w JOIN orders o ON o.id = w.order_id LEFT JOIN touched k ON k.order_id = o.id
     WHERE w.wave_id = p_wave AND w.open
       AND (o.status IN ('picked', 'packed') OR (o.status = 'paid' AND k.order_id IS NOT NULL));
    IF v_busy IS NOT NULL THEN
        RAISE EXCEPTION 'Wave % still holds % order(s) with picked units (%): ship or cancel them before closing',
            p_wave, cardinality(v_busy), array_to_string(v_busy[1:10], ', ') USING ERRCODE = 'BRW04';
    END IF;
    SELECT count(*) INTO v_back FROM wave_order w JOIN orders o ON o.id = w.order_id
     WHERE w.wave_id = p_wave AND w.open AND o.status = 'paid';
    UPDATE pick_task SET status = 'cancelled', done_at = now()
     WHERE wave_id = p_wave AND status IN ('open', 'claimed');
    UPDATE wave_order SET open = false WHERE wave_id = p_wave;
    UPDATE wave SET status = 'closed', closed_at = now() WHERE id = p_wave;
    RETURN v_back;
END $$;

-- A picker takes a task. Two pickers racing: the second is told who has it (BRW03). Claiming a task
-- one already holds again answers the same (a retry after a dropped connection). Returns the picker.
CREATE FUNCTION pick_claim(p_task bigint, p_picker text DEFAULT NULL)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_picker text := picker_name(p_picker);
    t pick_task;
    v_wave text;
BEGIN
    -- Guarded update: of two concurrent claims the second waits for the row, re-reads it and finds it
    -- claimed.
    UPDATE pick_task SET status = 'claimed', claimed_by = v_picker, claimed_at = now()
     WHERE id = p_task AND status = 'open'
       AND EXISTS (SELECT 1 FROM wave w WHERE w.id = pick_task.wave_id AND w.status = 'released');
    IF FOUND THEN
        RETURN v_picker;
    END IF;
    SELECT * INTO t FROM pick_task WHERE id = p_task;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Pick task % does not exist', p_task USING ERRCODE = 'P0002';
    END IF;
    SELECT status INTO v_wave FROM wave WHERE id = t.wave_id;
    IF v_wave <> 'released' THEN
        RAISE EXCEPTION 'Wave % is %, not released: its tasks cannot be claimed now', t.wave_id, v_wave
            USING ERRCODE = 'BRW04';
    END IF;
    IF t.status = 'claimed' AND t.claimed_by = v_picker THEN
        RETURN v_picker;
    END IF;
    IF t.status = 'claimed' THEN
        RAISE EXCEPTION 'Task % is already taken by %: pick another one', p_task, t.claimed_by USING ERRCODE = 'BRW03';
    END IF;
    RAISE EXCEPTION 'Task % is already done (%)', p_task, t.status USING ERRCODE = 'BRW04';
END $$;

-- Scan the bin, scan the item (barcode or SKU), confirm a quantity. A wrong bin (BRW01) or item
-- (BRW02) is refused and nothing is counted. The same p_scan_id again (double scan, retry after a
-- dropped connection) counts once and answers replayed = true. Orders whose units are all picked
-- become 'picked'.
CREATE FUNCTION pick_confirm(p_task bigint, p_bin text, p_item text, p_qty integer, p_scan_id text,
                             p_picker text DEFAULT NULL)
RETURNS TABLE (task_status text, units_picked integer, units_left integer, replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_picker text := picker_name(p_picker);
    t pick_task;
    v_bin text;
    v_sku text;
    v_name text;
    v_prev pick_scan;
    v_left integer;
    v_orders bigint[];
    x record;
    v_take integer;
BEGIN
    IF p_scan_id IS NULL OR btrim(p_scan_id) = '' OR length(p_scan_id) > 100 THEN
        RAISE EXCEPTION 'A confirm needs a scan id (1 to 100 characters) so that a retry counts once'
            USING ERRCODE = '22023';
    END IF;
    -- The task row lock serialises confirms of one task, so the replay check below sees any twin.
    PERFORM 1 FROM pick_task WHERE id = p_task FOR UPDATE;
    SELECT * INTO v_prev FROM pick_scan WHERE scan_id = p_scan_id;
    IF FOUND THEN
        IF v_prev.task_id <> p_task OR v_prev.kind <> 'confirm' THEN
            RAISE EXCEPTION 'Scan id % was already used for task %: use a new scan id', p_scan_id, v_prev.task_id
                USING ERRCODE = '22023';
        END IF;
        RETURN QUERY SELECT t2.status, t2.picked, t2.qty - t2.picked - t2.missing, true
                       FROM pick_task t2 WHERE t2.id = p_task;
        RETURN;
    END IF;
    t := lock_claimed_task(p_task, v_picker);
    SELECT b.code INTO v_bin FROM bin b WHERE b.id = t.bin_id;
    IF p_bin IS DISTINCT FROM v_bin THEN
        RAISE EXCEPTION 'Wrong bin: scanned %, task % is at bin %', coalesce(p_bin, '(nothing)'), p_task, v_bin
            USING ERRCODE = 'BRW01';
    END IF;
    SELECT p.sku, p.name INTO v_sku, v_name FROM product p WHERE p.id = t.product_id;
    IF p_item IS NULL OR NOT EXISTS (SELECT 1 FROM product p WHERE p.id = t.product_id
                                                               AND (p.sku = p_item OR p.barcode = p_item)) THEN
        RAISE EXCEPTION 'Wrong item: scanned %, task % wants % (%)', coalesce(p_item, '(nothing)'), p_task, v_sku, v_name
            USING ERRCODE = 'BRW02';
    END IF;
    v_left := t.qty - t.picked - t.missing;
    IF p_qty IS NULL OR p_qty < 1 OR p_qty > v_left THEN
        RAISE EXCEPTION 'Task % has % unit(s) left to pick, cannot confirm %', p_task, v_left, p_qty
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO pick_scan (scan_id, task_id, kind, qty, picker) VALUES (p_scan_id, p_task, 'confirm', p_qty, v_picker);
    UPDATE pick_task SET picked = picked + p_qty WHERE id = p_task;
    -- The units go to the orders oldest first (a short pick takes from the newest).
    v_left := p_qty;
    FOR x IN SELECT order_id, qty - picked AS open FROM pick_task_order
              WHERE task_id = p_task AND qty > picked ORDER BY order_id LOOP
        v_take := least(v_left, x.open);
        UPDATE pick_task_order SET picked = picked + v_take WHERE task_id = p_task AND order_id = x.order_id;
        v_orders := v_orders || x.order_id;
        v_left := v_left - v_take;
        EXIT WHEN v_left = 0;
    END LOOP;
    PERFORM finish_task_if_done(p_task);
    PERFORM 1 FROM orders WHERE id = ANY (v_orders) ORDER BY id FOR UPDATE;
    PERFORM mark_orders_picked(v_orders);
    RETURN QUERY SELECT t2.status, t2.picked, t2.qty - t2.picked - t2.missing, false
                   FROM pick_task t2 WHERE t2.id = p_task;
END $$;

-- Moves n units of an order's sale of a product away from the bin where they were missing: first to
-- other bins with free units (pick_seq order; a replacement task in the same wave), the rest is
-- flagged for the lead. Returns the units re-allocated. Caller holds the stock rows' locks and has
-- set backroom.reason = 'short pick'.
CREATE FUNCTION backroom_data.reallocate_short(p_task backroom_data.pick_task, p_order bigint, p_n integer)
RETURNS integer LANGUAGE plpgsql SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_left integer := p_n;
    a record;
    v_take integer;
    v_task bigint;
    v_done integer := 0;
    v_sku text;
BEGIN
    PERFORM set_config('backroom.ref', 'order:' || p_order, true);
    -- The sale leaves the bin the units were missing from ...
    FOR a IN SELECT id, qty FROM order_allocation
              WHERE order_id = p_order AND product_id = p_task.product_id AND bin_id = p_task.bin_id ORDER BY id DESC LOOP
        v_take := least(v_left, a.qty);
        IF v_take = a.qty THEN
            DELETE FROM order_allocation WHERE id = a.id;
        ELSE
            UPDATE order_allocation SET qty = qty - v_take WHERE id = a.id;
        END IF;
        v_left := v_left - v_take;
        EXIT WHEN v_left = 0;
    END LOOP;
    UPDATE stock SET on_hand = on_hand + p_n, updated_at = now()
     WHERE product_id = p_task.product_id AND bin_id = p_task.bin_id;
    -- ... and is taken from bins that have free units.
    v_left := p_n;
    FOR a IN SELECT s.bin_id, b.pick_seq, s.on_hand - s.reserved AS free FROM stock s JOIN bin b ON b.id = s.bin_id
              WHERE s.product_id = p_task.product_id AND s.bin_id <> p_task.bin_id AND s.on_hand > s.reserved
              ORDER BY b.pick_seq, s.bin_id LOOP
        v_take := least(v_left, a.free);
        UPDATE stock SET on_hand = on_hand - v_take, updated_at = now()
         WHERE product_id = p_task.product_id AND bin_id = a.bin_id;
        INSERT INTO order_allocation (order_id, product_id, bin_id, qty)
        VALUES (p_order, p_task.product_id, a.bin_id, v_take);
        SELECT id INTO v_task FROM pick_task
         WHERE wave_id = p_task.wave_id AND product_id = p_task.product_id AND bin_id = a.bin_id AND status = 'open'
         ORDER BY id LIMIT 1 FOR UPDATE;
        IF v_task IS NULL THEN
            INSERT INTO pick_task (wave_id, product_id, bin_id, pick_seq, qty, assigned_to, replaces)
            VALUES (p_task.wave_id, p_task.product_id, a.bin_id, a.pick_seq, v_take, p_task.claimed_by, p_task.id)
            RETURNING id INTO v_task;
        ELSE
            UPDATE pick_task SET qty = qty + v_take WHERE id = v_task;
        END IF;
        INSERT INTO pick_task_order AS x (task_id, order_id, qty) VALUES (v_task, p_order, v_take)
        ON CONFLICT (task_id, order_id) DO UPDATE SET qty = x.qty + v_take;
        v_done := v_done + v_take;
        v_left := v_left - v_take;
        v_task := NULL;
        EXIT WHEN v_left = 0;
    END LOOP;
    IF v_left > 0 THEN
        SELECT sku INTO v_sku FROM product WHERE id = p_task.product_id;
        UPDATE wave_order SET flag = concat_ws('; ', flag, format('%s unit(s) of %s missing and no other bin has them',
                                                                   v_left, v_sku))
         WHERE wave_id = p_task.wave_id AND order_id = p_order;
    END IF;
    RETURN v_done;
END $$;

-- The picker found p_missing units fewer than the task asks. The missing units come off the newest
-- orders' shares, are re-allocated from other bins that have them (a new task on the same list, ledger
-- reason 'short pick') or flag the order for the lead; the bin's on_hand is corrected with a ledger row
-- reason 'stocktake'. The task stays claimed until its other units are confirmed. p_scan_id: as
-- pick_confirm. Returns the units re-allocated and the orders flagged.
CREATE FUNCTION pick_short(p_task bigint, p_missing integer, p_scan_id text, p_picker text DEFAULT NULL)
RETURNS TABLE (reallocated integer, flagged_orders bigint[], replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_picker text := picker_name(p_picker);
    t pick_task;
    v_prev pick_scan;
    v_left integer;
    v_moved integer := 0;
    v_orders bigint[];
    x record;
    v_take integer;
BEGIN
    IF p_scan_id IS NULL OR btrim(p_scan_id) = '' OR length(p_scan_id) > 100 THEN
        RAISE EXCEPTION 'A short pick needs a scan id (1 to 100 characters) so that a retry counts once'
            USING ERRCODE = '22023';
    END IF;
    PERFORM 1 FROM pick_task WHERE id = p_task FOR UPDATE;
    SELECT * INTO v_prev FROM pick_scan WHERE scan_id = p_scan_id;
    IF FOUND THEN
        IF v_prev.task_id <> p_task OR v_prev.kind <> 'short' THEN
            RAISE EXCEPTION 'Scan id % was already used for task %: use a new scan id', p_scan_id, v_prev.task_id
                USING ERRCODE = '22023';
        END IF;
        RETURN QUERY SELECT 0, ARRAY[]::bigint[], true;
        RETURN;
    END IF;
    t := lock_claimed_task(p_task, v_picker);
    v_left := t.qty - t.picked - t.missing;
    IF p_missing IS NULL OR p_missing < 1 OR p_missing > v_left THEN
        RAISE EXCEPTION 'Task % has % unit(s) left to pick, so % cannot be missing', p_task, v_left, p_missing
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO pick_scan (scan_id, task_id, kind, qty, picker) VALUES (p_scan_id, p_task, 'short', p_missing, v_picker);
    UPDATE pick_task SET missing = missing + p_missing WHERE id = p_task;
    SELECT array_agg(order_id ORDER BY order_id) INTO v_orders FROM pick_task_order WHERE task_id = p_task;
    PERFORM 1 FROM orders WHERE id = ANY (v_orders) ORDER BY id FOR UPDATE;
    PERFORM 1 FROM stock s JOIN bin b ON b.id = s.bin_id WHERE s.product_id = t.product_id
      ORDER BY b.pick_seq, s.bin_id FOR NO KEY UPDATE OF s;
    PERFORM set_config('backroom.reason', 'short pick', true),
            set_config('backroom.actor', v_picker, true);
    v_left := p_missing;
    FOR x IN SELECT order_id, qty - picked AS open FROM pick_task_order
              WHERE task_id = p_task AND qty > picked ORDER BY order_id DESC LOOP
        v_take := least(v_left, x.open);
        UPDATE pick_task_order SET qty = qty - v_take WHERE task_id = p_task AND order_id = x.order_id;
        v_moved := v_moved + reallocate_short(t, x.order_id, v_take);
        v_left := v_left - v_take;
        EXIT WHEN v_left = 0;
    END LOOP;
    -- The units were never there: a counted correction of the bin, like a stocktake.
    PERFORM set_config('backroom.reason', 'stocktake', true),
            set_config('backroom.ref', 'short-pick:task:' || p_task, true);
    UPDATE stock SET on_hand = on_hand - p_missing, updated_at = now()
     WHERE product_id = t.product_id AND bin_id = t.bin_id;
    PERFORM finish_task_if_done(p_task);
    PERFORM mark_orders_picked(v_orders);
    RETURN QUERY SELECT v_moved,
                        coalesce((SELECT array_agg(w.order_id ORDER BY w.order_id) FROM wave_order w
                                   WHERE w.wave_id = t.wave_id AND w.order_id = ANY (v_orders) AND w.flag IS NOT NULL),
                                 ARRAY[]::bigint[]),
                        false;
END $$;

-- Packing: the order was picked; p_items is every unit scanned into the parcel (SKU or barcode, one
-- element per unit). Any missing or extra unit blocks (BRW05) and nothing changes. picked -> packed;
-- packing a packed order again is a no-op.
CREATE FUNCTION pack_order(p_order bigint, p_items text[], p_note text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_status text;
    v_unknown text;
    v_diff text;
BEGIN
    SELECT status INTO v_status FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Order % does not exist', p_order USING ERRCODE = 'P0002';
    END IF;
    IF v_status = 'packed' THEN
        RETURN;
    END IF;
    IF v_status <> 'picked' THEN
        RAISE EXCEPTION 'Order % is %, not picked: it cannot be packed now', p_order, v_status USING ERRCODE = 'BRW04';
    END IF;
    SELECT string_agg(DISTINCT i, ', ') INTO v_unknown FROM unnest(p_items) i
     WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.sku = i OR p.barcode = i);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'Unknown item scanned: %; nothing was packed', v_unknown USING ERRCODE = 'BRW02';
    END IF;
    WITH scanned AS (
        SELECT p.sku, count(*)::integer AS n FROM unnest(p_items) i
          JOIN LATERAL (SELECT p.sku FROM product p WHERE p.sku = i OR p.barcode = i ORDER BY (p.sku = i) DESC, p.id LIMIT 1) p
            ON true GROUP BY p.sku),
    wanted AS (
        SELECT p.sku, l.qty AS n FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = p_order)
    SELECT string_agg(CASE WHEN coalesce(w.n, 0) > coalesce(s.n, 0)
                           THEN format('missing %s x %s', w.n - coalesce(s.n, 0), coalesce(w.sku, s.sku))
                           ELSE format('extra %s x %s', s.n - coalesce(w.n, 0), coalesce(w.sku, s.sku)) END,
                      '; ' ORDER BY coalesce(w.sku, s.sku))
      INTO v_diff
      FROM wanted w FULL JOIN scanned s ON s.sku = w.sku
     WHERE coalesce(w.n, 0) <> coalesce(s.n, 0);
    IF v_diff IS NOT NULL THEN
        RAISE EXCEPTION 'Parcel for order % does not match: %; nothing was packed', p_order, v_diff
            USING ERRCODE = 'BRW05';
    END IF;
    UPDATE orders SET status = 'packed', updated_at = now() WHERE id = p_order;
    INSERT INTO fulfilment (order_id, packed_at, packed_by) VALUES (p_order, now(), picker_name(p_note))
    ON CONFLICT (order_id) DO UPDATE SET packed_at = now(), packed_by = EXCLUDED.packed_by;
    PERFORM notify_order_changed(p_order);
END $$;

-- packed -> shipped with the carrier's tracking number. The same number again is a no-op; another
-- number for a shipped order is refused (BRW04).
CREATE FUNCTION ship_order(p_order bigint, p_tracking text, p_note text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_status text;
    v_tracking text := btrim(p_tracking);
    v_had text;
BEGIN
    IF v_tracking IS NULL OR v_tracking = '' OR length(v_tracking) > 100 THEN
        RAISE EXCEPTION 'A shipment needs a tracking number (1 to 100 characters)' USING ERRCODE = '22023';
    END IF;
    SELECT status INTO v_status FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Order % does not exist', p_order USING ERRCODE = 'P0002';
    END IF;
    IF v_status = 'shipped' THEN
        SELECT tracking INTO v_had FROM fulfilment WHERE order_id = p_order;
        IF v_had = v_tracking THEN
            RETURN;
        END IF;
        RAISE EXCEPTION 'Order % already shipped with tracking %', p_order, v_had USING ERRCODE = 'BRW04';
    END IF;
    IF v_status <> 'packed' THEN
        RAISE EXCEPTION 'Order % is %, not packed: pack it before shipping', p_order, v_status USING ERRCODE = 'BRW04';
    END IF;
    UPDATE orders SET status = 'shipped', updated_at = now() WHERE id = p_order;
    UPDATE fulfilment SET shipped_at = now(), shipped_by = picker_name(p_note), tracking = v_tracking
     WHERE order_id = p_order;
    PERFORM notify_order_changed(p_order);
END $$;

-- Cancels an order the warehouse holds (paid, picked or packed; not shipped): units still on the shelf
-- go back to on_hand where they are (reason 'cancel'), picked units into p_bin or the bin they came
-- from (reason 'return'), ref order:N. Its unpicked shares leave the wave's tasks. Returns the units
-- put back. A cancelled order again is a no-op (0).
CREATE FUNCTION warehouse_cancel_order(p_order bigint, p_reason text DEFAULT NULL, p_bin text DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_status text;
    v_bin integer;
    v_units integer := 0;
    r record;
BEGIN
    IF nullif(p_bin, '') IS NOT NULL THEN
        SELECT id INTO v_bin FROM bin WHERE code = p_bin;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'Unknown bin %', p_bin USING ERRCODE = 'P0002';
        END IF;
    END IF;
    PERFORM 1 FROM pick_task t WHERE t.id IN (SELECT task_id FROM pick_task_order WHERE order_id = p_order)
      ORDER BY t.id FOR UPDATE;
    SELECT status INTO v_status FROM orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Order % does not exist', p_order USING ERRCODE = 'P0002';
    END IF;
    IF v_status = 'cancelled' THEN
        RETURN 0;
    END IF;
    IF v_status NOT IN ('paid', 'picked', 'packed') THEN
        RAISE EXCEPTION 'Order % is %: the warehouse can cancel only paid, picked or packed orders', p_order, v_status
            USING ERRCODE = 'BRW04';
    END IF;
    PERFORM set_config('backroom.ref', 'order:' || p_order, true),
            set_config('backroom.actor', coalesce(p_reason, ''), true);
    -- Per stock row the order sold from: how many were picked (in hand) and how many are still there.
    FOR r IN
        WITH sold AS (SELECT product_id, bin_id, sum(qty)::integer AS qty FROM order_allocation
                       WHERE order_id = p_order GROUP BY 1, 2),
             taken AS (SELECT t.product_id, t.bin_id, sum(x.picked)::integer AS qty
                         FROM pick_task_order x JOIN pick_task t ON t.id = x.task_id
                         JOIN wave_order w ON w.wave_id = t.wave_id AND w.order_id = x.order_id AND w.open
                        WHERE x.order_id = p_order GROUP BY 1, 2)
        SELECT s.product_id, s.bin_id, b.pick_seq, s.qty - coalesce(k.qty, 0) AS on_shelf, coalesce(k.qty, 0) AS in_hand
          FROM sold s LEFT JOIN taken k USING (product_id, bin_id) JOIN bin b ON b.id = s.bin_id
         ORDER BY s.product_id, b.pick_seq, s.bin_id
    LOOP
        IF r.on_shelf > 0 THEN
            PERFORM set_config('backroom.reason', 'cancel', true);
            UPDATE stock SET on_hand = on_hand + r.on_shelf, updated_at = now()
             WHERE product_id = r.product_id AND bin_id = r.bin_id;
        END IF;
        IF r.in_hand > 0 THEN
            PERFORM set_config('backroom.reason', 'return', true);
            INSERT INTO stock AS s (product_id, bin_id, on_hand) VALUES (r.product_id, coalesce(v_bin, r.bin_id), r.in_hand)
            ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = s.on_hand + r.in_hand, updated_at = now();
        END IF;
        v_units := v_units + r.on_shelf + r.in_hand;
    END LOOP;
    -- Its unpicked shares leave the tasks of its open wave.
    FOR r IN SELECT x.task_id, x.qty - x.picked AS open FROM pick_task_order x
               JOIN pick_task t ON t.id = x.task_id
               JOIN wave_order w ON w.wave_id = t.wave_id AND w.order_id = x.order_id AND w.open
              WHERE x.order_id = p_order AND x.qty > x.picked ORDER BY x.task_id LOOP
        UPDATE pick_task_order SET qty = picked WHERE task_id = r.task_id AND order_id = p_order;
        UPDATE pick_task SET qty = qty - r.open WHERE id = r.task_id;
        PERFORM finish_task_if_done(r.task_id);
    END LOOP;
    UPDATE wave_order SET open = false WHERE order_id = p_order AND open;
    UPDATE orders SET status = 'cancelled', closed_at = now(),
                      close_reason = coalesce(nullif(p_reason, ''), 'cancelled in the warehouse'), updated_at = now()
     WHERE id = p_order;
    PERFORM notify_order_changed(p_order);
    RETURN v_units;
END $$;

-- docs/roles.md, THE RULE: revoke from PUBLIC, grant per job role.
REVOKE EXECUTE ON FUNCTION backroom_data.orders_status_flow() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.picker_name(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.mark_orders_picked(bigint[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.lock_claimed_task(bigint, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.finish_task_if_done(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.reallocate_short(backroom_data.pick_task, bigint, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION wave_create(timestamptz, text, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION wave_release(bigint, text[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION wave_close(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pick_claim(bigint, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pick_confirm(bigint, text, text, integer, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pick_short(bigint, integer, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pack_order(bigint, text[], text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ship_order(bigint, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION warehouse_cancel_order(bigint, text, text) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION wave_create(timestamptz, text, text, text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION wave_release(bigint, text[]) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION wave_close(bigint) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION pick_claim(bigint, text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION pick_confirm(bigint, text, text, integer, text, text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION pick_short(bigint, integer, text, text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION pack_order(bigint, text[], text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION ship_order(bigint, text, text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION warehouse_cancel_order(bigint, text, text) TO backroom_warehouse;

REVOKE ALL ON backroom_data.wave, backroom_data.wave_order, backroom_data.pick_task, backroom_data.pick_task_order,
              backroom_data.pick_scan, backroom_data.fulfilment FROM PUBLIC;
REVOKE ALL ON wave, wave_order, pick_task, pick_task_order, pick_scan, fulfilment FROM PUBLIC;
GRANT SELECT ON wave, wave_order, pick_task, pick_task_order, pick_scan, fulfilment
    TO backroom_staff, backroom_warehouse, backroom_owner;
