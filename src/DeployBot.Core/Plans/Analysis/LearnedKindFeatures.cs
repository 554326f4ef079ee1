using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// What the learned kind reading (<see cref="LearnedKind"/>) sees of release notes: the set of lower-cased words and
/// adjacent word pairs, with links, URLs, code spans, SETTING_NAMES, issue references and versions replaced by marker
/// tokens, plus the rules' own verdicts. The same features, in the same order of replacements, as
/// <c>features</c> and <c>rule_features</c> in <c>FixtureTools/learned_model.py</c>, which trained the model: any change
/// here must be made there too and the model retrained.
/// </summary>
internal static partial class LearnedKindFeatures
{
    /// <summary>The features of <paramref name="notes"/> read with the rules' kind and risk areas.</summary>
    public static HashSet<string> Of(string notes, ReleaseKind ruleKind, IEnumerable<RiskArea> ruleRisks)
    {
        var features = Words(notes);
        foreach (var area in ruleRisks)
        {
            features.Add("xrule_" + area.ToString().ToLowerInvariant());
        }

        features.Add("xrulekind_" + ruleKind.ToString().ToLowerInvariant());
        return features;
    }

    /// <summary>The unigrams and adjacent bigrams of the text (each counts once).</summary>
    public static HashSet<string> Words(string text)
    {
        var words = Tokens(text);
        var features = new HashSet<string>(words, StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            features.Add(words[i] + " " + words[i + 1]);
        }

        return features;
    }

    /// <summary>Lower-cased words, numbers as <c>xnum</c>, with the marker tokens in place of what they stand for.</summary>
    public static List<string> Tokens(string text)
    {
        text = MarkdownLink().Replace(text, " $1 ");
        text = Url().Replace(text, " xurl ");
        text = Setting().Replace(text, " xsetting ");
        text = Code().Replace(text, match => " xcode " + NotAlphanumeric().Replace(match.Groups[1].Value, " ") + " ");
        text = Reference().Replace(text, " xref ");
        text = Version().Replace(text, " xversion ");
        return [.. Word().Matches(text.ToLowerInvariant()).Select(match => match.Value[0] is >= 'a' and <= 'z' ? match.Value : "xnum")];
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(@"`([^`\n]+)`", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Code();

    [GeneratedRegex(@"[^A-Za-z0-9]+", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Setting();

    [GeneratedRegex(@"\bv?\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.]+)?\b", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Version();

    [GeneratedRegex(@"(?:\b[\w.-]+/[\w.-]+)?#\d+\b|\bGH-\d+\b|\b[A-Z]{2,}-\d+\b", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Reference();

    [GeneratedRegex(@"[a-z][a-z0-9_]*|\d+", RegexOptions.None, MatchBudget.Milliseconds)]
    private static partial Regex Word();
}
