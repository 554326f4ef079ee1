using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Staging is where a change is rehearsed for production. A production plan may rely on what that rehearsal showed ("as
/// tested in staging"); a plan for any other environment IS the rehearsal, so its checks say what this run must prove
/// and record for production, never that staging already happened.
/// </summary>
internal static class Rehearsal
{
    /// <summary>This plan is the rehearsal: any environment but production.</summary>
    public static bool IsRehearsal(PlanFacts facts) => !facts.IsProduction;

    /// <summary>"this staging run is the rehearsal for production".</summary>
    public static string ThisRun(PlanFacts facts) => $"this {facts.Env} run is the rehearsal for production";

    /// <summary>"this staging run proves it against Valkey 8.0 before production": what a step of the rehearsal is for.</summary>
    public static string Proves(PlanFacts facts, string? against = null) => $"this {facts.Env} run proves it{(against is null ? string.Empty : $" against {against}")} before production";

    /// <summary>What a rehearsal does with a time it measures.</summary>
    public const string RecordTime = "record it in the thread as the production estimate";
}
