using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>What of an item is prose to classify: links, a leading component tag and what the item rules out are not.</summary>
internal static partial class ItemClassifier
{
    /// <summary>
    /// The item's prose: <c>RuledOut</c> without what it rules out, <c>Text</c> also without links, component tag and
    /// leading ticket, and the component <c>Tag</c> it opened with.
    /// </summary>
    private static (string RuledOut, string Text, string Tag) Prose(string itemText)
    {
        // A link's address is not prose: "…/Migration-Guide-3.0:-Hibernate-ORM-5-to-6-migration[guide]" names no migration.
        // Only a security advisory is cited by its link alone (".. _VSV17: https://…/security/VSV00017.html"), so auth reads it.
        // "[Ecto.Repo] Remove unused `:pool_timeout`": a leading component tag only says where; the item starts after it.
        // "No config or schema changes": what an item rules out is read as if it were not written (links have no spaces,
        // so ruling out first changes nothing of theirs).
        // "remvoe users.tz_offset": a removal typed in a hurry is still a removal (Typos: a bounded set of words and slips).
        // "`CVE-2026-1 <https://…>`_: Unauthenticated SQL injection in `x`": a reStructuredText link is read as its text, so
        // its closing backtick opens no code span with the prose after it.
        var ruledOut = RiskPatterns.NegatedChange().Replace(Typos.Correct(RstLink().Replace(itemText, "${text}")), " ");
        var linked = Link().Replace(ruledOut, " ");
        var text = RiskPatterns.WithoutLeadingTicket(ComponentTag().Replace(linked, string.Empty));
        // "[datadog_logs_index] Add sample_attribute support": a tag that names a cloud resource the Terraform way still
        // says whose API the change is in, so the external area reads it.
        var tag = ComponentTag().Match(linked).Value;
        return (ruledOut, text, tag);
    }

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>"This is a patch release with a bug fix for the `--sortr` flag": what follows is where the bug was.</summary>
    [GeneratedRegex(@"\bbug\s?fix(?:es)?\s+(?:for|in|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BugFixFor();

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>\[\]()`""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Link();

    /// <summary>A reStructuredText hyperlink reference with its target ("`Settings documentation &lt;https://…&gt;`_").</summary>
    [GeneratedRegex(@"`(?<text>[^`<\n]{1,120}?)\s*<[^>\n]{1,300}>`__?", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RstLink();

    /// <summary>A code component in brackets ("[Ecto.Repo]", "[mix.exs]"), not a kind tag in capitals ("[BUGFIX]") or words ("[Feature]").</summary>
    [GeneratedRegex(@"^\s*\[(?=[^\]\n]*[a-z])(?!(?:bug\s?fix|fix|feature|enhancement|change|security|breaking|deprecat\w*|removed?)\])[\w./:-]{1,40}\]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ComponentTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex WhiteSpace();
}
