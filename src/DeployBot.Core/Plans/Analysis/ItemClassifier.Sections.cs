using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>The heading an item stands under: "Breaking changes", "Removed" and "Security" say what its items are.</summary>
internal static partial class ItemClassifier
{
    private static void AddSectionRisks(string section, string text, HashSet<RiskArea> risks, ref bool destructive)
    {
        if (BreakingSection().IsMatch(section))
        {
            risks.Add(RiskArea.Breaking);
        }

        if (RemovedSection().IsMatch(section) && Thing().IsMatch(text) && !SupportDropped().IsMatch(text))
        {
            destructive = true;
        }

        if (SecuritySection().IsMatch(section))
        {
            risks.Add(RiskArea.Auth);
        }
    }

    /// <summary>A heading that announces incompatible changes ("Breaking changes", "Upgrade notes", "Migration guide").</summary>
    public static bool IsBreakingSection(string heading) => BreakingSection().IsMatch(heading);

    [GeneratedRegex(@"(?<!\b(?:without|no|zero)\s+(?:any\s+)?)\bbreaking\b|(?<!\b(?:without|no|zero)\s+(?:any\s+)?)\bincompatib\w*|\bupgrade\s+notes\b|\baction\s+required\b|\bmigration\s+guide\b|\bupgrading\s+(?:from|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BreakingSection();

    [GeneratedRegex(@"^\W*removed?\b|\bremovals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RemovedSection();

    [GeneratedRegex(@"\bsecurity\b|\bcves?\b|\bvulnerabilit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SecuritySection();

    [GeneratedRegex(@"\b(?:columns?|tables?|index|endpoints?|apis?|flags?|options?|settings?|keys?|parameters?|fields?|methods?|commands?|properties|variables?|constants?|class(?:es)?|functions?|modules?|types?)\b|`|--\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Thing();

    /// <summary>
    /// Support dropped for a platform, runtime or version ("Drop binary gem support for platform `x86-mingw32`"): whoever
    /// runs it must move (breaking), but nothing is deleted, so under a "Removed" heading it is not destructive.
    /// </summary>
    [GeneratedRegex(@"\b(?:remov|drop|end)\w*\s+(?:[\w-]+\s+){0,3}?support\b|\bsupport\s+(?:for\s+)?[^.;\n]{0,40}?\b(?:removed|dropped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SupportDropped();
}
