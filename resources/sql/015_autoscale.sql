-- 015: scale events of the auto-scaling supervisor (`backroom stack autoscale`, docs/autoscale.md). Each
-- time a supervisor adds or removes a `serve` instance it records when, from how many instances to how
-- many, which HAProxy slot and why; the desktop health screen shows the latest (NOTIFY scale_event,
-- payload: the supervisor's name).
-- Following docs/roles.md: the table lives in backroom_data; the store role (a supervisor run with the
-- store's login) and the owner record through scale_event_record; only the owner reads the view.

CREATE TABLE backroom_data.scale_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supervisor     text NOT NULL CHECK (supervisor <> '' AND length(supervisor) <= 100),
    at             timestamptz NOT NULL,                 -- the supervisor's clock (UTC)
    from_instances integer NOT NULL CHECK (from_instances >= 0),
    to_instances   integer NOT NULL CHECK (to_instances >= 0),
    slot           text NOT NULL DEFAULT '' CHECK (length(slot) <= 100),
    reason         text NOT NULL CHECK (length(reason) <= 500),
    recorded_by    text NOT NULL DEFAULT session_user,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scale_event_latest ON backroom_data.scale_event (at DESC);
REVOKE ALL ON backroom_data.scale_event FROM PUBLIC;

CREATE VIEW public.scale_event AS SELECT * FROM backroom_data.scale_event;
REVOKE ALL ON public.scale_event FROM PUBLIC;
GRANT SELECT ON public.scale_event TO backroom_owner;

-- Records one scale event and returns its id. Refuses a negative count or an empty supervisor (23514).
CREATE FUNCTION scale_event_record(p_supervisor text, p_at timestamptz, p_from integer, p_to integer,
                                   p_slot text, p_reason text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO scale_event (supervisor, at, from_instances, to_instances, slot, reason)
    VALUES (p_supervisor, coalesce(p_at, now()), p_from, p_to, coalesce(p_slot, ''), left(coalesce(p_reason, ''), 500))
    RETURNING id INTO v_id;
    PERFORM pg_notify('scale_event', p_supervisor);
    RETURN v_id;
END
$$;
REVOKE EXECUTE ON FUNCTION scale_event_record(text, timestamptz, integer, integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scale_event_record(text, timestamptz, integer, integer, text, text)
    TO backroom_store, backroom_owner;
