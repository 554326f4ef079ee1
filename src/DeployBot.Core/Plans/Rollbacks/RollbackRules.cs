namespace DeployBot.Core.Plans.Rollbacks;

/// <summary>The stable rule names of <see cref="RollbackValidator"/> (a repair prompt quotes them; tests and logs match on them).</summary>
public static class RollbackRules
{
    /// <summary>Prefix of "rollback-section-missing:&lt;heading&gt;", e.g. <c>rollback-section-missing:Rollback Triggers</c>.</summary>
    public const string SectionMissingPrefix = "rollback-section-missing:";
    public const string SectionOrder = "rollback-section-order";
    public const string StepIncomplete = "rollback-step-incomplete";
    public const string NumberedOutsideSteps = "rollback-numbered-outside-steps";
    public const string LeakedReasoning = "rollback-leaked-reasoning";
    public const string FlagOffFirst = "rollback-flag-off-first";
    public const string SnapshotRestore = "rollback-snapshot-restore";

    public static string SectionMissing(string heading) => SectionMissingPrefix + heading;
}
