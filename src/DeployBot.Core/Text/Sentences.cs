using System.Text.RegularExpressions;

namespace DeployBot.Core.Text;

/// <summary>
/// The sentences of a piece of release notes: one reading of where a sentence ends, shared by every part that reads
/// notes sentence by sentence. A sentence ends at ".", "!" or "?" followed by white space and the start of the next
/// sentence (a capital, a digit, or Markdown/POD markup such as "`", "*", "=", "#"); so "1.5", "v2.3", "e.g. the"
/// and "etc. and" stay inside their sentence; after a closing bracket ("(batch DPO-2026-12). deletes …") any word starts one.
/// </summary>
public static partial class Sentences
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, without empty ones, in their order.</summary>
    public static IEnumerable<string> Of(string text) =>
        End().Split(text).Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9`*=#:_""'(\[])|(?<=[)\]][.!?])\s+(?=\S)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex End();
}
