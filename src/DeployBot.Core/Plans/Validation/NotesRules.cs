using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Validation;

/// <summary>
/// The notes-consistency rules (plan-format.md "Following the notes item by item"), for model and offline plans alike:
/// each destructive item gets a contract step naming what it touches, the data owner's approval and a rollback line
/// saying it cannot be reversed except from the snapshot; and no step promises what an item contradicts.
/// </summary>
internal static partial class NotesRules
{
    public static IEnumerable<PlanViolation> Check(DeploymentPlan plan, ReleaseAnalysis analysis)
    {
        var destructive = analysis.Destructive.ToArray();
        if (destructive.Length == 0)
        {
            yield break;
        }

        var steps = PlanText.StepTexts(plan.Steps).ToArray();
        // "delete products_v2 after 48h" is a follow-up: the rollback section names it and says it ends the way back.
        // "Now databases will be dropped in any case": the new version deletes more, the release removes nothing to contract.
        foreach (var item in destructive.Where(item => !WidenedDeletion.Covers(item, analysis.Items)).Where(item => ReleaseAnalyzer.LaterDeletions(item.Text) is var later && LaterOnly(item, later) ? !NamedLater(later, plan.Rollback) : !NamedInSteps(item, steps)))
        {
            yield return new(PlanRules.DestructiveContract,
                $"The item \"{Short(item.Text)}\" is destructive: a Deployment Step must apply it as a contract step after the rollout, naming {Names(item)}.");
        }

        if (steps.Concat(plan.PreDeploymentChecks).FirstOrDefault(text => Contradiction().IsMatch(text)) is { } contradiction)
        {
            yield return new(PlanRules.NotesContradiction,
                $"\"{Short(contradiction)}\" contradicts the notes, which drop, rename or remove something; plan it as expand/contract instead.");
        }

        // Approval and the irreversible rollback are owed for stored data; a removed endpoint comes back with the previous version.
        if (!destructive.Any(item => item.DestroysData))
        {
            yield break;
        }

        if (!plan.PreDeploymentChecks.Concat(steps).Any(text => Approval().IsMatch(text) && DataOwner().IsMatch(text)))
        {
            yield return new(PlanRules.DestructiveApproval, "Destructive items need the data owner's (database owner's) approval in the checks or steps.");
        }

        // A dropped index holds no data: its way back is creating it again, so only items that destroy more need the line.
        if (destructive.Any(item => item.DestroysData && !ItemNames.DropsOnlyIndexes(item)) && !plan.Rollback.Any(text => Irreversible().IsMatch(text) && Restore().IsMatch(text)))
        {
            yield return new(PlanRules.DestructiveRollback,
                "Rollback Readiness must say that the destructive step cannot be reversed and that the way back is restoring the snapshot taken right before it.");
        }
    }

    /// <summary>Everything the item removes, it removes later ("delete products_v2 after 48h").</summary>
    private static bool LaterOnly(ReleaseItem item, IReadOnlyList<string> later) =>
        later.Count > 0 && Removed(item).All(name => later.Any(clause => clause.Contains(name, StringComparison.OrdinalIgnoreCase)));

    private static bool NamedLater(IReadOnlyList<string> later, IReadOnlyList<string> rollback) =>
        later.All(clause => rollback.Any(line => line.Contains(clause, StringComparison.OrdinalIgnoreCase) && Irreversible().IsMatch(line)));

    private static bool NamedInSteps(ReleaseItem item, IReadOnlyList<string> steps)
    {
        var names = Removed(item);
        return names.Count == 0
            ? steps.Any(step => Contract().IsMatch(step))
            : names.Any(name => steps.Any(step => step.Contains(name, StringComparison.OrdinalIgnoreCase)));
    }

    private static string Names(ReleaseItem item)
    {
        var names = Removed(item);
        return names.Count == 0 ? "what it removes" : string.Join(", ", names);
    }

    private static IReadOnlyList<string> Removed(ReleaseItem item) => ItemNames.Removed(item);

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bapprov\w* | \bsign[\s-]?off\b | \bsigned[\s-]off\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Approval();

    [GeneratedRegex(@"\b(?:data|database|db|schema)\s+owners?\b | \bdba\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex DataOwner();

    [GeneratedRegex(@"\bcannot\s+be\s+(?:reversed|undone|rolled\s+back)\b | \birreversibl\w* | \bnot\s+reversible\b | \bno\s+down[\s-]?migration\b | \bone[\s-]way\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Irreversible();

    [GeneratedRegex(@"\brestor\w* | \bsnapshot\w* | \bbackups?\b | \bpitr\b | \bpoint[\s-]in[\s-]time\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Restore();

    [GeneratedRegex(@"\bcontract\w* | \bafter\s+the\s+rollout\b | \bnothing\s+(?:running\s+)?still\s+uses\b | \bno\s+(?:\w+\s+){0,2}still\s+(?:uses|sets|reads|writes|calls|relies)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Contract();

    [GeneratedRegex(@"\badditive(?:\s+changes)?\s+only\b | \bonly\s+additive\b | \bno\s+drops?\b | \bno\s+renames?\b | \bwithout\s+(?:any\s+)?drops\b | \bnothing\s+is\s+(?:dropped|removed|renamed)\b | \bfully\s+backwards?[\s-]compatible\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Contradiction();
}
