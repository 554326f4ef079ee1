using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// One line of notes often holds several changes: "drop orders.legacy_state + rm /v1/export, rotate SENDGRID key, pg
/// 14->16 on billing-db". A step names only what the parts it acts on name, so the config step applies "SENDGRID key",
/// not "orders.legacy_state", and the engine upgrade names "billing-db", not "/v1/export".
/// </summary>
internal static partial class LineParts
{
    /// <summary>
    /// The parts of <paramref name="text"/> that <paramref name="speaks"/> of the step's subject; a part with no words of its
    /// own ("…, b and c") goes with the part before it. The whole text when no part speaks (the item's words are spread out).
    /// </summary>
    public static IReadOnlyList<string> Speaking(string text, Func<string, bool> speaks)
    {
        var parts = Break().Split(text).Where(part => part.Trim().Length > 0).ToArray();
        var speaking = new List<string>();
        var current = false;
        foreach (var part in parts)
        {
            current = OnlyNames(part) ? current : speaks(part);
            if (current)
            {
                speaking.Add(part);
            }
        }

        return speaking.Count > 0 ? speaking : [text];
    }

    /// <summary>The parts of <paramref name="text"/>, a part of bare names ("…, b and c") joined to the one before it.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var parts = new List<string>();
        foreach (var part in Break().Split(text).Where(part => part.Trim().Length > 0))
        {
            if (parts.Count > 0 && OnlyNames(part))
            {
                parts[^1] += ", " + part;
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>The names the parts that speak of the step's subject give (<see cref="NotesFacts.NamesIn"/>).</summary>
    public static IEnumerable<string> NamesIn(string text, Func<string, bool> speaks) => Speaking(text, speaks).SelectMany(NotesFacts.NamesIn);

    private static bool OnlyNames(string part)
    {
        var left = NotesFacts.NamesIn(part).Aggregate(part, (rest, name) => rest.Replace(name, " ", StringComparison.Ordinal)).Trim(' ', ',', '.', '&', '(', ')', '`', '"', '\'');
        return left.Length == 0 || Conjunction().IsMatch(left);
    }

    /// <summary>Where one change of a line ends: ";", ", ", " + ", or a sentence's full stop.</summary>
    [GeneratedRegex(@";\s*|,\s+|\s\+\s|\.\s+(?=\S)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Break();

    [GeneratedRegex(@"^(?:and|or|&)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Conjunction();
}
