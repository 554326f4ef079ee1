using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>Shared phrases of the offline planner's sections.</summary>
internal static class Wording
{
    public static string Risk(RiskArea area) => area switch
    {
        RiskArea.Schema => "database schema changes",
        RiskArea.Auth => "auth/security",
        RiskArea.External => "external integrations",
        RiskArea.Config => "config/secrets",
        RiskArea.Infra => "infrastructure",
        RiskArea.Data => "data backfills",
        RiskArea.Breaking => "breaking API changes",
        _ => area.ToString().ToLowerInvariant(),
    };

    public static string Kind(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Hotfix => "a hotfix",
        ReleaseKind.Migration => "a larger migration",
        _ => "a normal release",
    };

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items, string conjunction = "and") => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1],
    };

    /// <summary>"it" for one name worded by <see cref="Code"/>, "them" for several ("\"a\" and \"b\"", "any of the 5 things …").</summary>
    public static string It(string worded) =>
        worded.Contains("\" and \"", StringComparison.Ordinal) || worded.StartsWith("any of the ", StringComparison.Ordinal) || worded.StartsWith("the ", StringComparison.Ordinal) && worded.Length > 4 && char.IsDigit(worded[4])
            ? "them" : "it";

    /// <summary>Names as quoted in a plan: "a", "b" and "c".</summary>
    /// <remarks>Quoted, not in backticks: a step's backticked text is read back as its script or config reference.</remarks>
    public static string Code(IReadOnlyList<string> names) => List([.. names.Select(name => $"\"{name.Trim('`')}\"")]);

    /// <summary>" (Okta)", " (Braintree and Stripe)": the third-party services the items name, for the line about their provider; nothing when they name none.</summary>
    public static string Providers(IEnumerable<Core.Plans.Analysis.ReleaseItem> items)
    {
        var names = Core.Plans.Analysis.ReleaseAnalyzer.VendorNames(string.Join('\n', items.Select(item => item.Text))).Take(3).ToArray();
        return names.Length == 0 ? string.Empty : $" ({List(names)})";
    }

    /// <summary>": `a`, `b`" with the names the items give, for the step that acts on them; nothing when they give none.</summary>
    /// <remarks>Only names (objects, keys, files, services) reach the plan, never an item's free text: notes are untrusted.</remarks>
    public static string Items(IReadOnlyList<Core.Plans.Analysis.ReleaseItem> items) => Items(items, _ => true);

    /// <summary>
    /// As <see cref="Items(IReadOnlyList{Core.Plans.Analysis.ReleaseItem})"/>, keeping only the names of the kind the step
    /// acts on (<see cref="NameShapes"/>): ANALYZE names databases, an integration check names services, never a column,
    /// a migration file or a tool.
    /// </summary>
    /// <param name="items">The items the step acts on.</param>
    /// <param name="ofKind">Which names are of the kind the step acts on.</param>
    /// <param name="speaks">
    /// Which parts of a line speak of what the step does (<see cref="LineParts"/>): "drop orders.legacy_state + rm
    /// /v1/export, …, pg 14->16 on billing-db" upgrades "billing-db", not "/v1/export". Every part when null.
    /// </param>
    public static string Items(IReadOnlyList<Core.Plans.Analysis.ReleaseItem> items, Func<string, bool> ofKind, Func<string, bool>? speaks = null)
    {
        // A version an item cites ("a partial fix for CVE-2024-39884 in 2.4.61") is not a name the step acts on.
        var all = items.SelectMany(item => speaks is null ? NotesFacts.NamesIn(item.Text) : LineParts.NamesIn(item.Text, speaks)).Where(name => !NotesFacts.IsVersion(name) && ofKind(name.Trim('`'))).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // "/terraform/x.tf" read as an object and "infra/terraform/x.tf" read as a file are one name.
        var names = all.Where(name => !all.Any(other => other.Length > name.Length && other.EndsWith(name, StringComparison.OrdinalIgnoreCase))).Take(6).ToArray();
        // "upgrade postgres 14 -> 16. Affects billing-db and orders-db.": when the parts that speak name nothing of the kind, the item's other parts do.
        return names.Length == 0 ? speaks is null ? string.Empty : Items(items, ofKind) : ": " + Code(names);
    }

    public static string Change(ChangeKind kind) => kind switch
    {
        ChangeKind.Image => "an image rollout",
        ChangeKind.Config => "a config/secret change",
        ChangeKind.Flag => "a flag ramp",
        ChangeKind.Infra => "an infrastructure change",
        ChangeKind.Schema => "a schema migration (expand/contract)",
        ChangeKind.Backfill => "a data backfill",
        ChangeKind.Engine => "a datastore engine upgrade",
        ChangeKind.Messaging => "a messaging change",
        ChangeKind.Auth => "a sign-in/auth change",
        ChangeKind.Payments => "a payments change",
        ChangeKind.MultiService => "a multi-service rollout",
        ChangeKind.Contract => "contract steps for the destructive items",
        ChangeKind.Switch => "a blue/green switch",
        ChangeKind.Patch => "a patch release of bug fixes",
        ChangeKind.EncryptedCopy => "encryption at rest by an encrypted copy swapped in",
        ChangeKind.CacheEngine => "a cache engine change",
        ChangeKind.SearchMigration => "a search cluster migration",
        ChangeKind.Erasure => "a personal-data erasure job",
        ChangeKind.Retention => "retention that starts deleting stored history",
        ChangeKind.RequiredSetting => "a setting required before the upgrade",
        _ => "an incident hotfix",
    };

    /// <summary>The metrics that decide whether a ramp stage or a canary may go on.</summary>
    public static string GuardMetrics(PlanFacts facts)
    {
        var metrics = new List<string> { "5xx error rate", "p95 latency" };
        if (facts.Has(RiskArea.Auth))
        {
            metrics.Add("sign-in failures (401/403)");
        }

        if (facts.Has(RiskArea.External))
        {
            metrics.Add("partner API error rate");
        }

        if (facts.ChangesData)
        {
            metrics.Add("database lock waits");
        }

        if (facts.Is(ChangeKind.Messaging))
        {
            metrics.Add("consumer lag");
        }

        return List(metrics);
    }

    /// <summary>The pass criteria for error rate and latency, stricter in production.</summary>
    public static string PassCriteria(PlanFacts facts) => facts.IsProduction
        ? $"5xx error rate below 1% and p95 latency within 10% of {Baseline(facts)}"
        : $"5xx error rate below 5% and p95 latency within 25% of {Baseline(facts)}";

    /// <summary>What "normal" means: before the incident for an incident's fix, a hotfix or a ticketed patch (the current state is the incident).</summary>
    public static string Baseline(PlanFacts facts) =>
        Kinds.Urgency.IsIncident(facts) ? "the baseline from before the incident" : "the pre-deployment baseline";
}
