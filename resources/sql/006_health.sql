-- 006: the health registry. Every `backroom serve` instance publishes the state and recent figures of
-- its parts (database, bulkheads, breakers, gateways, marketplaces, itself) here, at most a few times a
-- second, with a heartbeat; every GUI reads all instances through component_health_read and LISTENs on
-- `component_health` (payload: the instance id) to refresh. An instance whose heartbeat is older than
-- three of its own heartbeat intervals is reported `stale`, never as healthy.
-- Following docs/roles.md: the tables live in backroom_data, where no job role reaches; the store role
-- (what `serve` runs as) and the owner publish through component_health_publish; only the owner reads
-- (component_health_read) and forgets instances that are gone for good (component_health_forget).

CREATE TABLE backroom_data.health_instance (
    instance_id         text PRIMARY KEY CHECK (instance_id <> '' AND length(instance_id) <= 100),
    host                text NOT NULL,
    pid                 integer NOT NULL,
    version             text NOT NULL,
    login               text NOT NULL DEFAULT session_user,   -- who publishes it; nobody else may
    started_at          timestamptz NOT NULL DEFAULT now(),
    heartbeat_at        timestamptz NOT NULL DEFAULT now(),   -- the server's clock, one clock for all instances
    heartbeat_interval  interval NOT NULL CHECK (heartbeat_interval > '0')
);

-- detail: {calls, failure_rate, slow_rate, p95_ms, last_error, since, ...} (docs/health.md).
CREATE TABLE backroom_data.component_health (
    instance_id  text NOT NULL REFERENCES backroom_data.health_instance ON DELETE CASCADE,
    component    text NOT NULL CHECK (component <> '' AND length(component) <= 200),
    kind         text NOT NULL CHECK (kind IN ('database', 'gateway', 'bulkhead', 'breaker', 'serve', 'marketplace')),
    state        text NOT NULL CHECK (state <> ''),
    detail       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object'),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (instance_id, component)
);
REVOKE ALL ON backroom_data.health_instance, backroom_data.component_health FROM PUBLIC;

-- Replaces the published picture of one instance with p_components, a JSON array of
-- {component, kind, state, detail}: rows that did not change are not written, components missing from
-- the array are removed, and the heartbeat moves on. Returns how many component rows changed; NOTIFY
-- component_health (payload: the instance id) when any did. An instance id belongs to the login that
-- first published it: anyone else is refused (42501).
CREATE FUNCTION component_health_publish(p_instance text, p_host text, p_pid integer, p_version text,
                                         p_heartbeat_interval interval, p_components jsonb)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_changed integer;
    v_removed integer;
BEGIN
    IF jsonb_typeof(p_components) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'components must be a JSON array' USING ERRCODE = '22023';
    END IF;
    INSERT INTO health_instance AS i (instance_id, host, pid, version, heartbeat_interval)
    VALUES (p_instance, p_host, p_pid, p_version, p_heartbeat_interval)
    ON CONFLICT (instance_id) DO UPDATE
       SET heartbeat_at = now(), host = excluded.host, pid = excluded.pid, version = excluded.version,
           heartbeat_interval = excluded.heartbeat_interval
     WHERE i.login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'health instance % is published by another login', p_instance USING ERRCODE = '42501';
    END IF;

    WITH incoming AS (
        SELECT c->>'component' AS component, c->>'kind' AS kind, c->>'state' AS state,
               coalesce(c->'detail', '{}') AS detail
          FROM jsonb_array_elements(p_components) c
    ), written AS (
        INSERT INTO component_health AS h (instance_id, component, kind, state, detail)
        SELECT p_instance, component, kind, state, detail FROM incoming
        ON CONFLICT (instance_id, component) DO UPDATE
           SET kind = excluded.kind, state = excluded.state, detail = excluded.detail, updated_at = now()
         WHERE (h.kind, h.state, h.detail) IS DISTINCT FROM (excluded.kind, excluded.state, excluded.detail)
        RETURNING 1
    )
    SELECT count(*) INTO v_changed FROM written;

    DELETE FROM component_health h
     WHERE h.instance_id = p_instance
       AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_components) c WHERE c->>'component' = h.component);
    GET DIAGNOSTICS v_removed = ROW_COUNT;

    IF v_changed + v_removed > 0 THEN
        PERFORM pg_notify('component_health', p_instance);
    END IF;
    RETURN v_changed + v_removed;
END
$$;

-- Every component of every instance, as seen at p_at (default: now), with the instance's heartbeat age
-- and `stale` when no heartbeat came for more than three heartbeat intervals. An instance without any
-- component yet is one row with component NULL.
CREATE FUNCTION component_health_read(p_at timestamptz DEFAULT NULL)
RETURNS TABLE (
    instance_id            text,
    host                   text,
    pid                    integer,
    version                text,
    login                  text,
    started_at             timestamptz,
    heartbeat_at           timestamptz,
    heartbeat_interval_ms  bigint,
    heartbeat_age_ms       bigint,
    stale                  boolean,
    component              text,
    kind                   text,
    state                  text,
    detail                 jsonb,
    updated_at             timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT i.instance_id, i.host, i.pid, i.version, i.login, i.started_at, i.heartbeat_at,
           (extract(epoch FROM i.heartbeat_interval) * 1000)::bigint,
           (extract(epoch FROM coalesce(p_at, now()) - i.heartbeat_at) * 1000)::bigint,
           coalesce(p_at, now()) - i.heartbeat_at > 3 * i.heartbeat_interval,
           c.component, c.kind, c.state, c.detail, c.updated_at
      FROM health_instance i
      LEFT JOIN component_health c ON c.instance_id = i.instance_id
     ORDER BY i.host, i.started_at, i.instance_id, c.kind, c.component
$$;

-- Removes an instance that is gone for good (and its components). False when there was none.
CREATE FUNCTION component_health_forget(p_instance text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    DELETE FROM health_instance WHERE instance_id = p_instance;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM pg_notify('component_health', p_instance);
    RETURN true;
END
$$;

REVOKE EXECUTE ON FUNCTION component_health_publish(text, text, integer, text, interval, jsonb),
    component_health_read(timestamptz), component_health_forget(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION component_health_publish(text, text, integer, text, interval, jsonb)
    TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION component_health_read(timestamptz), component_health_forget(text) TO backroom_owner;
