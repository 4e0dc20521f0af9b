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
