-- 011: channel sync. One stock truth pushed to Shopee and Lazada (the web store reads this database
-- directly, so it has nothing to push), marketplace orders taken in through place_order.
--
--   channel                 per channel: enabled, buffer stock, base URL / shop id / partner id or app key
--                           (configuration, not secrets: keys and tokens live in the credential store)
--   channel_product_buffer  a per-product buffer that overrides the channel's
--   channel_listing         our product -> the marketplace's item id (Shopee's item_id; Lazada uses SellerSku)
--   channel_outbox          THE durable outbox: one row per (channel, product) that still has to be pushed,
--                           written by a trigger on stock in the changing transaction itself. A burst
--                           coalesces into the row (pushed once, with the quantity read at claim time; a
--                           change during a push moves its seq on, so it is pushed again). Workers lease rows
--                           with FOR UPDATE SKIP LOCKED; a lease that expires (a dead worker) is taken over.
--   channel_ack             what each channel acknowledged last (seq and quantity): only ever moves forward
--   channel_push_log        every push and error (pushes/errors in the last hour, lag history)
--   channel_order           marketplace orders taken in: external id -> our order, or flagged with a reason
--
-- Following docs/roles.md: tables in backroom_data, views in public, SECURITY DEFINER functions with a
-- fixed search_path, EXECUTE per job role. `serve` logs in as backroom_store: it claims, records, takes
-- orders in. The owner configures, resyncs and reads status (and may run a `serve` itself).
-- The trigger is a separate one on stock: backroom_data.stock_record_change is not touched here.
--
-- SQLSTATEs: 22023 bad input (unknown channel, negative buffer), P0002 unknown SKU.

CREATE TABLE backroom_data.channel (
    name          text PRIMARY KEY CHECK (name IN ('web', 'shopee', 'lazada')),
    remote        boolean NOT NULL,             -- false: the web store serves this database, nothing to push
    enabled       boolean NOT NULL DEFAULT false,
    buffer_qty    integer NOT NULL DEFAULT 0 CHECK (buffer_qty >= 0 AND buffer_qty <= 1000000),
    base_url      text CHECK (base_url IS NULL OR base_url ~ '^https?://'),
    shop_id       text,                         -- Shopee shop_id (Lazada: unused)
    partner_id    text,                         -- Shopee partner_id / Lazada app_key (public identifiers)
    order_cursor  timestamptz,                  -- orders created up to here were pulled
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text NOT NULL DEFAULT session_user
);
INSERT INTO backroom_data.channel (name, remote, enabled) VALUES
    ('web', false, true), ('shopee', true, false), ('lazada', true, false);

CREATE TABLE backroom_data.channel_product_buffer (
    channel     text NOT NULL REFERENCES backroom_data.channel,
    product_id  bigint NOT NULL REFERENCES backroom_data.product (id),
    buffer_qty  integer NOT NULL CHECK (buffer_qty >= 0 AND buffer_qty <= 1000000),
    PRIMARY KEY (channel, product_id)
);

CREATE TABLE backroom_data.channel_listing (
    channel     text NOT NULL REFERENCES backroom_data.channel,
    product_id  bigint NOT NULL REFERENCES backroom_data.product (id),
    item_id     text NOT NULL CHECK (item_id <> '' AND length(item_id) <= 64),
    PRIMARY KEY (channel, product_id)
);

-- One number line for every change of every product: a later change always has a larger seq.
CREATE SEQUENCE backroom_data.channel_change_seq;
CREATE SEQUENCE backroom_data.channel_lease_seq;

