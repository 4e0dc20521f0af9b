-- 004: the job roles. Each login is granted exactly one of these group roles; what each may do is
-- granted below (and by every later migration for the functions it adds). Roles are cluster-wide, so
-- they are created only if another database of the cluster has not created them already.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['backroom_staff', 'backroom_warehouse', 'backroom_owner', 'backroom_store'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

-- Who is connected: the authenticated login (session_user, which SET ROLE cannot change) and its job
-- role. Admin = superuser or member of the role that owns this database's tables (the migration owner).
CREATE FUNCTION backroom_whoami(OUT login text, OUT job_role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT session_user::text,
           CASE
               WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'admin'
               WHEN pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.stock'::regclass), 'MEMBER') THEN 'admin'
               WHEN pg_has_role(session_user, 'backroom_owner', 'MEMBER') THEN 'owner'
               WHEN pg_has_role(session_user, 'backroom_staff', 'MEMBER') THEN 'staff'
               WHEN pg_has_role(session_user, 'backroom_warehouse', 'MEMBER') THEN 'warehouse'
               WHEN pg_has_role(session_user, 'backroom_store', 'MEMBER') THEN 'store'
               ELSE 'none'
           END
$$;
REVOKE EXECUTE ON FUNCTION backroom_whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION backroom_whoami() TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
