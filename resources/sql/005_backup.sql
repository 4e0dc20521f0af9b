-- 005: continuous backups. Where `backroom backup setup` sends the base backups and the WAL archive
-- (backup_config), the outcome of every base backup and restore drill (backup_run), and one function
-- every GUI reads the whole picture through (backup_status: settings, pg_stat_archiver, newest runs).
-- Following docs/roles.md: the tables and internal helpers live in backroom_data, where no job role
-- reaches; they are written and read only through the SECURITY DEFINER functions below, which only the
-- owner role may execute (docs/backups.md). Archiving itself is configured with ALTER SYSTEM by a superuser; it is a
-- cluster setting, not a table.

CREATE TABLE backroom_data.backup_config (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    folder         text NOT NULL CHECK (folder <> ''),
    base_interval  interval NOT NULL DEFAULT '24 hours' CHECK (base_interval > '0'),
    configured_at  timestamptz NOT NULL DEFAULT now(),
    configured_by  text NOT NULL DEFAULT session_user
);

-- kind 'base': a pg_basebackup run (detail: label, path, bytes, start_wal, error).
-- kind 'drill': a restore drill (detail: recovery_point, data_lost_s, recovery_s, invariants, error).
CREATE TABLE backroom_data.backup_run (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('base', 'drill')),
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL,
    ok           boolean NOT NULL,
    detail       jsonb NOT NULL DEFAULT '{}',
    actor        text NOT NULL DEFAULT session_user,
    CHECK (finished_at >= started_at)
);
CREATE INDEX backup_run_newest ON backroom_data.backup_run (kind, finished_at DESC);
REVOKE ALL ON backroom_data.backup_config, backroom_data.backup_run FROM PUBLIC;

CREATE FUNCTION backup_configure(p_folder text, p_base_interval interval DEFAULT '24 hours')
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    INSERT INTO backup_config (folder, base_interval) VALUES (p_folder, p_base_interval)
    ON CONFLICT (singleton) DO UPDATE
       SET folder = excluded.folder, base_interval = excluded.base_interval,
           configured_at = now(), configured_by = session_user;
$$;

CREATE FUNCTION backup_record_run(p_kind text, p_started timestamptz, p_finished timestamptz, p_ok boolean,
                                  p_detail jsonb)
RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    INSERT INTO backup_run (kind, started_at, finished_at, ok, detail)
    VALUES (p_kind, p_started, p_finished, p_ok, coalesce(p_detail, '{}'))
    RETURNING id;
$$;

-- The byte position just past a WAL segment, from its file name (TTTTTTTTXXXXXXXXYYYYYYYY); NULL for
-- timeline history and backup history files, whose names do not end a segment.
CREATE FUNCTION backroom_data.backup_segment_end(p_name text) RETURNS numeric
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN p_name ~ '^[0-9A-F]{24}$' THEN
        ('x' || substr(p_name, 9, 8))::bit(32)::bigint::numeric * 4294967296
        + (('x' || substr(p_name, 17, 8))::bit(32)::bigint + 1)::numeric
          * pg_size_bytes(current_setting('wal_segment_size'))
    END
$$;

-- The commit time of the newest committed transaction (track_commit_timestamp must be on). The server
-- remembers it only from its start on; before the first commit since then, look at the newest xids.
CREATE FUNCTION backroom_data.backup_newest_commit() RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT coalesce((pg_last_committed_xact()).timestamp,
                    (SELECT max(pg_xact_commit_timestamp(((x.next - n) % 4294967296)::text::xid))
                       FROM (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::numeric AS next) x,
                            generate_series(1, 100) n
                      WHERE x.next - n >= 3))
$$;

-- Everything a status line or the health screen shows about backups, in one row.
CREATE FUNCTION backup_status()
RETURNS TABLE (
    folder                text,
    base_interval_s       bigint,
    archive_mode          text,
    archive_timeout_s     integer,
    restart_pending       boolean,      -- an archiving setting waits for a server restart
    archived_count        bigint,
    last_archived_wal     text,
    last_archived_time    timestamptz,
    failed_count          bigint,
    last_failed_wal       text,
    last_failed_time      timestamptz,
    unarchived_bytes      numeric,      -- WAL written but not yet in the archive; NULL if unknown
    wal_segment_size      bigint,
    newest_commit         timestamptz,  -- NULL unless track_commit_timestamp is on
    last_base_ok_at       timestamptz,
    last_base_ok_detail   jsonb,
    last_base_at          timestamptz,
    last_base_ok          boolean,
    last_base_detail      jsonb,
    last_drill_at         timestamptz,
    last_drill_ok         boolean,
    last_drill_detail     jsonb,
    checked_at            timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
    SELECT c.folder,
           extract(epoch FROM c.base_interval)::bigint,
           current_setting('archive_mode'),
           (SELECT setting::integer FROM pg_settings WHERE name = 'archive_timeout'),
           EXISTS (SELECT 1 FROM pg_settings
                    WHERE name IN ('archive_mode', 'archive_command', 'archive_timeout', 'wal_level',
                                   'track_commit_timestamp')
                      AND pending_restart),
           a.archived_count, a.last_archived_wal, a.last_archived_time,
           a.failed_count, a.last_failed_wal, a.last_failed_time,
           CASE WHEN pg_is_in_recovery() THEN NULL
                ELSE greatest(pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')
                              - backup_segment_end(a.last_archived_wal), 0) END,
           pg_size_bytes(current_setting('wal_segment_size')),
           CASE WHEN current_setting('track_commit_timestamp') = 'on' THEN backup_newest_commit() END,
           bo.finished_at, bo.detail,
           b.finished_at, b.ok, b.detail,
           d.finished_at, d.ok, d.detail,
           now()
      FROM pg_stat_archiver a
      LEFT JOIN backup_config c ON true
      LEFT JOIN LATERAL (SELECT finished_at, detail FROM backup_run
                          WHERE kind = 'base' AND ok ORDER BY finished_at DESC LIMIT 1) bo ON true
      LEFT JOIN LATERAL (SELECT finished_at, ok, detail FROM backup_run
                          WHERE kind = 'base' ORDER BY finished_at DESC LIMIT 1) b ON true
      LEFT JOIN LATERAL (SELECT finished_at, ok, detail FROM backup_run
                          WHERE kind = 'drill' ORDER BY finished_at DESC LIMIT 1) d ON true
$$;

REVOKE EXECUTE ON FUNCTION backup_configure(text, interval), backup_record_run(text, timestamptz, timestamptz,
    boolean, jsonb), backup_status(), backroom_data.backup_segment_end(text), backroom_data.backup_newest_commit() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION backup_configure(text, interval), backup_record_run(text, timestamptz, timestamptz,
    boolean, jsonb), backup_status() TO backroom_owner;