CREATE TABLE backroom_data.channel_outbox (
    channel           text NOT NULL REFERENCES backroom_data.channel,
    product_id        bigint NOT NULL,
    seq               bigint NOT NULL,                 -- the newest change waiting
    first_changed_at  timestamptz NOT NULL,            -- the oldest change the channel has not seen (lag)
    changed_at        timestamptz NOT NULL,            -- the newest change
    attempts          integer NOT NULL DEFAULT 0,      -- failed pushes in a row
    next_attempt_at   timestamptz NOT NULL DEFAULT '-infinity',
    lease_token       bigint,                          -- who holds it (channel_claim's token) ...
    lease_owner       text,
    leased_at         timestamptz,
    lease_until       timestamptz,                     -- ... until when; after that anyone may take it
    last_error        text,
    PRIMARY KEY (channel, product_id)
);
CREATE INDEX channel_outbox_due ON backroom_data.channel_outbox (channel, first_changed_at);

CREATE TABLE backroom_data.channel_ack (
    channel     text NOT NULL REFERENCES backroom_data.channel,
    product_id  bigint NOT NULL,
    seq         bigint NOT NULL,
    qty         integer NOT NULL,
    acked_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, product_id)
);

CREATE TABLE backroom_data.channel_push_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel     text NOT NULL,
    product_id  bigint NOT NULL,
    seq         bigint NOT NULL,
    qty         integer,
    ok          boolean NOT NULL,
    outcome     text NOT NULL,      -- acked, newer_pending, requeued, retry, lease_lost
    error       text,
    lag_ms      integer,            -- oldest unseen change -> acknowledged (ok only)
    latency_ms  integer,            -- the HTTP exchange
    worker      text,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX channel_push_log_recent ON backroom_data.channel_push_log (channel, at);

CREATE TABLE backroom_data.channel_order (
    channel      text NOT NULL REFERENCES backroom_data.channel,
    external_id  text NOT NULL CHECK (external_id <> '' AND length(external_id) <= 100),
    order_id     bigint REFERENCES backroom_data.orders (id),
    status       text NOT NULL CHECK (status IN ('accepted', 'flagged')),
    reason       text,              -- why it was flagged (out of stock, unknown SKU, ...)
    lines        jsonb NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    received_by  text NOT NULL DEFAULT session_user,
    PRIMARY KEY (channel, external_id),
    CHECK ((status = 'accepted') = (order_id IS NOT NULL))
);
CREATE INDEX channel_order_flagged ON backroom_data.channel_order (channel) WHERE status = 'flagged';

REVOKE ALL ON backroom_data.channel, backroom_data.channel_product_buffer, backroom_data.channel_listing,
              backroom_data.channel_outbox, backroom_data.channel_ack, backroom_data.channel_push_log,
              backroom_data.channel_order FROM PUBLIC;

CREATE VIEW channel AS SELECT * FROM backroom_data.channel;
CREATE VIEW channel_product_buffer AS SELECT * FROM backroom_data.channel_product_buffer;
CREATE VIEW channel_listing AS SELECT * FROM backroom_data.channel_listing;
CREATE VIEW channel_outbox AS SELECT * FROM backroom_data.channel_outbox;
CREATE VIEW channel_ack AS SELECT * FROM backroom_data.channel_ack;
CREATE VIEW channel_push_log AS SELECT * FROM backroom_data.channel_push_log;
CREATE VIEW channel_order AS SELECT * FROM backroom_data.channel_order;
GRANT SELECT ON channel, channel_product_buffer, channel_listing TO backroom_owner, backroom_store;
GRANT SELECT ON channel_outbox, channel_ack, channel_push_log, channel_order TO backroom_owner;

-- What a product has free to sell: the stock rows' on_hand - reserved, plus what flash-sale buckets
-- still hold (they count in reserved while nobody has ordered them).
CREATE FUNCTION backroom_data.channel_available(p_product bigint) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT (coalesce((SELECT sum(s.on_hand - s.reserved) FROM backroom_data.stock s WHERE s.product_id = p_product), 0)
          + coalesce((SELECT sum(b.allotted - b.taken) FROM backroom_data.stock_bucket b WHERE b.product_id = p_product), 0))::integer
$$;

