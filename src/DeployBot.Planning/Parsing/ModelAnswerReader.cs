using System.Text.RegularExpressions;

namespace DeployBot.Planning.Parsing;

/// <summary>Turns a model's answer into a draft: JSON (bare or in a ```json fence) first, Markdown headings otherwise.</summary>
internal static partial class ModelAnswerReader
{
    public static PlanDraft Read(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var candidate in JsonCandidates(answer))
        {
            if (JsonAnswerReader.Read(candidate) is { IsEmpty: false } draft)
            {
                return draft;
            }
        }

        return MarkdownAnswerReader.Read(answer);
    }

    private static IEnumerable<string> JsonCandidates(string answer)
    {
        var trimmed = answer.Trim();
        yield return trimmed;
        foreach (Match fence in JsonFence().Matches(answer))
        {
            yield return fence.Groups["body"].Value;
        }

        // Prose around the object ("Here is the plan: {...}"): try the outermost braces.
        var first = trimmed.IndexOf('{', StringComparison.Ordinal);
        var last = trimmed.LastIndexOf('}');
        if (first >= 0 && last > first)
        {
            yield return trimmed[first..(last + 1)];
        }
    }

    [GeneratedRegex(@"```(?:json|JSON)?\s*\n(?<body>.*?)\n\s*```", RegexOptions.Singleline)]
    private static partial Regex JsonFence();
}
