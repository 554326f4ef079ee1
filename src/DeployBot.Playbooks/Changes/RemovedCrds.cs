using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The custom resource definitions a release removes: "Remove Apps operator and ArangoJob CRD", "Remove the ML operator and
/// all related CRDs (MLExtension, MLBatchJob)", "the `Backup` CRD has been removed", "Removed CRDs: A, B". Deleting a CRD
/// deletes every object of its kind, and once the operator that reconciled them is gone nothing manages those that remain:
/// before the upgrade, the plan confirms that none exist (or their owner migrates them first). A CRD the release adds
/// ("Add missing CRDs", "Add X CRD") is not one.
/// </summary>
/// <param name="Kinds">The kinds of the removed CRDs, as the notes name them (ArangoJob).</param>
internal sealed partial record RemovedCrds(IReadOnlyList<string> Kinds)
{
    /// <summary>The CRDs the notes remove, or null when they remove none by name.</summary>
    public static RemovedCrds? Read(string notes)
    {
        var kinds = notes.Split('\n').Where(line => Removal().IsMatch(line))
            .SelectMany(KindsIn)
            .Distinct(StringComparer.Ordinal).ToArray();
        return kinds.Length == 0 ? null : new RemovedCrds(kinds);
    }

    /// <summary>"`kubectl get arangojob,graphanalyticsengine -A`": one command that lists every object of those kinds.</summary>
    public string Command => $"`kubectl get {string.Join(",", Kinds.Select(kind => kind.ToLowerInvariant()))} -A`";

    /// <summary>"ArangoJob and GraphAnalyticsEngine".</summary>
    public string Named => Kinds.Count == 1 ? Kinds[0] : $"{string.Join(", ", Kinds.Take(Kinds.Count - 1))} and {Kinds[^1]}";

    /// <summary>The kinds a removal line names as CRDs: right before "CRD", or listed after "CRDs" (in brackets or after a colon).</summary>
    private static IEnumerable<string> KindsIn(string line)
    {
        foreach (Match match in Before().Matches(line))
        {
            yield return match.Groups["kind"].Value;
        }

        foreach (Match match in Listed().Matches(line))
        {
            foreach (Capture capture in match.Groups["kind"].Captures)
            {
                yield return capture.Value;
            }
        }
    }

    /// <summary>A removal word before "CRD" in the line ("Remove … CRD", "CRD … removed"), not an addition or a denial.</summary>
    [GeneratedRegex(@"(?:\b(?:remove[sd]?|removing|drop(?:s|ped)?|delete[sd]?|deleting)\b(?![^.;\n]{0,10}\bsupport\b)[^.;\n]*\bCRDs?\b|\bCRDs?\b[^.;\n]{0,40}\b(?:(?:has|have|is|are|was|were)\s+(?:been\s+)?)?(?:removed|dropped|deleted)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Removal();

    /// <summary>"ArangoJob CRD", "`Backup` CRD", "ArangoDeploymentReplication CRD": a kind's name (capitalised, one word) right before "CRD".</summary>
    [GeneratedRegex(@"`?(?<kind>(?-i:[A-Z][A-Za-z0-9]+))`?\s+(?:custom\s+resource\s+definition|CRD)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Before();

    /// <summary>"CRDs (A, B, C)", "CRDs: A, B", "CRDs `A` and `B`": the kinds listed after "CRDs".</summary>
    [GeneratedRegex(@"\bCRDs\s*(?:\(|:)?\s*`?(?<kind>(?-i:[A-Z][A-Za-z0-9]+))`?(?:\s*(?:,|\band\b)\s*`?(?<kind>(?-i:[A-Z][A-Za-z0-9]+))`?)*", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Listed();
}
