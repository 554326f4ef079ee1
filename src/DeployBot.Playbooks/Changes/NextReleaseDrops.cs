using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The drop of a renamed thing's old name that the notes put off to a later release ("Rename users.name to
/// users.full_name. The old users.name column will be dropped in the next release."): tonight only the new name is made
/// to exist beside the old one; the old one stays, so the previous version keeps working, and its drop is a follow-up
/// with its own snapshot when that release comes. Only a sentence that names the old name counts, or one that says "the
/// old column" when the item renames one thing: a vendor's "will be removed in a future release" of something else is a
/// deprecation, not this.
/// </summary>
internal static partial class NextReleaseDrops
{
    /// <summary>The sentences of <paramref name="notes"/> that put off dropping every one of <paramref name="names"/>, as later deletions.</summary>
    /// <param name="names">The old names a rename keeps tonight (raw, not worded).</param>
    /// <param name="notes">The whole notes: the sentence may follow the item or be part of it.</param>
    public static IReadOnlyList<LaterDeletion> Of(IReadOnlyList<string> names, string notes)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var sentences = NotesLines.Sentences(notes).Where(sentence => PutOff().IsMatch(sentence)).ToArray();
        var naming = sentences.Where(sentence => names.Any(name => Names(sentence, name))).ToArray();
        var putOff = names.All(name => naming.Any(sentence => Names(sentence, name))) ? naming
            : names.Count == 1 && naming.Length == 0 ? sentences.Where(sentence => OldThing().IsMatch(sentence)).Take(1).Select(sentence => Named(sentence, names[0])).ToArray()
            : [];
        return [.. putOff.Distinct(StringComparer.Ordinal).Select(sentence => LaterDeletion.From(sentence, sentence))];
    }

    /// <summary>
    /// "The old column [users.name] will be dropped in the next release": the quote says which old thing, as an editor's
    /// insertion in brackets, so the follow-up and the rollback name what they drop.
    /// </summary>
    private static string Named(string sentence, string name) => OldThing().Replace(sentence, match => $"{match.Value} [{name}]", 1);

    /// <summary>The sentence names <paramref name="name"/> as a whole ("users.name", not "users.name_old").</summary>
    private static bool Names(string sentence, string name) =>
        Regex.IsMatch(sentence, $@"(?<![\w.]){Regex.Escape(name)}(?![\w]|\.\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>
    /// A drop put off to a later release ("will be dropped in the next release", "removed in a future version", "drop it
    /// with the following release"), or the old thing kept until then ("users.name stays until the next release").
    /// </summary>
    [GeneratedRegex("""
        \b(?:drop|dropped|dropping|remove|removed|removing|delete|deleted|deleting|retire|retired)\b(?:[^;\n]|\.(?=\w)){0,80}?
          \b(?:in|with|by|for)\s+(?:the\s+|a\s+)?(?:next|future|later|upcoming|following|subsequent)\s+(?:major\s+|minor\s+)?(?:release|version|deploy(?:ment)?)s?\b
        | \b(?:kept|keep|stays?|remains?|left\s+in\s+place)\b(?:[^;\n]|\.(?=\w)){0,60}?
          \buntil\s+(?:the\s+|a\s+)?(?:next|future|later|upcoming|following|subsequent)\s+(?:major\s+|minor\s+)?(?:release|version|deploy(?:ment)?)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PutOff();

    /// <summary>"the old column", "the old name", "the legacy field": the renamed thing, when the item renames only one.</summary>
    [GeneratedRegex(@"\b(?:old|previous|legacy|former)\s+(?:columns?|tables?|fields?|names?|views?|aliases?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OldThing();
}
