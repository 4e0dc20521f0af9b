-- 016: closing the channel-sync gaps of 011 (docs/channels.md).
--
--   * Failed marketplace calls other than stock pushes (listing lookups, order lists and details, webhooks)
--     are recorded in channel_push_log too (product_id and seq NULL, `call` names the call), so that
--     channel_status's last error and errors in the last hour show what the marketplace said: before, a
--     failed lookup or order pull only reached the worker's log and the status kept an old error.
--   * channel_prune_push_log: the push log kept every push forever; `serve` prunes it every few minutes
--     (older than a week, or beyond the newest N rows of a channel).
--   * channel_drift: set-based (one aggregate over stock and buckets instead of channel_available() per
--     product and channel): ~346 ms -> see docs/channels.md at 5,000 products. Same signature and grants.
--   * channel_resync_batch: the Channels screen's "Resync all" queues products in batches (each batch one
--     transaction, every channel of the run at once), so Cancel stops within a batch and a product is
--     never queued for some channels of the run and not the others.
--
-- Following docs/roles.md: the new functions are SECURITY DEFINER with a fixed search_path, revoked from
-- PUBLIC and granted here. SQLSTATEs: 22023 bad input (unknown channel, bad limits).

ALTER TABLE backroom_data.channel_push_log
    ALTER COLUMN product_id DROP NOT NULL,
    ALTER COLUMN seq DROP NOT NULL,
    ADD COLUMN call text NOT NULL DEFAULT 'update_stock';   -- update_stock, item_list, item_info, order_list, ...
ALTER TABLE backroom_data.channel_push_log
    ADD CONSTRAINT channel_push_log_push_has_product CHECK (call <> 'update_stock' OR (product_id IS NOT NULL AND seq IS NOT NULL));
CREATE OR REPLACE VIEW channel_push_log AS SELECT * FROM backroom_data.channel_push_log;

-- Records a failed marketplace call that is not a stock push (the worker retries it with its own backoff).
-- p_call: item_list, item_info, order_list, order_detail, order_push. The error text carries what the
-- platform said (malformed, error_sign, rate_limited, server_error ...).
CREATE FUNCTION channel_record_call_failure(p_channel text, p_call text, p_error text, p_latency_ms integer DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM channel c WHERE c.name = p_channel AND c.remote) THEN
        RAISE EXCEPTION 'Unknown marketplace %', p_channel USING ERRCODE = '22023';
    END IF;
    IF p_call IS NULL OR p_call !~ '^[a-z_]{1,40}$' OR p_call = 'update_stock' THEN
        RAISE EXCEPTION 'A call name is a lower-case word other than update_stock, got %', p_call USING ERRCODE = '22023';
    END IF;
    INSERT INTO channel_push_log (channel, product_id, seq, qty, ok, outcome, error, latency_ms, worker, call)
    VALUES (p_channel, NULL, NULL, NULL, false, 'call_failed', left(coalesce(p_error, 'failed'), 500), p_latency_ms,
            session_user, p_call);
END $$;

-- Deletes push log rows older than p_keep, and of each channel those beyond its newest p_keep_rows.
-- Returns how many rows went. Uses channel_push_log_recent (channel, at).
CREATE FUNCTION channel_prune_push_log(p_keep interval DEFAULT '7 days', p_keep_rows integer DEFAULT 100000)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_channel  text;
    v_cut      timestamptz;
    n          bigint;
    total      bigint := 0;
BEGIN
    IF p_keep IS NULL OR p_keep < interval '1 minute' OR p_keep_rows IS NULL OR p_keep_rows < 100 THEN
        RAISE EXCEPTION 'Keep at least a minute and 100 rows of push log' USING ERRCODE = '22023';
    END IF;
    FOR v_channel IN SELECT name FROM channel WHERE remote ORDER BY name LOOP
        SELECT l.at INTO v_cut FROM channel_push_log l WHERE l.channel = v_channel
         ORDER BY l.at DESC OFFSET p_keep_rows LIMIT 1;
        DELETE FROM channel_push_log l
         WHERE l.channel = v_channel AND (l.at < now() - p_keep OR (v_cut IS NOT NULL AND l.at <= v_cut));
        GET DIAGNOSTICS n = ROW_COUNT;
        total := total + n;
    END LOOP;
    RETURN total;
END $$;

