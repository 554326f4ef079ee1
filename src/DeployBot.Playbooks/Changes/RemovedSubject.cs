using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// What a removal that names nothing removes, in the item's own words: "Karpenter controller policy for prior to
/// Karpenter v1 have been removed" removes "Karpenter controller policy for prior to Karpenter v1", "Boot now drops any
/// index Postgres left invalid and rebuilds it" drops "any index Postgres left invalid". A step that quotes it says what
/// to look for; one that points at "what line 5 of the notes removes" sends the operator back to the notes at 2 a.m.
/// </summary>
internal static partial class RemovedSubject
{
    /// <summary>The removed thing as the item words it, quoted ("\"any index Postgres left invalid\""), or null when the item does not say.</summary>
    public static string? Of(string item)
    {
        // "To make this possible, the old table … will be dropped": the opening clause says why, not what is removed.
        var plain = Opening().Replace(Tag().Replace(NotesQuote.Words(Aside().Replace(item, string.Empty), 400), string.Empty), string.Empty);
        var match = Passive().Match(plain) is { Success: true } passive ? passive : Active().Match(plain);
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"].Value.Trim().TrimEnd(',', ';', ':');
        what = Article().Replace(what, string.Empty);
        // "With the release of version 0.27.0 it has been removed": what ends in a pronoun names nothing either.
        return what.Length < 4 || what.Split(' ').Length > 12 || Pronoun().IsMatch(what) || EndsInPronoun().IsMatch(what)
            || RemovedShape.Subject(what, item) is not { } thing ? null : $"\"{thing}\"";
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"X has been removed", "X have been dropped", "X is deleted", "X was removed", "X will be dropped", "X have been renamed, moved or removed".</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?<what>(?:[^.;:]|\.(?=\w)){4,100}?)\s+(?:has|have)\s+been\s+(?:\w+,\s+)*(?:\w+\s+(?:or|and|and/or)\s+)?(?:removed|dropped|deleted|purged)\b | ^(?:the\s+)?(?<what>(?:[^.;:]|\.(?=\w)){4,100}?)\s+(?:is|are|was|were|will\s+be)\s+(?:now\s+)?(?:\w+,\s+)*(?:\w+\s+(?:or|and|and/or)\s+)?(?:removed|dropped|deleted|purged)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Passive();

    /// <summary>An opening clause that gives the reason or the time before a comma: "To make this possible, ", "In this release, ", "As a result, ".</summary>
    [GeneratedRegex(@"^(?:to|in|as|with|for|because|since|after|before|from|starting|from\s+now\s+on|with\s+this)\b[^,.;:]{0,60},\s*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Opening();

    /// <summary>"Boot now drops X and …", "Removed X", "removes X when …"; not "X removed from Y" (X is before the word, Y is where it was).</summary>
    /// <remarks>A point inside a version ("rubies below 2.7", "Rails below 5.2.0") or a dotted name is part of what is removed, not the sentence's end.</remarks>
    [GeneratedRegex(@"\b(?:drops|deletes|removes|purges|prunes|removed|dropped|deleted|remove|drop|delete)\s+(?!(?:from|to|into|of|by|with|in)\s)(?<what>(?:[^,.;:()]|\.(?=\w)){4,80}?)(?=\s+(?:and|rather|but|when|while|at|on|during|in\s+the\s+background|from|if|unless|because|since|so)\b|\s*(?:[,;:(]|\.(?!\w))|\s+(?:in\s+|see\s+|\[)?\#\d|$)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Active();

    /// <summary>"(i.e. v0.33)", "(#2797, #2809)": an aside, not part of what is removed.</summary>
    [GeneratedRegex(@"\s*\([^()]*\)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Aside();

    [GeneratedRegex(@"\s(?:it|they|them|this|these|those)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex EndsInPronoun();

    /// <summary>"[CHANGE] ", "[BREAKING] ": a changelog's tag before the item's words.</summary>
    [GeneratedRegex(@"^\s*\[[A-Za-z][\w -]{0,20}\]\s*", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Tag();

    /// <summary>An article or a vague quantity ("Multiple config properties"): what is removed is the noun after it.</summary>
    [GeneratedRegex(@"^(?:the|a|an|multiple|several|some|various|many)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Article();

    /// <summary>"it", "this", "them", "support": nothing an operator can look for.</summary>
    [GeneratedRegex(@"^(?:it|this|that|these|those|them|support|something|everything|anything)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Pronoun();
}
