using System.Text.RegularExpressions;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Plans.Validation;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Rollbacks;

/// <summary>
/// Checks a detailed rollback plan (plan-format.md): the six sections present, numbered steps that each say how to
/// check them and bullets everywhere else, nothing leaked; when there is a FLAG, turning it off comes before any step
/// that redeploys, reverts or restores; every item that destroys stored data comes back from its snapshot.
/// </summary>
public static partial class RollbackValidator
{
    /// <summary>Every violation of the rollback plan against its input; empty when it is acceptable.</summary>
    public static IReadOnlyList<PlanViolation> Validate(RollbackPlan plan, PlanningInput input)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        var userValues = new[] { input.Request.Flag, input.Request.Window, input.Request.Environment };
        return [.. Structure(plan, userValues, QuotedNotes.Of(input.Release?.Text ?? input.Request.Notes)), .. FlagFirst(plan, input.Request.Flag), .. SnapshotRestores(plan, input.Analysis)];
    }

    private static IEnumerable<PlanViolation> Structure(RollbackPlan plan, string?[] userValues, QuotedNotes notes)
    {
        var sections = RollbackSections.Entries(plan);
        foreach (var (heading, entries) in sections.Where(section => !section.Entries.Any(entry => !string.IsNullOrWhiteSpace(entry))))
        {
            yield return new(RollbackRules.SectionMissing(heading), $"The section \"{heading}\" is missing or empty.");
        }

        var incomplete = plan.Steps.Select((step, index) => (step, number: index + 1))
            .Where(pair => string.IsNullOrWhiteSpace(pair.step.Action) || string.IsNullOrWhiteSpace(pair.step.Check))
            .Select(pair => pair.number).ToArray();
        if (incomplete.Length > 0)
        {
            yield return new(RollbackRules.StepIncomplete,
                $"Rollback step(s) {string.Join(", ", incomplete)} need an action and the check that it worked before the next step.");
        }

        var numbered = sections.Where(section => section.Heading != RollbackSections.Steps && section.Entries.Any(StructureRules.NumberedItem().IsMatch))
            .Select(section => $"\"{section.Heading}\"").ToArray();
        if (numbered.Length > 0)
        {
            yield return new(RollbackRules.NumberedOutsideSteps, $"{string.Join(", ", numbered)} use a numbered list; only Rollback Steps are numbered, everything else is bullets.");
        }

        var leaks = sections.SelectMany(section => section.Entries)
            .Select(entry => StructureRules.LeakedPhrase().Match(PlanText.MaskValues(notes.Mask(entry), userValues)))
            .Where(match => match.Success).Select(match => $"\"{match.Value.Trim()}\"").Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (leaks.Length > 0)
        {
            yield return new(RollbackRules.LeakedReasoning, $"The rollback plan contains prompt text, reasoning or talk of being a model ({string.Join(", ", leaks)}); write only the plan.");
        }
    }

    private static IEnumerable<PlanViolation> FlagFirst(RollbackPlan plan, string? flag)
    {
        if (string.IsNullOrWhiteSpace(flag))
        {
            yield break;
        }

        var name = flag.Trim();
        var flagOff = plan.Steps.ToList().FindIndex(step => PlanText.MentionsValue(step.Action, name) && TurnsOff().IsMatch(step.Action));
        var firstChange = plan.Steps.ToList().FindIndex(step => Changes().IsMatch(PlanText.MaskValues(step.Action, [name])));
        if (flagOff < 0 || (firstChange >= 0 && firstChange < flagOff))
        {
            yield return new(RollbackRules.FlagOffFirst,
                $"Turning the flag \"{name}\" off must be a Rollback Step of its own, before any step that redeploys, reverts config or infrastructure, migrates or restores data.");
        }
    }

    private static IEnumerable<PlanViolation> SnapshotRestores(RollbackPlan plan, ReleaseAnalysis analysis)
    {
        var steps = RollbackSections.StepTexts(plan.Steps);
        // A dropped index comes back by creating it again, not from a snapshot; what a personal-data erasure deletes must not come back.
        foreach (var item in analysis.Destructive.Where(item => item.DestroysData && !ItemNames.DropsOnlyIndexes(item) && !PersonalDataErasure.Erases(item)))
        {
            var names = ItemNames.Removed(item);
            var restored = steps.Any(text => Restore().IsMatch(text) && Snapshot().IsMatch(text)
                && (names.Count == 0 || names.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase))));
            if (!restored)
            {
                var what = names.Count == 0 ? "what it removes" : string.Join(", ", names);
                yield return new(RollbackRules.SnapshotRestore,
                    $"The item \"{Short(item.Text)}\" cannot be reversed: a Rollback Step must restore {what} from the snapshot taken right before it.");
            }
        }
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\boff\b | \bdisabl\w* | \bkill[\s-]?switch\b | \b0\s?%", Options, MatchBudget.Milliseconds)]
    private static partial Regex TurnsOff();

    /// <summary>Steps that change what runs or what is stored (announcing or pausing the rollout does not).</summary>
    [GeneratedRegex(@"\bre-?deploy\w* | \bimage\b | \bhelm\b | \bterraform\b | \bmigrat\w* | \brestor\w* | \bre-?apply\w* | \brevert\w* | \bconfig\w* | \bsecrets?\b | \bprevious\s+(?:version|tag|release|revision)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Changes();

    [GeneratedRegex(@"\brestor\w* | \brecover\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Restore();

    [GeneratedRegex(@"\bsnapshots?\b | \bbackups?\b | \bpitr\b | \bpoint[\s-]in[\s-]time\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Snapshot();
}
