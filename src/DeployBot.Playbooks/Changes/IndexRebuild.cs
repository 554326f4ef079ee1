using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A library whose on-disk format changed so that what it wrote must be built again ("a change in the index format that will
/// require you to reindex your index", "the on-disk format is incompatible; rebuild your databases"): the services that
/// embed it cannot open the old files with the new version. That is no database backfill: the index (or store) is rebuilt
/// with the new version beside the old one, checked, and only then read by the upgraded services; the old one is kept,
/// untouched, as the way back until the new one is verified.
/// </summary>
/// <param name="Sentence">The notes' sentence that says the format changed and a rebuild is needed.</param>
internal sealed partial record IndexRebuild(string Sentence)
{
    /// <summary>The rebuild the notes require, or null when no format change asks for one.</summary>
    public static IndexRebuild? Read(string notes)
    {
        var sentences = Paragraph().Split(notes.Replace("\r", string.Empty, StringComparison.Ordinal)).SelectMany(paragraph => Sentences.Of(Space().Replace(paragraph, " ")));
        return sentences.FirstOrDefault(sentence => FormatChange().IsMatch(sentence) && Rebuild().IsMatch(sentence) && !Needless().IsMatch(sentence)) is { } said
            ? new IndexRebuild(said.Trim())
            : null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:index|on-?disk|storage|file|data|segment|serialization)(?:\s+(?:index|data|file|storage|segment))?\s+formats?\b|\bformat\s+of\s+(?:the\s+)?(?:index|indices|indexes|on-?disk|stored|data)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex FormatChange();

    [GeneratedRegex(@"\bre-?index\w*|\bre-?buil[dt]\w*|\bre-?creat\w*|\bre-?generat\w*|\bre-?import\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Rebuild();

    [GeneratedRegex(@"\b(?:no|without|not\s+(?:need|required|necessary)|needn['’]?t|no\s+need\s+to)\b[^.]{0,30}\bre-?(?:index|build|creat|generat|import)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Needless();

    [GeneratedRegex(@"\n\s*\n", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
