-- 004: orders_changed can be silenced like stock_changed, with the transaction or session setting
-- backroom.quiet = on (the one the 001 stock trigger already honours).
--
-- Why: NOTIFY takes a database-wide lock from pre-commit until the commit is done, so every
-- transaction that notifies commits one at a time. Measured (docs/bench-checkout.txt): with buckets,
-- place_order is limited by that lock, not by stock rows; quiet, it runs about twice as fast. The
-- default stays: every order change notifies (the GUI listens). Bulk loads and load drills that do
-- not need live screens may run quiet; screens then catch up on their next refresh.

CREATE FUNCTION notify_order_changed(p_order bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('backroom.quiet', true), '') <> 'on' THEN
        PERFORM pg_notify('orders_changed', p_order::text);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION place_order(p_lines jsonb, p_key text DEFAULT NULL, p_channel text DEFAULT 'web',
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
        RETURN QUERY SELECT o.id, true FROM orders o WHERE o.idempotency_key = p_key;
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

CREATE OR REPLACE FUNCTION pay_order(p_order bigint, p_actor text DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lock_reserved_order(p_order, 'pay');
    PERFORM set_config('backroom.reason', 'sale', true),
            set_config('backroom.ref', 'order:' || p_order, true),
            set_config('backroom.actor', coalesce(p_actor, session_user), true);
    PERFORM settle_allocations(p_order, true);
    UPDATE orders SET status = 'paid', paid_at = now(), expires_at = NULL, updated_at = now() WHERE id = p_order;
    PERFORM notify_order_changed(p_order);
END $$;

CREATE OR REPLACE FUNCTION cancel_order(p_order bigint, p_reason text DEFAULT NULL, p_actor text DEFAULT NULL)
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

CREATE OR REPLACE FUNCTION expire_reservations() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
    n integer := 0;
BEGIN
    FOR v_id IN
        SELECT id FROM orders WHERE status = 'reserved' AND expires_at <= now()
         ORDER BY id FOR UPDATE SKIP LOCKED
    LOOP
        PERFORM settle_allocations(v_id, false);
        UPDATE orders SET status = 'expired', closed_at = now(), close_reason = 'reservation expired',
                          updated_at = now()
         WHERE id = v_id;
        PERFORM notify_order_changed(v_id);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;
