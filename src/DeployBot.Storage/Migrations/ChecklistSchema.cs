namespace DeployBot.Storage.Migrations;

/// <summary>The plan checklist (issue 18): one row per ticked step of a plan version, changed in place when unticked.</summary>
internal static class ChecklistSchema
{
    public const string StepTicks = """
        CREATE TABLE step_ticks (
            plan_id text NOT NULL REFERENCES plans (plan_id),
            version bigint NOT NULL,
            step bigint NOT NULL,
            done bigint NOT NULL,
            user_id text NOT NULL,
            user_name text NULL,
            changed_at bigint NOT NULL,
            PRIMARY KEY (plan_id, version, step)
        );
        """;
}
