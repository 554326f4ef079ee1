using DeployBot.Core.Plans;

namespace DeployBot.Core.Planning.Offline;

/// <summary>Writes the pre-deployment checks: assumptions, CI, approvals, who is told, config, backups, risk-specific checks.</summary>
internal static class ChecksWriter
{
    public static IReadOnlyList<string> Write(PlanFacts facts, Schedule schedule)
    {
        var checks = new List<string> { AssumedSetup.Description, Ci(facts) };
        checks.AddRange(facts.IsProduction ? Production(facts) : [$"Tell the team in the release channel before starting on {facts.Env}."]);
        checks.Add(facts.Has(RiskArea.Config)
            ? $"Config and secrets: every new or renamed setting and secret exists in {facts.Env} (`{AssumedSetup.ConfigMap}` and the secret store), reviewed by a second person; no secret is in the repository."
            : $"Config and secrets for {facts.Env} are unchanged from the running version, or any change is applied by the steps below.");
        checks.AddRange(RiskChecks(facts));
        if (facts.Window is { } window)
        {
            checks.Add(WindowCheck(facts, window, schedule));
        }

        if (facts.Flag is { } flag)
        {
            checks.Add($"The flag {flag} exists in {facts.Env}, is off for everyone, and can be switched without a deploy (`{AssumedSetup.Flags}` or your flag service).");
        }

        return checks;
    }

    private static string Ci(PlanFacts facts) => facts.Analysis.Kind == ReleaseKind.Hotfix
        ? "CI is green on the hotfix commit, including a regression test for the fix and the critical end-to-end suites; only the fix is on the release branch."
        : facts.IsProduction
            ? "CI is green on the release commit, including the critical end-to-end suites; the same image already passed in staging."
            : "CI is green on the release commit, including the critical end-to-end suites.";

    private static IEnumerable<string> Production(PlanFacts facts)
    {
        var approvers = facts.ChangesData
            ? "the service owner, a second reviewer and a database owner for the data changes"
            : "the service owner and a second reviewer";
        yield return $"Approvals: the change is approved by {approvers} before starting.";
        yield return $"Tell the on-call engineer for {facts.Env} before starting: post this plan in the release channel and wait for their acknowledgement.";
        if (facts.IsHighRisk)
        {
            yield return $"High-risk release: a rollback owner is named, and the detailed rollback plan (`{AssumedSetup.RollbackRunbook}`) was rehearsed in staging.";
        }
    }

    private static IEnumerable<string> RiskChecks(PlanFacts facts)
    {
        if (facts.ChangesData)
        {
            yield return $"Backup: a fresh snapshot of the database is taken (`{AssumedSetup.Snapshot}`) and a restore from the latest backup was tested recently.";
        }

        if (facts.Has(RiskArea.Schema))
        {
            yield return $"Migrations in `{AssumedSetup.Migrations}` are reviewed: additive (expand) only, no long table locks, and each has a tested down-migration.";
        }

        if (facts.Has(RiskArea.Data))
        {
            yield return "The backfill or data change was dry-run on a staging copy and timed; it runs in batches and can resume.";
        }

        if (facts.Has(RiskArea.Auth))
        {
            yield return $"Auth: test accounts for each role are ready, and the identity provider settings (redirect URIs, client secrets) match {facts.Env}.";
        }

        if (facts.Has(RiskArea.External))
        {
            yield return "External integrations: credentials for the partner services are valid, their rate limits are known, and the partners know about the change.";
        }

        if (facts.Has(RiskArea.Infra))
        {
            yield return "Infrastructure: the terraform plan output is reviewed and attached, and there is capacity headroom for the rollout.";
        }

        if (facts.Has(RiskArea.Breaking))
        {
            yield return "Breaking changes: API consumers were told with a date, and updated clients or a compatibility shim are ready.";
        }
    }

    private static string WindowCheck(PlanFacts facts, string window, Schedule schedule)
    {
        var fit = facts.WindowMinutes is { } length && !schedule.FitsIn(length)
            ? $"; the steps need about {schedule.TotalMinutes} minutes, more than the window, so get a longer window first"
            : $"; the steps need about {schedule.TotalMinutes} minutes";
        return $"The window {window} is agreed and on the calendar{fit}.";
    }
}
