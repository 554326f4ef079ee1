namespace DeployBot.Core.Plans;

/// <summary>The section headings of <c>plan-format.md</c>, exactly as rendered, in order.</summary>
public static class PlanSections
{
    public const string Summary = "Deployment Summary";
    public const string PreDeploymentChecks = "Pre-Deployment Checks";
    public const string Steps = "Deployment Steps";
    public const string Verification = "Verification & Observability";
    public const string Rollback = "Rollback Readiness";
    public const string NextActions = "Next Actions";

    public static IReadOnlyList<string> InOrder { get; } =
        [Summary, PreDeploymentChecks, Steps, Verification, Rollback, NextActions];

    /// <summary>The one line above the context block of a plan written without the model.</summary>
    public const string OfflineNotice = "Written by DeployBot's offline planner (no language model was used).";

    /// <summary>How every offline notice starts, with or without a fallback reason.</summary>
    public const string OfflineNoticePrefix = "Written by DeployBot's offline planner";

    private const int MaxReasonLength = 200;

    /// <summary>
    /// The one-line notice for a plan written without the model, or null for a model plan: <see cref="OfflineNotice"/>,
    /// or with a fallback reason "Written by DeployBot's offline planner: the model did not give a usable plan after 3
    /// attempts (timeout)." Every renderer (Markdown, Block Kit, Adaptive Card, console) shows this same line.
    /// </summary>
    public static string? NoticeFor(PlannerInfo planner)
    {
        ArgumentNullException.ThrowIfNull(planner);
        if (!planner.IsOffline)
        {
            return null;
        }

        var reason = OneLine(planner.FallbackReason);
        if (reason.Length == 0)
        {
            return OfflineNotice;
        }

        var model = string.IsNullOrWhiteSpace(planner.ModelId) ? "the model" : $"the model {OneLine(planner.ModelId)}";
        return planner.Attempts <= 0
            ? $"{OfflineNoticePrefix}: {model} was not called ({reason})."
            : $"{OfflineNoticePrefix}: {model} did not give a usable plan after {Attempts(planner.Attempts)} ({reason}).";
    }

    private static string Attempts(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";

    private static string OneLine(string? text)
    {
        var line = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return line.Length <= MaxReasonLength ? line : string.Concat(line.AsSpan(0, MaxReasonLength - 1), "…");
    }
}