-- Puts (channel, product) in the outbox for every enabled remote channel, or moves its seq on (a burst
-- coalesces into one row). first_changed_at stays: the channel has not seen the oldest change yet.
CREATE FUNCTION backroom_data.channel_enqueue(p_product bigint, p_only_channel text DEFAULT NULL) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    INSERT INTO backroom_data.channel_outbox AS o (channel, product_id, seq, first_changed_at, changed_at)
    SELECT c.name, p_product, nextval('backroom_data.channel_change_seq'), clock_timestamp(), clock_timestamp()
      FROM backroom_data.channel c
     WHERE c.remote AND c.enabled AND (p_only_channel IS NULL OR c.name = p_only_channel)
     ORDER BY c.name
    ON CONFLICT (channel, product_id) DO UPDATE SET seq = EXCLUDED.seq, changed_at = EXCLUDED.changed_at
$$;

-- The hot path of every checkout, so it does as little as it can: one number for the change (shared by the
-- channels), one upsert. A row already waiting and not leased is left alone (only locked): the worker
-- reads the quantity when it claims, after this commit, so it will push this change anyway. A leased
-- row (a push in flight with an older quantity) gets the new seq, so channel_record_push keeps it for
-- another push.
CREATE FUNCTION backroom_data.channel_enqueue_stock_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    INSERT INTO backroom_data.channel_outbox AS o (channel, product_id, seq, first_changed_at, changed_at)
    SELECT c.name, NEW.product_id, s.v, s.t, s.t
      FROM backroom_data.channel c,
           (SELECT nextval('backroom_data.channel_change_seq') AS v, clock_timestamp() AS t) s
     WHERE c.remote AND c.enabled
     ORDER BY c.name
    ON CONFLICT (channel, product_id) DO UPDATE SET seq = EXCLUDED.seq, changed_at = EXCLUDED.changed_at
     WHERE o.lease_token IS NOT NULL;
    RETURN NULL;
END $$;

-- Only changes of what is free to sell: paying an order (on_hand and reserved both drop) enqueues nothing.
CREATE TRIGGER channel_outbox_on_insert AFTER INSERT ON backroom_data.stock
    FOR EACH ROW WHEN (NEW.on_hand - NEW.reserved <> 0)
    EXECUTE FUNCTION backroom_data.channel_enqueue_stock_change();
CREATE TRIGGER channel_outbox_on_update AFTER UPDATE OF on_hand, reserved ON backroom_data.stock
    FOR EACH ROW WHEN (OLD.on_hand - OLD.reserved IS DISTINCT FROM NEW.on_hand - NEW.reserved)
    EXECUTE FUNCTION backroom_data.channel_enqueue_stock_change();

