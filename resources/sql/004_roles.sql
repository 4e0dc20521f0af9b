-- 004: a role per job, enforced by PostgreSQL (docs/roles.md is the reference; tests/tst_roles.cpp
-- holds the same table and fails when they drift).
--
-- * Four NOLOGIN group roles; each login is granted exactly one (`backroom users`). backroom_owner is a
--   member of staff and warehouse, so it can do their jobs too.
-- * The tables move into the private schema backroom_data, on which no job role has any privilege.
--   public keeps a read-only view of the same name over each table (stock also shows its row version
--   as the column xmin, for the guarded edit), granted per role. Migrations and demo seeding run as
--   the migration owner and still write through those views (they are simple, so updatable).
-- * Every write is a SECURITY DEFINER function with a fixed search_path, EXECUTE revoked from PUBLIC
--   and granted per role in the same migration. Internal helpers move into backroom_data: callable
--   only from inside those functions.
-- THE RULE for every later migration is in docs/roles.md.

-- Roles are cluster-wide, so they are created only if another database of the cluster has not
-- created them already.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['backroom_staff', 'backroom_warehouse', 'backroom_owner', 'backroom_store'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    IF NOT pg_has_role('backroom_owner', 'backroom_staff', 'MEMBER') THEN
        GRANT backroom_staff TO backroom_owner;
    END IF;
    IF NOT pg_has_role('backroom_owner', 'backroom_warehouse', 'MEMBER') THEN
        GRANT backroom_warehouse TO backroom_owner;
    END IF;
END $$;

-- Nobody but the database owner creates objects in public (PostgreSQL 15's default, made explicit
-- for databases created from older templates): the fixed search_paths below include public.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Functions the migration owner creates from now on start with EXECUTE revoked from PUBLIC.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE SCHEMA backroom_data;
REVOKE ALL ON SCHEMA backroom_data FROM PUBLIC;

ALTER TABLE product SET SCHEMA backroom_data;
ALTER TABLE bin SET SCHEMA backroom_data;
ALTER TABLE stock SET SCHEMA backroom_data;
ALTER TABLE stock_ledger SET SCHEMA backroom_data;
ALTER TABLE orders SET SCHEMA backroom_data;
ALTER TABLE order_line SET SCHEMA backroom_data;
ALTER TABLE flash_sale SET SCHEMA backroom_data;
ALTER TABLE stock_bucket SET SCHEMA backroom_data;
ALTER TABLE order_allocation SET SCHEMA backroom_data;
ALTER TABLE search_word SET SCHEMA backroom_data;

-- Attribution: the ledger's actor is the authenticated login (session_user), which no role can forge;
-- what the caller says about itself (a person's name on a shared login, the OS user) is kept as a note.
ALTER TABLE backroom_data.stock_ledger ADD COLUMN note text;

-- Every change to a login's job role, for `backroom users list` (last change) and audits.
CREATE TABLE backroom_data.user_change (
    id      bigserial PRIMARY KEY,
    login   text NOT NULL,
    change  text NOT NULL,    -- added as <role> / role <old> -> <new> / removed
    actor   text NOT NULL DEFAULT session_user,
    at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_change_login ON backroom_data.user_change (login, id);

-- Internal helpers: called only from the functions below (and triggers), never by a job role.
ALTER FUNCTION stock_ledger_is_append_only() SET SCHEMA backroom_data;
ALTER FUNCTION stock_record_change() SET SCHEMA backroom_data;
ALTER FUNCTION stock_refuse_edit_in_flash_sale() SET SCHEMA backroom_data;
ALTER FUNCTION notify_order_changed(bigint) SET SCHEMA backroom_data;
ALTER FUNCTION flash_sale_lock_class() SET SCHEMA backroom_data;
ALTER FUNCTION reserve_line(bigint, bigint, text, integer) SET SCHEMA backroom_data;
ALTER FUNCTION settle_allocations_many(bigint[], boolean) SET SCHEMA backroom_data;
ALTER FUNCTION settle_allocations(bigint, boolean) SET SCHEMA backroom_data;
ALTER FUNCTION lock_reserved_order(bigint, text) SET SCHEMA backroom_data;
ALTER FUNCTION search_words_of(text) SET SCHEMA backroom_data;
ALTER FUNCTION search_word_collect() SET SCHEMA backroom_data;

CREATE OR REPLACE FUNCTION backroom_data.stock_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d integer;
    v_note text;
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
        v_note := nullif(current_setting('backroom.actor', true), '');
        INSERT INTO stock_ledger (product_id, bin_id, delta, on_hand_after, reason, ref, actor, note)
        VALUES (NEW.product_id, NEW.bin_id, d, NEW.on_hand,
                coalesce(nullif(current_setting('backroom.reason', true), ''), 'unspecified'),
                nullif(current_setting('backroom.ref', true), ''),
                session_user,
                CASE WHEN v_note IS DISTINCT FROM session_user::text THEN v_note END);
    END IF;
    IF coalesce(current_setting('backroom.quiet', true), '') <> 'on' THEN
        PERFORM pg_notify('stock_changed', NEW.product_id || ':' || NEW.bin_id);
    END IF;
    RETURN NEW;
END $$;

-- The read-only face of the tables, same names as before so that readers did not change.
CREATE VIEW product AS SELECT * FROM backroom_data.product;
CREATE VIEW bin AS SELECT * FROM backroom_data.bin;
-- xmin is the row version the guarded edit compares (stock_set_guarded's p_expected).
CREATE VIEW stock AS SELECT s.*, s.xmin FROM backroom_data.stock s;
CREATE VIEW stock_ledger AS SELECT * FROM backroom_data.stock_ledger;
CREATE VIEW orders AS SELECT * FROM backroom_data.orders;
CREATE VIEW order_line AS SELECT * FROM backroom_data.order_line;
CREATE VIEW flash_sale AS SELECT * FROM backroom_data.flash_sale;
CREATE VIEW stock_bucket AS SELECT * FROM backroom_data.stock_bucket;
CREATE VIEW order_allocation AS SELECT * FROM backroom_data.order_allocation;
CREATE VIEW search_word AS SELECT * FROM backroom_data.search_word;

-- Stocktake: the counted quantities become on_hand, all or nothing. Rows are resolved and locked in
-- key order; if any row has a problem nothing is written and every row comes back with its problem
-- (unknown_sku, unknown_bin, below_reserved), else the counts are written (ledger reason 'stocktake').
CREATE FUNCTION stocktake_apply(p_skus text[], p_bins text[], p_counted integer[], p_note text DEFAULT NULL,
                                p_ref text DEFAULT NULL)
RETURNS TABLE (ord bigint, product_id bigint, bin_id integer, before_on_hand integer, reserved integer,
               problem text)
LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(p_skus) IS DISTINCT FROM cardinality(p_bins)
       OR cardinality(p_skus) IS DISTINCT FROM cardinality(p_counted) THEN
        RAISE EXCEPTION 'stocktake_apply needs as many bins and counts as SKUs' USING ERRCODE = '22023';
    END IF;
    CREATE TEMP TABLE IF NOT EXISTS stocktake_rows (
        ord bigint, sku text, bin text, counted integer, product_id bigint, bin_id integer,
        before_on_hand integer, reserved integer, problem text) ON COMMIT DROP;
    TRUNCATE stocktake_rows;
    INSERT INTO stocktake_rows (ord, sku, bin, counted, product_id, bin_id)
    SELECT k.ord, k.sku, k.bin, k.counted, p.id, b.id
      FROM unnest(p_skus, p_bins, p_counted) WITH ORDINALITY AS k(sku, bin, counted, ord)
      LEFT JOIN product p ON p.sku = k.sku LEFT JOIN bin b ON b.code = k.bin;
    -- Lock first so the counts land on a stable picture.
    UPDATE stocktake_rows r SET before_on_hand = s.on_hand, reserved = s.reserved
      FROM (SELECT s.product_id, s.bin_id, s.on_hand, s.reserved FROM stock s
              JOIN stocktake_rows k ON k.product_id = s.product_id AND k.bin_id = s.bin_id
             ORDER BY s.product_id, s.bin_id FOR UPDATE OF s) s
     WHERE s.product_id = r.product_id AND s.bin_id = r.bin_id;
    UPDATE stocktake_rows SET problem = CASE
        WHEN stocktake_rows.product_id IS NULL THEN 'unknown_sku'
        WHEN stocktake_rows.bin_id IS NULL THEN 'unknown_bin'
        WHEN stocktake_rows.counted IS NULL OR stocktake_rows.counted < 0 THEN 'bad_count'
        WHEN stocktake_rows.counted < stocktake_rows.reserved THEN 'below_reserved' END;
    IF NOT EXISTS (SELECT 1 FROM stocktake_rows r WHERE r.problem IS NOT NULL) THEN
        PERFORM set_config('backroom.reason', 'stocktake', true),
                set_config('backroom.actor', coalesce(p_note, ''), true),
                set_config('backroom.ref', coalesce(p_ref, ''), true);
        INSERT INTO stock AS s (product_id, bin_id, on_hand)
        SELECT r.product_id, r.bin_id, r.counted FROM stocktake_rows r ORDER BY r.product_id, r.bin_id
        ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = EXCLUDED.on_hand, updated_at = now()
         WHERE s.on_hand IS DISTINCT FROM EXCLUDED.on_hand;
    END IF;
    RETURN QUERY SELECT r.ord, r.product_id, r.bin_id, r.before_on_hand, r.reserved, r.problem
                   FROM stocktake_rows r ORDER BY r.ord;
    DROP TABLE stocktake_rows;
END $$;

-- Moves units of a product from one bin to another: two ledger rows (reason p_reason, default
-- 'move', ref 'move:FROM>TO'). Only units nobody has reserved can move (23514 otherwise); refused
-- during a flash sale of the SKU (55000); 22023 for qty < 1 or the same bin twice; P0002 when the
-- source bin holds no row of the product. Locks the two rows in (pick_seq, bin id) order, like checkout.
CREATE FUNCTION stock_move(p_product bigint, p_from_bin integer, p_to_bin integer, p_qty integer,
                           p_reason text DEFAULT NULL, p_note text DEFAULT NULL)
RETURNS TABLE (from_on_hand integer, to_on_hand integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_free integer;
    v_from text;
    v_to text;
BEGIN
    IF p_qty IS NULL OR p_qty < 1 THEN
        RAISE EXCEPTION 'A move needs a quantity of 1 or more, got %', p_qty USING ERRCODE = '22023';
    END IF;
    IF p_from_bin IS NOT DISTINCT FROM p_to_bin THEN
        RAISE EXCEPTION 'A move needs two different bins' USING ERRCODE = '22023';
    END IF;
    SELECT code INTO v_from FROM bin WHERE id = p_from_bin;
    SELECT code INTO v_to FROM bin WHERE id = p_to_bin;
    IF v_from IS NULL OR v_to IS NULL THEN
        RAISE EXCEPTION 'Unknown bin %', CASE WHEN v_from IS NULL THEN p_from_bin ELSE p_to_bin END
            USING ERRCODE = 'P0002';
    END IF;
    PERFORM 1 FROM stock s JOIN bin b ON b.id = s.bin_id
      WHERE s.product_id = p_product AND s.bin_id IN (p_from_bin, p_to_bin)
      ORDER BY b.pick_seq, s.bin_id FOR NO KEY UPDATE OF s;
    SELECT s.on_hand - s.reserved INTO v_free FROM stock s WHERE s.product_id = p_product AND s.bin_id = p_from_bin;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Product % has no stock in bin %', p_product, v_from USING ERRCODE = 'P0002';
    END IF;
    IF v_free < p_qty THEN
        RAISE EXCEPTION 'Only % unit(s) in bin % are free to move (the rest are reserved for orders), asked for %',
            v_free, v_from, p_qty USING ERRCODE = '23514';
    END IF;
    PERFORM set_config('backroom.reason', coalesce(nullif(p_reason, ''), 'move'), true),
            set_config('backroom.actor', coalesce(p_note, ''), true),
            set_config('backroom.ref', 'move:' || v_from || '>' || v_to, true);
    UPDATE stock s SET on_hand = s.on_hand - p_qty, updated_at = now()
     WHERE s.product_id = p_product AND s.bin_id = p_from_bin;
    INSERT INTO stock AS s (product_id, bin_id, on_hand) VALUES (p_product, p_to_bin, p_qty)
    ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = s.on_hand + p_qty, updated_at = now();
    RETURN QUERY SELECT (SELECT s.on_hand FROM stock s WHERE s.product_id = p_product AND s.bin_id = p_from_bin),
                        (SELECT s.on_hand FROM stock s WHERE s.product_id = p_product AND s.bin_id = p_to_bin);
END $$;

-- Who is connected: the authenticated login (session_user, which SET ROLE cannot change) and its job
-- role. admin = superuser or member of the migration owner (the owner of backroom_data).
CREATE FUNCTION backroom_whoami(OUT login text, OUT job_role text)
LANGUAGE sql STABLE AS $$
    SELECT session_user::text,
           CASE
               WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'admin'
               WHEN pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'backroom_data'),
                                'MEMBER') THEN 'admin'
               WHEN pg_has_role(session_user, 'backroom_owner', 'MEMBER') THEN 'owner'
               WHEN pg_has_role(session_user, 'backroom_staff', 'MEMBER') THEN 'staff'
               WHEN pg_has_role(session_user, 'backroom_warehouse', 'MEMBER') THEN 'warehouse'
               WHEN pg_has_role(session_user, 'backroom_store', 'MEMBER') THEN 'store'
               ELSE 'none'
           END
$$;

-- Users. The functions run as the migration owner, which needs CREATEROLE (or superuser). They only
-- ever grant or revoke the four job roles, and refuse superusers, roles with CREATEROLE, REPLICATION
-- or BYPASSRLS, the migration owner, and logins that hold none of the job roles (not Backroom's).
-- Passwords arrive already hashed (SCRAM-SHA-256$..., hashed by the client with
-- PQencryptPasswordConn): the clear password never reaches the server, its logs or pg_stat_activity.
CREATE FUNCTION backroom_data.job_group_role(p_role text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_role IN ('staff', 'warehouse', 'owner', 'store') THEN
        RETURN 'backroom_' || p_role;
    END IF;
    RAISE EXCEPTION 'Unknown role "%": use staff, warehouse, owner or store', p_role USING ERRCODE = '22023';
END $$;

CREATE FUNCTION backroom_data.job_role_of(p_login text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(substr(g.rolname, 10), ',' ORDER BY g.rolname)
      FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = p_login
       AND g.rolname IN ('backroom_staff', 'backroom_warehouse', 'backroom_owner', 'backroom_store')
$$;

CREATE FUNCTION backroom_data.is_direct_member(p_login text, p_group text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                    WHERE g.rolname = p_group AND u.rolname = p_login)
$$;

-- Raises unless p_login is a login Backroom may change; returns its current job role(s).
CREATE FUNCTION backroom_data.require_backroom_login(p_login text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    r pg_roles%ROWTYPE;
    v_role text;
BEGIN
    SELECT * INTO r FROM pg_roles WHERE rolname = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no login "%"', p_login USING ERRCODE = 'P0002';
    END IF;
    IF r.rolsuper OR r.rolcreaterole OR r.rolreplication OR r.rolbypassrls OR NOT r.rolcanlogin
       OR pg_has_role(r.oid, (SELECT nspowner FROM pg_namespace WHERE nspname = 'backroom_data'), 'MEMBER') THEN
        RAISE EXCEPTION 'Login "%" is an administrator or not a login, which backroom users does not change', p_login
            USING ERRCODE = '42501';
    END IF;
    v_role := job_role_of(p_login);
    IF v_role IS NULL THEN
        RAISE EXCEPTION 'Login "%" has no Backroom job role, so backroom users does not change it', p_login
            USING ERRCODE = '42501';
    END IF;
    RETURN v_role;
END $$;

CREATE FUNCTION backroom_user_add(p_login text, p_role text, p_password_hash text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_group text := job_group_role(p_role);
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z0-9_][a-z0-9_.@-]{0,62}$' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'Login "%" is not valid: use 1 to 63 lower-case letters, digits, _ . @ or -', p_login
            USING ERRCODE = '22023';
    END IF;
    IF p_password_hash IS NULL OR p_password_hash NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'The password must arrive hashed with SCRAM-SHA-256' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'Login "%" already exists', p_login USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE %I',
                   p_login, p_password_hash, v_group);
    INSERT INTO user_change (login, change) VALUES (p_login, 'added as ' || p_role);
END $$;

CREATE FUNCTION backroom_user_set_role(p_login text, p_role text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_group text := job_group_role(p_role);
    v_old text := require_backroom_login(p_login);
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['backroom_staff', 'backroom_warehouse', 'backroom_owner', 'backroom_store'] LOOP
        IF g <> v_group AND backroom_data.is_direct_member(p_login, g) THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
    IF NOT backroom_data.is_direct_member(p_login, v_group) THEN
        EXECUTE format('GRANT %I TO %I', v_group, p_login);
    END IF;
    INSERT INTO user_change (login, change) VALUES (p_login, 'role ' || v_old || ' -> ' || p_role);
END $$;

CREATE FUNCTION backroom_user_remove(p_login text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM require_backroom_login(p_login);
    IF p_login = session_user THEN
        RAISE EXCEPTION 'You cannot remove the login you are connected as' USING ERRCODE = '42501';
    END IF;
    EXECUTE format('DROP ROLE %I', p_login);
    INSERT INTO user_change (login, change) VALUES (p_login, 'removed');
END $$;

-- Logins holding a job role (and the migration owner's own members are not listed).
CREATE FUNCTION backroom_user_list()
RETURNS TABLE (login text, job_role text, can_login boolean, last_change text, last_change_at timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT u.rolname::text, backroom_data.job_role_of(u.rolname), u.rolcanlogin AND (u.rolvaliduntil IS NULL OR u.rolvaliduntil > now()),
           c.change, c.at
      FROM pg_roles u
      LEFT JOIN LATERAL (SELECT uc.change, uc.at FROM backroom_data.user_change uc WHERE uc.login = u.rolname
                          ORDER BY uc.id DESC LIMIT 1) c ON true
     WHERE backroom_data.job_role_of(u.rolname) IS NOT NULL AND u.rolname NOT LIKE 'backroom\_%'
     ORDER BY u.rolname
$$;

-- Every function we own: a fixed search_path; the entry points also run as their owner.
DO $$
DECLARE
    f record;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure AS sig, n.nspname
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname IN ('public', 'backroom_data')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                       AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, backroom_data, public, pg_temp', f.sig);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f.sig);
        IF f.nspname = 'public' THEN
            EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER', f.sig);
        END IF;
    END LOOP;
END $$;

-- Who may run what (docs/roles.md; tests/tst_roles.cpp expects exactly this).
GRANT EXECUTE ON FUNCTION backroom_whoami() TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
GRANT EXECUTE ON FUNCTION search_patterns(text) TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
GRANT EXECUTE ON FUNCTION stock_set_guarded(bigint, integer, integer, xid, text, text, text) TO backroom_staff;
GRANT EXECUTE ON FUNCTION stocktake_apply(text[], text[], integer[], text, text) TO backroom_staff;
GRANT EXECUTE ON FUNCTION stock_move(bigint, integer, integer, integer, text, text) TO backroom_warehouse;
GRANT EXECUTE ON FUNCTION place_order(jsonb, text, text, integer, text) TO backroom_store;
GRANT EXECUTE ON FUNCTION pay_order(bigint, text) TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION cancel_order(bigint, text, text) TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION expire_reservations() TO backroom_store, backroom_owner;
GRANT EXECUTE ON FUNCTION flash_sale_on(text, integer, text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION flash_sale_off(text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION checkout_violations() TO backroom_owner;
GRANT EXECUTE ON FUNCTION backroom_user_add(text, text, text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION backroom_user_set_role(text, text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION backroom_user_remove(text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION backroom_user_list() TO backroom_owner;

-- Who may read what. Nobody but the migration owner has INSERT/UPDATE/DELETE/TRUNCATE anywhere.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON schema_version TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
GRANT SELECT ON product, bin, stock, stock_bucket_free
    TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
GRANT SELECT ON orders, order_line TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
GRANT SELECT ON stock_ledger, flash_sale, stock_bucket, order_allocation
    TO backroom_staff, backroom_warehouse, backroom_owner;
