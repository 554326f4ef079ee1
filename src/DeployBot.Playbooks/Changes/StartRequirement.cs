using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Something the new version cannot start without, as the notes say it: "The Ingress Controller will fail to start if there
/// are no cert and key for the default server", "the server will not start without a license file", "requires a signing
/// key or it will not start". It is created or provided before the rollout (otherwise the new pods crash-loop), and the
/// rollout is checked for having started with it.
/// </summary>
/// <param name="Needed">What must be there, in the notes' words ("cert and key for the default server").</param>
/// <param name="Sentence">The sentence that says so, in the notes' words.</param>
/// <param name="Line">The line of the notes it starts on (1 for the first).</param>
internal sealed partial record StartRequirement(string Needed, string Sentence, int Line)
{
    public static IReadOnlyList<StartRequirement> Read(string notes)
    {
        var found = new List<StartRequirement>();
        foreach (Match match in Pattern().Matches(notes))
        {
            var needed = Space().Replace(match.Groups["what"].Value, " ").Trim().TrimEnd(',', ':', ' ');
            if (needed.Length < 3 || found.Any(requirement => requirement.Needed == needed))
            {
                continue;
            }

            var start = SentenceStart(notes, match.Index);
            var end = notes.IndexOfAny(['.', ';'], match.Index + match.Length - 1);
            var sentence = Space().Replace(notes[start..(end < 0 ? notes.Length : end)], " ").Trim().TrimStart('-', '*', ' ');
            found.Add(new StartRequirement(needed, sentence, 1 + notes.AsSpan(0, match.Index).Count('\n')));
        }

        return found;
    }

    /// <summary>Where the sentence around <paramref name="at"/> starts: after the stop, colon or list marker before it.</summary>
    private static int SentenceStart(string notes, int at)
    {
        var stop = notes.LastIndexOfAny(['.', ';', ':', '!', '?'], Math.Max(0, at - 1));
        var item = notes.LastIndexOf("\n-", Math.Max(0, at - 1), StringComparison.Ordinal);
        return Math.Max(stop, item) + 1;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>
    /// "will fail to start if there are no X", "will not start without X", "refuses to start unless X is set", "requires X or
    /// it will not start", "X is required, otherwise it fails to start".
    /// </summary>
    [GeneratedRegex(@"\b(?:will|would|may|can|does|do)\s+(?:fail\s+to\s+start|not\s+start|no\s+longer\s+start|refuse\s+to\s+start)\s+(?:if\s+(?:there\s+(?:is|are)\s+)?no\s+|without\s+(?:a\s+|an\s+|the\s+|any\s+)?|unless\s+(?:there\s+(?:is|are)\s+)?)(?<what>[^.;]{3,100}?)(?=\s*(?:[.;]|\bis\s+(?:set|given|provided|present|configured)\b|$))
        | (?<!\bno\s+longer\s+)\b(?:fails|refuses)\s+to\s+start\s+(?:if\s+(?:there\s+(?:is|are)\s+)?no\s+|without\s+(?:a\s+|an\s+|the\s+|any\s+)?)(?<what>[^.;]{3,100}?)(?=\s*(?:[.;]|$))
        | \brequires?\s+(?<what>[^.;,]{3,80}?)\s*,?\s+(?:or|otherwise)\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:will\s+not|won't|cannot|can't|fails\s+to|will\s+fail\s+to|does\s+not)\s+start\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