-- Leases up to p_limit due rows of one channel for p_lease_seconds and returns them with the quantity
-- to push: available minus the buffer (the product's, else the channel's), never below zero. The
-- quantities are read by a second statement, after the rows were locked, so they are at least as new
-- as the seq returned with them. Rows other workers hold are skipped, expired leases taken over.
CREATE FUNCTION channel_claim(p_channel text, p_worker text, p_limit integer, p_lease_seconds integer)
RETURNS TABLE (product_id bigint, sku text, seq bigint, lease_token bigint, target_qty integer, available integer,
               buffer_qty integer, item_id text, attempts integer, first_changed_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_token     bigint := nextval('backroom_data.channel_lease_seq');
    v_products  bigint[];
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 OR p_lease_seconds IS NULL OR p_lease_seconds < 1 THEN
        RAISE EXCEPTION 'claim needs a limit from 1 to 1000 and a lease of at least 1 s' USING ERRCODE = '22023';
    END IF;
    WITH due AS (
        SELECT o.product_id FROM channel_outbox o
         WHERE o.channel = p_channel AND o.next_attempt_at <= clock_timestamp()
           AND (o.lease_until IS NULL OR o.lease_until < clock_timestamp())
         ORDER BY o.first_changed_at
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED
    ), leased AS (
        UPDATE channel_outbox o
           SET lease_token = v_token, lease_owner = p_worker, leased_at = clock_timestamp(),
               lease_until = clock_timestamp() + make_interval(secs => p_lease_seconds)
          FROM due
         WHERE o.channel = p_channel AND o.product_id = due.product_id
        RETURNING o.product_id
    )
    SELECT array_agg(leased.product_id) INTO v_products FROM leased;
    IF v_products IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT o.product_id, p.sku, o.seq, v_token,
           greatest(0, a.available - coalesce(pb.buffer_qty, c.buffer_qty))::integer,
           a.available, coalesce(pb.buffer_qty, c.buffer_qty), li.item_id, o.attempts, o.first_changed_at
      FROM channel_outbox o
      JOIN product p ON p.id = o.product_id
      JOIN channel c ON c.name = o.channel
      LEFT JOIN channel_product_buffer pb ON pb.channel = o.channel AND pb.product_id = o.product_id
      LEFT JOIN channel_listing li ON li.channel = o.channel AND li.product_id = o.product_id
      CROSS JOIN LATERAL (SELECT channel_available(o.product_id) AS available) a
     WHERE o.channel = p_channel AND o.product_id = ANY (v_products) AND o.lease_token = v_token
     ORDER BY o.first_changed_at;
END $$;

-- Gives back rows of one channel still leased under p_token, untouched: the given products (a push the
-- channel's breaker, bulkhead or rate limit refused before it was sent), or all of them (a worker that
-- stops). Returns how many.
CREATE FUNCTION channel_release(p_channel text, p_token bigint, p_products bigint[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    n integer;
BEGIN
    UPDATE channel_outbox SET lease_token = NULL, lease_owner = NULL, leased_at = NULL, lease_until = NULL
     WHERE channel = p_channel AND lease_token = p_token AND (p_products IS NULL OR product_id = ANY (p_products));
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- Records how the push of (channel, product) at p_seq under lease p_token ended. Returns the outcome:
--   acked          the channel holds the newest value; the outbox row is gone
--   newer_pending  acknowledged, but a newer change came meanwhile: the row stays, lease released
--   requeued       acknowledged after the lease was lost (another worker may have pushed a newer value
--                  before ours landed): the row is enqueued again so that the newest value lands last
--   retry          failed: lease released, next attempt after p_retry_after_seconds or the backoff
--                  (0.5 s doubling, at most 60 s)
--   lease_lost     failed after the lease was lost: nothing to do, someone else holds the row
-- channel_ack only moves forward: an older seq never overwrites a newer acknowledged one.
CREATE FUNCTION channel_record_push(p_channel text, p_product bigint, p_seq bigint, p_token bigint, p_qty integer,
                                    p_ok boolean, p_error text DEFAULT NULL, p_latency_ms integer DEFAULT NULL,
                                    p_retry_after_seconds integer DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    o          channel_outbox%ROWTYPE;
    v_ours     boolean;
    v_outcome  text;
    v_lag      integer;
BEGIN
    SELECT * INTO o FROM channel_outbox x WHERE x.channel = p_channel AND x.product_id = p_product FOR UPDATE;
    v_ours := FOUND AND o.lease_token = p_token;
    IF p_ok THEN
        INSERT INTO channel_ack AS a (channel, product_id, seq, qty, acked_at)
        VALUES (p_channel, p_product, p_seq, p_qty, clock_timestamp())
        ON CONFLICT (channel, product_id) DO UPDATE SET seq = EXCLUDED.seq, qty = EXCLUDED.qty, acked_at = EXCLUDED.acked_at
         WHERE a.seq < EXCLUDED.seq;
        IF v_ours THEN
            v_lag := (extract(epoch FROM clock_timestamp() - o.first_changed_at) * 1000)::integer;
        END IF;
        IF v_ours AND o.seq = p_seq THEN
            DELETE FROM channel_outbox x WHERE x.channel = p_channel AND x.product_id = p_product;
            v_outcome := 'acked';
        ELSIF v_ours THEN
            -- Changes after the claim are not in the pushed value; they came after leased_at.
            UPDATE channel_outbox x
               SET lease_token = NULL, lease_owner = NULL, lease_until = NULL, attempts = 0, last_error = NULL,
                   next_attempt_at = '-infinity', first_changed_at = greatest(o.first_changed_at, o.leased_at),
                   leased_at = NULL
             WHERE x.channel = p_channel AND x.product_id = p_product;
            v_outcome := 'newer_pending';
        ELSE
            PERFORM channel_enqueue(p_product, p_channel);
            v_outcome := 'requeued';
        END IF;
    ELSIF v_ours THEN
        UPDATE channel_outbox x
           SET lease_token = NULL, lease_owner = NULL, lease_until = NULL, leased_at = NULL,
               attempts = o.attempts + 1, last_error = left(p_error, 500),
               next_attempt_at = clock_timestamp() + make_interval(secs =>
                   coalesce(least(greatest(p_retry_after_seconds, 0), 3600)::double precision,
                            least(60, 0.5 * power(2, least(o.attempts, 10)))))
         WHERE x.channel = p_channel AND x.product_id = p_product;
        v_outcome := 'retry';
    ELSE
        v_outcome := 'lease_lost';
    END IF;
    INSERT INTO channel_push_log (channel, product_id, seq, qty, ok, outcome, error, lag_ms, latency_ms, worker)
    VALUES (p_channel, p_product, p_seq, p_qty, p_ok, v_outcome, left(p_error, 500), v_lag, p_latency_ms,
            CASE WHEN v_ours THEN o.lease_owner END);
    RETURN v_outcome;
END $$;

-- Flash-sale buyers take from buckets without touching the stock row (that is their point), so the
-- trigger does not see them. The worker calls this on every poll: it enqueues the flash-sale products
-- whose quantity differs from what a channel acknowledged. Returns how many rows it enqueued.
CREATE FUNCTION channel_enqueue_flash_sales() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    FOR r IN
        SELECT c.name, f.product_id
          FROM flash_sale f CROSS JOIN channel c
          LEFT JOIN channel_ack a ON a.channel = c.name AND a.product_id = f.product_id
          LEFT JOIN channel_product_buffer pb ON pb.channel = c.name AND pb.product_id = f.product_id
         WHERE c.remote AND c.enabled
           AND a.qty IS DISTINCT FROM greatest(0, channel_available(f.product_id) - coalesce(pb.buffer_qty, c.buffer_qty))
           AND NOT EXISTS (SELECT 1 FROM channel_outbox o WHERE o.channel = c.name AND o.product_id = f.product_id)
         ORDER BY f.product_id, c.name
    LOOP
        PERFORM channel_enqueue(r.product_id, r.name);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;

-- Enqueues every product for one channel (or every enabled remote channel): after a buffer change,
-- enabling a channel, or when the owner asks (`backroom channels resync`). Returns rows enqueued.
CREATE FUNCTION channel_resync(p_channel text DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    n integer;
BEGIN
    IF p_channel IS NOT NULL AND NOT EXISTS (SELECT 1 FROM channel WHERE name = p_channel) THEN
        RAISE EXCEPTION 'Unknown channel %; channels are web, shopee and lazada', p_channel USING ERRCODE = '22023';
    END IF;
    INSERT INTO channel_outbox AS o (channel, product_id, seq, first_changed_at, changed_at)
    SELECT c.name, p.id, nextval('channel_change_seq'), clock_timestamp(), clock_timestamp()
      FROM channel c CROSS JOIN product p
     WHERE c.remote AND c.enabled AND (p_channel IS NULL OR c.name = p_channel)
     ORDER BY c.name, p.id
    ON CONFLICT (channel, product_id) DO UPDATE SET seq = EXCLUDED.seq, changed_at = EXCLUDED.changed_at;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- Sets what is given (NULL leaves a field as it is). A change of buffer or enabling a channel resyncs it.
CREATE FUNCTION channel_configure(p_channel text, p_enabled boolean DEFAULT NULL, p_buffer integer DEFAULT NULL,
                                  p_base_url text DEFAULT NULL, p_shop_id text DEFAULT NULL,
                                  p_partner_id text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    old channel%ROWTYPE;
BEGIN
    SELECT * INTO old FROM channel WHERE name = p_channel FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown channel %; channels are web, shopee and lazada', p_channel USING ERRCODE = '22023';
    END IF;
    IF p_buffer IS NOT NULL AND (p_buffer < 0 OR p_buffer > 1000000) THEN
        RAISE EXCEPTION 'Buffer stock must be from 0 to 1000000, got %', p_buffer USING ERRCODE = '22023';
    END IF;
    IF p_base_url IS NOT NULL AND p_base_url <> '' AND p_base_url !~ '^https?://' THEN
        RAISE EXCEPTION 'A base URL starts with https:// (or http:// for a local stand-in), got %', p_base_url
            USING ERRCODE = '22023';
    END IF;
    UPDATE channel
       SET enabled = coalesce(p_enabled, enabled), buffer_qty = coalesce(p_buffer, buffer_qty),
           base_url = CASE WHEN p_base_url IS NULL THEN base_url ELSE nullif(p_base_url, '') END,
           shop_id = CASE WHEN p_shop_id IS NULL THEN shop_id ELSE nullif(p_shop_id, '') END,
           partner_id = CASE WHEN p_partner_id IS NULL THEN partner_id ELSE nullif(p_partner_id, '') END,
           updated_at = now(), updated_by = session_user
     WHERE name = p_channel;
    IF old.remote AND (coalesce(p_enabled, old.enabled) AND (NOT old.enabled OR coalesce(p_buffer, old.buffer_qty) <> old.buffer_qty)) THEN
        PERFORM channel_resync(p_channel);
    END IF;
    IF p_enabled IS FALSE THEN
        DELETE FROM channel_outbox WHERE channel = p_channel;
    END IF;
END $$;

-- A per-product buffer for one channel (NULL removes it: the channel's applies). Enqueues the product.
CREATE FUNCTION channel_product_buffer_set(p_channel text, p_sku text, p_buffer integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_product bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM channel WHERE name = p_channel) THEN
        RAISE EXCEPTION 'Unknown channel %; channels are web, shopee and lazada', p_channel USING ERRCODE = '22023';
    END IF;
    SELECT id INTO v_product FROM product WHERE sku = p_sku;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown SKU %', p_sku USING ERRCODE = 'P0002';
    END IF;
    IF p_buffer IS NULL THEN
        DELETE FROM channel_product_buffer WHERE channel = p_channel AND product_id = v_product;
    ELSIF p_buffer < 0 OR p_buffer > 1000000 THEN
        RAISE EXCEPTION 'Buffer stock must be from 0 to 1000000, got %', p_buffer USING ERRCODE = '22023';
    ELSE
        INSERT INTO channel_product_buffer (channel, product_id, buffer_qty) VALUES (p_channel, v_product, p_buffer)
        ON CONFLICT (channel, product_id) DO UPDATE SET buffer_qty = EXCLUDED.buffer_qty;
    END IF;
    PERFORM channel_enqueue(v_product, p_channel);
END $$;

-- Remembers the marketplace's item id for one of our SKUs (the worker learns it by lookup).
CREATE FUNCTION channel_listing_set(p_channel text, p_sku text, p_item_id text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_product bigint;
BEGIN
    SELECT id INTO v_product FROM product WHERE sku = p_sku;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown SKU %', p_sku USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO channel_listing (channel, product_id, item_id) VALUES (p_channel, v_product, p_item_id)
    ON CONFLICT (channel, product_id) DO UPDATE SET item_id = EXCLUDED.item_id;
END $$;

-- Takes in one marketplace order: reserves through place_order (channel = p_channel, idempotency key
-- "<channel>:<external id>") and pays it at once (the buyer paid the marketplace), so it never expires.
-- An order that cannot be reserved (out of stock, unknown SKU, bad lines) is kept as 'flagged' with the
-- reason for the owner, never dropped. The same external id again returns the first answer (replayed).
CREATE FUNCTION channel_order_intake(p_channel text, p_external_id text, p_lines jsonb)
RETURNS TABLE (order_id bigint, status text, reason text, replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_order  bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM channel c WHERE c.name = p_channel AND c.remote) THEN
        RAISE EXCEPTION 'Unknown marketplace %; orders come from shopee or lazada', p_channel USING ERRCODE = '22023';
    END IF;
    IF p_external_id IS NULL OR p_external_id = '' THEN
        RAISE EXCEPTION 'A marketplace order needs its id' USING ERRCODE = '22023';
    END IF;
    -- Serialise twins of one external order (the puller and a webhook may bring it at once).
    PERFORM pg_advisory_xact_lock(hashtext('channel_order'), hashtext(p_channel || ':' || p_external_id));
    RETURN QUERY SELECT co.order_id, co.status, co.reason, true FROM channel_order co
                  WHERE co.channel = p_channel AND co.external_id = p_external_id;
    IF FOUND THEN
        RETURN;
    END IF;
    BEGIN
        SELECT po.order_id INTO v_order
          FROM place_order(p_lines, p_channel || ':' || p_external_id, p_channel, 10080, 'channel:' || p_channel) po;
        PERFORM pay_order(v_order, 'channel:' || p_channel);
        INSERT INTO channel_order (channel, external_id, order_id, status, lines)
        VALUES (p_channel, p_external_id, v_order, 'accepted', coalesce(p_lines, '[]'));
        RETURN QUERY SELECT v_order, 'accepted'::text, NULL::text, false;
    EXCEPTION WHEN SQLSTATE 'BR001' OR SQLSTATE 'BR003' OR SQLSTATE 'P0002' OR SQLSTATE '22023'
                 OR SQLSTATE '55000' OR check_violation THEN
        INSERT INTO channel_order (channel, external_id, status, reason, lines)
        VALUES (p_channel, p_external_id, 'flagged', SQLERRM,
                CASE WHEN jsonb_typeof(p_lines) IS NULL THEN '[]'::jsonb ELSE p_lines END);
        RETURN QUERY SELECT NULL::bigint, 'flagged'::text, SQLERRM, false;
    END;
END $$;

-- Moves a channel's order cursor forward (never back). Returns the cursor now.
CREATE FUNCTION channel_order_cursor_set(p_channel text, p_cursor timestamptz) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v timestamptz;
BEGIN
    UPDATE channel SET order_cursor = greatest(order_cursor, p_cursor)
     WHERE name = p_channel AND remote
    RETURNING order_cursor INTO v;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown marketplace %', p_channel USING ERRCODE = '22023';
    END IF;
    RETURN v;
END $$;

-- Per channel, what the owner watches. Breaker state: the newest published by a live `serve`
-- (component "breaker:<channel>"), NULL when no instance publishes one.
CREATE FUNCTION channel_status()
RETURNS TABLE (channel text, remote boolean, enabled boolean, buffer_qty integer, base_url text, shop_id text,
               partner_id text, queue_depth bigint, oldest_change timestamptz, lag_seconds double precision,
               last_push_at timestamptz, pushes_last_hour bigint, errors_last_hour bigint, last_error text,
               last_error_at timestamptz, flagged_orders bigint, breaker_state text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT c.name, c.remote, c.enabled, c.buffer_qty, c.base_url, c.shop_id, c.partner_id,
           q.depth, q.oldest, CASE WHEN q.oldest IS NULL THEN 0 ELSE extract(epoch FROM clock_timestamp() - q.oldest) END,
           (SELECT max(l.at) FROM channel_push_log l WHERE l.channel = c.name AND l.ok),
           (SELECT count(*) FROM channel_push_log l WHERE l.channel = c.name AND l.ok AND l.at > now() - interval '1 hour'),
           (SELECT count(*) FROM channel_push_log l WHERE l.channel = c.name AND NOT l.ok AND l.at > now() - interval '1 hour'),
           e.error, e.at,
           (SELECT count(*) FROM channel_order co WHERE co.channel = c.name AND co.status = 'flagged'),
           (SELECT h.state FROM component_health h JOIN health_instance i ON i.instance_id = h.instance_id
             WHERE h.component = 'breaker:' || c.name
               AND i.heartbeat_at > now() - 3 * i.heartbeat_interval
             ORDER BY h.updated_at DESC LIMIT 1)
      FROM channel c
      CROSS JOIN LATERAL (SELECT count(*) AS depth, min(o.first_changed_at) AS oldest
                            FROM channel_outbox o WHERE o.channel = c.name) q
      LEFT JOIN LATERAL (SELECT l.error, l.at FROM channel_push_log l
                          WHERE l.channel = c.name AND NOT l.ok ORDER BY l.at DESC LIMIT 1) e ON true
     ORDER BY c.remote, c.name
$$;

-- Per product and remote channel: our available, what the channel should show (buffer applied), what
-- it acknowledged last, and whether a push is pending. Drifting rows first, then by SKU.
CREATE FUNCTION channel_drift(p_limit integer DEFAULT 200)
RETURNS TABLE (product_id bigint, sku text, channel text, available integer, expected integer, shown integer,
               shown_at timestamptz, pending boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT x.* FROM (
        SELECT p.id, p.sku, c.name, av.available,
               greatest(0, av.available - coalesce(pb.buffer_qty, c.buffer_qty))::integer,
               a.qty, a.acked_at,
               EXISTS (SELECT 1 FROM channel_outbox o WHERE o.channel = c.name AND o.product_id = p.id)
          FROM product p CROSS JOIN channel c
          CROSS JOIN LATERAL (SELECT channel_available(p.id) AS available) av
          LEFT JOIN channel_product_buffer pb ON pb.channel = c.name AND pb.product_id = p.id
          LEFT JOIN channel_ack a ON a.channel = c.name AND a.product_id = p.id
         WHERE c.remote AND c.enabled) x (product_id, sku, channel, available, expected, shown, shown_at, pending)
     ORDER BY (x.shown IS DISTINCT FROM x.expected) DESC, x.sku, x.channel
     LIMIT greatest(coalesce(p_limit, 200), 0)
$$;

-- Lag history for the chart: per channel and minute since p_since, pushes and lag p50 / p95 / max (ms).
CREATE FUNCTION channel_lag_history(p_since timestamptz)
RETURNS TABLE (channel text, minute timestamptz, pushes bigint, errors bigint, lag_p50_ms double precision,
               lag_p95_ms double precision, lag_max_ms integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT l.channel, date_trunc('minute', l.at), count(*) FILTER (WHERE l.ok), count(*) FILTER (WHERE NOT l.ok),
           percentile_cont(0.5) WITHIN GROUP (ORDER BY l.lag_ms), percentile_cont(0.95) WITHIN GROUP (ORDER BY l.lag_ms),
           max(l.lag_ms)
      FROM channel_push_log l
     WHERE l.at >= p_since
     GROUP BY 1, 2 ORDER BY 1, 2
$$;

REVOKE EXECUTE ON FUNCTION backroom_data.channel_available(bigint), backroom_data.channel_enqueue(bigint, text),
    backroom_data.channel_enqueue_stock_change(),
    channel_claim(text, text, integer, integer), channel_release(text, bigint, bigint[]),
    channel_record_push(text, bigint, bigint, bigint, integer, boolean, text, integer, integer),
    channel_enqueue_flash_sales(), channel_resync(text), channel_configure(text, boolean, integer, text, text, text),
    channel_product_buffer_set(text, text, integer), channel_listing_set(text, text, text),
    channel_order_intake(text, text, jsonb), channel_order_cursor_set(text, timestamptz), channel_status(),
    channel_drift(integer), channel_lag_history(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION channel_claim(text, text, integer, integer), channel_release(text, bigint, bigint[]),
    channel_record_push(text, bigint, bigint, bigint, integer, boolean, text, integer, integer),
    channel_enqueue_flash_sales(), channel_listing_set(text, text, text), channel_order_intake(text, text, jsonb),
    channel_order_cursor_set(text, timestamptz)
    TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION channel_resync(text), channel_configure(text, boolean, integer, text, text, text),
    channel_product_buffer_set(text, text, integer), channel_status(), channel_drift(integer),
    channel_lag_history(timestamptz)
    TO backroom_owner;
