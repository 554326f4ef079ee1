namespace DeployBot.Storage.Migrations;

/// <summary>The first schema, in three steps.</summary>
internal static class InitialSchema
{
    public const string Plans = """
        CREATE TABLE pending_requests (
            id text PRIMARY KEY,
            requester text NOT NULL,
            field_values text NOT NULL,
            created_at bigint NOT NULL,
            completed_at bigint NULL
        );
        CREATE TABLE plans (
            plan_id text PRIMARY KEY,
            request text NOT NULL,
            requester text NOT NULL,
            platform text NOT NULL,
            user_id text NOT NULL,
            created_at bigint NOT NULL
        );
        CREATE INDEX ix_plans_requester ON plans (platform, user_id, created_at);
        CREATE TABLE plan_versions (
            plan_id text NOT NULL REFERENCES plans (plan_id),
            version bigint NOT NULL,
            idempotency_key text NOT NULL,
            request text NOT NULL,
            plan text NOT NULL,
            reason text NOT NULL,
            created_at bigint NOT NULL,
            PRIMARY KEY (plan_id, version),
            UNIQUE (plan_id, idempotency_key)
        );
        """;

    public const string Conversations = """
        CREATE TABLE plan_postings (
            plan_id text NOT NULL REFERENCES plans (plan_id),
            platform text NOT NULL,
            channel_id text NOT NULL,
            message_id text NOT NULL,
            permalink text NULL,
            version bigint NULL,
            updated_at bigint NOT NULL,
            PRIMARY KEY (plan_id, platform)
        );
        CREATE TABLE thread_links (
            platform text NOT NULL,
            channel_id text NOT NULL,
            thread_id text NOT NULL,
            plan_id text NOT NULL REFERENCES plans (plan_id),
            PRIMARY KEY (platform, channel_id, thread_id)
        );
        CREATE TABLE thread_exchanges (
            id {identity},
            plan_id text NOT NULL REFERENCES plans (plan_id),
            question text NOT NULL,
            answer text NOT NULL,
            created_at bigint NOT NULL
        );
        CREATE INDEX ix_thread_exchanges_plan ON thread_exchanges (plan_id, id);
        CREATE TABLE acknowledgements (
            plan_id text PRIMARY KEY REFERENCES plans (plan_id),
            user_id text NOT NULL,
            user_name text NULL,
            acknowledged_at bigint NOT NULL
        );
        """;

    public const string Operations = """
        CREATE TABLE jobs (
            seq {identity},
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
        CREATE INDEX ix_jobs_status ON jobs (status, seq);
        CREATE TABLE delivery_keys (
            delivery_key text PRIMARY KEY,
            expires_at bigint NOT NULL
        );
        CREATE INDEX ix_delivery_keys_expiry ON delivery_keys (expires_at);
        CREATE TABLE audit_entries (
            id {identity},
            plan_id text NOT NULL,
            event text NOT NULL,
            actor text NOT NULL,
            details text NOT NULL,
            at bigint NOT NULL
        );
        CREATE INDEX ix_audit_entries_plan ON audit_entries (plan_id, id);
        """;
}
