-- 007: payment attempts. A gateway is never called inside a transaction: `serve` records the intent
-- (payment_intent, commit), calls the gateway, then records the outcome (payment_outcome, commit). A
-- crash in between leaves a `pending` attempt that the reconciliation pass settles by asking the gateway
-- under the attempt's idempotency key, so an order is never "charged but not saved" and never charged
-- twice. A successful charge pays its order through pay_order in the same transaction as its outcome; a
-- charge for an order that expired, was cancelled or was already paid meanwhile is marked
-- needs_reversal (never silently kept) and the reconciliation pass reverses it at the gateway.
-- Following docs/roles.md: the table lives in backroom_data; staff, owner and store read it through the
-- view `payment_attempt`; only store (serve) and owner write, through the two functions below.

CREATE TABLE backroom_data.payment_attempt (
    id                bigserial PRIMARY KEY,
    order_id          bigint NOT NULL REFERENCES backroom_data.orders (id),
    method            text NOT NULL CHECK (method IN ('promptpay', 'card', 'truemoney', 'shopeepay')),
    gateway           text NOT NULL CHECK (gateway ~ '^[a-z][a-z0-9_]{0,30}$'),
    idempotency_key   text NOT NULL UNIQUE CHECK (idempotency_key <> '' AND length(idempotency_key) <= 255),
    gateway_charge_id text,
    status            text NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'successful', 'failed', 'expired', 'reversed')),
    needs_reversal    boolean NOT NULL DEFAULT false,   -- charged, but the order could not take it
    amount_satang     bigint NOT NULL CHECK (amount_satang > 0),
    currency          text NOT NULL DEFAULT 'THB' CHECK (currency ~ '^[A-Z]{3}$'),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    settled_at        timestamptz,                      -- when it left pending
    last_error        text,
    login             text NOT NULL DEFAULT session_user,
    CONSTRAINT payment_reversal_only_when_charged CHECK (NOT needs_reversal OR status = 'successful')
);
-- At most one kept successful charge per order: the database's own guard against charging twice.
CREATE UNIQUE INDEX payment_attempt_one_kept_success ON backroom_data.payment_attempt (order_id)
    WHERE status = 'successful' AND NOT needs_reversal;
CREATE INDEX payment_attempt_order ON backroom_data.payment_attempt (order_id, id);
CREATE INDEX payment_attempt_unsettled ON backroom_data.payment_attempt (created_at)
    WHERE status = 'pending' OR needs_reversal;
CREATE UNIQUE INDEX payment_attempt_charge ON backroom_data.payment_attempt (gateway, gateway_charge_id)
    WHERE gateway_charge_id IS NOT NULL;
REVOKE ALL ON backroom_data.payment_attempt FROM PUBLIC;

CREATE VIEW public.payment_attempt AS SELECT * FROM backroom_data.payment_attempt;
REVOKE ALL ON public.payment_attempt FROM PUBLIC;
GRANT SELECT ON public.payment_attempt TO backroom_staff, backroom_owner, backroom_store;

-- Records the intent to charge p_amount for p_order on p_gateway under p_key, before the gateway is
-- called. Refuses (BR002) when the order is not reserved, its reservation ran out, or another attempt
-- already succeeded; (22023) when the amount is not the order's total. The same key again returns the
-- same attempt (replayed = true) if it names the same order, method, gateway and amount, else BR003.
CREATE FUNCTION payment_intent(p_order bigint, p_method text, p_gateway text, p_key text, p_amount bigint,
                               p_currency text DEFAULT 'THB')
