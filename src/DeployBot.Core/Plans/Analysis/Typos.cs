using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Hurried typing of the few words a removal is read by: "remvoe users.tz_offset", "colum", "droped", "delted". Only the
/// removal verbs and the column nouns are corrected, and only from one slip: two neighbouring letters swapped, one letter
/// left out or one letter typed twice, never the first letter, never a word shorter than five letters. A word that is
/// itself English ("remote", "reamed", "tales") stays as written: there is no fuzzy match of anything else.
/// </summary>
internal static partial class Typos
{
    private static readonly string[] Words =
    [
        "remove", "removes", "removed", "removing", "delete", "deletes", "deleted", "deleting", "rename", "renames", "renamed", "renaming",
        "dropped", "dropping", "column", "columns",
    ];

    /// <summary>Slips that spell another English word: they are that word, not a typo.</summary>
    private static readonly string[] RealWords = ["reamed", "reaming", "reames", "remover", "removal", "deleter"];

    private static readonly FrozenDictionary<string, string> Corrections = Slips().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="text"/> with each slip of a removal verb or column noun spelled right.</summary>
    public static string Correct(string text) =>
        Word().Replace(text, word => Corrections.TryGetValue(word.Value, out var right) ? right : word.Value);

    private static IEnumerable<KeyValuePair<string, string>> Slips()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in Words)
        {
            foreach (var slip in SlipsOf(word).Where(slip => slip.Length >= 5 && !Words.Contains(slip) && !RealWords.Contains(slip)))
            {
                seen.TryAdd(slip, word);
            }
        }

        return seen;
    }

    private static IEnumerable<string> SlipsOf(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            yield return word.Insert(i, word[i].ToString());
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
            }
        }
    }

    [GeneratedRegex(@"\b[a-z]{5,10}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Word();
}
