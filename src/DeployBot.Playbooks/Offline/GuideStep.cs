using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The notes point at their project's migration or upgrade guide ("You can find the migration doc here: https://…",
/// "[Upgrade guide](https://…)"): what the release needs is spelled out there, not in the notes, so the plan has a step
/// that follows it, with its address, before the window; a plan that only lists what the notes name leaves it unread.
/// </summary>
internal static partial class GuideStep
{
    public static TimedStep? For(PlanFacts facts) => Link(facts.Notes) is { } url
        ? Manual(Phase.Prepare, $"Follow the migration guide the notes link to ({url}): before the window, go through it against the configuration {facts.Env} runs with, make the changes it lists that apply (a second person reviews them), and add to this plan any step it asks for that the plan does not have yet", null, 15)
        : null;

    /// <summary>The address of the guide the notes point at, or null: a link whose text or sentence calls it a migration or upgrade guide.</summary>
    public static string? Link(string notes)
    {
        if (Labelled().Match(notes) is { Success: true } labelled)
        {
            return labelled.Groups["url"].Value;
        }

        return Said().Match(notes) is { Success: true } said ? said.Groups["url"].Value.TrimEnd('.', ',', ';', ')', '*', '`') : null;
    }

    private const string Guide = @"(?:migration|migrating|upgrade|upgrading)\s+(?:doc|docs|documentation|guide|notes|instructions)";

    /// <summary>"[Migration guide](https://…)", "[read the upgrade notes](https://…)".</summary>
    [GeneratedRegex($@"\[[^\]\n]*\b{Guide}\b[^\]\n]*\]\((?<url>https?://[^)\s]+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Labelled();

    /// <summary>"You can find the migration doc here: https://…", "see the upgrade guide at https://…" (the address in the same sentence).</summary>
    [GeneratedRegex($@"\b{Guide}\b[^.\n]{{0,60}}?(?<url>https?://[^\s)\]>""]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Said();
}
