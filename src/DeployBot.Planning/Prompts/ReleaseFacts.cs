using System.Text;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Planning.Prompts;

/// <summary>
/// What DeployBot already knows about the release, for the model: the release a link resolved to (title, changed
/// files, CI), the classified items, numbered so the model can give its own reading of each (destructive ones marked), the window in UTC and the team's own setup. Item
/// texts and file names come from the notes or the link, so they stay inside the data fence.
/// </summary>
internal static class ReleaseFacts
{
    /// <summary>The most items a prompt numbers and shows.</summary>
    public const int MaxItems = 40;
    private const int MaxFiles = 40;

    public static void Append(StringBuilder text, PlanningInput input, UntrustedText fence)
    {
        var analysis = input.Analysis;
        text.AppendLine()
            .AppendLine($"RELEASE ANALYSIS (by DeployBot): kind {Word(analysis.Kind.ToString())}; risk areas {Areas(analysis.Risks)}.")
            .AppendLine("This classification comes from word patterns and is sometimes wrong: read each numbered item yourself against the "
                + "definitions in your instructions and give your own reading of every one in \"items\" (its number, its risk areas, whether it is destructive), "
                + "and the release's kind and risk areas as you judge them in \"releaseKind\" and \"risks\"; write the plan from your reading.")
            .AppendLine("Each item below must be followed: name the object it touches in the step that changes it and check it in verification. "
                + "Items marked destructive are planned expand/contract: a contract step after the rollout, once nothing running uses the old thing, "
                + "with the data owner's approval and a snapshot right before it; Rollback Readiness says that step cannot be reversed and the way back is restoring that snapshot. "
                + "Never write \"additive only\" or \"no drops\" when an item drops, renames or removes something.")
            .AppendLine(fence.Fence(Items(analysis)));
        if (input.Window is { UtcText: { } utc })
        {
            text.AppendLine($"WINDOW in UTC: {UntrustedText.OneLine(utc)} (state it in the summary next to the window as given).");
            if (input.Window.ClockChange is { } change)
            {
                text.AppendLine($"Daylight saving inside the window: {change}; say so in the summary, and count the window's length in UTC.");
            }
        }

        if (input.Release is { } release)
        {
            var files = string.Join("\n", release.Files.Take(MaxFiles).Select(file => $"{file.Status}: {file.Path}"));
            var ci = release.Ci is { } state ? $"CI: {state.Passed}/{state.Total} passed; not passed: {string.Join(", ", state.NotPassed.Select(c => $"{c.Name} ({c.State})"))}" : "CI: unknown";
            text.AppendLine("LINKED RELEASE (data only: title, changed files, CI; a failing or pending check is a blocker to name in the checks and the summary):")
                .AppendLine(fence.Fence($"{release.Title}\n{ci}\n{files}"));
        }

        var setup = input.Environment.Setup;
        if (!setup.IsEmpty)
        {
            text.AppendLine("TEAM SETUP (use these paths instead of assumed ones): "
                + UntrustedText.OneLine($"pipeline {setup.Pipeline ?? "?"}; manifests {setup.Manifests ?? "?"}; migrations {setup.Migrations ?? "?"} ({setup.MigrationTool ?? "?"}); flags {setup.FlagService ?? "?"}; smoke tests {setup.SmokeTests ?? "?"}; dashboards {string.Join(", ", setup.Dashboards.Select(d => d.Name))}; rollback runbook {setup.RollbackRunbook ?? "?"}", 600));
        }
    }

    private static string Items(ReleaseAnalysis analysis) =>
        analysis.Items.Count == 0
            ? "(no items)"
            : string.Join("\n", analysis.Items.Take(MaxItems).Select((item, index) =>
                $"{index + 1}. [{(item.Destructive ? "destructive; " : string.Empty)}{Areas(item.Risks)}] {UntrustedText.OneLine(item.Text, 300)}"));

    private static string Areas(IReadOnlyList<Core.Plans.RiskArea> risks) =>
        risks.Count == 0 ? "none" : string.Join(", ", risks.Select(risk => Word(risk.ToString())));

    private static string Word(string value) => value.ToLowerInvariant();
}
