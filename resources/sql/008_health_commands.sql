-- 008: operator actions on the health screen (force-open / close / reset / disable a breaker) reach the
-- breaker inside the right `serve` instance through a command queue. The owner requests a command for
-- one component of one instance (NOTIFY health_command, payload: the instance id); that instance's
-- HealthCommands listener (core/resilience/healthcommands.h) claims its own commands, applies them and
-- records the outcome (NOTIFY health_command_done, payload: the command id).
-- Following docs/roles.md: the table lives in backroom_data; the owner requests and reads; the store
-- role (what `serve` runs as) and the owner (a `serve` run as the owner) claim and complete commands of
-- instances they publish (health_instance.login = session_user), nobody else's.

CREATE TABLE backroom_data.health_command (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_id   text NOT NULL REFERENCES backroom_data.health_instance ON DELETE CASCADE,
    component     text NOT NULL CHECK (component <> '' AND length(component) <= 200),
    action        text NOT NULL CHECK (action IN ('force_open', 'close', 'reset', 'disable')),
    requested_by  text NOT NULL DEFAULT session_user,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    claimed_at    timestamptz,
    done_at       timestamptz,
    succeeded     boolean,
    outcome       text,
    CHECK ((done_at IS NULL) = (succeeded IS NULL))
);
CREATE INDEX health_command_open ON backroom_data.health_command (instance_id) WHERE done_at IS NULL;
REVOKE ALL ON backroom_data.health_command FROM PUBLIC;

-- Asks instance p_instance to apply p_action to its component p_component. Returns the command id.
-- An unknown instance is refused with P0002; a malformed action with 22023.
CREATE FUNCTION health_command_request(p_instance text, p_component text, p_action text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_action IS NULL OR p_action NOT IN ('force_open', 'close', 'reset', 'disable') THEN
        RAISE EXCEPTION 'unknown health action %', p_action USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM health_instance WHERE instance_id = p_instance) THEN
        RAISE EXCEPTION 'no health instance %', p_instance USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO health_command (instance_id, component, action)
    VALUES (p_instance, p_component, p_action)
    RETURNING id INTO v_id;
    PERFORM pg_notify('health_command', p_instance);
    RETURN v_id;
END
$$;

-- Claims every unclaimed command of p_instance, oldest first. Only the login that publishes the
-- instance may (42501 otherwise); an instance that does not exist (yet) has no commands.
CREATE FUNCTION health_command_claim(p_instance text)
RETURNS TABLE (id bigint, component text, action text, requested_by text, requested_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM health_instance i WHERE i.instance_id = p_instance AND i.login <> session_user) THEN
        RAISE EXCEPTION 'health instance % is published by another login', p_instance USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    WITH claimable AS (
        SELECT c.id FROM health_command c
         WHERE c.instance_id = p_instance AND c.claimed_at IS NULL
         ORDER BY c.id
           FOR UPDATE SKIP LOCKED
    )
    UPDATE health_command c SET claimed_at = now()
      FROM claimable
     WHERE c.id = claimable.id
    RETURNING c.id, c.component, c.action, c.requested_by, c.requested_at;
END
$$;

-- Records what applying command p_id did. Only the login that publishes the command's instance may
-- (42501); an unknown command is P0002; completing twice keeps the first outcome and returns false.
CREATE FUNCTION health_command_complete(p_id bigint, p_succeeded boolean, p_outcome text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    v_login text;
BEGIN
    SELECT i.login INTO v_login
      FROM health_command c JOIN health_instance i ON i.instance_id = c.instance_id
     WHERE c.id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no health command %', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_login <> session_user THEN
        RAISE EXCEPTION 'health command % belongs to another login''s instance', p_id USING ERRCODE = '42501';
    END IF;
    UPDATE health_command
       SET done_at = now(), succeeded = coalesce(p_succeeded, false), outcome = left(p_outcome, 2000),
           claimed_at = coalesce(claimed_at, now())
     WHERE id = p_id AND done_at IS NULL;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM pg_notify('health_command_done', p_id::text);
    RETURN true;
END
$$;

-- The commands of one instance (or all, p_instance NULL), newest first, at most p_limit.
CREATE FUNCTION health_command_read(p_instance text DEFAULT NULL, p_limit integer DEFAULT 50)
RETURNS TABLE (id bigint, instance_id text, component text, action text, requested_by text,
               requested_at timestamptz, claimed_at timestamptz, done_at timestamptz, succeeded boolean,
               outcome text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT c.id, c.instance_id, c.component, c.action, c.requested_by, c.requested_at, c.claimed_at,
           c.done_at, c.succeeded, c.outcome
      FROM health_command c
     WHERE p_instance IS NULL OR c.instance_id = p_instance
     ORDER BY c.id DESC
     LIMIT greatest(p_limit, 0)
$$;

REVOKE EXECUTE ON FUNCTION health_command_request(text, text, text), health_command_claim(text),
    health_command_complete(bigint, boolean, text), health_command_read(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION health_command_request(text, text, text), health_command_read(text, integer)
    TO backroom_owner;
GRANT EXECUTE ON FUNCTION health_command_claim(text), health_command_complete(bigint, boolean, text)
    TO backroom_store, backroom_owner;
