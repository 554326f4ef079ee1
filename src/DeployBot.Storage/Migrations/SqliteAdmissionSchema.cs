namespace DeployBot.Storage.Migrations;

/// <summary>
/// SQLite only: the two tables every acknowledgement writes, rebuilt so each insert touches fewer B-trees. The job
/// queue's <c>seq</c> was <c>AUTOINCREMENT</c>, which also rewrites the job's row in <c>sqlite_sequence</c> on every
/// insert; jobs are never deleted, so a plain <c>INTEGER PRIMARY KEY</c> numbers them the same way (always above the
/// largest). <c>delivery_keys</c> becomes <c>WITHOUT ROWID</c>: its rows are a short key and a time, so the key's
/// B-tree holds the row and the separate rowid table goes. Every row is copied; the numbers and keys stay.
/// PostgreSQL's tables are heaps with an identity sequence, where neither costs anything, so it records the
/// version and changes nothing.
/// </summary>
internal static class SqliteAdmissionSchema
{
    public const string FewerTreesPerAdmission = """
        CREATE TABLE jobs_rebuilt (
            seq INTEGER PRIMARY KEY,
            id text NOT NULL UNIQUE,
            kind text NOT NULL,
            plan_id text NOT NULL,
            payload text NOT NULL,
            dedupe_key text NULL UNIQUE,
            status text NOT NULL,
            attempts bigint NOT NULL DEFAULT 0,
            state text NULL,
            last_error text NULL,
            run_after bigint NOT NULL,
            lease_owner text NULL,
            lease_until bigint NULL,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL
        );
        INSERT INTO jobs_rebuilt (seq, id, kind, plan_id, payload, dedupe_key, status, attempts, state, last_error, run_after, lease_owner, lease_until, created_at, updated_at)
            SELECT seq, id, kind, plan_id, payload, dedupe_key, status, attempts, state, last_error, run_after, lease_owner, lease_until, created_at, updated_at FROM jobs;
        DROP TABLE jobs;
        ALTER TABLE jobs_rebuilt RENAME TO jobs;
        CREATE INDEX ix_jobs_status ON jobs (status, seq);
        DELETE FROM sqlite_sequence WHERE name = 'jobs';
        CREATE TABLE delivery_keys_rebuilt (
            delivery_key text PRIMARY KEY,
            expires_at bigint NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO delivery_keys_rebuilt (delivery_key, expires_at) SELECT delivery_key, expires_at FROM delivery_keys;
        DROP TABLE delivery_keys;
        ALTER TABLE delivery_keys_rebuilt RENAME TO delivery_keys;
        CREATE INDEX ix_delivery_keys_expiry ON delivery_keys (expires_at);
        """;
}
