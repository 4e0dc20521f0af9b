-- 009: an order whose reservation has run out can no longer be paid, even if the expiry sweep has not
-- reached it yet: its units are about to go back on sale. The sweep then releases it as usual.
CREATE OR REPLACE FUNCTION pay_order(p_order bigint, p_actor text DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
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