RETURNS TABLE (attempt_id bigint, status text, replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_order  backroom_data.orders%ROWTYPE;
    v_old    backroom_data.payment_attempt%ROWTYPE;
BEGIN
    SELECT * INTO v_old FROM backroom_data.payment_attempt a WHERE a.idempotency_key = p_key;
    IF FOUND THEN
        IF v_old.order_id <> p_order OR v_old.method <> p_method OR v_old.gateway <> p_gateway
           OR v_old.amount_satang <> p_amount THEN
            RAISE EXCEPTION 'Payment key % was already used for another payment (order %, % on %, % satang)',
                p_key, v_old.order_id, v_old.method, v_old.gateway, v_old.amount_satang USING ERRCODE = 'BR003';
        END IF;
        IF v_old.status IN ('pending', 'successful', 'reversed') THEN
            RETURN QUERY SELECT v_old.id, v_old.status, true;
            RETURN;
        END IF;
        -- A failed or expired attempt may be sent again under its key only while the order can
        -- still be paid: the checks below apply to it as to a new one.
    END IF;

    SELECT * INTO v_order FROM backroom_data.orders o WHERE o.id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Order % does not exist', p_order USING ERRCODE = 'P0002';
    END IF;
    IF EXISTS (SELECT 1 FROM backroom_data.payment_attempt a
                WHERE a.order_id = p_order AND a.status = 'successful' AND NOT a.needs_reversal
                  AND a.id IS DISTINCT FROM v_old.id) THEN
        RAISE EXCEPTION 'Order % is already paid; nothing more is charged', p_order USING ERRCODE = 'BR002';
    END IF;
    IF v_order.status <> 'reserved' THEN
        RAISE EXCEPTION 'Order % is % and cannot be paid', p_order, v_order.status USING ERRCODE = 'BR002';
    END IF;
    IF v_order.expires_at <= now() THEN
        RAISE EXCEPTION 'Order % cannot be paid: its reservation expired at %', p_order, v_order.expires_at
            USING ERRCODE = 'BR002';
    END IF;
    IF p_amount IS DISTINCT FROM v_order.total_satang THEN
        RAISE EXCEPTION 'Amount % satang does not match order %''s total of % satang', p_amount, p_order,
            v_order.total_satang USING ERRCODE = '22023';
    END IF;

    IF v_old.id IS NOT NULL THEN
        -- Sent again: pending until the gateway answers, like a new attempt.
        UPDATE backroom_data.payment_attempt a SET status = 'pending', settled_at = NULL, updated_at = now()
         WHERE a.id = v_old.id;
        RETURN QUERY SELECT v_old.id, 'pending'::text, true;
        RETURN;
    END IF;
    RETURN QUERY
    INSERT INTO backroom_data.payment_attempt AS a (order_id, method, gateway, idempotency_key, amount_satang, currency)
    VALUES (p_order, p_method, p_gateway, p_key, p_amount, upper(coalesce(p_currency, 'THB')))
    RETURNING a.id, a.status, false;
END $$;

-- Records what the gateway said about the attempt under p_key. Idempotent: the same outcome twice changes
-- nothing. pending -> successful | failed | expired | reversed; failed/expired -> successful | reversed
-- (a later inquiry is the truth); successful -> reversed. A successful charge must carry the attempt's
-- amount (else 22023, nothing changed) and pays the order here, in the same transaction; when the order
-- cannot take it (expired, cancelled, paid by another attempt) the charge is marked needs_reversal.
-- Returns the result: 'paid', 'reversal_needed', 'recorded' (not a success) or 'unchanged'.
CREATE FUNCTION payment_outcome(p_key text, p_status text, p_charge_id text DEFAULT NULL,
                                p_amount bigint DEFAULT NULL, p_error text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_a      backroom_data.payment_attempt%ROWTYPE;
    v_order  backroom_data.orders%ROWTYPE;
    v_keep   boolean;
BEGIN
    IF p_status NOT IN ('pending', 'successful', 'failed', 'expired', 'reversed') THEN
        RAISE EXCEPTION 'Unknown payment status %', p_status USING ERRCODE = '22023';
    END IF;
    SELECT * INTO v_a FROM backroom_data.payment_attempt a WHERE a.idempotency_key = p_key FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No payment attempt under key %', p_key USING ERRCODE = 'P0002';
    END IF;
    IF p_charge_id IS NOT NULL AND v_a.gateway_charge_id IS NOT NULL AND p_charge_id <> v_a.gateway_charge_id THEN
        RAISE EXCEPTION 'Payment % is charge %, not %', p_key, v_a.gateway_charge_id, p_charge_id
            USING ERRCODE = 'BR003';
    END IF;
    IF p_status = 'successful' AND p_amount IS DISTINCT FROM v_a.amount_satang THEN
        RAISE EXCEPTION 'The gateway charged % satang for payment %, which is for % satang', p_amount, p_key,
            v_a.amount_satang USING ERRCODE = '22023';
    END IF;

    IF p_status = v_a.status OR p_status = 'pending'
       OR (v_a.status = 'successful' AND p_status <> 'reversed') OR v_a.status = 'reversed' THEN
        -- Nothing to move; remember the charge id and error if they are new.
        UPDATE backroom_data.payment_attempt a
           SET gateway_charge_id = coalesce(a.gateway_charge_id, p_charge_id),
               last_error = coalesce(p_error, a.last_error), updated_at = now()
         WHERE a.id = v_a.id AND (a.gateway_charge_id IS NULL AND p_charge_id IS NOT NULL
                                  OR p_error IS DISTINCT FROM a.last_error AND p_error IS NOT NULL);
        RETURN 'unchanged';
    END IF;

    IF p_status <> 'successful' THEN
        UPDATE backroom_data.payment_attempt a
           SET status = p_status, gateway_charge_id = coalesce(a.gateway_charge_id, p_charge_id),
               last_error = coalesce(p_error, a.last_error), updated_at = now(),
               settled_at = coalesce(a.settled_at, now()), needs_reversal = false
         WHERE a.id = v_a.id;
        RETURN 'recorded';
    END IF;

    -- Decide before writing, so a second charge never collides with the one already kept.
    SELECT * INTO v_order FROM backroom_data.orders o WHERE o.id = v_a.order_id FOR UPDATE;
    v_keep := v_order.status = 'reserved' AND v_order.expires_at > now()
              AND NOT EXISTS (SELECT 1 FROM backroom_data.payment_attempt a
                               WHERE a.order_id = v_a.order_id AND a.id <> v_a.id
                                 AND a.status = 'successful' AND NOT a.needs_reversal);
    UPDATE backroom_data.payment_attempt a
       SET status = 'successful', gateway_charge_id = coalesce(a.gateway_charge_id, p_charge_id),
           updated_at = now(), settled_at = coalesce(a.settled_at, now()), needs_reversal = NOT v_keep,
           last_error = CASE WHEN v_keep THEN a.last_error
                        ELSE format('charged, but order %s is %s: to be reversed', v_order.id,
                                    CASE WHEN v_order.status = 'reserved' THEN 'past its reservation'
                                         ELSE v_order.status END) END
     WHERE a.id = v_a.id;
    IF NOT v_keep THEN
        RETURN 'reversal_needed';
    END IF;
    PERFORM public.pay_order(v_a.order_id, 'payment:' || v_a.gateway || ':' || coalesce(p_charge_id, p_key));
    RETURN 'paid';
END $$;

REVOKE EXECUTE ON FUNCTION payment_intent(bigint, text, text, text, bigint, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION payment_outcome(text, text, text, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payment_intent(bigint, text, text, text, bigint, text) TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION payment_outcome(text, text, text, bigint, text) TO backroom_store, backroom_owner;
