namespace DeployBot.Planning.Parsing;

/// <summary>The six sections, recognized by heading or JSON key however a model spells them.</summary>
internal enum PlanSection
{
    None,
    Summary,
    PreDeploymentChecks,
    Steps,
    Verification,
    Rollback,
    NextActions,
}

internal static class PlanSectionNames
{
    // Letters only, lower case: "Pre-Deployment Checks", "pre_deployment_checks" and "preDeploymentChecks" meet here.
    private static readonly Dictionary<string, PlanSection> ByKey = new(StringComparer.Ordinal)
    {
        ["summary"] = PlanSection.Summary,
        ["deploymentsummary"] = PlanSection.Summary,
        ["predeploymentchecks"] = PlanSection.PreDeploymentChecks,
        ["predeployment"] = PlanSection.PreDeploymentChecks,
        ["checks"] = PlanSection.PreDeploymentChecks,
        ["steps"] = PlanSection.Steps,
        ["deploymentsteps"] = PlanSection.Steps,
        ["verification"] = PlanSection.Verification,
        ["verificationobservability"] = PlanSection.Verification,
        ["verificationandobservability"] = PlanSection.Verification,
        ["rollback"] = PlanSection.Rollback,
        ["rollbackreadiness"] = PlanSection.Rollback,
        ["rollbackplan"] = PlanSection.Rollback,
        ["nextactions"] = PlanSection.NextActions,
        ["nextsteps"] = PlanSection.NextActions,
    };

    public static PlanSection Find(string name) => ByKey.GetValueOrDefault(Key(name), PlanSection.None);

    /// <summary>A heading or JSON key reduced to lower-case ASCII letters, the form every section table is keyed by.</summary>
    public static string Key(string name) => new([.. name.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
