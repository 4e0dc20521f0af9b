-- 001: products, bins, stock with non-negative guarantees, the append-only ledger, live notifications.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE product (
    id            bigserial PRIMARY KEY,
    sku           text NOT NULL UNIQUE CHECK (sku <> '' AND length(sku) <= 64),
    name          text NOT NULL,
    name_th       text,
    barcode       text,
    price_satang  bigint NOT NULL DEFAULT 0 CHECK (price_satang >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    -- What typo-tolerant search matches against: SKU, both names, and the names with punctuation
    -- removed so that "tshirt" meets "T-Shirt".
    search_text   text GENERATED ALWAYS AS (
        lower(sku || ' ' || name || ' ' || coalesce(name_th, '') || ' '
              || regexp_replace(name, '[^[:alnum:][:space:]]', '', 'g'))) STORED
);
CREATE INDEX product_search_trgm ON product USING gin (search_text gin_trgm_ops);
CREATE INDEX product_name ON product (name, id);
CREATE INDEX product_barcode ON product (barcode);

CREATE TABLE bin (
    id        serial PRIMARY KEY,
    code      text NOT NULL UNIQUE CHECK (code <> ''),
    zone      text NOT NULL,
    pick_seq  integer NOT NULL
);

CREATE TABLE stock (
    product_id  bigint NOT NULL REFERENCES product (id),
    bin_id      integer NOT NULL REFERENCES bin (id),
    on_hand     integer NOT NULL DEFAULT 0,
    reserved    integer NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (product_id, bin_id),
    CONSTRAINT stock_never_negative CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)
);
CREATE INDEX stock_bin ON stock (bin_id);
CREATE INDEX stock_on_hand ON stock (on_hand, product_id, bin_id);
CREATE INDEX stock_reserved ON stock (reserved, product_id, bin_id);
CREATE INDEX stock_available ON stock ((on_hand - reserved), product_id, bin_id);

-- Append-only: for every stock row, on_hand = sum(delta) of its ledger rows. Written only by the
-- trigger below, so no writer can change stock without a ledger row.
CREATE TABLE stock_ledger (
    id             bigserial PRIMARY KEY,
    product_id     bigint NOT NULL,
    bin_id         integer NOT NULL,
    delta          integer NOT NULL,
    on_hand_after  integer NOT NULL,
    reason         text NOT NULL,
    ref            text,
    actor          text NOT NULL,
    at             timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (product_id, bin_id) REFERENCES stock (product_id, bin_id)
);
CREATE INDEX stock_ledger_item ON stock_ledger (product_id, bin_id, id);

CREATE FUNCTION stock_ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_ledger is append-only: % refused', TG_OP USING ERRCODE = '42501';
END $$;
CREATE TRIGGER stock_ledger_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON stock_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION stock_ledger_is_append_only();

-- Every change of on_hand writes its ledger row in the same transaction. Reason, reference and
-- actor come from transaction-local settings (backroom.reason / backroom.ref / backroom.actor).
CREATE FUNCTION stock_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d integer;
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
        INSERT INTO stock_ledger (product_id, bin_id, delta, on_hand_after, reason, ref, actor)
        VALUES (NEW.product_id, NEW.bin_id, d, NEW.on_hand,
                coalesce(nullif(current_setting('backroom.reason', true), ''), 'unspecified'),
                nullif(current_setting('backroom.ref', true), ''),
                coalesce(nullif(current_setting('backroom.actor', true), ''), session_user));
    END IF;
    IF coalesce(current_setting('backroom.quiet', true), '') <> 'on' THEN
        PERFORM pg_notify('stock_changed', NEW.product_id || ':' || NEW.bin_id);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER stock_record_change AFTER INSERT OR UPDATE OF on_hand, reserved ON stock
    FOR EACH ROW EXECUTE FUNCTION stock_record_change();
CREATE TRIGGER stock_guard_delete BEFORE DELETE ON stock
    FOR EACH ROW EXECUTE FUNCTION stock_record_change();

-- The xmin-guarded staff edit: write on_hand only if the row is still the version the caller read.
-- Returns applied = false with the current value and version when someone else changed it first.
CREATE FUNCTION stock_set_guarded(p_product bigint, p_bin integer, p_on_hand integer,
                                  p_expected xid, p_reason text, p_actor text, p_ref text DEFAULT NULL)
RETURNS TABLE (applied boolean, on_hand integer, reserved integer, version text)
LANGUAGE plpgsql AS $$
BEGIN
    IF p_on_hand IS NULL OR p_on_hand < 0 THEN
        RAISE EXCEPTION 'quantity must be 0 or more, got %', p_on_hand USING ERRCODE = '22023';
    END IF;
    PERFORM set_config('backroom.reason', coalesce(p_reason, 'edit'), true),
            set_config('backroom.actor', coalesce(p_actor, session_user), true),
            set_config('backroom.ref', coalesce(p_ref, ''), true);
    RETURN QUERY
        UPDATE stock s SET on_hand = p_on_hand, updated_at = now()
         WHERE s.product_id = p_product AND s.bin_id = p_bin AND s.xmin = p_expected
        RETURNING true, s.on_hand, s.reserved, s.xmin::text;
    IF NOT FOUND THEN
        RETURN QUERY SELECT false, s.on_hand, s.reserved, s.xmin::text
                       FROM stock s WHERE s.product_id = p_product AND s.bin_id = p_bin;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no stock row for product % in bin %', p_product, p_bin USING ERRCODE = 'P0002';
        END IF;
    END IF;
END $$;
