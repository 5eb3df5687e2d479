-- aspdesk team map: the roles, the schema and the grants, for a server admin.
--
-- Run once per database as a superuser (or a role with CREATEROLE that owns the
-- database), for example:   psql -d cluster_map -f server_init.sql
-- then create or upgrade the map's tables as a member of aspdesk_owner:
--   aspdesk server upgrade postgresql://admin@server/cluster_map
-- (`aspdesk server init` runs this file and then the upgrade, and says what it changed.)
-- Running it again changes nothing.
--
-- Roles (group roles, no login; grant them to people's login roles):
--   aspdesk_owner   owns the tables and alone may change the schema (upgrades);
--   aspdesk_editor  reads and writes the map's rows;
--   aspdesk_viewer  reads.
-- For example:  CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE aspdesk_editor;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aspdesk_owner') THEN
        CREATE ROLE aspdesk_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aspdesk_editor') THEN
        CREATE ROLE aspdesk_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aspdesk_viewer') THEN
        CREATE ROLE aspdesk_viewer NOLOGIN;
    END IF;
END
$$;

-- The map lives in its own schema, owned by the owner role; nobody else may create there.
CREATE SCHEMA IF NOT EXISTS aspdesk AUTHORIZATION aspdesk_owner;
REVOKE ALL ON SCHEMA aspdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA aspdesk TO aspdesk_editor, aspdesk_viewer;

-- Tables the owner makes later (each upgrade) get the same grants by themselves.
ALTER DEFAULT PRIVILEGES FOR ROLE aspdesk_owner IN SCHEMA aspdesk
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO aspdesk_editor;
ALTER DEFAULT PRIVILEGES FOR ROLE aspdesk_owner IN SCHEMA aspdesk
    GRANT SELECT ON TABLES TO aspdesk_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE aspdesk_owner IN SCHEMA aspdesk
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO aspdesk_editor;
ALTER DEFAULT PRIVILEGES FOR ROLE aspdesk_owner IN SCHEMA aspdesk
    GRANT SELECT ON SEQUENCES TO aspdesk_viewer;

-- The tables already there.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA aspdesk TO aspdesk_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA aspdesk TO aspdesk_viewer;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA aspdesk TO aspdesk_editor;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA aspdesk TO aspdesk_viewer;

-- The schema revision is the owner's alone to change.
DO $$
BEGIN
    IF to_regclass('aspdesk.alembic_version') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON aspdesk.alembic_version FROM aspdesk_editor;
    END IF;
END
$$;

-- The change log is the server's: a set's time and author are its defaults (now() and
-- the database user), which editors cannot give otherwise, and editors can neither
-- change nor delete what it holds. (`aspdesk server upgrade` does the same each time.)
DO $$
BEGIN
    IF to_regclass('aspdesk.change_set') IS NOT NULL THEN
        ALTER TABLE aspdesk.change_set ALTER COLUMN at SET DEFAULT now(), ALTER COLUMN author SET DEFAULT session_user;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON aspdesk.change_set, aspdesk.change FROM aspdesk_editor;
        GRANT INSERT (summary) ON aspdesk.change_set TO aspdesk_editor;
        GRANT INSERT ON aspdesk.change TO aspdesk_editor;
    END IF;
END
$$;
