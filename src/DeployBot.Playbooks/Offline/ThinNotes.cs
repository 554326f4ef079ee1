using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Offline;

/// <summary>Notes too thin to judge the risk: under five words, only issue references, or "misc fixes".</summary>
internal static partial class ThinNotes
{
    public static bool Matches(string notes)
    {
        var words = Word().Matches(notes).Count;
        var withoutReferences = Reference().Replace(notes, " ");
        return words < 5 || Word().Matches(withoutReferences).Count < 2 || (words < 9 && Vague().IsMatch(notes));
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}_.'-]*", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:\b(?:fix(?:es|ed)?|closes?|resolves?|see|issue|ticket|pr)\b\s*)?(?:#\d+|\b[A-Z]{2,10}-\d+\b|https?://\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:misc|miscellaneous|various|minor|small|some)\s+(?:fixes|changes|updates|improvements|tweaks)\b|\bbug\s*fixes\b|\bupdates?\b|\bchanges\b|\bwip\b|\bvarios\s+arreglos\b|\bmejoras\b|\bcorrecciones\b|\bdiverses\s+corrections\b|\bam[ée]liorations\b|\bfehlerbehebungen\b|\bverbesserungen\b|\bmelhorias\b|\bcorre[çc][õo]es\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Vague();
}