-- Set-based: the available quantity of every product is summed once (stock rows and flash-sale buckets),
-- not one channel_available() call per product and channel. Drifting rows first, then by SKU.
CREATE OR REPLACE FUNCTION channel_drift(p_limit integer DEFAULT 200)
RETURNS TABLE (product_id bigint, sku text, channel text, available integer, expected integer, shown integer,
               shown_at timestamptz, pending boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    WITH on_shelf AS (SELECT s.product_id, sum(s.on_hand - s.reserved) AS q FROM stock s GROUP BY s.product_id),
         in_buckets AS (SELECT b.product_id, sum(b.allotted - b.taken) AS q FROM stock_bucket b GROUP BY b.product_id),
         x AS (
        SELECT p.id, p.sku, c.name, av.available,
               greatest(0, av.available - coalesce(pb.buffer_qty, c.buffer_qty))::integer AS expected,
               a.qty, a.acked_at, o.product_id IS NOT NULL AS pending
          FROM product p
          LEFT JOIN on_shelf sh ON sh.product_id = p.id
          LEFT JOIN in_buckets bu ON bu.product_id = p.id
          CROSS JOIN LATERAL (SELECT (coalesce(sh.q, 0) + coalesce(bu.q, 0))::integer AS available) av
          CROSS JOIN channel c
          LEFT JOIN channel_product_buffer pb ON pb.channel = c.name AND pb.product_id = p.id
          LEFT JOIN channel_ack a ON a.channel = c.name AND a.product_id = p.id
          LEFT JOIN channel_outbox o ON o.channel = c.name AND o.product_id = p.id
         WHERE c.remote AND c.enabled)
    SELECT x.id, x.sku, x.name, x.available, x.expected, x.qty, x.acked_at, x.pending FROM x
     ORDER BY (x.qty IS DISTINCT FROM x.expected) DESC, x.sku, x.name
     LIMIT greatest(coalesce(p_limit, 200), 0)
$$;

-- Queues the next p_batch products (by id, after p_after_product) for one channel, or for every enabled
-- marketplace when p_channel is NULL, in this one transaction. Returns the last product queued (NULL when
-- there were none left), the outbox rows written, and how many products are done of the total, for the
-- progress bar. The caller loops with last_product until it is NULL, and may stop between batches.
CREATE FUNCTION channel_resync_batch(p_channel text, p_after_product bigint, p_batch integer)
RETURNS TABLE (last_product bigint, queued integer, products_done bigint, products_total bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_last   bigint;
    v_rows   integer;
BEGIN
    IF p_channel IS NOT NULL AND NOT EXISTS (SELECT 1 FROM channel WHERE name = p_channel) THEN
        RAISE EXCEPTION 'Unknown channel %; channels are web, shopee and lazada', p_channel USING ERRCODE = '22023';
    END IF;
    IF p_batch IS NULL OR p_batch < 1 OR p_batch > 100000 THEN
        RAISE EXCEPTION 'A resync batch is from 1 to 100000 products, got %', p_batch USING ERRCODE = '22023';
    END IF;
    SELECT max(b.id) INTO v_last FROM (
        SELECT p.id FROM product p WHERE p.id > coalesce(p_after_product, 0) ORDER BY p.id LIMIT p_batch) b;
    IF v_last IS NULL THEN
        RETURN QUERY SELECT NULL::bigint, 0, (SELECT count(*) FROM product), (SELECT count(*) FROM product);
        RETURN;
    END IF;
    INSERT INTO channel_outbox AS o (channel, product_id, seq, first_changed_at, changed_at)
    SELECT c.name, p.id, nextval('channel_change_seq'), clock_timestamp(), clock_timestamp()
      FROM channel c CROSS JOIN product p
     WHERE c.remote AND c.enabled AND (p_channel IS NULL OR c.name = p_channel)
       AND p.id > coalesce(p_after_product, 0) AND p.id <= v_last
     ORDER BY c.name, p.id
    ON CONFLICT (channel, product_id) DO UPDATE SET seq = EXCLUDED.seq, changed_at = EXCLUDED.changed_at;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN QUERY SELECT v_last, v_rows, (SELECT count(*) FROM product p WHERE p.id <= v_last),
                        (SELECT count(*) FROM product);
END $$;

REVOKE EXECUTE ON FUNCTION channel_record_call_failure(text, text, text, integer),
    channel_prune_push_log(interval, integer), channel_resync_batch(text, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION channel_record_call_failure(text, text, text, integer),
    channel_prune_push_log(interval, integer)
    TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION channel_resync_batch(text, bigint, integer) TO backroom_owner;
